"""Small builders the red-team attack modules (`redteam_*.py`) share.

Raw-byte surgery on a mail as our MX stored it (a header added after DKIM
signed it), the usual county-police letter signed by its bound seal, a
minimal DOCX, and DKIM signing with a chosen header list and algorithm. No
product code is touched: every case still goes in as bytes through the
harness.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import dkim

from tests.attacks.letters import letter
from tests.attacks.mailkit import add_dkim_key, add_zone_line
from tests.samples.signatures.world import World, letter_pdf, sign_pdf

_SEALED: dict[tuple[int, str], bytes] = {}


def sealed_letter(w: World, text: str | None = None) -> bytes:
    """`text` (default: the IPJ Cluj letter, case 4567/P/2026, ion_vanzator88) signed by the bound seal."""
    body = text if text is not None else letter()
    key = (id(w), body)
    if key not in _SEALED:
        _SEALED[key] = sign_pdf(letter_pdf(body), w.seals["ipj_cluj"])
    return _SEALED[key]


def insert_header(raw: bytes, header: bytes, before: bytes = b"Subject:") -> bytes:
    """`raw` with one more header line (CRLF-ended) put before the first `before` header.

    Used after DKIM signed the mail: a header the signature's `h=` does not
    name can be added by anyone who holds the mail, without duplicating one.
    """
    at = raw.index(b"\r\n" + before) + 2
    return raw[:at] + header.rstrip(b"\r\n") + b"\r\n" + raw[at:]


def docx(text: str) -> bytes:
    """A minimal Word document (OOXML) holding one paragraph of `text`."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org'
            '/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
            f"{escape(text)}</w:t></w:r></w:p></w:body></w:document>",
        )
    return out.getvalue()


def dkim_key_record(w: World, domain: str, selector: str, flags: str) -> None:
    """Publish the world's key of `domain` again under `selector`, with extra tags (e.g. "t=y")."""
    add_dkim_key(w, domain)
    text = w.zone.read_text("utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith(f"sel._domainkey.{domain}. IN TXT"))
    record = line.split(" IN TXT ", 1)[1].replace('"v=DKIM1; ', f'"v=DKIM1; {flags}; ', 1)
    add_zone_line(w, f"{selector}._domainkey.{domain}. IN TXT {record}")


def dkim_sign(
    w: World,
    raw: bytes,
    domain: str,
    *,
    selector: str = "sel",
    headers: tuple[bytes, ...] = (b"from", b"to", b"subject", b"date", b"message-id"),
    algorithm: bytes = b"rsa-sha256",
) -> bytes:
    """`raw` with a DKIM-Signature of `domain` (the world's key) on top, as asked."""
    add_dkim_key(w, domain)
    sig = dkim.sign(
        raw,
        selector.encode(),
        domain.encode(),
        w.dkim_keys[domain],
        include_headers=list(headers),
        canonicalize=(b"relaxed", b"relaxed"),
        signature_algorithm=algorithm,
    )
    return bytes(sig) + raw
