"""Tesseract through pytesseract: one page image in, one `Page` of text out.

Measured facts this follows (ARCHITECTURE.md): Tesseract's OpenMP threads fight
each other on small machines, so every run gets `OMP_THREAD_LIMIT=1` (run one
Tesseract per core instead); the Romanian model writes the cedilla letters ş ţ
for half of the comma-below ones, so they are folded. `image_to_data` gives the
words, their layout and their confidences in one run; the text is rebuilt from
it instead of running Tesseract a second time for `image_to_string`.
"""

from __future__ import annotations

import logging
import os
import re

import pytesseract
from PIL import Image

from .errors import OcrError
from .model import Page
from .normalize import fold_cedilla
from .options import ExtractOptions

log = logging.getLogger(__name__)

# Tesseract reads "@" as "Q", "(G", "(@" or "©" often enough in e-mail addresses
# that an address is otherwise lost; only a lower-case domain with a dot after it
# is repaired, so ordinary words are left alone.
_AT_CONFUSION = re.compile(
    r"(?<=[a-z0-9._-])(?:Q|\(G|\(@\)?|\(a\)|©|®|@@)(?=[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b)"
)


def _thread_limit() -> None:
    # pytesseract starts tesseract with this process's environment; an operator's
    # explicit setting wins (setdefault), the measured default is one thread.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def repair_ocr_text(text: str) -> str:
    """Fold cedilla letters to comma-below and mend "@" misreads in e-mail addresses."""
    return _AT_CONFUSION.sub("@", fold_cedilla(text))


def ocr_page(image: Image.Image, number: int, options: ExtractOptions) -> tuple[Page, list[str]]:
    """OCR one page image; a timeout is a defect (empty page), a Tesseract failure an OcrError."""
    _thread_limit()
    defects: list[str] = []
    try:
        data = pytesseract.image_to_data(
            image,
            lang=options.ocr_languages,
            output_type=pytesseract.Output.DICT,
            timeout=options.ocr_page_timeout,
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrError("tesseract is not installed or not on PATH") from exc
    except pytesseract.TesseractError as exc:
        raise OcrError(f"tesseract failed on page {number}: {exc.message or exc.status}") from exc
    except RuntimeError as exc:
        if "timeout" not in str(exc).lower():
            raise OcrError(f"tesseract failed on page {number}: {exc}") from exc
        log.warning("OCR timed out on page %d after %.0f s", number, options.ocr_page_timeout)
        defects.append(f"page {number}: OCR timed out after {options.ocr_page_timeout:g} s")
        return Page(number=number, text="", method="ocr", ocr_confidence=None), defects
    text, confidence = text_from_data(data)
    return Page(
        number=number, text=repair_ocr_text(text), method="ocr", ocr_confidence=confidence
    ), defects


def text_from_data(data: dict[str, list[object]]) -> tuple[str, float | None]:
    """Rebuild lines and paragraphs from Tesseract's word table; mean word confidence 0..100."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    confs: list[float] = []
    for i, word in enumerate(data.get("text", [])):
        word = str(word).strip()
        if not word:
            continue
        key = (
            int(str(data["block_num"][i])),
            int(str(data["par_num"][i])),
            int(str(data["line_num"][i])),
        )
        lines.setdefault(key, []).append(word)
        conf = float(str(data["conf"][i]))
        if conf >= 0:
            confs.append(conf)
    out: list[str] = []
    prev: tuple[int, int] | None = None
    for (block, par, _line), words in lines.items():  # dicts keep Tesseract's reading order
        if prev is not None and (block, par) != prev:
            out.append("")
        out.append(" ".join(words))
        prev = (block, par)
    confidence = round(sum(confs) / len(confs), 1) if confs else None
    return "\n".join(out), confidence
