"""The text on a stamp: the ring of a round or oval stamp unrolled into a strip and read.

A stamp proves nothing by its shape: anyone can draw a ring. What a genuine
stamp carries is its institution's name written along the ring. The band
between the stamp's outer edge and about half its radius is unrolled by a
polar (for an oval, elliptical) transform into a straight strip, the ring
lines themselves (rows inked nearly all along) are blanked, and Tesseract
reads the strip. Text runs clockwise with letter tops outward along most of a
stamp, but many write their lower text the other way (tops inward, upright on
the page); the strip starts at the widest gap of the ring text and is laid end
to end twice, so a name that crosses the seam is still whole once.

Stamps drawn by others (issue 12) have small letters (15-26 px on a 200 dpi
scan or fax), dotted rings (a light ink dithered by a fax), lost rows, and a
unit's name in the middle: the ring is read once as sampled, then from its ink
closed (a fax's lost rows bridged along the columns, dithered dots taken by
their density) and sampled smoothly at a scale that makes its letters some
`_LETTER_PX` tall (their height measured on the band): whole, its upper arc
clockwise and its lower arc counter-clockwise (each alone: no half of the other
upside down beside it), keeping only the marks centred on the line of text. The
middle is read inside the inner ring, turned level. Six Tesseract calls a
stamp (five before; four when its ink is dots), each with `_TIMEOUT`.

A rectangular stamp's text is simply inside its frame, read as a block.

The result is recorded on the stamp: `text` (every reading, joined), and
`ring_ink` (the share of the band inked once the ring lines are gone): a band
with almost no ink is a plain circle, not a stamp; ink that yields no words
is a stamp whose text cannot be read (the route step says `unverifiable`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageFilter

from .stampshape import components
from .stampwords import names_institution

log = logging.getLogger(__name__)

# Below this share of inked cells in the unrolled band (ring lines removed) the ring is empty.
PLAIN_RING_INK = 0.015
# A ring with text has ink in most of its angular sectors; a plain circle that a line of
# text or a signature crosses has ink in a few.
TEXT_SPREAD = 0.6
_SECTORS = 36
# Fewer letter-sized marks than this on a ring: no text (stamps carry a name of 15+ letters).
MIN_LETTERS = 8
_LANGUAGES = "ron+eng"
_BAND_PX = 130
_TIMEOUT = 20.0


def unroll(
    mask: npt.NDArray[np.bool_],
    centre: tuple[float, float],
    radii: tuple[float, float],
    *,
    inward: bool = False,
    outer: float = 1.02,
    inner: float = 0.5,
    angle: float = 0.0,
) -> npt.NDArray[np.bool_]:
    """The band of the ellipse (centre, radii a, b) between `inner` and `outer` as a strip.

    Columns go round the ring clockwise (the way ring text is written, tops
    outward) with the outer edge on the first row; `inward` reads it the other
    way round, counter-clockwise with the inner edge first (text written tops inward).
    """
    cx, cy = centre
    a, b = radii
    # Sampled finely enough that the band is about `_BAND_PX` rows (the letters some 40 px
    # tall, where Tesseract reads best), whatever the scan's resolution.
    band = (outer - inner) * min(a, b)
    scale = max(1.0, _BAND_PX / max(1.0, band))
    height = max(8, int(round(band * scale)))
    width = max(16, int(round(2 * np.pi * (a + b) / 2 * (outer + inner) / 2 * scale)))
    f = np.linspace(outer, inner, height)
    # Angles at equal steps of arc length (on an oval equal angles crowd the letters at the ends).
    fine = -np.pi / 2 + 2 * np.pi * np.arange(4 * width + 1) / (4 * width)
    step = np.hypot(a * np.sin(fine), b * np.cos(fine))
    arc = np.concatenate([[0.0], np.cumsum((step[1:] + step[:-1]) / 2)])
    t = np.interp(np.arange(width) * arc[-1] / width, arc, fine)
    if inward:
        f, t = f[::-1], t[::-1]
    # An oval pressed at a slant: its axes turned by `angle` (radians, clockwise on the page).
    u, v = a * f[:, None] * np.cos(t[None, :]), b * f[:, None] * np.sin(t[None, :])
    cos, sin = np.cos(angle), np.sin(angle)
    xs = np.rint(cx + u * cos - v * sin).astype(np.intp)
    ys = np.rint(cy + u * sin + v * cos).astype(np.intp)
    h, w = mask.shape
    inside = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
    out = np.zeros((height, width), dtype=np.bool_)
    out[inside] = mask[ys[inside], xs[inside]]
    return out


# A ring has its line: some row of the band about the outer edge (0.85-1.1 of its radii,
# thickened by a row) inked along at least this share of its length. A table's cells, a
# block of text or a grid that the ring template took for a circle cross that band only
# here and there (0.37 on a request's table; a dithered violet ring on a fax 0.65).
RING_LINE = 0.5


def ring_line(
    mask: npt.NDArray[np.bool_],
    centre: tuple[float, float],
    radii: tuple[float, float],
    angle: float = 0.0,
) -> float:
    """The largest share of the ring's length inked along one row of the band about its
    outer edge: a ring's own line comes near 1, a table's grid or lines of text far less."""
    strip = unroll(mask, centre, radii, angle=angle, outer=1.1, inner=0.85)
    thick = strip.copy()
    thick[1:] |= strip[:-1]
    thick[:-1] |= strip[1:]
    if not thick.size:
        return 0.0
    line = float(thick.mean(axis=1).max())
    cx, cy = centre
    reach = max(radii) * 1.1 + 2
    crop = mask[
        int(max(0, cy - reach)) : int(max(0, cy + reach + 1)),
        int(max(0, cx - reach)) : int(max(0, cx + reach + 1)),
    ]
    if _dotted(crop):
        # A light ring dithered by a fax is dots, a third to a half of its line inked: the
        # gaps between neighbouring dots closed along the line too (a table's ruled lines
        # and print are strokes, not dots, and stay as they are). Only where one row
        # stands out of the band: a tint, a halftone emblem or a shaded band is dots
        # everywhere, and its rows are alike (review, session 16).
        wide = thick.copy()
        wide[:, 1:] |= thick[:, :-1]
        wide[:, :-1] |= thick[:, 1:]
        rows = wide.mean(axis=1)
        if float(rows.max()) >= 2.5 * float(np.median(rows)):
            line = max(line, float(rows.max()))
    return line


def strip_lines(strip: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """The strip without the ring lines: long horizontal runs of ink, where a ring is not quite
    round or centred wandering a row or two (thickened by a row each way to stay one run)."""
    h, w = strip.shape
    thick = strip.copy()
    thick[1:] |= strip[:-1]
    thick[:-1] |= strip[1:]
    run = max(8, h // 2)  # longer than any letter's stroke
    line = np.zeros_like(strip)
    if w >= run:
        win = np.lib.stride_tricks.sliding_window_view(thick, run, axis=1).all(axis=2)
        for k in range(run):
            line[:, k : k + win.shape[1]] |= win
    return strip & ~line


def ring_ink(strip: npt.NDArray[np.bool_]) -> float:
    """The share of the band inked once the ring lines are removed (text, emblem, scribbles)."""
    return float(strip_lines(strip).mean()) if strip.size else 0.0


def letters_on(strip: npt.NDArray[np.bool_]) -> int:
    """How many letter-sized marks the band holds: text is many small marks of one height,
    an emblem's outline or a crossing signature a few long ones. (On a fax two or three
    letters often touch: a mark up to three heights wide still counts.)"""
    return len(_letter_heights(strip))


def _letter_heights(strip: npt.NDArray[np.bool_]) -> list[int]:
    """The heights (rows) of the letter-sized marks of `letters_on`."""
    band = strip.shape[0]
    out = []
    for (x0, y0, x1, y1), _n in components(strip_lines(strip)):
        bh, bw = y1 - y0 + 1, x1 - x0 + 1
        if 0.1 * band <= bh <= 0.7 * band and bw <= 3 * bh:
            out.append(bh)
    return out


def ring_spread(strip: npt.NDArray[np.bool_]) -> float:
    """The share of the ring's angular sectors with ink in the band (ring lines removed)."""
    cols = strip_lines(strip).sum(axis=0) > max(2, strip.shape[0] // 20)
    sectors = np.array_split(cols, _SECTORS)
    return float(np.mean([s.any() for s in sectors]))


def _seam(strip: npt.NDArray[np.bool_]) -> int:
    """The column at the middle of the widest run of empty columns: where the text begins."""
    empty = ~strip.any(axis=0)
    if not empty.any() or empty.all():
        return 0
    doubled = np.concatenate([empty, empty])
    best, best_len, run = 0, 0, 0
    for i, e in enumerate(doubled):
        run = run + 1 if e else 0
        if run > best_len:
            best_len, best = run, i - run // 2
    return int(best % strip.shape[1])


def _text_rows(strip: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """The rows of the strip that hold its line of text (the densest run of rows), a little
    more: the ends of the middle's words or a signature's loops below it would make
    Tesseract look for lines that are not there."""
    start, end = _text_span(strip)
    return strip[start:end]


def _text_span(strip: npt.NDArray[np.bool_]) -> tuple[int, int]:
    """The first and past-the-last rows of `_text_rows`."""
    h = strip.shape[0]
    # The profile of the letter-sized marks only: what is left of a ring line that is not
    # quite round or centred (a fax breaks it into dashes, a slanted oval makes it wander
    # across the rows) is long or thin, and would pass for the densest rows.
    letters = np.zeros_like(strip)
    for (x0, y0, x1, y1), _n in components(strip):
        bh, bw = y1 - y0 + 1, x1 - x0 + 1
        if 0.1 * h <= bh <= 0.7 * h and bw <= 3 * bh:
            letters[y0 : y1 + 1, x0 : x1 + 1] |= strip[y0 : y1 + 1, x0 : x1 + 1]
    profile = (letters if letters.sum() >= 0.3 * strip.sum() else strip).sum(axis=1)
    profile = profile.astype(np.float64)
    k = max(3, h // 15)
    smooth = np.convolve(profile, np.ones(k) / k, mode="same")
    peak = int(np.argmax(smooth))
    if smooth[peak] <= 0:
        return 0, h
    low = 0.25 * smooth[peak]
    top, bottom = peak, peak
    while top > 0 and smooth[top - 1] > low:
        top -= 1
    while bottom < h - 1 and smooth[bottom + 1] > low:
        bottom += 1
    margin = max(3, (bottom - top) // 5)
    return max(0, top - margin), min(h, bottom + margin + 1)


def _for_tesseract(strip: npt.NDArray[np.bool_]) -> Image.Image:
    """Black text on white, laid twice end to end from its seam, padded, at a readable height."""
    strip = _text_rows(strip)
    seam = _seam(strip)
    rolled = np.roll(strip, -seam, axis=1)
    twice = np.concatenate([rolled, rolled], axis=1)
    img = Image.fromarray(np.where(twice, 0, 255).astype(np.uint8), "L")
    # A line of capitals read best some 40-50 px tall.
    if 0 < img.height < 48:
        size = (int(img.width * 48 / img.height), 48)
        img = img.resize(size, Image.Resampling.BILINEAR)
    padded = Image.new("L", (img.width + 40, img.height + 40), 255)
    padded.paste(img, (20, 20))
    return padded


def _read(img: Image.Image, psm: int) -> tuple[str, float]:
    """Tesseract's words of `img` (through the shared readers) and their mean confidence."""
    from . import ocr  # the shared Tesseract readers live there (ocr imports this package)

    fd, path = tempfile.mkstemp(prefix="registratura-ring-", suffix=".bmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            img.save(fh, "BMP", dpi=(300, 300))
        ocr._thread_limit()
        data: dict[str, list[Any]] = ocr.READERS.data(path, _LANGUAGES, psm, _TIMEOUT)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
    words, confs = [], []
    for text, conf in zip(data.get("text", []), data.get("conf", []), strict=False):
        word = str(text).strip()
        if word and float(str(conf)) >= 0:
            words.append(word)
            confs.append(float(str(conf)))
    return " ".join(words), (sum(confs) / len(confs) if confs else 0.0)


def _letters(text: str) -> int:
    return len(re.findall(r"[^\W\d_]", text))


def _joined(readings: list[dict[str, Any]]) -> str:
    """Every reading with a few letters in it, joined: a word read once is enough."""
    return " | ".join(str(r["text"]) for r in readings if _letters(str(r["text"])) >= 3)


# The height Tesseract reads a line of capitals best at (px): a ring's letters, 15-26 px on a
# 200 dpi scan or fax, are scaled up to it whatever the scan's resolution.
_LETTER_PX = 32.0
# A reading of the upper arc (clockwise, letter tops outward) from the lower left to the lower
# right through the top, and of the lower arc (counter-clockwise, tops inward) from the upper
# left to the upper right through the bottom: the two halves where a ring's words most often
# stand, each read on its own, with no half of the other upside down beside it.
_UPPER = (0.7 * np.pi, 2.3 * np.pi)
_LOWER = (1.2 * np.pi, -0.2 * np.pi)


def _angles(
    radii: tuple[float, float], span: tuple[float, float], n: int
) -> npt.NDArray[np.float64]:
    """`n` angles from span[0] to span[1] (either way) at equal steps of arc length."""
    a, b = radii
    t0, t1 = span
    fine = t0 + (t1 - t0) * np.arange(4 * n + 1) / (4 * n)
    step = np.hypot(a * np.sin(fine), b * np.cos(fine))
    arc = np.concatenate([[0.0], np.cumsum((step[1:] + step[:-1]) / 2)])
    return np.asarray(np.interp(np.arange(n) * arc[-1] / n, arc, fine), dtype=np.float64)


def _sample(
    grey: npt.NDArray[np.float32],
    centre: tuple[float, float],
    radii: tuple[float, float],
    angle: float,
    f: npt.NDArray[np.float64],
    t: npt.NDArray[np.float64],
) -> npt.NDArray[np.float32]:
    """`grey` (ink 1, paper 0) at the ellipse's points of radius fractions `f` (rows) and
    angles `t` (columns), bilinear: letters scaled up stay smooth, not blocks of pixels."""
    cx, cy = centre
    a, b = radii
    u, v = a * f[:, None] * np.cos(t[None, :]), b * f[:, None] * np.sin(t[None, :])
    cos, sin = np.cos(angle), np.sin(angle)
    x = cx + u * cos - v * sin
    y = cy + u * sin + v * cos
    # Outside the page is paper: a frame of one paper pixel, and every point clipped into it.
    framed = np.pad(grey, 1)
    h, w = framed.shape
    x = np.clip(x + 1, 0, w - 1.001)
    y = np.clip(y + 1, 0, h - 1.001)
    x0 = x.astype(np.intp)
    y0 = y.astype(np.intp)
    dx, dy = (x - x0).astype(np.float32), (y - y0).astype(np.float32)
    top = framed[y0, x0] * (1 - dx) + framed[y0, x0 + 1] * dx
    bottom = framed[y0 + 1, x0] * (1 - dx) + framed[y0 + 1, x0 + 1] * dx
    out: npt.NDArray[np.float32] = (top * (1 - dy) + bottom * dy).astype(np.float32)
    return out


def _dotted(mask: npt.NDArray[np.bool_]) -> bool:
    """Whether the ink is dots rather than strokes (a faint stamp dithered by a fax, a ring
    broken into dashes): many inked pixels with at most one inked neighbour of four."""
    if not mask.any():
        return False
    m = mask.astype(np.uint8)
    n = np.zeros_like(m)
    n[1:] += m[:-1]
    n[:-1] += m[1:]
    n[:, 1:] += m[:, :-1]
    n[:, :-1] += m[:, 1:]
    return float(((n <= 1) & mask).sum()) >= 0.25 * float(mask.sum())


def _vclose(m: npt.NDArray[np.bool_], k: int) -> npt.NDArray[np.bool_]:
    """Closing by a column of `k` pixels: gaps up to k-1 rows tall bridged, letters beside
    each other never joined (a fax's white streaks run along the rows)."""
    grown = m.copy()
    for d in range(1, k // 2 + 1):
        grown[d:] |= m[:-d]
        grown[:-d] |= m[d:]
    out = grown.copy()
    for d in range(1, k // 2 + 1):
        out[d:] &= grown[:-d]
        out[:-d] &= grown[d:]
    return out


def _crop_box(
    shape: tuple[int, ...], centre: tuple[float, float], radii: tuple[float, float]
) -> tuple[int, int, int, int]:
    """The stamp's part of the page (x0, y0, x1, y1): its ring and a little around it."""
    cx, cy = centre
    reach = max(radii) * 1.08 + 4
    x0, y0 = int(max(0, cx - reach)), int(max(0, cy - reach))
    x1 = int(min(shape[1], cx + reach + 1))
    y1 = int(min(shape[0], cy + reach + 1))
    return x0, y0, x1, y1


def _closed_ink(
    mask: npt.NDArray[np.bool_], centre: tuple[float, float], radii: tuple[float, float]
) -> tuple[npt.NDArray[np.float32], tuple[float, float], bool]:
    """The stamp's part of the mask as grey ink (1) on paper (0), its dots and breaks closed:
    white streaks across the rows (a fax, a scanner) bridged along the columns; dots (a faint
    stamp dithered by a fax) joined into strokes by a closing about a dot's spacing wide.
    Also the centre in the crop's coordinates, and whether the ink was dotted."""
    cx, cy = centre
    x0, y0, x1, y1 = _crop_box(mask.shape, centre, radii)
    crop = mask[y0:y1, x0:x1]
    dotted = _dotted(crop)
    # A stroke pixel or two thick at some 100-150 px of radius (a 4 cm stamp at 200 dpi).
    k = 3 if min(radii) < 220 else 5
    closed = _vclose(crop, k)
    img = Image.fromarray(np.where(closed, 255, 0).astype(np.uint8), "L")
    if dotted:
        # The share of inked pixels about each pixel (a box about a dot's spacing wide): a
        # dithered stroke is some 30-50 % dots, paper none; taken at a quarter, it is whole.
        density = img.filter(ImageFilter.BoxBlur(k / 3))
        grey = np.clip(np.asarray(density, dtype=np.float32) / 255.0 / 0.6, 0.0, 1.0)
    else:
        grey = np.asarray(img, dtype=np.float32) / 255.0
    return grey, (cx - x0, cy - y0), dotted


def _closed_strip(
    grey: npt.NDArray[np.float32],
    centre: tuple[float, float],
    radii: tuple[float, float],
    angle: float,
    span: tuple[float, float],
    inward: bool,
    scale: float,
    outer: float = 1.04,
    inner: float = 0.45,
) -> npt.NDArray[np.float32]:
    """The band from `outer` to `inner` of the radii along the angles `span`, sampled `scale`
    strip pixels a page pixel (ink 1, paper 0, smooth); letter tops on the first row (the
    outer edge first, or the inner with `inward`)."""
    a, b = radii
    band = (outer - inner) * min(a, b)
    height = max(8, int(round(band * scale)))
    mean_r = (a + b) / 2 * (outer + inner) / 2
    width = max(16, int(round(abs(span[1] - span[0]) * mean_r * scale)))
    f = np.linspace(inner, outer, height) if inward else np.linspace(outer, inner, height)
    t = _angles(radii, span, width)
    return _sample(grey, centre, radii, angle, f, t)


def _text_only(strip: npt.NDArray[np.bool_], span: tuple[int, int]) -> npt.NDArray[np.bool_]:
    """The strip's line of text alone: its rows `span` (`_text_span`), and in them only the
    marks centred on that line. The print or signature a stamp was pressed over, cut by the
    band, reaches into the line's rows from above or below; Tesseract, told the image is one
    line, reads those pieces as letters."""
    start, end = span
    rows = strip[start:end]
    if end - start == strip.shape[0] or not rows.any():
        return rows
    h = rows.shape[0]
    margin = max(3, h // 7)
    keep = np.zeros_like(rows)
    for (x0, y0, x1, y1), _n in components(rows):
        if margin <= (y0 + y1) / 2 <= h - 1 - margin:
            keep[y0 : y1 + 1, x0 : x1 + 1] |= rows[y0 : y1 + 1, x0 : x1 + 1]
    return keep


def _text_image(grey: npt.NDArray[np.float32], level: float, twice: bool) -> Image.Image:
    """A strip as Tesseract reads it: its line of text alone (`_text_only` on the ink over
    `level`, ring lines out), in smooth grey, dark on white, padded; `twice`: laid end to end
    twice from its seam (a whole ring, so that a name across the seam is once whole)."""
    ink = strip_lines(grey > level)
    # The line's rows found on the strip at half size (the marks counted 4 times faster).
    h2, w2 = ink.shape[0] // 2 * 2, ink.shape[1] // 2 * 2
    half: npt.NDArray[np.bool_] = np.asarray(
        ink[:h2, :w2].reshape(h2 // 2, 2, w2 // 2, 2).any(axis=(1, 3)), dtype=np.bool_
    )
    start, end = _text_span(half)
    span = (2 * start, min(ink.shape[0], 2 * end))
    keep = _text_only(ink, span)
    # The kept marks' soft edges too (the grey just outside the level).
    near = np.asarray(
        Image.fromarray(np.where(keep, 255, 0).astype(np.uint8), "L").filter(
            ImageFilter.MaxFilter(5)
        )
    )
    part = np.where(near > 0, grey[span[0] : span[1]], 0.0)
    if twice:
        seam = _seam(keep)
        part = np.concatenate([np.roll(part, -seam, axis=1)] * 2, axis=1)
    img = Image.fromarray((255 - np.clip(part, 0, 1) * 255).astype(np.uint8), "L")
    padded = Image.new("L", (img.width + 40, img.height + 40), 255)
    padded.paste(img, (20, 20))
    return padded


# A ring's line of smaller letters: a unit's name under the body's ("MINISTERUL PUBLIC •
# D.I.I.C.O.T." over "SERVICIUL TERITORIAL CLUJ" at the bottom, round 15), its letters
# 0.4-0.75 of the ring's own, on one row of the arc, some six letters long at least. Read
# alone at its own height; from the page's own shades where it has them: on the one-bit
# mask a light stamp's small letters are blots (`shades`).
_SMALL = (0.4, 0.75)
_SMALL_LETTERS = 6


def _small_line(
    arc: npt.NDArray[np.float32],
) -> tuple[tuple[int, int], tuple[int, int], float] | None:
    """Where on `arc` (a `_closed_strip`) a line of smaller letters stands: its columns,
    its rows and its letters' height (strip pixels); None when there is none."""
    ink = _without_ring_rows(arc > 0.5)
    h, w = ink.shape
    marks = [
        (x0, y0, x1 + 1, y1 + 1)
        for (x0, y0, x1, y1), _n in components(ink)
        if 0.1 * h <= y1 - y0 + 1 <= 0.7 * h
    ]
    letters = [y1 - y0 for x0, y0, x1, y1 in marks if x1 - x0 <= 3 * (y1 - y0)]
    if len(letters) < 3:
        return None
    big = float(np.percentile(letters, 75))
    small = [
        m
        for m in marks
        if _SMALL[0] * big <= m[3] - m[1] <= _SMALL[1] * big and m[2] - m[0] >= 0.5 * (m[3] - m[1])
    ]
    if not small:
        return None
    # on one row: centred within half a small letter of their median
    middle = float(np.median([(m[1] + m[3]) / 2 for m in small]))
    first = float(np.median([m[3] - m[1] for m in small]))
    small = sorted(m for m in small if abs((m[1] + m[3]) / 2 - middle) <= 0.5 * first)
    if not small:
        return None
    # and together: the longest run with gaps under three letters
    runs: list[list[tuple[int, int, int, int]]] = [small[:1]]
    for m in small[1:]:
        if m[0] - max(r[2] for r in runs[-1]) <= 3 * first:
            runs[-1].append(m)
        else:
            runs.append([m])
    line = max(runs, key=lambda r: sum(m[2] - m[0] for m in r))
    height = float(np.median([m[3] - m[1] for m in line]))
    if sum(m[2] - m[0] for m in line) < _SMALL_LETTERS * height:
        return None
    c0 = max(0, int(min(m[0] for m in line) - 1.5 * height))
    c1 = min(w - 1, int(max(m[2] for m in line) + 1.5 * height))
    r0 = max(0, int(min(m[1] for m in line) - 0.6 * height))
    r1 = min(h - 1, int(max(m[3] for m in line) + 0.6 * height))
    return (c0, c1), (r0, r1), height


def _without_ring_rows(ink: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """The arc without its ring lines: the rows inked nearly all along (and a row each side).
    Not `strip_lines`, which takes out every long run of ink: small letters a light ink
    and a scanner's blur have merged into one blot along the line are such a run too."""
    full = ink.mean(axis=1) >= 0.9
    near = full.copy()
    near[1:] |= full[:-1]
    near[:-1] |= full[1:]
    out = ink.copy()
    out[near] = False
    return out


def _small_image(
    arc: npt.NDArray[np.float32],
    found: tuple[tuple[int, int], tuple[int, int], float],
    fine: npt.NDArray[np.float32] | None,
    grey: npt.NDArray[np.float32],
    local: tuple[float, float],
    radii: tuple[float, float],
    angle: float,
    span: tuple[float, float],
    inward: bool,
    scale: float,
) -> Image.Image:
    """The line of smaller letters `found` on `arc` (`_small_line`), sampled again at its
    own height from the page's shades (`fine`, the crop `grey` is of) or, without them,
    from `grey`."""
    (c0, c1), (r0, r1), height = found
    h, w = arc.shape
    t = _angles(radii, span, w)
    outer, inner = 1.04, 0.45  # `_closed_strip`'s band
    f = np.linspace(inner, outer, h) if inward else np.linspace(outer, inner, h)
    hi, lo = float(max(f[r0], f[r1])), float(min(f[r0], f[r1]))
    # Some 40 px tall: small capitals are read best a little larger than the ring's.
    again = float(min(8.0, 1.25 * _LETTER_PX / (height / scale)))
    source = fine if fine is not None else grey
    strip = _closed_strip(source, local, radii, angle, (t[c0], t[c1]), inward, again, hi, lo)
    if fine is None:
        return _text_image(strip, 0.5, False)
    img = Image.fromarray((255 - np.clip(strip, 0, 1) * 255).astype(np.uint8), "L")
    padded = Image.new("L", (img.width + 40, img.height + 40), 255)
    padded.paste(img, (20, 20))
    return padded


def _ring_images(
    grey: npt.NDArray[np.float32],
    local: tuple[float, float],
    radii: tuple[float, float],
    angle: float,
    height: float,
    fine: Callable[[], npt.NDArray[np.float32] | None] | None = None,
) -> list[tuple[str, int, Image.Image]]:
    """What is read of a ring with text, closed (`_closed_ink`: `grey`, centred at `local`)
    and scaled so that its letters (`height` page pixels tall, 0 when unknown) are some
    `_LETTER_PX` tall: the whole ring clockwise, laid twice from its seam; its upper arc
    clockwise and its lower arc counter-clockwise alone; and on either arc a line of
    smaller letters alone (`_small_image`; `fine()` the crop in the page's shades)."""
    scale = _LETTER_PX / height if height > 0 else _BAND_PX / max(1.0, 0.55 * min(radii))
    scale = float(min(6.0, max(1.0, scale)))
    out: list[tuple[str, int, Image.Image]] = []
    whole = _closed_strip(grey, local, radii, angle, (-np.pi / 2, 1.5 * np.pi), False, scale)
    out.append(("closed", 11, _text_image(whole, 0.5, True)))
    arcs = []
    for name, span, inward in (("upper", _UPPER, False), ("lower", _LOWER, True)):
        arc = _closed_strip(grey, local, radii, angle, span, inward, scale)
        out.append((name, 6, _text_image(arc, 0.5, False)))
        arcs.append((name, span, inward, arc))
    for name, span, inward, arc in arcs:
        found = _small_line(arc)
        if found is None:
            continue
        shaded = fine() if fine is not None else None  # asked only when there are small letters
        img = _small_image(arc, found, shaded, grey, local, radii, angle, span, inward, scale)
        out.append((f"{name} small", 7, img))
    return out


def read_ring(
    mask: npt.NDArray[np.bool_],
    centre: tuple[float, float],
    radii: tuple[float, float],
    angle: float = 0.0,
    shades: Callable[[tuple[int, int, int, int]], npt.NDArray[np.float32] | None] | None = None,
) -> dict[str, Any]:
    """`ring_ink` and `text` of a round or oval stamp on the page's ink mask (page pixels);
    an oval's axes turned by `angle` (radians); `shades(box)`, a box of the page in its own
    shades (`shades.region_shades`), where a line of small letters is read."""
    out_strip = unroll(mask, centre, radii, angle=angle)
    ink = ring_ink(out_strip)
    spread = ring_spread(out_strip)
    heights = _letter_heights(out_strip)
    letters = len(heights)
    result: dict[str, Any] = {
        "ring_ink": round(ink, 4),
        "ring_spread": round(spread, 3),
        "ring_letters": letters,
        "text": "",
        "readings": [],
    }
    if ink < PLAIN_RING_INK or spread < TEXT_SPREAD or letters < MIN_LETTERS:
        return result  # a plain ring (perhaps crossed by a line or two): nothing to read
    readings: list[dict[str, Any]] = []

    def read(direction: str, psm: int, img: Image.Image | None) -> None:
        if img is None:
            return
        try:
            text, conf = _read(img, psm)
        except Exception as exc:  # noqa: BLE001 - an unreadable ring is recorded, not fatal
            log.warning("stamp ring could not be read: %r", exc)
            result["error"] = f"{type(exc).__name__}: {exc}"
            return
        readings.append(
            {
                "direction": direction,
                "psm": psm,
                "text": " ".join(text.split()),
                "confidence": round(conf, 1),
            }
        )

    # Tesseract misreads a different letter each way it is asked; a word read once is enough.
    # The ring as sampled, clockwise (letter tops outward) laid twice from its seam, as one
    # line and as sparse text (on a clean fax each reads a word the other misses). Not when
    # its ink is dots: Tesseract reads them as rows of random letters, where a fuzzy match
    # finds another body's word often enough to veto the stamp's own name.
    grey, local, dotted = _closed_ink(mask, centre, radii)
    if not dotted:
        plain = _for_tesseract(strip_lines(out_strip))
        read("outward", 7, plain)
        read("outward", 11, plain)
    # then closed (dots and a fax's lost rows joined into strokes) and scaled to its letters'
    # height: whole (sparse text, laid twice), its upper arc clockwise, and its lower arc
    # counter-clockwise, where a ring's lower words stand upright on the page (tops inward).
    scale0 = out_strip.shape[0] / max(1.0, (1.02 - 0.5) * min(radii))
    # The letters' median height in page pixels (0: too few marks to tell).
    height = float(np.median(heights)) / scale0 if len(heights) >= 5 else 0.0

    asked: list[npt.NDArray[np.float32] | None] = []

    def fine() -> npt.NDArray[np.float32] | None:
        # The stamp's crop in the page's shades: asked of the scan at most once a stamp.
        if shades is None or dotted:
            return None
        if not asked:
            try:
                region = shades(_crop_box(mask.shape, centre, radii))
            except Exception as exc:  # noqa: BLE001 - the mask is read instead
                log.warning("stamp shades could not be had: %r", exc)
                region = None
            asked.append(region if region is not None and region.shape == grey.shape else None)
        return asked[0]

    for direction, psm, img in _ring_images(grey, local, radii, angle, height, fine):
        read(direction, psm, img)
    # The middle of a stamp often names the unit or the town ("POLIȚIA MUNICIPIULUI RM.
    # VÂLCEA", "BUCUREȘTI"): read inside its inner ring, closed, turned level.
    read("middle", 6, _middle(grey, local, radii))
    on_ring = " ".join(str(r["text"]) for r in readings if r["direction"] != "middle")
    if not names_institution(on_ring) and (shaded := fine()) is not None:
        # No institution legible on the one-bit mask: a light or faded ink whose letters
        # the mask made hollow or fat. Read once more from the scan's own shades, the
        # whole ring and its two arcs.
        for direction, psm, img in _ring_images(_levelled(shaded), local, radii, angle, height):
            read(f"{direction} shades", psm, img)
    result["readings"] = readings
    result["text"] = _joined(readings)
    return result


def _levelled(shades: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Shades stretched so that the stamp's own ink reaches 1: its strokes' median level
    (of the pixels well above the paper) is taken as full ink."""
    inked = shades[shades > 0.15]
    if inked.size < 50:
        return shades
    top = float(np.percentile(inked, 60))
    out: npt.NDArray[np.float32] = np.clip(shades / max(top, 0.2), 0.0, 1.0).astype(np.float32)
    return out


def _inner_ring(
    mask: npt.NDArray[np.bool_], centre: tuple[float, float], radii: tuple[float, float]
) -> float | None:
    """The inner edge of a stamp's inner ring (a fraction of its radii, 0.35-0.85): the
    densest thin circle of ink inside the ring text, with paper inside it; None without one."""
    cx, cy = centre
    a, b = radii
    x0, y0 = int(max(0, cx - a)), int(max(0, cy - b))
    x1, y1 = int(min(mask.shape[1], cx + a + 1)), int(min(mask.shape[0], cy + b + 1))
    if x1 - x0 < 16 or y1 - y0 < 16:
        return None
    yy, xx = np.mgrid[y0:y1, x0:x1]
    rho = np.hypot((xx - cx) / a, (yy - cy) / b)
    bins = np.minimum((rho * 50).astype(np.intp), 60)
    inked = np.bincount(bins[mask[y0:y1, x0:x1]], minlength=61).astype(np.float64)
    density = inked / np.maximum(1, np.bincount(bins.ravel(), minlength=61))
    lo, hi = 18, 43  # 0.36-0.86
    peak = lo + int(np.argmax(density[lo:hi]))
    if density[peak] < 0.3:
        return None
    k = peak
    while k > lo - 2 and density[k - 1] >= 0.5 * density[peak]:
        k -= 1
    if density[k - 1] >= 0.5 * density[peak] or density[k - 3 : k].mean() > 0.6 * density[peak]:
        return None  # no paper inside it: an emblem or text, not a ring
    return (k - 0.5) / 50


def _upright(img: Image.Image) -> Image.Image:
    """Black text on white turned so its lines run level (a stamp pressed at a slant), by the
    turn within 30 degrees whose row profile is the most peaked."""
    small = img.reduce(2) if min(img.size) >= 120 else img
    inv = Image.eval(small, lambda v: 255 - v)
    best, best_score = 0.0, -1.0
    for deg in range(-30, 31, 3):
        rows = np.asarray(inv.rotate(deg, resample=Image.Resampling.BILINEAR), dtype=np.float64)
        score = float(rows.sum(axis=1).var())
        if score > best_score:
            best, best_score = float(deg), score
    if not best:
        return img
    inv = Image.eval(img, lambda v: 255 - v).rotate(
        best, resample=Image.Resampling.BILINEAR, expand=True
    )
    return Image.eval(inv, lambda v: 255 - v)


def _middle(
    grey: npt.NDArray[np.float32], centre: tuple[float, float], radii: tuple[float, float]
) -> Image.Image | None:
    """The middle of a stamp as Tesseract reads it, from its closed ink (`_closed_ink`):
    inside its inner ring when it has one (the ring line left out; else 0.62 of its radii),
    scaled so that its letters are some `_LETTER_PX` tall, turned level."""
    inner = _inner_ring(grey > 0.5, centre, radii)
    part = inner - 0.02 if inner is not None else 0.62
    cx, cy = centre
    a, b = radii[0] * part, radii[1] * part
    x0, y0 = int(max(0, cx - a)), int(max(0, cy - b))
    x1, y1 = int(min(grey.shape[1], cx + a)), int(min(grey.shape[0], cy + b))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    yy, xx = np.ogrid[y0:y1, x0:x1]
    crop = np.where(((xx - cx) / a) ** 2 + ((yy - cy) / b) ** 2 <= 1, grey[y0:y1, x0:x1], 0.0)
    ink = crop > 0.5
    if ink.mean() < 0.01:
        return None
    heights = [
        y1_ - y0_ + 1
        for (_x0, y0_, _x1, y1_), n in components(ink)
        if n >= 4 and 4 <= y1_ - y0_ + 1 <= 0.4 * ink.shape[0]
    ]
    letter = float(np.median(heights)) if len(heights) >= 3 else 0.0
    scale = _LETTER_PX / letter if letter else 300 / max(1, ink.shape[0])
    scale = float(min(6.0, max(1.0, scale)))
    img = Image.fromarray((255 - np.clip(crop, 0, 1) * 255).astype(np.uint8), "L")
    if scale > 1:
        size = (int(img.width * scale), int(img.height * scale))
        img = img.resize(size, Image.Resampling.BILINEAR)
    img = _upright(img)
    padded = Image.new("L", (img.width + 40, img.height + 40), 255)
    padded.paste(img, (20, 20))
    return padded


def read_box(mask: npt.NDArray[np.bool_], box: tuple[int, int, int, int]) -> dict[str, Any]:
    """`ring_ink` and `text` inside a rectangular stamp's frame (box in page pixels)."""
    x0, y0, x1, y1 = box
    pad = max(4, (x1 - x0) // 30)
    inside = mask[y0 + pad : y1 - pad, x0 + pad : x1 - pad]
    ink = float(inside.mean()) if inside.size else 0.0
    result: dict[str, Any] = {"ring_ink": round(ink, 4), "text": "", "readings": []}
    if ink < PLAIN_RING_INK:
        return result
    img = Image.fromarray(np.where(inside, 0, 255).astype(np.uint8), "L")
    # A frame some 2-3 cm tall read at about 300 px high: its letters ~40 px, as for the ring.
    scale = max(1.0, 300 / max(1, img.height))
    if scale > 1:
        img = img.resize(
            (int(img.width * scale), int(img.height * scale)), Image.Resampling.BILINEAR
        )
    padded = Image.new("L", (img.width + 40, img.height + 40), 255)
    padded.paste(img, (20, 20))
    readings: list[dict[str, Any]] = []
    for psm in (6, 11):
        try:
            text, conf = _read(padded, psm)
        except Exception as exc:  # noqa: BLE001 - an unreadable frame is recorded, not fatal
            result["error"] = f"{type(exc).__name__}: {exc}"
            continue
        readings.append(
            {
                "direction": "box",
                "psm": psm,
                "text": " ".join(text.split()),
                "confidence": round(conf, 1),
            }
        )
    result["readings"] = readings
    result["text"] = _joined(readings)
    return result
