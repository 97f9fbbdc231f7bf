"""TNEF (`winmail.dat`, application/ms-tnef): Outlook's wrapper around a mail's body and files.

Read with `tnefparse`: the plain or HTML body becomes a page of the
attachment, every file inside becomes an attachment of its own (read like any
other). A compressed-RTF-only body is not read (a recorded defect).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from .htmltext import html_to_text
from .model import Attachment, Page

log = logging.getLogger(__name__)
FileReader = Callable[[bytes, str | None], tuple[tuple[Page, ...], tuple[str, ...]]]


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

        tnef = tnefparse.TNEF(data)
    except Exception as exc:  # hostile bytes: a defect, the mail still reads
        log.info("TNEF not readable: %s", exc)
        return (), [], [f"tnef: not readable ({type(exc).__name__})"]
    defects: list[str] = []
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
    for att in getattr(tnef, "attachments", []):
        raw = att.data if isinstance(att.data, bytes) else bytes(att.data or b"")
        try:
            name = att.long_filename() or att.name
        except Exception:
            name = getattr(att, "name", None)
        if isinstance(name, bytes):
            name = name.decode("latin-1", "replace")
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
