"""PDF to pages: the text layer where there is one, OCR of the rendered page where not.

Engine choice, measured on the 30 first PDFs of pdfplumber's own test corpus
(67 pages): pypdfium2's text page took 0.28 s in all, pdfplumber's
`extract_text` 10.3 s (36x); both gave the same words on most pages, each did
better on a few odd layouts. pypdfium2 is the default (`ExtractOptions.
pdf_text_engine`), pdfplumber is kept as an option. Pages whose text layer has
fewer than `min_text_chars_per_page` characters are rendered with pypdfium2
(greyscale, `render_dpi`) and OCR'd; blank renders skip OCR.

PDFium is not thread-safe, and the router runs worker threads: every PDFium call
holds `_PDFIUM_LOCK`, released while Tesseract runs.
"""

from __future__ import annotations

import io
import logging
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from .errors import UnreadableInput
from .model import Page
from .ocr import map_pages, nproc, ocr_page
from .options import ExtractOptions
from .pdfcap import pages_over_cap

log = logging.getLogger(__name__)

_PDFIUM_LOCK = threading.RLock()
BLANK_LEVEL = 200  # a rendered page whose darkest pixel is lighter than this has no ink


def read_pdf(raw: bytes, options: ExtractOptions) -> tuple[tuple[Page, ...], tuple[str, ...]]:
    """Text of every page (up to `max_pages`); UnreadableInput when PDFium cannot open it."""
    defects: list[str] = []
    if b"%%EOF" not in raw[-2048:]:
        defects.append("pdf: no %%EOF marker at the end (truncated?)")
    with _PDFIUM_LOCK:
        try:
            # PDFium reads the buffer in place and never writes to it.
            doc = pdfium.PdfDocument(raw)
        except pdfium.PdfiumError as exc:
            raise UnreadableInput(_open_failure(str(exc), defects)) from exc
        try:
            n_pages = len(doc)
            if pdfium_c.FPDF_GetSecurityHandlerRevision(doc.raw) != -1:
                defects.append("pdf: encrypted (opened without a password)")
        except Exception:
            doc.close()
            raise
    if n_pages == 0:
        doc.close()
        raise UnreadableInput("PDF has no pages")
    if n_pages > options.max_pages:
        defects.append(f"pdf: only the first {options.max_pages} of {n_pages} pages read")
    cap = options.max_content_stream_bytes
    over = pages_over_cap(raw, cap, n_pages)
    for number in sorted(over):
        if number <= options.max_pages:
            defects.append(
                f"page {number}: not read, its content stream inflates past {cap:,} bytes"
            )
    try:
        layer = _text_layers(raw, doc, min(n_pages, options.max_pages), options, defects, over)
        pages: list[Page] = []
        chunk = 2 * nproc()  # rendered pages waiting for OCR: bounded memory on long scans
        numbered = list(enumerate(layer, start=1))
        first_examined = len(numbered) - options.ink_pages
        for i in range(0, len(numbered), chunk):
            jobs: list[tuple[int, str, Image.Image | None]] = []
            for number, text in numbered[i : i + chunk]:
                if number in over:
                    pages.append(Page(number=number, text="", method="not_read"))
                elif len(text.strip()) >= options.min_text_chars_per_page:
                    jobs.append((number, text, None))
                else:
                    jobs.append((number, text, _render(doc, number, options, defects)))

            def read(job: tuple[int, str, Image.Image | None]) -> tuple[Page, list[str]]:
                number, text, image = job
                if image is None:
                    return Page(number=number, text=text, method="text_layer"), []
                if number <= first_examined:
                    return ocr_page(image, number, options)
                width = image.size[0]  # pixels across the rendered page

                def in_colour(boxes: list[tuple[int, int, int, int]]) -> list[Image.Image | None]:
                    return _colour(raw, number, width, boxes)

                return ocr_page(
                    image,
                    number,
                    options,
                    examine_ink=True,
                    # a PDF's page renders in colour, grey scans too: its shades as well
                    colour=in_colour,
                    shades=in_colour,
                )

            for page, page_defects in map_pages(read, jobs):
                pages.append(page)
                defects.extend(page_defects)
        pages.sort(key=lambda p: p.number)  # pages not read were put first in their chunk
    finally:
        with _PDFIUM_LOCK:
            doc.close()
    if not any(p.text.strip() for p in pages):
        defects.append("no text found")
    return tuple(pages), tuple(defects)


def _colour(
    raw: bytes, number: int, width_px: int, boxes: list[tuple[int, int, int, int]]
) -> list[Image.Image | None]:
    """The regions `boxes` (pixels of the page rendered `width_px` wide) rendered in colour.

    Opens the document afresh: it may be asked after `read_pdf` closed its own.
    """
    out: list[Image.Image | None] = []
    with _PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(raw)
        except pdfium.PdfiumError:
            return [None] * len(boxes)
        try:
            page = doc[number - 1]
            w_pt, h_pt = page.get_size()
            s = width_px / w_pt  # pixels per point
            for x0, y0, x1, y1 in boxes:
                # PDFium crops by the points to cut off each side: left, bottom, right, top.
                crop = (x0 / s, max(0.0, h_pt - y1 / s), max(0.0, w_pt - x1 / s), y0 / s)
                try:
                    out.append(page.render(scale=s, crop=crop).to_pil().convert("RGB"))
                except Exception:  # noqa: BLE001 - the colour is a detail of the evidence
                    out.append(None)
            page.close()
        except Exception:  # noqa: BLE001 - likewise: the ink is then judged without colour
            return [None] * len(boxes)
        finally:
            doc.close()
    return out


def _open_failure(message: str, defects: list[str]) -> str:
    if "password" in message.lower():
        return "PDF is password-protected and cannot be opened without the password"
    if defects:  # the missing %%EOF explains it
        return f"PDF cannot be opened, it looks truncated ({message})"
    return f"PDF cannot be opened ({message})"


def _text_layers(
    raw: bytes,
    doc: pdfium.PdfDocument,
    count: int,
    options: ExtractOptions,
    defects: list[str],
    over: set[int],
) -> list[str]:
    """Each page's text layer; "" for the pages in `over` (never loaded)."""
    if options.pdf_text_engine == "pdfplumber" and not over:
        texts = _plumber_texts(raw, count, defects)
        if texts is not None:
            return texts
    out: list[str] = []
    for i in range(count):
        if i + 1 in over:
            out.append("")
            continue
        with _PDFIUM_LOCK:
            try:
                page = doc[i]
                textpage = page.get_textpage()
                text = textpage.get_text_bounded()
                textpage.close()
                page.close()
            except Exception as exc:  # one bad page must not lose the others
                defects.append(f"page {i + 1}: text layer unreadable ({type(exc).__name__})")
                text = ""
        out.append(text.replace("\r\n", "\n").replace("\r", "\n"))
    return out


def _plumber_texts(raw: bytes, count: int, defects: list[str]) -> list[str] | None:
    import pdfplumber  # only when chosen: importing pdfminer costs ~0.2 s

    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            return [(pdf.pages[i].extract_text() or "") for i in range(min(count, len(pdf.pages)))]
    except Exception as exc:
        defects.append(f"pdf: pdfplumber failed ({type(exc).__name__}), read with pypdfium2")
        return None


def _render(
    doc: pdfium.PdfDocument, number: int, options: ExtractOptions, defects: list[str]
) -> Image.Image | None:
    """Greyscale render at `render_dpi` (lower for huge pages); None when blank or unrenderable."""
    with _PDFIUM_LOCK:
        try:
            page = doc[number - 1]
            w_pt, h_pt = page.get_size()
            dpi = float(options.render_dpi)
            pixels = (w_pt * dpi / 72) * (h_pt * dpi / 72)
            if pixels > options.max_image_pixels:
                dpi *= (options.max_image_pixels / pixels) ** 0.5
                defects.append(f"page {number}: rendered at {dpi:.0f} dpi, the page is very large")
            # In colour, then to grey by Pillow: half the CPU of PDFium's own grey
            # render (57 ms against 117 ms at 300 dpi A4) and the same pixels on
            # greyscale scans, within 3 grey levels on colour ones.
            bitmap = page.render(scale=dpi / 72)
            image: Image.Image = bitmap.to_pil().convert("L")
            page.close()
        except Exception as exc:
            defects.append(f"page {number}: cannot be rendered ({type(exc).__name__})")
            return None
    lo = image.getextrema()[0]
    if isinstance(lo, int | float) and lo >= BLANK_LEVEL:
        return None
    image.info["dpi"] = (round(dpi), round(dpi))
    return image
