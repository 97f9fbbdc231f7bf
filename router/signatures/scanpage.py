"""Scanned pages to examine: image files (every TIFF frame) and PDF pages without a text layer.

Rendering happens on copies; the original bytes are never rewritten. Only the
last pages of each file are examined for ink: the signature block closes the
letter (the signed-content check of a mailed scan also reads its first pages).
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageSequence

log = logging.getLogger(__name__)

RENDER_DPI = 200
LAST_PAGES = 2


@dataclass(frozen=True, slots=True)
class ScanPage:
    """One page image, its source file and 1-based page number, and its resolution."""

    source: str
    number: int
    image: Image.Image
    dpi: float


def _indices(total: int, first: int, last: int) -> list[int]:
    """0-based indices of the first `first` and the last `last` of `total` pages, in order."""
    return sorted(set(range(min(first, total))) | set(range(max(0, total - last), total)))


def _image_pages(name: str, data: bytes, first: int, last: int) -> list[ScanPage]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        img = Image.open(io.BytesIO(data))
        frames = [f.copy() for f in ImageSequence.Iterator(img)]
    dpi = float((img.info.get("dpi") or (200, 200))[1] or 200)
    return [ScanPage(name, i + 1, frames[i], dpi) for i in _indices(len(frames), first, last)]


def _pdf_pages(name: str, data: bytes, first: int, last: int) -> list[ScanPage]:
    pdf = pdfium.PdfDocument(data)
    try:
        total = len(pdf)
        out: list[ScanPage] = []
        for i in _indices(total, first, last):
            page = pdf[i]
            text = page.get_textpage().get_text_range().strip()
            if len(text) > 40:
                continue  # a born-digital page: no ink to look for
            img = page.render(scale=RENDER_DPI / 72).to_pil()
            out.append(ScanPage(name, i + 1, img, float(RENDER_DPI)))
        return out
    finally:
        pdf.close()


def scan_pages(
    files: list[tuple[str, bytes]], first: int = 0, last: int = LAST_PAGES
) -> list[ScanPage]:
    """The first `first` and last `last` scanned pages of every image or image-only PDF."""
    out: list[ScanPage] = []
    for name, data in files:
        try:
            if data[:1024].find(b"%PDF-") >= 0:
                out.extend(_pdf_pages(name, data, first, last))
            else:
                out.extend(_image_pages(name, data, first, last))
        except Exception as exc:  # noqa: BLE001 - an unreadable scan is simply not examined
            log.info("cannot render %s for signature detection: %r", name, exc)
    return out
