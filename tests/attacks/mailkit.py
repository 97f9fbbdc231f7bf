"""Mail builders for the mail attack classes: DKIM with l=, alternatives, extra keys, raw surgery.

`World.mail` builds the usual police mail; the mail classes also need what it
does not offer: a DKIM signature with a body length (`l=`) and a signed
Content-Type, multipart/alternative bodies, LF-only files, and DKIM keys for
domains the world's zone lacks (`add_dkim_key` appends them to the zone file).
"""

from __future__ import annotations

import base64
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

import dkim
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.attacks.controls import BODY
from tests.samples.signatures.world import LETTER, POLICE_IP, World, letter_pdf, sign_pdf

POLICE = "politia.cluj@cj.politiaromana.ro"
DISPLAY = "Inspectoratul de Poliție Județean Cluj"
# What an attacker would rather have read: another user, another address to answer to.
VICTIM_BODY = BODY.replace("ion_vanzator88", "victima_noua")
SIGNED_HEADERS = (b"from", b"to", b"subject", b"date", b"message-id", b"content-type")

_PDFS: dict[int, bytes] = {}


def signed_letter(w: World) -> bytes:
    """The police letter (case 4567/P/2026, ion_vanzator88) signed under the world's CA, once."""
    if id(w) not in _PDFS:
        _PDFS[id(w)] = sign_pdf(letter_pdf(LETTER), w.signer)
    return _PDFS[id(w)]


def add_dkim_key(w: World, domain: str) -> None:
    """A DKIM key (selector "sel") for `domain`, published in the world's zone file (once)."""
    if domain in w.dkim_keys:
        return
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    w.dkim_keys[domain] = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    pub = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    value = f"v=DKIM1; k=rsa; p={base64.b64encode(pub).decode()}"
    chunks = " ".join(f'"{value[i : i + 200]}"' for i in range(0, len(value), 200))
    with w.zone.open("a", encoding="utf-8") as zone:
        zone.write(f"sel._domainkey.{domain}. IN TXT {chunks}\n")


def add_zone_line(w: World, line: str) -> None:
    """One more record in the world's zone file (idempotent)."""
    text = w.zone.read_text("utf-8")
    if line not in text:
        with w.zone.open("a", encoding="utf-8") as zone:
            zone.write(line + "\n")


def crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def build(
    w: World,
    from_addr: str = POLICE,
    *,
    body: str = BODY,
    html: str | None = None,
    attachments: tuple[tuple[str, bytes], ...] | None = None,
    dkim_domain: str | None = "cj.politiaromana.ro",
    length: bool = False,
    display: str = DISPLAY,
    subject: str = "Adresă oficială nr. 123.456 din 12.11.2026",
    extra_headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """A police mail in CRLF, DKIM-signed by `dkim_domain` (with `l=` when `length`).

    Default attachments: the signed letter. `html` makes the text a
    multipart/alternative of `body` and `html`. No Received line: add one with
    `received_by_mx` when a case needs it.
    """
    if attachments is None:
        attachments = (("adresa.pdf", signed_letter(w)),)
    text: MIMEMultipart | MIMEText
    if html is not None:
        text = MIMEMultipart("alternative")
        text.attach(MIMEText(body, "plain", "utf-8"))
        text.attach(MIMEText(html, "html", "utf-8"))
    else:
        text = MIMEText(body, "plain", "utf-8")
    msg: MIMEMultipart | MIMEText
    if attachments:
        msg = MIMEMultipart()
        msg.attach(text)
        for name, data in attachments:
            part = MIMEApplication(data, "pdf")
            part.add_header("Content-Disposition", "attachment", filename=name)
            msg.attach(part)
    else:
        msg = text
    msg["From"] = formataddr((display, from_addr)) if display else from_addr
    msg["To"] = "legal@okazii.ro"
    msg["Subject"] = subject
    msg["Date"] = "Thu, 12 Nov 2026 14:32:10 +0200"
    msg["Message-ID"] = "<11@test>"
    for name, value in extra_headers:
        msg[name] = value
    raw = crlf(msg.as_bytes())
    if dkim_domain:
        raw = sign(w, raw, dkim_domain, length=length)
    return raw


def sign(w: World, raw: bytes, domain: str, *, length: bool = False) -> bytes:
    """`raw` with a DKIM-Signature of `domain` on top (relaxed/relaxed, Content-Type signed)."""
    sig = dkim.sign(
        raw,
        b"sel",
        domain.encode(),
        w.dkim_keys[domain],
        include_headers=list(SIGNED_HEADERS),
        canonicalize=(b"relaxed", b"relaxed"),
        length=length,
    )
    return bytes(sig) + raw


def received_by_mx(raw: bytes, client_ip: str = POLICE_IP, mail_from: str = POLICE) -> bytes:
    """Return-Path and a Received line of our MX (mx1.okazii.ro) on top, as a file would carry."""
    top = (
        f"Return-Path: <{mail_from}>\r\n"
        f"Received: from mta.sender.example (mta.sender.example [{client_ip}])\r\n"
        "\tby mx1.okazii.ro (Postfix) with ESMTPS id 4X; Thu, 12 Nov 2026 14:32:11 +0200\r\n"
    )
    return top.encode() + raw


def split(raw: bytes) -> tuple[bytes, bytes]:
    """(header block with its last CRLF, body) of a CRLF mail."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    return head + b"\r\n", body


def pdf_part(data: bytes, name: str = "adresa.pdf") -> bytes:
    """A base64 application/pdf MIME part (headers and body, CRLF, no boundary)."""
    b64 = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return (
        b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
        + f'Content-Disposition: attachment; filename="{name}"\r\n\r\n'.encode()
        + b64
    )


def text_part(text: str, subtype: str = "plain") -> bytes:
    """A base64 text part in UTF-8 (headers and body, CRLF, no boundary)."""
    b64 = base64.encodebytes(text.encode("utf-8")).replace(b"\n", b"\r\n")
    return (
        f"Content-Type: text/{subtype}; charset=utf-8\r\n".encode()
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + b64
    )


def multipart(boundary: str, *parts: bytes) -> bytes:
    """A multipart body: each part between `--boundary` lines, closed."""
    b = boundary.encode()
    out = b"".join(b"--" + b + b"\r\n" + p + b"\r\n" for p in parts)
    return out + b"--" + b + b"--\r\n"


def registry(w: World) -> str:
    """The shipped registry with the world's signers bound (`World.policy_toml`).

    Every mail case is judged under it, so that a forgery is held by the mail
    rules it attacks, never merely because its letter's signer is unbound.
    """
    return w.policy_toml()


def wildcard_registry(w: World, bind: dict[str, list[dict[str, str]]] | None = None) -> str:
    """`registry` (or the world's registry with `bind`), with Poliția Română's subdomains
    granted by an explicit "*." entry (its county units keep their own)."""
    return w.policy_toml(bind).replace(
        'domains = ["politiaromana.ro"', 'domains = ["*.politiaromana.ro", "politiaromana.ro"', 1
    )
