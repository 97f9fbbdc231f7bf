"""Tell what the bytes are from their content (magic numbers), never from a file name."""

from __future__ import annotations

import re

from .errors import UnreadableInput
from .model import SourceKind

_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"II*\x00",  # TIFF little-endian
    b"MM\x00*",  # TIFF big-endian
    b"GIF87a",
    b"GIF89a",
)
# Header names that only mail has; one of them in the first block makes it a mail.
_MAIL_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "content-type",
        "delivered-to",
        "reply-to",
        "in-reply-to",
        "references",
        "sender",
        "x-mailer",
        "dkim-signature",
        "authentication-results",
        "content-transfer-encoding",
        "user-agent",
        "x-original-to",
        "envelope-to",
    }
)
_HEADER_LINE = re.compile(rb"^([!-9;-~]+)[ \t]*:")  # obsolete syntax allows "From  :"


def is_image(raw: bytes) -> bool:
    """Bytes that begin as an image file the parsers read (TIFF, PNG, JPEG, GIF, WebP)."""
    return raw.startswith(_IMAGE_MAGIC) or (raw.startswith(b"RIFF") and raw[8:12] == b"WEBP")


def sniff(raw: bytes, filename: str | None = None) -> SourceKind:
    """The kind of `raw`; raises UnreadableInput when it is none we read."""
    if not raw:
        raise UnreadableInput("empty input (0 bytes)")
    if raw.lstrip(b" \t\r\n\x00").startswith(b"%PDF-"):
        return SourceKind.PDF
    if is_image(raw):
        return SourceKind.IMAGE
    if _looks_like_mail(raw, hinted=bool(filename and filename.lower().endswith(".eml"))):
        return SourceKind.EMAIL
    # PDF readers accept the header anywhere in the first 1024 bytes; only after
    # the mail check, so a mail whose Subject says "%PDF-1.4" stays a mail.
    if b"%PDF-" in raw[:1024]:
        return SourceKind.PDF
    if looks_like_text(raw):
        return SourceKind.TEXT
    raise UnreadableInput(f"unrecognised format (first bytes {raw[:8].hex(' ')})")


def _looks_like_mail(raw: bytes, *, hinted: bool) -> bool:
    """RFC 5322 header lines up to the first blank line, with at least one mail header.

    An mbox "From " line may come first. The `.eml` name only relaxes the rule
    (any header-shaped first line will do); it never makes non-mail a mail.
    """
    lines = raw[:65536].lstrip(b" \t\r\n").splitlines()
    if lines and lines[0].startswith(b"From "):
        lines = lines[1:]
    known = 0
    seen = 0
    for line in lines[:200]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):  # folded continuation
            if seen == 0:
                return False
            continue
        m = _HEADER_LINE.match(line)
        if not m:
            return False if seen == 0 else known > 0
        seen += 1
        if m.group(1).decode("ascii").lower() in _MAIL_HEADERS:
            known += 1
    return known > 0 or (hinted and seen > 0)


def looks_like_text(raw: bytes) -> bool:
    """Mostly printable characters in UTF-8 or a Central European 8-bit charset."""
    sample = raw[:65536]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _mostly_printable(sample[: len(sample) // 2 * 2].decode("utf-16", errors="replace"))
    if b"\x00" in sample:
        return False
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the sample's end is still UTF-8.
        if exc.start >= len(sample) - 3 and len(raw) > len(sample):
            text = sample[: exc.start].decode("utf-8")
        else:
            text = sample.decode("cp1250", errors="replace")
    return _mostly_printable(text)


def _mostly_printable(text: str) -> bool:
    printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    letters = sum(1 for c in text if c.isalpha())
    return printable >= 0.95 * len(text) and letters >= 1 and "\ufffd" not in text
