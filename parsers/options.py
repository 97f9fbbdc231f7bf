"""How `extract` reads bytes: OCR languages, time limits, rendering, page caps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """The narrow, frozen view of the settings that text extraction needs."""

    ocr_languages: str = "ron+eng"
    # Seconds per page; a page that times out is a recorded defect, the rest goes on.
    ocr_page_timeout: float = 120.0
    render_dpi: int = 300
    max_pages: int = 200
    # A PDF page with fewer characters than this in its text layer is treated as a
    # scan and OCR'd: scanners often add a page number or a stamp date as text.
    min_text_chars_per_page: int = 25
    # "pypdfium2" (measured ~36x faster on the pdfplumber corpus, same words on
    # most pages) or "pdfplumber" (slower, better line breaks on a few layouts).
    pdf_text_engine: str = "pypdfium2"
    # Images above this many pixels are scaled down before OCR (decompression
    # bombs and 1200 dpi scans would otherwise eat minutes and gigabytes).
    max_image_pixels: int = 60_000_000
    # A PDF page whose content stream inflates past this many bytes is not read nor
    # rendered (a recorded defect): PDFium would inflate it whole into memory, and
    # a 1.5 MB file can hold a 1.5 GB stream. Real pages' streams are kilobytes.
    max_content_stream_bytes: int = 64 * 1024 * 1024
    # Tesseract page segmentation: 3 (automatic) reads letters with letterheads,
    # right-aligned dates, lists, stamps. `make ocr-variants` measured 4 as a tie
    # on scans but worse on standard faxes, 1 as the same text for +23% CPU, and
    # 6 as 10 points of CER worse on faxes (DESIGN.md).
    ocr_psm: int = 3
    # Straighten small skew (projection profile) before OCR.
    deskew: bool = True
    # Check orientation (Tesseract OSD) when a first reading looks turned, and re-read upright.
    detect_orientation: bool = True
    # The last this many pages of every scanned file have their ink examined
    # (signature, stamp; `ink.py`) while read: the signature block closes a letter.
    ink_pages: int = 2
    # Examine that ink only when asked (`model.examine_deferred`), once the caller
    # knows whether the request needs a signature: the router's parse step does,
    # so a complaint's scan costs no examination. Meanwhile each such page keeps
    # its ink mask at one bit a pixel (about 1 MB for an A4 page at 300 dpi).
    defer_ink: bool = False
