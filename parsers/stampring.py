"""The text on a stamp: the ring of a round or oval stamp unrolled into a strip and read.

A stamp proves nothing by its shape: anyone can draw a ring. What a genuine
stamp carries is its institution's name written along the ring. The band
between the stamp's outer edge and about half its radius is unrolled by a
polar (for an oval, elliptical) transform into a straight strip, the ring
lines themselves (rows inked nearly all along) are blanked, and Tesseract
reads the strip. Text runs clockwise with letter tops outward along most of a
stamp, but some stamps write their lower text the other way (tops inward), so
both directions are read; the strip starts at the widest gap of the ring text
and is laid end to end twice, so a name that crosses the seam is still whole once.

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
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image

from .stampshape import components

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
    return float(thick.mean(axis=1).max()) if thick.size else 0.0


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
    band = strip.shape[0]
    count = 0
    for (x0, y0, x1, y1), _n in components(strip_lines(strip)):
        bh, bw = y1 - y0 + 1, x1 - x0 + 1
        if 0.1 * band <= bh <= 0.7 * band and bw <= 3 * bh:
            count += 1
    return count


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
        return strip
    low = 0.25 * smooth[peak]
    top, bottom = peak, peak
    while top > 0 and smooth[top - 1] > low:
        top -= 1
    while bottom < h - 1 and smooth[bottom + 1] > low:
        bottom += 1
    margin = max(3, (bottom - top) // 5)
    return strip[max(0, top - margin) : bottom + margin + 1]


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


def read_ring(
    mask: npt.NDArray[np.bool_],
    centre: tuple[float, float],
    radii: tuple[float, float],
    angle: float = 0.0,
) -> dict[str, Any]:
    """`ring_ink` and `text` of a round or oval stamp on the page's ink mask (page pixels);
    an oval's axes turned by `angle` (radians)."""
    out_strip = unroll(mask, centre, radii, angle=angle)
    ink = ring_ink(out_strip)
    spread = ring_spread(out_strip)
    letters = letters_on(out_strip)
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
    # Tesseract misreads a different letter each way it is asked: a single line, sparse text,
    # and the other direction (text written tops inward); a word read once is enough.
    inward_strip = unroll(mask, centre, radii, inward=True, angle=angle)
    for inward, psm in ((False, 7), (False, 11), (True, 7), (True, 11)):
        strip = strip_lines(inward_strip if inward else out_strip)
        try:
            text, conf = _read(_for_tesseract(strip), psm)
        except Exception as exc:  # noqa: BLE001 - an unreadable ring is recorded, not fatal
            log.warning("stamp ring could not be read: %r", exc)
            result["error"] = f"{type(exc).__name__}: {exc}"
            continue
        text = " ".join(text.split())
        direction = "inward" if inward else "outward"
        readings.append(
            {"direction": direction, "psm": psm, "text": text, "confidence": round(conf, 1)}
        )
    # The middle of a stamp often names the town ("BUCUREȘTI") or the ministry.
    middle = _disc(mask, centre, radii, 0.62)
    if middle is not None:
        try:
            text, conf = _read(middle, 6)
            text = " ".join(text.split())
            readings.append(
                {"direction": "middle", "psm": 6, "text": text, "confidence": round(conf, 1)}
            )
        except Exception as exc:  # noqa: BLE001 - recorded, not fatal
            result["error"] = f"{type(exc).__name__}: {exc}"
    result["readings"] = readings
    result["text"] = _joined(readings)
    return result


def _disc(
    mask: npt.NDArray[np.bool_],
    centre: tuple[float, float],
    radii: tuple[float, float],
    part: float,
) -> Image.Image | None:
    """The inside of the ellipse scaled by `part` (the ring and its text left out), upright,
    black on white, about 300 px across."""
    cx, cy = centre
    a, b = radii[0] * part, radii[1] * part
    x0, y0 = int(max(0, cx - a)), int(max(0, cy - b))
    x1, y1 = int(min(mask.shape[1], cx + a)), int(min(mask.shape[0], cy + b))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    crop = mask[y0:y1, x0:x1].copy()
    yy, xx = np.ogrid[y0:y1, x0:x1]
    crop &= ((xx - cx) / a) ** 2 + ((yy - cy) / b) ** 2 <= 1
    if crop.mean() < 0.01:
        return None
    img = Image.fromarray(np.where(crop, 0, 255).astype(np.uint8), "L")
    scale = max(1.0, 300 / max(1, img.height))
    if scale > 1:
        size = (int(img.width * scale), int(img.height * scale))
        img = img.resize(size, Image.Resampling.BILINEAR)
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
