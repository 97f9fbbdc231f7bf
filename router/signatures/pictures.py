"""What the pictures on an unsigned PDF's text pages say: a person reads a pasted note.

A page with a text layer is read from that layer, and the layer holds no
picture: a scanned note, a screenshot or a line of text saved as an image
and placed under a typed heading says things the layer does not. For the
unsigned-text rule every picture that could hold a line of text is read the
way a viewer shows it: the page is rendered (masks, clipping and transforms
applied by PDFium), the picture's region cut out and OCR'd. A picture drawn
inside a form XObject, or pictures over most of the page, get the whole page
OCR'd instead (their bounds are in the form's space, not the page's).

Words need not be text nor pictures: "convert text to outlines" (Illustrator,
Inkscape, print drivers) draws each letter as a filled path, and a page can
show a demand its text layer does not hold and no picture carries. A page
whose drawings could be letters — paths with curves or many segments (a few
letters' worth), many small paths (a font of dots, squares or strokes), shadings — is
rendered with every text object removed (invisible text too, so a layer laid
over the drawing cannot hide it) and what remains is OCR'd as a whole: the
typed text is not read twice, table rules and borders read as nothing, and
drawn words are read as a person reads them.

Bounded: at most `MAX_PAGES` pages of one file are read this way; the pages
beyond are returned as unread, which the rule reports (a person reads them).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageOps

from parsers.ocr import ocr_page
from parsers.options import ExtractOptions
from parsers.pdf import _PDFIUM_LOCK

MAX_PAGES = 12  # pages with pictures OCR'd per file (each 1-3 s)
DPI = 300
MIN_W_PT, MIN_H_PT = 36.0, 6.0  # smaller than a short word in 6 pt type: no text to read
WHOLE_PAGE_SHARE = 0.5  # pictures over half the page: OCR the page as a whole
PAD_PX = 12
# Drawings that could be letters: curved or many-segment paths adding up to a few letters'
# worth of segments, or many small paths (letters of dots, squares or strokes, one path
# each). Rules, borders and cell boxes are few, long, and 2-5 lines each.
GLYPH_SEGMENTS = 24
COMPLEX_PATH = 6  # segments: more than a rectangle's
SMALL_PT, SMALL_PATHS = 40.0, 16
MAX_OBJECTS = 20_000  # page objects examined per page (more: read the page whole)


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


def _objects(page: pdfium.PdfPage) -> list[tuple[Any, Any]]:
    """(form object or None, object) for every page object, inside form XObjects too."""
    out: list[tuple[Any, Any]] = []

    def walk(parent: Any, depth: int) -> None:
        if parent is None:
            count = pdfium_c.FPDFPage_CountObjects(page.raw)
        else:
            count = pdfium_c.FPDFFormObj_CountObjects(parent)
        for k in range(count):
            if len(out) >= MAX_OBJECTS:
                return
            if parent is None:
                obj = pdfium_c.FPDFPage_GetObject(page.raw, k)
            else:
                obj = pdfium_c.FPDFFormObj_GetObject(parent, k)
            out.append((parent, obj))
            if depth < 12 and pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_FORM:
                walk(obj, depth + 1)

    walk(None, 0)
    return out


def _bounds(obj: Any) -> tuple[float, float]:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetBounds(
        obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
    ):
        return 0.0, 0.0
    return right.value - left.value, top.value - bottom.value


def _segments(path: Any) -> tuple[int, bool]:
    """A path's segment count, and whether any is a curve."""
    count = max(0, int(pdfium_c.FPDFPath_CountSegments(path)))
    curved = any(
        pdfium_c.FPDFPathSegment_GetType(pdfium_c.FPDFPath_GetPathSegment(path, i))
        == pdfium_c.FPDF_SEGMENT_BEZIERTO
        for i in range(min(count, 64))
    )
    return count, curved


def drawn_letters(objects: list[tuple[Any, Any]]) -> bool:
    """Whether a page's drawings (not text, not pictures) could be letters."""
    if len(objects) >= MAX_OBJECTS:
        return True
    glyph_segments = small = 0
    for _, obj in objects:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_SHADING:
            return True
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        count, curved = _segments(obj)
        if curved or count > COMPLEX_PATH:
            glyph_segments += count
        width, height = _bounds(obj)
        if 0 < max(width, height) <= SMALL_PT:
            small += 1
        if glyph_segments >= GLYPH_SEGMENTS or small >= SMALL_PATHS:
            return True
    return False


def _without_text(page: pdfium.PdfPage, objects: list[tuple[Any, Any]]) -> None:
    """Remove every text object of the page (in its forms too), in memory only."""
    for parent, obj in reversed(objects):
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        if parent is None:
            removed = pdfium_c.FPDFPage_RemoveObject(page.raw, obj)
        else:
            removed = pdfium_c.FPDFFormObj_RemoveObject(parent, obj)
        if removed:
            pdfium_c.FPDFPageObj_Destroy(obj)


def _inked(image: Image.Image) -> Image.Image | None:
    """The part of a page render that has ink (None: a blank page)."""
    box = ImageOps.invert(image).point(lambda v: 255 if v > 48 else 0).getbbox()
    if box is None:
        return None
    left, top, right, bottom = box
    return image.crop(
        (
            max(0, left - PAD_PX),
            max(0, top - PAD_PX),
            min(image.width, right + PAD_PX),
            min(image.height, bottom + PAD_PX),
        )
    )


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
                    objects = _objects(page)
                    drawn = drawn_letters(objects)
                    if boxes == [] and not drawn:
                        continue
                    if done >= MAX_PAGES:
                        out.unread.append(number)
                        continue
                    if page.get_rotation():
                        boxes = None  # the render is turned; the bounds are not
                    if drawn:
                        # Everything but the text layer's own objects, read whole.
                        _without_text(page, objects)
                    image, bbox = _render(page)
                finally:
                    page.close()
            done += 1
            crops = _crops(image, bbox, boxes) if not drawn else [_inked(image)]
            for crop in (c for c in crops if c is not None):
                crop.info["dpi"] = (DPI, DPI)
                read_page, defects = ocr_page(crop, number, options)
                if defects and not read_page.text:
                    out.unread.append(number)
                out.texts.append(read_page.text)
    finally:
        with _PDFIUM_LOCK:
            pdf.close()
    return out
