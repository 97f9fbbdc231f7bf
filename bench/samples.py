"""The scanned inputs of the bench: distinct copies of the samples, and their page images.

The pipeline stores each original once per SHA-256, so every copy must differ
in its bytes while showing exactly the same pages:

- the PDF gets a comment line after its final `%%EOF` (PDF readers ignore it);
- the TIFF is re-saved by Pillow, G4 and with its resolution, carrying a
  unique ImageDescription tag; every copy is checked pixel for pixel against
  the original.

`page_images` renders the same pages the way Tesseract should see them (PDF at
300 dpi grey with pypdfium2; fax pages as received at fine resolution, rows
doubled at standard resolution), for the bare-Tesseract yardstick.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageSequence

from ingest import Channel

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "tests" / "samples"
SCAN_PDF = "mediation_scan.pdf"
FAX_TIFF = "le_fax.tif"
PDF_RENDER_DPI = 300
# A fax whose vertical resolution is below this share of its horizontal one is
# standard mode (204×98): its rows are doubled before OCR (ARCHITECTURE.md).
STANDARD_FAX_RATIO = 0.75


@dataclass(frozen=True, slots=True)
class Copy:
    """One distinct input document: its bytes, the sample it copies, its page count."""

    sample: str
    filename: str
    data: bytes
    pages: int
    channel: Channel


@dataclass(frozen=True, slots=True)
class PageImage:
    """One page as bare Tesseract reads it: a PNG and the sample page it comes from."""

    sample: str
    page: int
    png: bytes


def pdf_copy(original: bytes, n: int) -> bytes:
    """`original` with a unique comment after its last `%%EOF` (the pages are untouched)."""
    body = original if original.endswith(b"\n") else original + b"\n"
    return body + f"%bench-{n}\n".encode("ascii")


def tiff_copy(original: bytes, n: int) -> bytes:
    """`original` re-saved as G4 with the same pages and resolution, tagged `bench-n`."""
    with Image.open(io.BytesIO(original)) as im:
        frames = [frame.copy() for frame in ImageSequence.Iterator(im)]
        dpi = im.info.get("dpi", (204.0, 196.0))
    out = io.BytesIO()
    frames[0].save(
        out,
        format="TIFF",
        save_all=True,
        append_images=frames[1:],
        compression="group4",
        dpi=dpi,
        tiffinfo={270: f"bench-{n}"},  # 270 = ImageDescription
    )
    return out.getvalue()


def _tiff_frames(data: bytes) -> tuple[list[bytes], tuple[float, float]]:
    with Image.open(io.BytesIO(data)) as im:
        frames = [frame.convert("1").tobytes() for frame in ImageSequence.Iterator(im)]
        dpi = tuple(float(v) for v in im.info.get("dpi", (0.0, 0.0)))
    return frames, (dpi[0], dpi[1])


def _pdf_pages(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def scanned_copies(k: int) -> list[Copy]:
    """`k` distinct copies of each scanned sample, interleaved PDF, TIFF, PDF, TIFF…"""
    pdf = (SAMPLES / SCAN_PDF).read_bytes()
    tif = (SAMPLES / FAX_TIFF).read_bytes()
    pdf_pages = _pdf_pages(pdf)
    tif_frames, tif_dpi = _tiff_frames(tif)
    copies: list[Copy] = []
    for n in range(k):
        pdf_n = pdf_copy(pdf, n)
        if _pdf_pages(pdf_n) != pdf_pages:
            raise RuntimeError(f"PDF copy {n} no longer opens with {pdf_pages} page(s)")
        tif_n = tiff_copy(tif, n)
        frames, dpi = _tiff_frames(tif_n)
        if frames != tif_frames or dpi != tif_dpi:
            raise RuntimeError(
                f"TIFF copy {n} differs from the original in its pixels or resolution"
            )
        copies.append(Copy(SCAN_PDF, f"mediation_scan-{n:03d}.pdf", pdf_n, pdf_pages, Channel.POST))
        copies.append(Copy(FAX_TIFF, f"le_fax-{n:03d}.tif", tif_n, len(tif_frames), Channel.FAX))
    if len({c.data for c in copies}) != len(copies):
        raise RuntimeError("two copies have the same bytes; the pipeline would keep only one")
    return copies


def _png(image: Image.Image, dpi: tuple[float, float]) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(round(dpi[0]), round(dpi[1])))
    return out.getvalue()


def page_images() -> list[PageImage]:
    """Every page of the two scanned samples, rendered once for bare Tesseract."""
    pages: list[PageImage] = []
    pdf = pdfium.PdfDocument((SAMPLES / SCAN_PDF).read_bytes())
    try:
        for i in range(len(pdf)):
            bitmap = pdf[i].render(scale=PDF_RENDER_DPI / 72, grayscale=True)
            pages.append(
                PageImage(SCAN_PDF, i + 1, _png(bitmap.to_pil(), (PDF_RENDER_DPI, PDF_RENDER_DPI)))
            )
    finally:
        pdf.close()
    with Image.open(SAMPLES / FAX_TIFF) as im:
        for i, frame in enumerate(ImageSequence.Iterator(im)):
            xdpi, ydpi = (
                float(v) for v in frame.info.get("dpi", im.info.get("dpi", (204.0, 196.0)))
            )
            page = frame.copy()
            if ydpi < STANDARD_FAX_RATIO * xdpi:
                page = page.resize((page.width, page.height * 2), Image.Resampling.NEAREST)
                ydpi *= 2
            pages.append(PageImage(FAX_TIFF, i + 1, _png(page, (xdpi, ydpi))))
    return pages
