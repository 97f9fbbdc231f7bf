"""What the pictures on an unsigned PDF's text pages say: a person reads a pasted note.

A page with a text layer is read from that layer, and the layer holds no
picture: a scanned note, a screenshot or a line of text saved as an image
and placed under a typed heading says things the layer does not. For the
unsigned-text rule every picture that could hold a line of text is read the
way a viewer shows it: the page is rendered (masks, clipping and transforms
applied by PDFium), the picture's region cut out and OCR'd. A picture drawn
inside a form XObject, or pictures over most of the page, get the whole page
OCR'd instead (their bounds are in the form's space, not the page's).

Bounded: at most `MAX_PAGES` pages of one file are read this way; the pages
beyond are returned as unread, which the rule reports (a person reads them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from parsers.ocr import ocr_page
from parsers.options import ExtractOptions
from parsers.pdf import _PDFIUM_LOCK

MAX_PAGES = 12  # pages with pictures OCR'd per file (each 1-3 s)
DPI = 300
MIN_W_PT, MIN_H_PT = 36.0, 6.0  # smaller than a short word in 6 pt type: no text to read
WHOLE_PAGE_SHARE = 0.5  # pictures over half the page: OCR the page as a whole
PAD_PX = 12


@dataclass
class Pictures:
    """The text read off a file's pictures, and the pages left unread."""

    texts: list[str] = field(default_factory=list)
    unread: list[int] = field(default_factory=list)


def _regions(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]] | None:
    """Bounds (left, bottom, right, top, in points) of the page's pictures; None: the whole page."""
    boxes: list[tuple[float, float, float, float]] = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
        left, bottom, right, top = obj.get_bounds()
        if right - left < MIN_W_PT and top - bottom < MIN_W_PT:
            continue  # a dot, a tiny icon
        if min(right - left, top - bottom) < MIN_H_PT:
            continue
        if obj.level > 0:
            return None
        boxes.append((left, bottom, right, top))
    return boxes


def _render(page: pdfium.PdfPage) -> tuple[Image.Image, tuple[float, float, float, float]]:
    bitmap = page.render(scale=DPI / 72)
    return bitmap.to_pil().convert("L"), page.get_bbox()


def _crops(
    image: Image.Image,
    bbox: tuple[float, float, float, float],
    boxes: list[tuple[float, float, float, float]] | None,
) -> list[Image.Image]:
    x0, y0, x1, y1 = bbox
    area = max(1.0, (x1 - x0) * (y1 - y0))
    if boxes is None or sum((r - x) * (t - y) for x, y, r, t in boxes) > WHOLE_PAGE_SHARE * area:
        return [image]
    scale = DPI / 72
    out = []
    for left, bottom, right, top in boxes:
        box = (
            max(0, int((left - x0) * scale) - PAD_PX),
            max(0, int((y1 - top) * scale) - PAD_PX),
            min(image.width, int((right - x0) * scale) + PAD_PX),
            min(image.height, int((y1 - bottom) * scale) + PAD_PX),
        )
        if box[2] - box[0] > 8 and box[3] - box[1] > 8:
            out.append(image.crop(box))
    return out


def read(data: bytes, pages: set[int]) -> Pictures:
    """OCR the pictures on the given (1-based) pages of a PDF; pages past the bound are unread."""
    out = Pictures()
    options = ExtractOptions(detect_orientation=False)
    done = 0
    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
    try:
        for number in sorted(pages):
            with _PDFIUM_LOCK:
                page = pdf[number - 1]
                try:
                    boxes = _regions(page)
                    if boxes == []:
                        continue
                    if done >= MAX_PAGES:
                        out.unread.append(number)
                        continue
                    if page.get_rotation():
                        boxes = None  # the render is turned; the bounds are not
                    image, bbox = _render(page)
                finally:
                    page.close()
            done += 1
            for crop in _crops(image, bbox, boxes):
                crop.info["dpi"] = (DPI, DPI)
                read_page, defects = ocr_page(crop, number, options)
                if defects and not read_page.text:
                    out.unread.append(number)
                out.texts.append(read_page.text)
    finally:
        with _PDFIUM_LOCK:
            pdf.close()
    return out
