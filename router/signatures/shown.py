"""What a person sees of a signed PDF against what was signed: both rendered, compared.

pyHanko judges a revision after a signature by the objects it changes, read
its own way; a viewer draws the file its own way. Where they disagree (a key
written twice — pyHanko keeps the first `/Rect`, PDFium the last; an
annotation subtype pyHanko does not look at; a form field PDFium draws and
pyHanko calls invisible) a revision pyHanko classifies "nothing a reader
sees" can cover, replace or add words on the signed page. So the signature
check does not rest on that classification alone: for a signature that
passes and is followed by later revisions, the signed revision (the bytes
its /ByteRange ends at) and the whole file are rendered by PDFium (the
engine of Chromium's viewer, forms drawn), page by page, and compared pixel
by pixel. Any difference is drawn after signing, unless it lies inside the
drawn rectangle (as PDFium places it) of a later signature that itself
passes, this comparison included: a countersignature's visible appearance.
Whether that later signer speaks for a registry authority is judged with
every other signer (`consistency.py`: the same authority, or a
countersignature the first signed text announces).

Bounded: the first `MAX_PAGES` pages at `DPI`; a file with more pages than
that and revisions after its signature is not compared past them, and says
so (a person compares them).
"""

from __future__ import annotations

import ctypes
import logging
from collections import Counter
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageChops, ImageDraw

from parsers.pdf import _PDFIUM_LOCK

log = logging.getLogger(__name__)

MAX_PAGES = 20
DPI = 60
# A pixel whose colour moved by more than this in any channel is a drawn difference
# (the same bytes render identically: no tolerance is needed for noise, only for nothing).
_INK = 8
_PAD_PX = 2  # anti-aliasing around a countersignature's rectangle

Box = tuple[int, int, int, int]  # left, top, right, bottom in pixels


@dataclass
class Rendering:
    """The first pages of a PDF as PDFium draws them, and where its signature fields are."""

    count: int
    pages: list[Image.Image] = field(default_factory=list)
    # field name -> (0-based page, pixel box) of each signature widget PDFium places
    signature_boxes: dict[str, list[tuple[int, Box]]] = field(default_factory=dict)
    # (0-based page, subtype, text, rect) of every annotation but a signature field's widget
    annotations: list[Annotation] = field(default_factory=list)


Annotation = tuple[int, int, str, tuple[float, float, float, float]]


def _field_name(form: object, annot: object) -> str:
    size = pdfium_c.FPDFAnnot_GetFormFieldName(form, annot, None, 0)
    if size <= 2:
        return ""
    buf = (ctypes.c_ushort * (size // 2 + 1))()
    pdfium_c.FPDFAnnot_GetFormFieldName(form, annot, buf, size)
    return bytes(buf)[: size - 2].decode("utf-16-le", "replace")


def _pixel_box(page: pdfium.PdfPage, width: int, height: int, rect: pdfium_c.FS_RECTF) -> Box:
    xs, ys = [], []
    for px, py in ((rect.left, rect.bottom), (rect.right, rect.top)):
        dx, dy = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDF_PageToDevice(
            page.raw, 0, 0, width, height, 0, px, py, ctypes.byref(dx), ctypes.byref(dy)
        )
        xs.append(dx.value)
        ys.append(dy.value)
    return (min(xs) - _PAD_PX, min(ys) - _PAD_PX, max(xs) + _PAD_PX, max(ys) + _PAD_PX)


def _text(annot: object, key: str) -> str:
    size = pdfium_c.FPDFAnnot_GetStringValue(annot, key.encode(), None, 0)
    if size <= 2:
        return ""
    buf = (ctypes.c_ushort * (size // 2 + 1))()
    pdfium_c.FPDFAnnot_GetStringValue(annot, key.encode(), buf, size)
    return bytes(buf)[: size - 2].decode("utf-16-le", "replace")


def _said(pdf: pdfium.PdfDocument, annot: object, kind: int) -> str:
    """An annotation's text (/Contents); for a link, where it leads too (a link retargeted
    after signing is a change, though nothing is drawn)."""
    text = _text(annot, "Contents")
    if kind != pdfium_c.FPDF_ANNOT_LINK:
        return text
    link = pdfium_c.FPDFAnnot_GetLink(annot)
    action = pdfium_c.FPDFLink_GetAction(link) if link else None
    if not action:
        return text
    size = pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
    if size <= 1:
        return text
    buf = ctypes.create_string_buffer(size)
    pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buf, size)
    return f"{text} -> {buf.raw[: size - 1].decode('latin-1')}"


def _annotations(
    pdf: pdfium.PdfDocument,
    page: pdfium.PdfPage,
    number: int,
    size: tuple[int, int],
    out: Rendering,
) -> None:
    """The page's annotations: signature widgets by field name (where PDFium places them),
    every other annotation by subtype, text and rectangle."""
    form = pdf.formenv.raw if pdf.formenv is not None else None
    for k in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, k)
        try:
            kind = int(pdfium_c.FPDFAnnot_GetSubtype(annot))
            rect = pdfium_c.FS_RECTF()
            if not pdfium_c.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
                rect = pdfium_c.FS_RECTF(0, 0, 0, 0)
            if (
                form is not None
                and kind == pdfium_c.FPDF_ANNOT_WIDGET
                and pdfium_c.FPDFAnnot_GetFormFieldType(form, annot)
                == pdfium_c.FPDF_FORMFIELD_SIGNATURE
            ):
                box = _pixel_box(page, size[0], size[1], rect)
                out.signature_boxes.setdefault(_field_name(form, annot), []).append((number, box))
                continue
            left, bottom, right, top = (
                round(float(v), 1) for v in (rect.left, rect.bottom, rect.right, rect.top)
            )
            out.annotations.append(
                (number, kind, _said(pdf, annot, kind), (left, bottom, right, top))
            )
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)


def render(data: bytes) -> Rendering:
    """The first `MAX_PAGES` pages of `data` as PDFium draws them (annotations and forms)."""
    with _PDFIUM_LOCK:  # PDFium is not thread-safe; the parse step's threads share it
        pdf = pdfium.PdfDocument(data)
        try:
            pdf.init_forms()
            out = Rendering(count=len(pdf))
            for i in range(min(out.count, MAX_PAGES)):
                page = pdf[i]
                try:
                    image = page.render(scale=DPI / 72, may_draw_forms=True).to_pil()
                    image = image.convert("RGB")
                    _annotations(pdf, page, i, image.size, out)
                    out.pages.append(image)
                finally:
                    page.close()
        finally:
            pdf.close()
    return out


def _drawn(before: Image.Image, after: Image.Image, allowed: list[Box]) -> Box | None:
    """The box of what `after` draws that `before` does not, outside `allowed` (None: nothing)."""
    diff = ImageChops.difference(before, after)
    r, g, b = diff.split()
    ink = ImageChops.lighter(ImageChops.lighter(r, g), b).point(lambda v: 255 if v > _INK else 0)
    if allowed:
        draw = ImageDraw.Draw(ink)
        for box in allowed:
            draw.rectangle(box, fill=0)
    return ink.getbbox()


@dataclass(frozen=True, slots=True)
class Drawn:
    """One page on which the file as shown differs from the signed revision."""

    page: int  # 1-based
    what: str
    # Where (left, top, right, bottom), in points from the page's top-left corner.
    region_pt: tuple[float, float, float, float] | None = None

    def words(self) -> str:
        return f"page {self.page}: {self.what}"


def compare(signed: Rendering, shown: Rendering, allowed: set[str]) -> list[Drawn]:
    """Where the file as shown (`shown`) differs from the signed revision (`signed`).

    Differences inside the drawn rectangle of a signature field named in
    `allowed` (later signatures that pass) are that signature's appearance.
    """
    out: list[Drawn] = []
    boxes: dict[int, list[Box]] = {}
    for name in allowed:
        for number, box in shown.signature_boxes.get(name, []):
            boxes.setdefault(number, []).append(box)
    for i, (before, after) in enumerate(zip(signed.pages, shown.pages, strict=False)):
        if before.size != after.size:
            out.append(
                Drawn(
                    i + 1,
                    "the file as shown has another page size than the signed revision "
                    "(changed after signing)",
                )
            )
            continue
        region = _drawn(before, after, boxes.get(i, []))
        if region is not None:
            scale = 72 / DPI
            left, top, right, bottom = (round(v * scale, 1) for v in region)
            out.append(
                Drawn(
                    i + 1,
                    "the file as shown differs from the signed revision (drawn after signing)",
                    (left, top, right, bottom),
                )
            )
    out += _new_annotations(signed, shown)
    if shown.count != signed.count:
        out.append(
            Drawn(
                min(shown.count, signed.count) + 1,
                f"the file as shown has {shown.count} page(s), the signed revision "
                f"{signed.count} (pages added or removed after signing)",
            )
        )
    return out


_KINDS = {
    getattr(pdfium_c, f"FPDF_ANNOT_{name.upper()}"): name
    for name in [
        "Text",
        "FreeText",
        "Line",
        "Square",
        "Circle",
        "Polygon",
        "Polyline",
        "Highlight",
        "Underline",
        "Squiggly",
        "Strikeout",
        "Stamp",
        "Caret",
        "Ink",
        "Popup",
        "FileAttachment",
        "Sound",
        "Movie",
        "Widget",
        "Screen",
        "Link",
        "PrinterMark",
        "TrapNet",
        "Watermark",
        "ThreeD",
        "RichMedia",
        "XFAWidget",
        "Redact",
    ]
}


def _new_annotations(signed: Rendering, shown: Rendering) -> list[Drawn]:
    """Annotations of the file as shown that the signed revision lacks: a note, a comment, a
    link, a form field a viewer lists or opens even where it draws nothing on the page."""
    before = Counter(signed.annotations)
    out = []
    for entry in shown.annotations:
        if before[entry] > 0:
            before[entry] -= 1
            continue
        number, kind, text, _ = entry
        what = _KINDS.get(kind, f"subtype {kind}")
        said = f" saying {text[:60]!r}" if text.strip() else ""
        out.append(
            Drawn(
                number + 1,
                f"a {what} annotation{said} added after signing, which a viewer shows or lists",
            )
        )
    return out


def beyond_bound(signed: Rendering, shown: Rendering) -> int:
    """How many pages of the file were not compared (past `MAX_PAGES`)."""
    return max(0, min(signed.count, shown.count) - MAX_PAGES)
