"""Handwritten signature and stamp on scanned pages: the signature block, then the ink in it.

1. Tesseract word boxes locate the signature block: the signer's rank or
   "L.S." / "Semnătura" nearest the end of the page (else the end of the text).
2. Recognised words are blanked from the ink mask; what ink is left near the
   block is not text. A stroke component that is wide, tall and thin (low fill)
   is a handwritten signature; a ring or a closed frame of ink is a stamp
   (`stamp.py`). Ink colour is recorded on colour scans (blue ink is usual).
3. Each finding is evidence with page, bounding box (page pixels), score and a
   small cropped PNG (base64) for the legal team to look at.
"""

from __future__ import annotations

import base64
import functools
import io
import os
import re
import unicodedata
from collections import deque
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pytesseract
from PIL import Image

from parsers.ocr import OCR_SLOTS
from router.signatures.evidence import Check, Outcome
from router.signatures.scanpage import ScanPage
from router.signatures.scanpage import scan_pages as scan_pages
from router.signatures.stamp import CELLS_PER_CM, Mask, Stamp, find_rectangular, find_round

# Words of a signature block: "L.S.", "Semnătura", the signer's rank or office.
_ANCHORS = re.compile(
    r"^[\W_]*(l\.?s\.?|semnatura|(sub)?comisar[\w-]*|inspector(ul)?(-sef)?|agent(ul)?(-sef)?|"
    r"(prim-)?procuror[\w-]*|judecator|presedinte[\w-]*|sef|seful|director[\w-]*|"
    r"comandant[\w-]*|ofiter[\w-]*|chestor[\w-]*|grefier[\w-]*|intocmit|stima|consideratie)"
    r"[\W_]*$"
)
_MIN_WORD_CONF = 50.0


@dataclass(frozen=True, slots=True)
class Finding:
    """What one page shows: the block anchor, the best signature stroke and stamp (cells)."""

    page: ScanPage
    scale: float  # page pixels per mask cell
    anchor: str | None
    signature: tuple[tuple[int, int, int, int], float] | None
    stamp: Stamp | None
    text: str = ""  # the recognised words (sparse-text reading), for the signed-content check


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def _lang() -> str:
    try:
        langs = set(pytesseract.get_languages(config=""))
    except pytesseract.TesseractError:
        return "eng"
    return "ron+eng" if "ron" in langs else "eng"


def _words(grey: Image.Image) -> list[tuple[str, float, tuple[int, int, int, int]]]:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    # Sparse-text mode: a block of short lines next to a stamp is still read word by word.
    # Inside the parsers' slots: one Tesseract per core across the whole process.
    with OCR_SLOTS:
        data = pytesseract.image_to_data(
            grey, lang=_lang(), config="--psm 11", output_type=pytesseract.Output.DICT
        )
    out = []
    for text, conf, x, y, w, h in zip(
        data["text"],
        data["conf"],
        data["left"],
        data["top"],
        data["width"],
        data["height"],
        strict=True,
    ):
        if str(text).strip():
            out.append(
                (str(text).strip(), float(conf), (int(x), int(y), int(x) + int(w), int(y) + int(h)))
            )
    return out


def _pool(mask: npt.NDArray[np.bool_], f: int) -> Mask:
    h, w = mask.shape[0] // f * f, mask.shape[1] // f * f
    pooled = mask[:h, :w].reshape(h // f, f, w // f, f).any(axis=(1, 3))
    return np.asarray(pooled, dtype=np.bool_)


def _components(mask: Mask) -> list[tuple[tuple[int, int, int, int], int]]:
    """8-connected components of a small mask: (bounding box, cell count)."""
    seen = np.zeros_like(mask)
    h, w = mask.shape
    out = []
    for y, x in zip(*np.nonzero(mask), strict=True):
        if seen[y, x]:
            continue
        seen[y, x] = True
        queue = deque([(int(y), int(x))])
        x0 = x1 = int(x)
        y0 = y1 = int(y)
        n = 0
        while queue:
            cy, cx = queue.popleft()
            n += 1
            x0, x1, y0, y1 = min(x0, cx), max(x1, cx), min(y0, cy), max(y1, cy)
            for ny in (cy - 1, cy, cy + 1):
                for nx in (cx - 1, cx, cx + 1):
                    if 0 <= ny < h and 0 <= nx < w and mask[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        queue.append((ny, nx))
        out.append(((x0, y0, x1, y1), n))
    return out


def _signature(clean: Mask, stamp: Stamp | None) -> tuple[tuple[int, int, int, int], float] | None:
    """The best handwriting-like component: wide, tall enough, thin strokes (low fill)."""
    mask = clean.copy()
    if stamp is not None and stamp.shape == "round":
        x0, y0, x1, y1 = stamp.box
        cx, cy, r = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2
        yy, xx = np.ogrid[: mask.shape[0], : mask.shape[1]]
        mask &= np.hypot(xx - cx, yy - cy) > r * 1.08
    elif stamp is not None:
        x0, y0, x1, y1 = stamp.box
        mask[max(0, y0 - 2) : y1 + 3, max(0, x0 - 2) : x1 + 3] = False
    best: tuple[tuple[int, int, int, int], float] | None = None
    for (x0, y0, x1, y1), n in _components(mask):
        wc, hc = (x1 - x0 + 1) / CELLS_PER_CM, (y1 - y0 + 1) / CELLS_PER_CM
        fill = n / ((x1 - x0 + 1) * (y1 - y0 + 1))
        if not (1.5 <= wc <= 12 and 0.6 <= hc <= 5 and 0.04 <= fill <= 0.45):
            continue
        score = round(min(1.0, wc / 4) * (1 - fill), 3)
        if best is None or score > best[1]:
            best = ((x0, y0, x1, y1), score)
    return best if best is not None and best[1] >= 0.3 else None


def examine(page: ScanPage) -> Finding:
    """OCR the page, find its signature block, and look for a signature and a stamp there."""
    grey = page.image.convert("L")
    f = max(1, round(page.dpi / 50))
    words = _words(grey)
    ink_px = np.asarray(grey) < 128
    clean_px = ink_px.copy()
    anchor: tuple[str, int, int] | None = None
    last_bottom = 0
    for text, conf, (x0, y0, x1, y1) in words:
        alnum = sum(c.isalnum() for c in text)
        if conf >= _MIN_WORD_CONF and alnum >= 2:
            clean_px[max(0, y0 - 2) : y1 + 2, max(0, x0 - 2) : x1 + 2] = False
            last_bottom = max(last_bottom, y1)
        if _ANCHORS.match(_fold(text)) and (anchor is None or y0 >= anchor[1]):
            anchor = (text, y0, y1)
    ink, clean = _pool(ink_px, f), _pool(clean_px, f)
    cm = CELLS_PER_CM
    if anchor is not None:
        top, bottom = anchor[1] // f - int(5 * cm), anchor[2] // f + int(7 * cm)
    else:
        top, bottom = last_bottom // f - int(8 * cm), ink.shape[0]
    top, bottom = max(0, top), min(ink.shape[0], bottom)
    region_ink, region_clean = ink[top:bottom], clean[top:bottom]
    stamp = find_round(region_ink, region_clean)
    if stamp is None:
        stamp = find_rectangular(region_ink, [b for b, _ in _components(region_clean)])
    signature = _signature(region_clean, stamp)

    def shift(b: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        return (b[0], b[1] + top, b[2], b[3] + top)

    return Finding(
        page=page,
        scale=float(f),
        anchor=anchor[0] if anchor else None,
        signature=(shift(signature[0]), signature[1]) if signature else None,
        stamp=Stamp(stamp.shape, shift(stamp.box), stamp.score) if stamp else None,
        text=" ".join(w[0] for w in words),
    )


def _pixels(box: tuple[int, int, int, int], scale: float) -> list[int]:
    return [int(v * scale) for v in box]


def _ink_colour(image: Image.Image, box: list[int]) -> str:
    if image.mode not in ("RGB", "RGBA", "P"):
        return "black and white" if image.mode == "1" else "grey"
    crop = np.asarray(image.convert("RGB").crop((box[0], box[1], box[2], box[3])), dtype=np.int16)
    r, g, b = crop[..., 0], crop[..., 1], crop[..., 2]
    dark = (r + g + b) < 500
    if not dark.any():
        return "none"
    blue = ((b - r) > 30) & ((b - g) > 10) & dark
    return "blue" if blue.sum() > 0.3 * dark.sum() else "dark"


def _crop_png(image: Image.Image, boxes: list[list[int]]) -> str:
    x0 = max(0, min(b[0] for b in boxes) - 20)
    y0 = max(0, min(b[1] for b in boxes) - 20)
    x1 = min(image.width, max(b[2] for b in boxes) + 20)
    y1 = min(image.height, max(b[3] for b in boxes) + 20)
    crop = image.crop((x0, y0, x1, y1))
    crop.thumbnail((360, 360))
    crop = crop.convert("L").point(lambda v: 255 if v > 160 else 0).convert("1")
    buf = io.BytesIO()
    crop.save(buf, "PNG", optimize=True)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _checks_for(best: Finding | None, pages: int) -> list[Check]:
    if best is None:
        return [
            Check(
                "handwritten_signature",
                Outcome.MISSING,
                f"no handwritten signature on {pages} scanned page(s)",
            ),
            Check("stamp", Outcome.MISSING, f"no stamp on {pages} scanned page(s)"),
        ]
    page, img = best.page, best.page.image
    boxes: list[list[int]] = []
    where = {"source": page.source, "page": page.number, "block_anchor": best.anchor}
    checks: list[Check] = []
    if best.signature is not None:
        box = _pixels(best.signature[0], best.scale)
        boxes.append(box)
        ev: dict[str, Any] = {
            **where,
            "box": box,
            "score": best.signature[1],
            "ink": _ink_colour(img, box),
        }
        checks.append(
            Check(
                "handwritten_signature",
                Outcome.PASS,
                f"handwriting strokes near the signature block on page {page.number}",
                ev,
            )
        )
    else:
        checks.append(
            Check(
                "handwritten_signature",
                Outcome.MISSING,
                f"no handwriting strokes near the signature block ({pages} page(s))",
                where,
            )
        )
    if best.stamp is not None:
        box = _pixels(best.stamp.box, best.scale)
        boxes.append(box)
        ev = {
            **where,
            "box": box,
            "score": best.stamp.score,
            "shape": best.stamp.shape,
            "ink": _ink_colour(img, box),
        }
        checks.append(
            Check("stamp", Outcome.PASS, f"{best.stamp.shape} stamp on page {page.number}", ev)
        )
    else:
        checks.append(
            Check(
                "stamp",
                Outcome.MISSING,
                f"no stamp near the signature block ({pages} page(s))",
                where,
            )
        )
    if boxes:
        checks[0].evidence["crop_png_base64"] = _crop_png(img, boxes)
    return checks


def signature_block_checks(pages: list[ScanPage]) -> list[Check]:
    """`handwritten_signature` and `stamp` evidence for the best page among `pages`."""
    return signature_block(pages)[0]


def signature_block(pages: list[ScanPage]) -> tuple[list[Check], Finding | None]:
    """The evidence for the best page among `pages`, and that page's finding (None: no pages)."""
    best: Finding | None = None
    best_rank = -1.0
    for page in reversed(pages):  # the end of the letter first
        finding = examine(page)
        rank = (finding.signature[1] if finding.signature else 0) + (
            finding.stamp.score if finding.stamp else 0
        )
        if rank > best_rank:
            best, best_rank = finding, rank
        if finding.signature and finding.stamp:
            break
    return _checks_for(best, len(pages)), best
