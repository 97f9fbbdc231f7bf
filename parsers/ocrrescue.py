"""Text that Tesseract's page layout gives up on: ruled lines and ink over the words.

Three measured failures of the page segmentation (psm 3) on the blind round 2
letters, each with its general repair here:

- **A photographed page** (a shadow across it, the table around the sheet):
  Tesseract's global threshold and the deskew take the shadow for ink, the
  skew is not found and lines are cut into columns. `flatten_lighting` divides
  the page by its paper's brightness first, only when that varies widely.

- **A long vertical rule through the text** (a fax's dirty scanner glass, a
  margin line, a column rule) makes Tesseract split the page into columns at
  the rule: lines are cut mid-sentence and their halves read paragraphs apart.
  `remove_vertical_rules` whitens thin vertical runs of ink a quarter of the
  page tall or more before the page is read (letters are never that tall; a
  letter crossed by the rule loses one pixel column).
- **A signature block under a stamp and a signature.** Where ink that is not
  text covers printed lines (the rank, the name), the layout analysis takes
  the whole region for a picture and reads none of it: the signatory, and with
  it a required element, is lost. `rescue_blocks` reads each such region again
  as one block of text (psm 6), on a colour page with the coloured ink
  (stamps, pen) dropped first, and keeps the lines it reads with confidence.
  The lines are placed in the page's text where the region stands.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

import numpy as np
from PIL import Image, ImageFilter

from .fields.noise import STAMP_WORDS, is_noise_line
from .normalize import fold
from .repair import _osa

# --- uneven light ------------------------------------------------------------------

# A photographed page: the paper's brightness (its local maximum, on a copy an eighth
# the size) this dark somewhere while this bright elsewhere is a shadow or the table
# around the sheet, not the paper's colour. Scans and faxes have even paper.
SHADOW_LEVEL = 140
PAPER_LEVEL = 180
_BG_SCALE = 8


def flatten_lighting(image: Image.Image) -> tuple[Image.Image, bool]:
    """A grey page divided by its paper's brightness (shadows and a dark table around
    the sheet made white), and whether it was: Tesseract's one global threshold and the
    deskew's ink count otherwise read the shadow as ink and cut the lines into columns."""
    if image.mode != "L" or image.width < 8 * _BG_SCALE or image.height < 8 * _BG_SCALE:
        return image, False
    w, h = image.size
    small = image.resize((w // _BG_SCALE, h // _BG_SCALE), Image.Resampling.BOX)
    paper = small.filter(ImageFilter.MaxFilter(7))
    levels = np.asarray(paper)
    if np.percentile(levels, 10) >= SHADOW_LEVEL or np.percentile(levels, 90) < PAPER_LEVEL:
        return image, False
    background = paper.filter(ImageFilter.GaussianBlur(4)).resize((w, h), Image.Resampling.BILINEAR)
    grey = np.asarray(image).astype(np.float32)
    flat = grey / np.maximum(np.asarray(background).astype(np.float32), 1.0) * 255.0
    out = Image.fromarray(np.clip(flat, 0, 255).astype(np.uint8))
    out.info = dict(image.info)
    return out, True


# --- vertical rules -------------------------------------------------------------

# A rule: a run of dark pixels in one column at least this share of the page's height,
# gaps up to RULE_GAP pixels bridged (a fax's rule is dotted), RULE_FILL of it dark.
RULE_MIN_SHARE = 0.25
RULE_GAP = 8
RULE_FILL = 0.7
# Beside a rule (this many pixels off) the page must be mostly paper: a bar, a photo's
# edge or a dense block is not a rule.
RULE_SIDE = 4
RULE_SIDE_FILL = 0.3


def remove_vertical_rules(image: Image.Image) -> tuple[Image.Image, int]:
    """The page with thin vertical rules whitened, and how many columns were whitened."""
    grey = np.asarray(image.convert("L"))
    dark = grey < 128
    h, w = dark.shape
    if h < 100 or w < 2 * RULE_SIDE + 1:
        return image, 0
    counts = dark.sum(axis=0)
    candidates = np.nonzero(counts >= h * RULE_MIN_SHARE * RULE_FILL)[0]
    if not len(candidates):
        return image, 0
    runs: list[tuple[int, int, int]] = []
    for cx in candidates:
        x = int(cx)
        ys = np.nonzero(dark[:, x])[0]
        breaks = np.nonzero(np.diff(ys) > RULE_GAP)[0]
        starts = np.concatenate(([0], breaks + 1))
        ends = np.concatenate((breaks, [len(ys) - 1]))
        for s, e in zip(starts, ends, strict=True):
            y0, y1 = int(ys[s]), int(ys[e]) + 1
            if y1 - y0 < h * RULE_MIN_SHARE or (e - s + 1) < RULE_FILL * (y1 - y0):
                continue
            left = dark[y0:y1, max(0, x - RULE_SIDE)].mean()
            right = dark[y0:y1, min(w - 1, x + RULE_SIDE)].mean()
            if left > RULE_SIDE_FILL or right > RULE_SIDE_FILL:
                continue
            runs.append((x, y0, y1))
    if not runs:
        return image, 0
    out = np.array(image.convert("L"))
    for x, y0, y1 in runs:
        out[y0:y1, x] = 255
        # The rule's anti-aliased or doubled edge: a neighbour column dark along most of it.
        for nx in (x - 1, x + 1):
            if 0 <= nx < w and dark[y0:y1, nx].mean() >= RULE_FILL:
                out[y0:y1, nx] = 255
    cleaned = Image.fromarray(out)
    if image.mode == "1":
        cleaned = cleaned.convert("1")
    cleaned.info = dict(image.info)
    return cleaned, len(runs)


# --- regions read as pictures -------------------------------------------------------

# A region without words worth reading again: at least this tall and wide (mm), at most
# this share of the page (a frame round the whole page is not a picture on it).
MIN_HEIGHT_MM = 5.0
MIN_WIDTH_MM = 12.0
MAX_PAGE_SHARE = 0.25
MAX_REGIONS = 3
MARGIN_MM = 1.5
# A region read again is kept when one of its words of 4+ letters has this confidence ...
KEEP_CONFIDENCE = 80.0
KEEP_LETTERS = 4
# ... and then its lines that hold a word of 3+ letters read with this confidence (the
# rank under the pen's strokes is read with little).
LINE_CONFIDENCE = 20.0
# Coloured ink: max-min over R, G, B above this (paper's cast and JPEG noise stay below).
CHROMA = 30
RESCUE_PSM = 6


@dataclass(frozen=True, slots=True)
class Rescued:
    """Lines read again from a region, and where the region starts on the page."""

    top: int
    lines: tuple[str, ...]
    # Set when the region was read before too (text under coloured ink): the page's own
    # words inside it are replaced by these lines.
    box: tuple[int, int, int, int] | None = None


def unread_regions(
    data: dict[str, list[Any]], size: tuple[int, int], dpi: float
) -> list[tuple[int, int, int, int]]:
    """Tesseract's blocks that hold no word and are large enough to have hidden some."""
    words: set[int] = set()
    for i, word in enumerate(data.get("text", [])):
        if str(word).strip():
            words.add(int(str(data["block_num"][i])))
    px = dpi / 25.4
    w, h = size
    found: list[tuple[int, int, int, int]] = []
    for i, level in enumerate(data.get("level", [])):
        if int(str(level)) != 2 or int(str(data["block_num"][i])) in words:
            continue
        x, y = int(str(data["left"][i])), int(str(data["top"][i]))
        bw, bh = int(str(data["width"][i])), int(str(data["height"][i]))
        if bh < MIN_HEIGHT_MM * px or bw < MIN_WIDTH_MM * px or bw * bh > MAX_PAGE_SHARE * w * h:
            continue
        m = int(MARGIN_MM * px)
        found.append((max(0, x - m), max(0, y - m), min(w, x + bw + m), min(h, y + bh + m)))
    found.sort(key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), reverse=True)
    return sorted(found[:MAX_REGIONS], key=lambda b: b[1])


def drop_colour(region: Image.Image) -> Image.Image | None:
    """The region in grey with its coloured ink whitened; None when it has none."""
    rgb = np.asarray(region.convert("RGB")).astype(np.int16)
    chroma = rgb.max(axis=2) - rgb.min(axis=2)
    coloured = chroma > CHROMA
    if coloured.mean() < 0.01:
        return None
    grown = Image.fromarray((coloured * 255).astype(np.uint8)).filter(ImageFilter.MaxFilter(3))
    grey = np.array(region.convert("L"))
    grey[np.asarray(grown) > 0] = 255
    return Image.fromarray(grey)


def kept_lines(data: dict[str, list[Any]]) -> tuple[str, ...]:
    """The lines of a region's reading, when one of them holds a long word read with
    confidence (else the region was ink read as text: nothing); lines without a word
    of three letters read with some confidence are left out."""
    lines: dict[tuple[int, int, int], list[tuple[str, float]]] = defaultdict(list)
    for i, word in enumerate(data.get("text", [])):
        word = str(word).strip()
        if not word:
            continue
        key = (
            int(str(data["block_num"][i])),
            int(str(data["par_num"][i])),
            int(str(data["line_num"][i])),
        )
        lines[key].append((word, float(str(data["conf"][i]))))

    def letters(word: str) -> int:
        return sum(ch.isalpha() for ch in word)

    def stamp_word(word: str) -> bool:
        # A stamp's words as OCR damages them too ("TAMPILA", "ROMÂNA").
        bare = re.sub(r"[^a-z]", "", fold(word))
        return any(_osa(bare, s, 2) <= (1 if len(s) < 7 else 2) for s in STAMP_WORDS if len(s) > 2)

    if not any(
        c >= KEEP_CONFIDENCE and letters(w) >= KEEP_LETTERS and not stamp_word(w)
        for ws in lines.values()
        for w, c in ws
    ):
        return ()  # nothing but a stamp's legend and ink
    out = []
    for ws in lines.values():
        line = " ".join(w for w, _ in ws)
        if is_noise_line(line):
            continue  # specks, scraps, the stamp's own words
        if any(c >= LINE_CONFIDENCE and letters(w) >= 3 and not stamp_word(w) for w, c in ws):
            out.append(line)
    return tuple(out)


def rescue_blocks(
    image: Image.Image,
    data: dict[str, list[Any]],
    read: Callable[[Image.Image, int], dict[str, list[Any]]],
    colour: Callable[[list[tuple[int, int, int, int]]], list[Image.Image | None]] | None = None,
    read_already: Sequence[tuple[int, int, int, int]] = (),
) -> list[Rescued]:
    """Regions of `image` read as pictures, read again as text (`read(region, psm)`).

    `colour(boxes)` gives the regions in colour when the page has any (None, or
    None per box, when not): their coloured ink is dropped before reading. A region
    whose middle lies in one of `read_already` (`reread_inked`'s) is left out.
    """
    dpi = float((image.info.get("dpi") or (300, 300))[1])
    regions = [
        b
        for b in unread_regions(data, image.size, dpi)
        if not any(
            x0 <= (b[0] + b[2]) // 2 < x1 and y0 <= (b[1] + b[3]) // 2 < y1
            for x0, y0, x1, y1 in read_already
        )
    ]
    if not regions:
        return []
    coloured = colour(regions) if colour is not None else [None] * len(regions)
    out: list[Rescued] = []
    for box, in_colour in zip(regions, coloured, strict=True):
        region = drop_colour(in_colour) if in_colour is not None else None
        if region is None:
            region = image.crop(box)
        region.info["dpi"] = (dpi, dpi)
        lines = kept_lines(read(region, RESCUE_PSM))
        if lines:
            out.append(Rescued(top=box[1], lines=lines))
    return out


# --- printed lines under coloured ink ------------------------------------------------
#
# A pen stroke or a stamp drawn across the rank and the name does not always make the
# layout call the region a picture: the lines are read, as scraps ("omi itie" for "ȘEF
# POLIȚIE / Comisar-șef de poliție", round 14). On a colour page the ink can be told from
# the print by its colour: each band of coloured ink is read again with the colour
# dropped, over the whole of the printed lines it touches, and that reading replaces the
# page's own there when it holds more words read with confidence.

# Coloured ink is looked for on a copy this many times smaller; a band of it is at least
# INK_MIN_MM tall, and bands closer than INK_GAP_MM are one.
_INK_SCALE = 4
INK_MIN_MM = 6.0
INK_GAP_MM = 3.0
# A band's region reaches this far above and below its ink (the line a stroke grazes).
INK_MARGIN_MM = 3.0
# ... and this far to each side (a name printed on past the stamp and the pen).
INK_SIDE_MM = 25.0
MAX_INKED = 2
# Paper kept above and below the region's first and last lines (a line touching the
# region's edge counts as cut: `_uncut`).
LINE_PAD_MM = 1.5
# The outer share of the page's width on each side not looked at for ink.
INK_EDGE = 0.04
# A band covering more of the page than this is a coloured page or photo, not ink on one.
INK_MAX_SHARE = 0.35


def inked_bands(
    page: Image.Image, size: tuple[int, int], dpi: float
) -> list[tuple[int, int, int, int]]:
    """Boxes (in a page of `size`) of the bands of coloured ink on `page` (the page in colour,
    any size: it is scaled), tallest first, at most MAX_INKED."""
    w, h = size
    small = page.convert("RGB").resize(
        (max(1, w // _INK_SCALE), max(1, h // _INK_SCALE)), Image.Resampling.BOX
    )
    rgb = np.asarray(small).astype(np.int16)
    chroma = rgb.max(axis=2) - rgb.min(axis=2)
    # Coloured against the paper's own cast (a photo's warm paper), and not in the
    # page's outer edges (a photo's table, a scanner's lid).
    coloured = chroma > int(np.median(chroma)) + CHROMA
    edge = int(coloured.shape[1] * INK_EDGE)
    coloured[:, :edge] = False
    coloured[:, coloured.shape[1] - edge :] = False
    rows = coloured.sum(axis=1) >= 2
    px = dpi / 25.4 / _INK_SCALE
    gap, least = max(1, int(INK_GAP_MM * px)), max(1, int(INK_MIN_MM * px))
    bands: list[tuple[int, int]] = []
    y = 0
    while y < len(rows):
        if not rows[y]:
            y += 1
            continue
        start = end = y
        while y < len(rows) and (rows[y] or y - end <= gap):
            if rows[y]:
                end = y
            y += 1
        if end + 1 - start >= least:
            bands.append((start, end + 1))
    out = []
    m, side = int(INK_MARGIN_MM * px), int(INK_SIDE_MM * px)
    for y0, y1 in bands:
        cols = np.flatnonzero(coloured[y0:y1].any(axis=0))
        x0, x1 = int(cols[0]), int(cols[-1]) + 1
        if (x1 - x0) * (y1 - y0) > INK_MAX_SHARE * coloured.size:
            continue
        out.append(
            (
                max(0, (x0 - side) * _INK_SCALE),
                max(0, (y0 - m) * _INK_SCALE),
                min(w, (x1 + side) * _INK_SCALE),
                min(h, (y1 + m) * _INK_SCALE),
            )
        )
    out.sort(key=lambda b: b[3] - b[1], reverse=True)
    return out[:MAX_INKED]


# Coloured ink whose brightest channel is under this share of the paper's level is kept:
# where a pen or a stamp crosses black print the pixel is the print's.
INK_DARKEST = 0.45


def colour_dropped(region: Image.Image) -> Image.Image:
    """The region in grey with its coloured ink made paper, each pixel judged alone
    (no growing: a stroke across a printed letter leaves the letter whole)."""
    rgb = np.asarray(region.convert("RGB")).astype(np.int16)
    brightest = rgb.max(axis=2)
    grey = np.array(region.convert("L"))
    paper = float(np.percentile(grey, 90))
    coloured = (brightest - rgb.min(axis=2) > CHROMA) & (brightest > INK_DARKEST * paper)
    grey[coloured] = int(paper)
    return Image.fromarray(grey)


def _word_boxes(data: dict[str, list[Any]]) -> list[tuple[int, int, int, int, float, str]]:
    out = []
    for i, word in enumerate(data.get("text", [])):
        word = str(word).strip()
        if not word:
            continue
        x, y = int(str(data["left"][i])), int(str(data["top"][i]))
        bw, bh = int(str(data["width"][i])), int(str(data["height"][i]))
        out.append((x, y, x + bw, y + bh, float(str(data["conf"][i])), word))
    return out


def _whole_lines(
    box: tuple[int, int, int, int], words: list[tuple[int, int, int, int, float, str]]
) -> tuple[int, int, int, int]:
    """`box` widened to the whole of every word it touches in height, and so to the
    words beside them on their line (a region cutting a printed line in two would read
    halves of it)."""
    x0, y0, x1, y1 = box
    for _ in range(3):  # a word taken in may reach a line's other words
        before = (x0, y0, x1, y1)
        for w in words:
            if w[3] > y0 and w[1] < y1:
                x0, y0, x1, y1 = min(x0, w[0]), min(y0, w[1]), max(x1, w[2]), max(y1, w[3])
        if (x0, y0, x1, y1) == before:
            break
    return x0, y0, x1, y1


def _confident(words: list[tuple[str, float]]) -> int:
    return sum(1 for word, conf in words if len(re.sub(r"\W", "", word)) >= 3 and conf >= 60)


def reread_inked(
    image: Image.Image,
    data: dict[str, list[Any]],
    read: Callable[[Image.Image, int], dict[str, list[Any]]],
    colour: Callable[[list[tuple[int, int, int, int]]], list[Image.Image | None]],
) -> list[Rescued]:
    """Printed lines under coloured ink read again with the colour dropped (above); the
    regions whose new reading is better, each replacing the page's words inside it."""
    dpi = float((image.info.get("dpi") or (300, 300))[1])
    w, h = image.size
    whole = colour([(0, 0, w, h)])[0]
    if whole is None:
        return []
    words = _word_boxes(data)
    pad = int(LINE_PAD_MM * dpi / 25.4)
    regions = [
        (x0, max(0, y0 - pad), x1, min(h, y1 + pad))
        for x0, y0, x1, y1 in (_whole_lines(b, words) for b in inked_bands(whole, image.size, dpi))
    ]
    if not regions:
        return []
    out: list[Rescued] = []
    for box, in_colour in zip(regions, colour(regions), strict=True):
        if in_colour is None:
            continue
        region = colour_dropped(in_colour)
        region.info["dpi"] = (dpi, dpi)
        again = _uncut(read(region, RESCUE_PSM), region.height)
        outside = _lines_outside(data, box)
        lines = tuple(
            line
            for line in kept_lines(again)
            if not any(SequenceMatcher(None, fold(line), o).ratio() >= KEPT_ALIKE for o in outside)
        )
        before = [
            (wd[5], wd[4])
            for wd in words
            if box[0] <= (wd[0] + wd[2]) // 2 < box[2] and box[1] <= (wd[1] + wd[3]) // 2 < box[3]
        ]
        after = [
            (str(t).strip(), float(str(c)))
            for t, c in zip(again.get("text", []), again.get("conf", []), strict=False)
            if str(t).strip()
        ]
        if (
            lines
            and _confident(after) > _confident(before)
            and _keeps(_confident_lines(data, box), _lines_read(again))
        ):
            out.append(Rescued(top=box[1], lines=lines, box=box))
    return out


# A line of the page's own reading counts as read well with this many words, each read
# with this confidence; the new reading must hold it, this alike (difflib's ratio).
WELL_READ_WORDS = 3
WELL_READ_CONFIDENCE = 80.0
KEPT_ALIKE = 0.8


def _lines_read(data: dict[str, list[Any]]) -> list[list[tuple[str, float]]]:
    lines: dict[tuple[int, int, int], list[tuple[str, float]]] = defaultdict(list)
    for i, word in enumerate(data.get("text", [])):
        if str(word).strip():
            lines[_line_keys(data, i)].append((str(word).strip(), float(str(data["conf"][i]))))
    return list(lines.values())


def _confident_lines(data: dict[str, list[Any]], box: tuple[int, int, int, int]) -> list[str]:
    """The page's lines inside `box` that were read well (every word with confidence)."""
    inside: dict[tuple[int, int, int], list[tuple[str, float]]] = defaultdict(list)
    for i, word in enumerate(data.get("text", [])):
        if str(word).strip() and word_in(data, i, box):
            inside[_line_keys(data, i)].append((str(word).strip(), float(str(data["conf"][i]))))
    return [
        " ".join(w for w, _ in ws)
        for ws in inside.values()
        if len(ws) >= WELL_READ_WORDS and all(c >= WELL_READ_CONFIDENCE for _, c in ws)
    ]


def _line_keys(data: dict[str, list[Any]], i: int) -> tuple[int, int, int]:
    """Word `i`'s line in Tesseract's table: (block, paragraph, line)."""
    return (
        int(str(data["block_num"][i])),
        int(str(data["par_num"][i])),
        int(str(data["line_num"][i])),
    )


def word_in(data: dict[str, list[Any]], i: int, box: tuple[int, int, int, int]) -> bool:
    """Whether word `i`'s middle lies in `box` (x0, y0, x1, y1)."""
    x = int(str(data["left"][i])) + int(str(data["width"][i])) // 2
    y = int(str(data["top"][i])) + int(str(data["height"][i])) // 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def _uncut(data: dict[str, list[Any]], height: int) -> dict[str, list[Any]]:
    """A region's reading without the lines its top or bottom edge cut through (the
    region in colour is the bounding box of a deskewed one: it may hold part of a line
    beyond the region read before)."""
    cut: set[tuple[int, int, int]] = set()
    for i, word in enumerate(data.get("text", [])):
        if not str(word).strip():
            continue
        top = int(str(data["top"][i]))
        if top <= 1 or top + int(str(data["height"][i])) >= height - 1:
            cut.add(_line_keys(data, i))
    if not cut:
        return data
    keep = [
        i
        for i, word in enumerate(data.get("text", []))
        if not str(word).strip() or _line_keys(data, i) not in cut
    ]
    return {k: [v[i] for i in keep] for k, v in data.items()}


def _lines_outside(data: dict[str, list[Any]], box: tuple[int, int, int, int]) -> list[str]:
    """The page's lines (folded) with a word outside `box`: kept as they were, so not
    to be added again from a region's reading."""
    lines: dict[tuple[int, int, int], list[str]] = defaultdict(list)
    out: set[tuple[int, int, int]] = set()
    for i, word in enumerate(data.get("text", [])):
        if not str(word).strip():
            continue
        key = _line_keys(data, i)
        lines[key].append(str(word).strip())
        if not word_in(data, i, box):
            out.add(key)
    return [fold(" ".join(lines[k])) for k in out]


def _keeps(well_read: list[str], again: list[list[tuple[str, float]]]) -> bool:
    """Whether every line the page read well is in the new reading too (a region read
    again must not lose what was read: a crop that cut a line, a faint page)."""
    new = [fold(" ".join(w for w, _ in ws)) for ws in again]
    return all(
        any(SequenceMatcher(None, fold(line), n).ratio() >= KEPT_ALIKE for n in new)
        for line in well_read
    )


# --- a page cut into columns --------------------------------------------------------
#
# A monospaced letter on a low-resolution fax (wide letter spacing, speckle between
# the words) makes the page segmentation (psm 3) see columns where there are none:
# every line is cut in two or three, the pieces read as paragraphs apart, and no
# sentence, list or number survives whole (round 7's ordonanță: "Maria, procuror în
# cadrul Par" … "chetului de pe Lângă"). Read as one uniform block (psm 6), the same
# page gives its lines whole. `columns_cut` says when to try; `better_reading` keeps
# the block reading only when it gives clearly more words read with confidence.

# Lines of the psm 3 reading narrower than this share of the text's width count as cut.
CUT_LINE_SHARE = 0.55
# ... and a page is cut when most of its lines are, out of at least this many.
CUT_MIN_LINES = 12
# The block reading replaces the page's when it reads this many times the confident words.
BETTER_BY = 1.2


def _lines(data: dict[str, list[object]]) -> list[tuple[int, int]]:
    """(left, right) of each line of Tesseract's word table."""
    spans: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data.get("text", [])):
        if not str(word).strip():
            continue
        key = (
            int(str(data["block_num"][i])),
            int(str(data["par_num"][i])),
            int(str(data["line_num"][i])),
        )
        left = int(str(data["left"][i]))
        right = left + int(str(data["width"][i]))
        span = spans.setdefault(key, [left, right])
        span[0], span[1] = min(span[0], left), max(span[1], right)
    return [(a, b) for a, b in spans.values()]


def columns_cut(data: dict[str, list[object]]) -> bool:
    """Whether the page's lines were cut into columns (most far narrower than the text)."""
    lines = _lines(data)
    if len(lines) < CUT_MIN_LINES:
        return False
    width = max(b for _, b in lines) - min(a for a, _ in lines)
    if width <= 0:
        return False
    narrow = sum(1 for a, b in lines if b - a < CUT_LINE_SHARE * width)
    return narrow > len(lines) / 2


def confident_words(data: dict[str, list[object]]) -> int:
    """Words of three letters or more read with a confidence of 60 or more."""
    return sum(
        1
        for word, conf in zip(data.get("text", []), data.get("conf", []), strict=False)
        if len(re.sub(r"\W", "", str(word))) >= 3 and float(str(conf)) >= 60
    )


def better_reading(page: dict[str, list[object]], block: dict[str, list[object]]) -> bool:
    """Whether the one-block reading is clearly the better one of the page."""
    return confident_words(block) >= BETTER_BY * max(1, confident_words(page))


# --- a sheet photographed on a table ------------------------------------------------
#
# Tesseract's layout may read a page that sits on a table (wood, a desk's edge) as
# columns and pictures and lose most of its lines (round 14's phone photo: 323
# characters read of 1,500), or read it better whole (round 11's and round 5's photos,
# flattened): `ocr_page` reads the sheet cut out as well and keeps the better reading.

# A page photographed on a table: paper is brighter than this (grey level) ...
SHEET_PAPER = 170
# ... and the background around it, what a sheet's box leaves out, darker than this.
SHEET_BACKGROUND = 130
# Rows and columns at least this share paper belong to the sheet.
SHEET_SHARE = 0.4
# Cut only when the background is at least this share of one side (a scanner's thin
# dark edge is left alone), keeping this share of the side as a margin around the sheet.
SHEET_MIN_CUT = 0.04
SHEET_MARGIN = 0.01
_SHEET_SCALE = 8


def sheet_box(frame: Image.Image) -> tuple[int, int, int, int] | None:
    """The box of a sheet of paper photographed on a darker background, or None.

    Found on a copy an eighth the size: the rows and columns that are mostly paper, when
    what lies outside them is clearly darker than paper (`ocr_page` reads the sheet cut
    out too, and keeps the better reading).
    """
    if frame.mode != "L" or min(frame.size) < 16 * _SHEET_SCALE:
        return None
    w, h = frame.size
    small = np.asarray(frame.resize((w // _SHEET_SCALE, h // _SHEET_SCALE), Image.Resampling.BOX))
    paper = small > SHEET_PAPER
    rows = np.flatnonzero(paper.mean(axis=1) > SHEET_SHARE)
    cols = np.flatnonzero(paper.mean(axis=0) > SHEET_SHARE)
    if rows.size == 0 or cols.size == 0:
        return None
    sh, sw = small.shape
    top, bottom, left, right = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    cut = max(top / sh, (sh - bottom) / sh, left / sw, (sw - right) / sw)
    if cut < SHEET_MIN_CUT:
        return None
    outside = np.ones_like(paper)
    outside[top:bottom, left:right] = False
    if not outside.any() or small[outside].mean() > SHEET_BACKGROUND:
        return None
    mx, my = int(SHEET_MARGIN * w), int(SHEET_MARGIN * h)
    return (
        max(0, left * _SHEET_SCALE - mx),
        max(0, top * _SHEET_SCALE - my),
        min(w, right * _SHEET_SCALE + mx),
        min(h, bottom * _SHEET_SCALE + my),
    )
