"""TNEF (`winmail.dat`, application/ms-tnef): Outlook's wrapper around a mail's body and files.

Read with `tnefparse`: the plain or HTML body becomes a page of the
attachment, every file inside becomes an attachment of its own (read like any
other). A compressed-RTF-only body is not read (a recorded defect).

At most `MAX_INNER_FILES` inner files are read: a winmail.dat holding 50,000
of them escaped the mail's MIME part cap and made a 49,800-defect request.
The object stream is counted first, and cut before the first file over the
cap, so tnefparse never parses (nor copies) the rest.
"""

from __future__ import annotations

import hashlib
import logging
import struct
from collections.abc import Callable
from typing import Any

from .htmltext import html_to_text
from .model import Attachment, Page

log = logging.getLogger(__name__)
FileReader = Callable[[bytes, str | None], tuple[tuple[Page, ...], tuple[str, ...]]]

MAX_INNER_FILES = 100  # Outlook wraps a mail's few files; hundreds are a fabrication
_ATT_RENDDATA = 0x9002  # the attribute that opens each inner file
_HEADER = 6  # signature (4 bytes) and key (2)
_OBJECT = struct.Struct("<BHHI")  # level, name, type, length; then data and a 2-byte checksum


def cut_files(data: bytes, cap: int) -> tuple[bytes, int]:
    """(the TNEF up to its `cap`-th inner file, how many inner files it holds in all)."""
    offset, files, cut = _HEADER, 0, len(data)
    while offset + _OBJECT.size + 2 <= len(data):
        _, name, _, length = _OBJECT.unpack_from(data, offset)
        if name == _ATT_RENDDATA:
            files += 1
            if files == cap + 1:
                cut = offset
        offset += _OBJECT.size + length + 2
    return data[:cut], files


def _name(att: Any) -> str | None:
    """The inner file's name; bytes that are not UTF-8 read as Windows-1250 (as at the door)."""
    try:
        name = att.long_filename() or att.name
    except Exception:  # tnefparse decodes a non-UTF-8 title strictly, and raises
        name = getattr(att, "_name", None)
    if isinstance(name, bytes):
        try:
            name = name.decode("utf-8")
        except UnicodeDecodeError:
            name = name.decode("cp1250", "replace")
    if not isinstance(name, str):
        return None
    return name.replace("\x00", "") or None


def is_tnef(content_type: str, filename: str | None, data: bytes) -> bool:
    """Outlook marks it by type or name; the magic number 0x223E9F78 decides."""
    named = content_type == "application/ms-tnef" or (filename or "").lower() == "winmail.dat"
    return named and data[:4] == b"\x78\x9f\x3e\x22"


def read_tnef(
    data: bytes, read_file: FileReader
) -> tuple[tuple[Page, ...], list[Attachment], list[str]]:
    """(body pages, inner files as attachments, defects)."""
    try:
        import tnefparse

        kept, files = cut_files(data, MAX_INNER_FILES)
        tnef = tnefparse.TNEF(kept)
    except Exception as exc:  # hostile bytes: a defect, the mail still reads
        log.info("TNEF not readable: %s", exc)
        return (), [], [f"tnef: not readable ({type(exc).__name__})"]
    defects: list[str] = []
    if files > MAX_INNER_FILES:
        defects.append(
            f"tnef: {files} files inside, only the first {MAX_INNER_FILES} read, the rest skipped"
        )
    pages: tuple[Page, ...] = ()
    body = getattr(tnef, "body", None) or b""
    html = getattr(tnef, "htmlbody", None) or b""
    if body:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        pages = (Page(number=1, text=text, method="mail_body"),)
    elif html:
        text = html.decode("utf-8", "replace") if isinstance(html, bytes) else str(html)
        pages = (Page(number=1, text=html_to_text(text), method="html"),)
    elif getattr(tnef, "rtfbody", None):
        defects.append("tnef: body only in compressed RTF, not read")
    inner: list[Attachment] = []
    for att in getattr(tnef, "attachments", [])[:MAX_INNER_FILES]:
        raw = att.data if isinstance(att.data, bytes) else bytes(att.data or b"")
        name = _name(att)
        att_pages, att_defects = read_file(raw, name) if raw else ((), ())
        inner.append(
            Attachment(
                filename=name,
                content_type="application/octet-stream",
                size=len(raw),
                sha256=hashlib.sha256(raw).hexdigest(),
                pages=att_pages,
                defects=att_defects,
            )
        )
    return pages, inner, defects
