"""CMS signed-data files (CAdES): a document signed with a provider's desktop tool.

Romanian institutions sign a letter in the PDF (PAdES) or, as often, with the
qualified trust-service provider's desktop application, which writes
"adresa.pdf.p7m" (CAdES enveloping: the signed-data holds the PDF) or
"adresa.pdf.p7s" beside "adresa.pdf" (CAdES detached). The same structure
labelled `application/pkcs7-mime` is also how Outlook signs a whole message
(opaque S/MIME); the two are told apart by what is inside: a MIME entity is
S/MIME, a document (PDF, image, office file, text) is a signed file.

This module only reads the structure: which bytes are signed, what the
signed file is called. Whether the signature holds, and whose it is, is the
route step's (`router.signatures.cades`). Files may be DER or the base64 (or
PEM) some tools write; an envelope inside an envelope (signed twice) is
opened up to `MAX_LAYERS` deep.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from asn1crypto import cms

MAX_LAYERS = 3
_PEM = re.compile(rb"-----BEGIN [A-Z0-9 ]+-----|-----END [A-Z0-9 ]+-----")
_B64 = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
_SUFFIX = re.compile(r"\.(?:p7m|p7s|p7c|p7b|pkcs7)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Envelope:
    """One layer of signed-data: the DER, the parsed structure, the content it carries."""

    der: bytes
    signed: cms.SignedData
    content: bytes | None  # None: detached (the signed file is elsewhere)


def _der(data: bytes) -> bytes | None:
    """The DER of `data`: itself, or decoded from base64/PEM text."""
    head = data.lstrip(b"\r\n\t ")[:1]
    if head == b"\x30":
        return data.lstrip(b"\r\n\t ")
    if len(data) > 40 * 1024 * 1024 or not head:
        return None
    body = _PEM.sub(b"", data)
    if not _B64.match(body[:4096]):
        return None
    try:
        decoded = base64.b64decode(re.sub(rb"\s+", b"", body), validate=True)
    except (binascii.Error, ValueError):
        return None
    return decoded if decoded[:1] == b"\x30" else None


def envelope(data: bytes) -> Envelope | None:
    """`data` as CMS signed-data, or None when it is not one."""
    if not data or len(data) < 16:
        return None
    der = _der(data)
    if der is None:
        return None
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            return None
        signed = info["content"]
        signed["signer_infos"].native  # noqa: B018 - parse now: malformed is "not one"
        content = signed["encap_content_info"]["content"].native
    except Exception:  # noqa: BLE001 - any malformed DER is simply not a signed file
        return None
    if content is not None and not isinstance(content, bytes):
        return None
    return Envelope(der, signed, content or None)


def is_mime_entity(content: bytes) -> bool:
    """Signed content that is a MIME entity (S/MIME), not a file."""
    from .sniff import _looks_like_mail

    return _looks_like_mail(content, hinted=False)


def layers(data: bytes) -> list[Envelope]:
    """The signed-data layers of a signed file, outermost first; [] when `data` is none.

    A layer whose content is a MIME entity is S/MIME, not a signed file: [].
    """
    out: list[Envelope] = []
    current = data
    while len(out) < MAX_LAYERS:
        env = envelope(current)
        if env is None:
            break
        out.append(env)
        if env.content is None:
            break
        current = env.content
    if out and out[-1].content is not None and is_mime_entity(out[-1].content):
        return []
    return out


def signed_file(data: bytes) -> bytes | None:
    """The document a CAdES enveloping file (.p7m) carries, opened through every layer."""
    found = layers(data)
    if not found or found[-1].content is None:
        return None
    inner = found[-1].content
    return inner if envelope(inner) is None else None  # deeper than MAX_LAYERS: not opened


def is_detached(data: bytes) -> bool:
    """A detached signature (.p7s): signed-data that carries no content."""
    found = layers(data)
    return bool(found) and found[-1].content is None


def inner_name(name: str | None) -> str:
    """The signed file's name: "adresa.pdf.p7m" -> "adresa.pdf"."""
    if not name:
        return "signed document"
    stripped = name
    while _SUFFIX.search(stripped):
        stripped = _SUFFIX.sub("", stripped)
    return stripped or "signed document"
