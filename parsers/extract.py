"""`extract`: any bytes the pipeline receives to a `Document`, or `UnreadableInput`.

The kind is detected from the content (`sniff`), then one reader per kind runs.
Readers record what went wrong inside a readable item as defects; only input that
is no format we read, or yields nothing at all, raises `UnreadableInput`. A
library failing on hostile bytes is translated to `UnreadableInput` here (and
logged), so callers never see another exception for bad input; `OcrError`
(Tesseract missing or failing) passes through, because it is ours to fix.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from .cms import inner_name, is_detached, signed_file
from .errors import OcrError, UnreadableInput
from .image import read_image
from .mail import FileReader, read_mail
from .model import Document, Page, SourceKind
from .options import ExtractOptions
from .pdf import read_pdf
from .plaintext import read_text
from .sniff import sniff

log = logging.getLogger(__name__)

_DEFAULT = ExtractOptions()


def extract(
    raw: bytes, *, filename: str | None = None, options: ExtractOptions = _DEFAULT
) -> Document:
    """Read `raw` into a Document; `filename` is only a hint (".eml"), never trusted for the kind."""
    if raw[:1] == b"\x30" or (filename and inner_name(filename) != filename):
        # A signed file (CAdES .p7m): the document inside is what a person opens and
        # reads; whether the signature holds is the route step's. A detached
        # signature (.p7s) has no text of its own.
        inner = signed_file(raw)
        if inner is not None:
            return extract(inner, filename=inner_name(filename), options=options)
        if is_detached(raw):
            raise UnreadableInput(
                "a detached signature (CAdES .p7s): it signs another file and has no text "
                "of its own"
            )
    kind = sniff(raw, filename)
    try:
        if kind is SourceKind.EMAIL:
            return read_mail(raw, _attachment_reader(options))
        if kind is SourceKind.PDF:
            pages, defects = read_pdf(raw, options)
        elif kind is SourceKind.IMAGE:
            pages, defects = read_image(raw, options)
        else:
            pages, defects = read_text(raw)
    except (UnreadableInput, OcrError):
        raise
    except Exception as exc:  # a library choking on hostile bytes: bad input, not our crash
        log.warning("reading %s input %r failed: %s", kind.value, filename, exc, exc_info=True)
        raise UnreadableInput(
            f"{kind.value} input cannot be read: {type(exc).__name__}: {exc}"
        ) from exc
    return Document(kind=kind, pages=pages, defects=defects)


def _attachment_reader(options: ExtractOptions) -> FileReader:
    """Reads a mail's files within ONE page budget (`max_pages`) for the whole mail.

    Without it, a 25 MB mail of 170 small 200-page PDFs would queue some
    34,000 pages of OCR (hours) behind one item; past the budget a file is
    recorded as not read.
    """
    remaining = [options.max_pages]

    def read(data: bytes, filename: str | None) -> tuple[tuple[Page, ...], tuple[str, ...]]:
        if remaining[0] <= 0:
            return (), (f"not read: the mail's budget of {options.max_pages} pages is spent",)
        try:
            doc = extract(data, filename=filename, options=replace(options, max_pages=remaining[0]))
        except UnreadableInput as exc:
            return (), (f"not read: {exc}",)
        remaining[0] -= max(1, len(doc.all_pages()))
        if doc.kind is SourceKind.EMAIL:  # an attached .eml: its text is content too
            pages = tuple(
                Page(number=i, text=p.text, method=p.method, ocr_confidence=p.ocr_confidence)
                for i, p in enumerate(doc.all_pages(), start=1)
            )
            return pages, doc.defects
        return doc.pages, doc.defects

    return read
