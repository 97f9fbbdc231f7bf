"""MIME mail to a `Document`: decoded headers, body text, attachments read recursively.

The body is the text/plain alternative when there is one with text, else the
HTML one made readable (text hidden by CSS left out: a person does not see
it, so it never feeds the fields). Files (PDF, images, text) are handed back to the
caller's reader and land in `Attachment.pages`; a forwarded mail
(message/rfc822) is read as content: its headers and body become one
attachment's pages and its own files become attachments too; one written
with a base64 or quoted-printable transfer encoding is read as `read_facts`
decoded it (`parsers.facts`: the enclosed message, its SHA-256 that of the
decoded bytes). Nothing here raises for a malformed mail: the email package's
defects and ours are recorded.

The bytes read are the bytes the signature checks read: blank lines before the
headers are dropped by the same function (`mailstrict.strip_leading_blank_lines`)
on both sides, and every place where header readers could disagree (duplicated
singleton headers, bare CR or mixed line ends, "Name :", a whitespace-only line
in a header block, inside MIME parts too) and every disagreement between
alternatives or hidden HTML text is recorded as a defect.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from email import policy
from email.message import Message
from email.parser import BytesParser

from asn1crypto import cms

from .alternatives import examine
from .charset import decode_bytes
from .cms import is_mime_entity
from .facts import MAX_DEPTH as MAX_DEPTH  # re-exported: the limits are the facts' own
from .facts import MAX_PARTS as MAX_PARTS
from .facts import EnclosedMessage, Leaf, MailFacts, read_facts
from .htmltext import html_to_text
from .mailheaders import decode_header_value, read_headers
from .mailstrict import header_anomalies, strip_leading_blank_lines
from .model import Attachment, Document, Page, SourceKind
from .tnef import is_tnef, read_tnef

log = logging.getLogger(__name__)

# What a caller supplies to read an attached file: (bytes, filename) -> (pages, defects).
FileReader = Callable[[bytes, str | None], tuple[tuple[Page, ...], tuple[str, ...]]]

_OPAQUE = ("application/pkcs7-mime", "application/x-pkcs7-mime")
# A detached signature's labels. Such a part has no text of its own only where it is a
# signature, the second child of a multipart/signed; anywhere else a label makes no file
# a signature (a text file so labelled is read by its bytes and name, as any file).
_NOT_READ = frozenset(
    {"application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature"}
)


@dataclass
class _Acc:
    """What the walk collects (mutable while walking, frozen into the Document after)."""

    body: list[tuple[str, str]] = field(default_factory=list)  # (text, method)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    parts: int = 0
    facts: MailFacts | None = None  # the top message's parts, each decoded once


def read_mail(raw: bytes, read_file: FileReader, facts: MailFacts | None = None) -> Document:
    """Parse mail bytes into a Document; `read_file` reads attached PDFs and images.

    The bytes are MIME-parsed once, by `parsers.facts.read_facts` (or given as
    `facts`, which must be `raw`'s); the Document carries the facts on.
    """
    if facts is None or not facts.is_of(raw):
        facts = read_facts(raw)
    acc = _Acc(facts=facts)
    stripped = facts.data
    if len(stripped) != len(raw):
        # Padding before the headers would make the parser read every header as body.
        acc.defects.append("mail: blank lines before the headers")
    acc.defects.extend(f"mail: {a}" for a in header_anomalies(stripped))
    acc.defects.extend(facts.defects)
    # compat32 (`read_facts`), not policy.default: the same Message API at a fraction
    # of the cost (policy.default builds a structured header object on every header
    # access; profiled at half of a small mail's parse), and headers are
    # decoded by `mailheaders` from their raw values anyway.
    msg = facts.parsed
    if msg is None:  # sniffed as mail yet beginning as a document: read it as a mail all the same
        msg = BytesParser(policy=policy.compat32).parsebytes(stripped)
    headers = read_headers(msg, acc.defects)
    acc.defects.extend(f"mail: {r}" for r in examine(msg).reasons())
    _walk(msg, 0, acc, read_file)
    pages = tuple(
        Page(number=i, text=text, method=method)
        for i, (text, method) in enumerate(acc.body, start=1)
    )
    doc = Document(
        kind=SourceKind.EMAIL,
        pages=pages,
        headers=headers,
        attachments=tuple(acc.attachments),
        defects=tuple(dict.fromkeys(acc.defects)),  # de-duplicated, order kept
        facts=facts,
    )
    if not doc.text.strip():
        doc = replace(doc, defects=(*doc.defects, "no text found"))
    return doc


def _mime_defects(part: Message, acc: _Acc) -> None:
    for d in getattr(part, "defects", ()):
        acc.defects.append(f"mime: {type(d).__name__}")


def _walk(
    part: Message, depth: int, acc: _Acc, read_file: FileReader, signature: bool = False
) -> None:
    """Read `part` into `acc`; `signature`: it is the second child of a multipart/signed."""
    acc.parts += 1
    if acc.parts > MAX_PARTS:
        acc.defects.append(f"mime: more than {MAX_PARTS} parts, the rest skipped")
        return
    _mime_defects(part, acc)
    ctype = part.get_content_type()
    if ctype in ("message/rfc822", "message/global"):
        _forwarded(part, depth, acc, read_file)
        return
    if part.is_multipart():
        children = [c for c in part.get_payload() if isinstance(c, Message)]
        if ctype == "multipart/alternative" and children:
            best = _best_alternative(children, acc)
            _walk(best, depth, acc, read_file)
            # The files of the renderings not read as text (an HTML rendering's inline
            # logo or picture, in its multipart/related): a client shows them, and the
            # route step judges every file of the mail, so they are read as files too
            # (round 15: an unread inline logo kept a genuine sealed request unverified).
            for child in children:
                if child is not best:
                    _walk_files(child, depth, acc, read_file)
        else:
            signed = ctype == "multipart/signed"
            for n, child in enumerate(children):
                _walk(child, depth, acc, read_file, signature=signed and n == 1)
        return
    if part.get_content_maintype() == "multipart":
        # The parser could not split it (missing or wrong boundary): read it as text.
        acc.defects.append(f"mime: {ctype} without usable parts, read as text")
        acc.body.append((_text_of(part, acc), "mail_body"))
        return
    if (inner := _opaque_signed(part, acc)) is not None:
        # Outlook's opaque signing: the message is inside the signature; read it as
        # the body (the route step validates the signature over the same bytes).
        if depth + 1 >= MAX_DEPTH:
            acc.defects.append("mime: signed entities nested too deep, the rest skipped")
            return
        _walk(inner, depth + 1, acc, read_file)
        return
    if _is_file(part):
        _attachment(part, depth, acc, read_file, signature)
    elif ctype == "text/html":
        acc.body.append((html_to_text(_text_of(part, acc)), "html"))
    elif part.get_content_maintype() == "text" or ctype == "message/delivery-status":
        acc.body.append((_text_of(part, acc), "mail_body"))
    else:
        _attachment(part, depth, acc, read_file, signature)


def _walk_files(part: Message, depth: int, acc: _Acc, read_file: FileReader) -> None:
    """The files (not text) inside `part`, read as attachments; its text is not read."""
    acc.parts += 1
    if acc.parts > MAX_PARTS:
        acc.defects.append(f"mime: more than {MAX_PARTS} parts, the rest skipped")
        return
    if part.is_multipart():
        for child in part.get_payload():
            if isinstance(child, Message):
                _walk_files(child, depth, acc, read_file)
    elif part.get_content_maintype() not in ("text", "multipart", "message") and _is_file(part):
        _attachment(part, depth, acc, read_file)


def _opaque_signed(part: Message, acc: _Acc) -> Message | None:
    """The MIME entity inside an application/pkcs7-mime signed-data part, if it is one."""
    if part.get_content_type() not in _OPAQUE:
        return None
    if "enveloped" in str(part.get_param("smime-type") or "").lower():
        return None  # encrypted: no key here; the route step records it unverifiable
    data = _payload(part, acc.defects, acc.facts)
    try:
        info = cms.ContentInfo.load(data)
        if info["content_type"].native != "signed_data":
            return None
        content = info["content"]["encap_content_info"]["content"].native
    except Exception:  # noqa: BLE001 - malformed CMS is a defect, not a crash
        acc.defects.append("smime: an opaque signed part that cannot be read")
        return None
    if not isinstance(content, bytes) or not content:
        return None
    if not is_mime_entity(content):
        return None  # a signed file (CAdES .p7m) under S/MIME's label: read as a file
    return BytesParser(policy=policy.compat32).parsebytes(strip_leading_blank_lines(content))


def _best_alternative(children: list[Message], acc: _Acc) -> Message:
    """Plain text when it has any text, else HTML, else the last (richest) part."""
    by_type = {c.get_content_type(): c for c in reversed(children)}
    plain = by_type.get("text/plain")
    if plain is not None and _text_of(plain, _Acc(facts=acc.facts)).strip():
        return plain
    html = by_type.get("text/html")
    if html is not None:
        return html
    return children[-1]


def _is_file(part: Message) -> bool:
    if part.get_content_disposition() == "attachment":
        return True
    if part.get_content_maintype() != "text":
        return True
    return _filename(part, []) is not None and part.get_content_type() not in (
        "text/plain",
        "text/html",
    )


def _filename(part: Message, defects: list[str]) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # broken RFC 2231 parameters
        defects.append("mime: unreadable attachment file name")
        return None
    return decode_header_value(name, defects, "filename") if name else None


def _leaf(part: Message, facts: MailFacts | None) -> Leaf | None:
    return facts.leaf_of(part) if facts is not None else None


def _payload(part: Message, acc_defects: list[str], facts: MailFacts | None = None) -> bytes:
    leaf = _leaf(part, facts)
    if leaf is not None:  # decoded once, by `read_facts`
        if leaf.error is not None:
            acc_defects.append(f"mime: undecodable payload ({leaf.error})")
        return leaf.data
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:  # bad transfer encoding the decoder could not survive
        acc_defects.append(f"mime: undecodable payload ({type(exc).__name__})")
        return b""
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    return raw.encode("utf-8", errors="surrogateescape") if isinstance(raw, str) else b""


def _text_of(part: Message, defects: list[str] | _Acc) -> str:
    sink = defects.defects if isinstance(defects, _Acc) else defects
    data = _payload(part, sink, defects.facts if isinstance(defects, _Acc) else None)
    charset = part.get_content_charset()
    text = decode_bytes(data, charset, sink, f"part {part.get_content_type()}")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _attachment(
    part: Message, depth: int, acc: _Acc, read_file: FileReader, signature: bool = False
) -> None:
    name = _filename(part, acc.defects)
    leaf = _leaf(part, acc.facts)
    data = _payload(part, acc.defects, acc.facts)
    ctype = part.get_content_type()
    pages: tuple[Page, ...] = ()
    defects: tuple[str, ...] = ()
    if data and is_tnef(ctype, name, data):
        pages, inner, tnef_defects = read_tnef(data, read_file)
        defects = tuple(tnef_defects)
        acc.attachments.extend(inner)
    elif (signature and ctype in _NOT_READ) or not data:
        pass
    elif ctype == "text/plain":
        text = _text_of(part, acc)
        pages = (Page(number=1, text=text, method="plain_text"),) if text.strip() else ()
    elif ctype == "text/html":
        pages = (Page(number=1, text=html_to_text(_text_of(part, acc)), method="html"),)
    elif depth < MAX_DEPTH:
        pages, defects = read_file(data, name)
    else:
        defects = ("attachment nested too deep, not read",)
    acc.attachments.append(
        Attachment(
            filename=name,
            content_type=ctype,
            size=len(data),
            sha256=leaf.sha256 if leaf is not None else hashlib.sha256(data).hexdigest(),
            pages=pages,
            defects=defects,
        )
    )


def _forwarded(part: Message, depth: int, acc: _Acc, read_file: FileReader) -> None:
    """A message/rfc822 part: its text is content, its files are attachments."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        acc.body.append((_text_of(part, acc), "mail_body"))
        return
    if depth + 1 >= MAX_DEPTH:
        acc.defects.append("mime: forwarded messages nested too deep, the rest skipped")
        return
    sub = _Acc(parts=acc.parts, facts=acc.facts)
    hdr = read_headers(inner, sub.defects)
    _walk(inner, depth + 1, sub, read_file)
    acc.parts = sub.parts
    summary = "\n".join(
        f"{label}: {value}"
        for label, value in (
            (
                "De la",
                hdr.from_display and f"{hdr.from_display} <{hdr.from_addr}>" or hdr.from_addr,
            ),
            ("Către", ", ".join(hdr.to)),
            ("Subiect", hdr.subject),
            ("Data", hdr.date),
        )
        if value
    )
    texts = [summary] + [t for t, _ in sub.body]
    try:
        # Decoded by `read_facts`: the enclosed bytes themselves, never re-serialised.
        inner_bytes = (
            inner.source
            if isinstance(inner, EnclosedMessage)
            else inner.as_bytes(policy=policy.default)
        )
    except Exception:  # a message too broken to serialise still has its text
        inner_bytes = "\n\n".join(texts).encode("utf-8", errors="surrogateescape")
    acc.attachments.append(
        Attachment(
            filename=hdr.subject,
            content_type=part.get_content_type(),
            size=len(inner_bytes),
            sha256=hashlib.sha256(inner_bytes).hexdigest(),
            pages=tuple(
                Page(number=i, text=t, method="mail_body")
                for i, t in enumerate((t for t in texts if t.strip()), start=1)
            ),
            defects=tuple(dict.fromkeys(sub.defects)),
        )
    )
    acc.attachments.extend(sub.attachments)
