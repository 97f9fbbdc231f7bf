"""Pages whose content stream decompresses past a cap: found before PDFium loads them.

A 1.5 MB PDF can hold a content stream that inflates to 1.5 GB; PDFium
inflates a page's content whole when the page is loaded (for its text as for
its render), so reading it took 2.7 GB (issue 13). Every Flate-compressed
stream that is not an image is inflated here first, in chunks and discarding
the output, and stopped at `cap` bytes; the pages whose contents are such a
stream are then not handed to PDFium at all (the caller records a defect).

The streams are found in the raw bytes (`N G obj << ... >> stream`), and
mapped to pages with pdfminer's page tree only when one is over the cap: a
normal PDF costs one inflation of its content streams and nothing else. When
the page tree cannot be read, every page is treated as over the cap: nothing
is read rather than everything inflated.
"""

from __future__ import annotations

import io
import logging
import re
import zlib

log = logging.getLogger(__name__)

_STREAM = re.compile(rb"(\d{1,10})\s+\d{1,5}\s+obj\s*<<(.{0,4096}?)>>\s*stream\r?\n", re.DOTALL)
_FLATE = re.compile(rb"/(?:FlateDecode|Fl)\b")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_CHUNK = 1 << 16


def inflates_past(data: memoryview, cap: int) -> bool:
    """Whether the zlib stream starting at `data` inflates to more than `cap` bytes.

    At most `cap` bytes (plus a chunk) are ever produced, and none is kept.
    """
    d = zlib.decompressobj()
    produced = 0
    pos = 0
    pending = b""
    try:
        while produced <= cap:
            if pending:
                out = d.decompress(pending, _CHUNK)
            elif pos < len(data):
                out = d.decompress(data[pos : pos + _CHUNK], _CHUNK)
                pos += _CHUNK
            else:
                return False
            produced += len(out)
            pending = d.unconsumed_tail
            if d.eof:
                return produced > cap
    except zlib.error:
        return False  # broken data: PDFium will say so, no bomb in it
    return True


def oversized_streams(raw: bytes, cap: int) -> set[int]:
    """Object numbers of the non-image Flate streams that inflate past `cap` bytes."""
    view = memoryview(raw)
    out: set[int] = set()
    for m in _STREAM.finditer(raw):
        head = m.group(2)
        if _FLATE.search(head) and not _IMAGE.search(head) and inflates_past(view[m.end() :], cap):
            out.add(int(m.group(1)))
    return out


def pages_over_cap(raw: bytes, cap: int, n_pages: int) -> set[int]:
    """1-based numbers of the pages whose content stream inflates past `cap` bytes."""
    big = oversized_streams(raw, cap)
    if not big:
        return set()
    try:
        return _pages_using(raw, big)
    except Exception as exc:  # noqa: BLE001 - a page tree pdfminer cannot read
        log.warning("page tree unreadable while mapping oversized streams: %r", exc)
        return set(range(1, n_pages + 1))


def _pages_using(raw: bytes, objids: set[int]) -> set[int]:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFObjRef, resolve1

    doc = PDFDocument(PDFParser(io.BytesIO(raw)))
    out: set[int] = set()
    for number, page in enumerate(PDFPage.create_pages(doc), start=1):
        contents = page.attrs.get("Contents")
        refs = contents if isinstance(contents, list) else [contents]
        if isinstance(contents, PDFObjRef) and isinstance(resolve1(contents), list):
            refs = [contents, *resolve1(contents)]  # an array object of streams
        if any(isinstance(r, PDFObjRef) and r.objid in objids for r in refs):
            out.add(number)
    return out
