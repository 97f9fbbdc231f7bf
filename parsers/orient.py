"""Page geometry before OCR: small skew straightened, pages lying sideways or upside down turned.

Deskew is a projection profile on a small binarised copy: the angle (within
±`MAX_SKEW`°) whose rotation gives the sharpest row profile, i.e. text lines
lying flat, wins; only angles above `MIN_SKEW` are applied, since every
rotation softens a bilevel fax a little. The profile is computed from the ink
pixels' coordinates (numpy), not by rotating the thumbnail 32 times: about
5x less CPU on the eval corpus's scans (2.27 s → 0.44 s for 47 pages), with
the same angle chosen on every page.

Orientation (90/180/270°) uses Tesseract's OSD (`--psm 0`), which costs about
as much as reading the page; `ocr_page` therefore runs it only when the first
reading looks like a wrong orientation (low confidence, few words).
"""

from __future__ import annotations

import math
import re

import numpy as np
import numpy.typing as npt
from PIL import Image

MAX_SKEW = 4.0
MIN_SKEW = 0.3
_STEP = 0.25
# Grey pages turn bilinear, bilevel ones (faxes) bicubic and then thresholded back:
# measured with bench.ocr_variants on the eval corpus, bilinear read grey scans as
# well as bicubic (CER 2.40% against 2.53%, the same fields) at 84 ms instead of
# 205 ms a 300 dpi A4 page, but lost 3 of 116 field checks on fine faxes.
GREY_RESAMPLE = Image.Resampling.BILINEAR
BILEVEL_RESAMPLE = Image.Resampling.BICUBIC
_WIDTH = 900  # thumbnail width for the profile: enough to resolve text lines
_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONF = re.compile(r"Orientation confidence:\s*([0-9.]+)")


def _row_profile_score(
    ys: npt.NDArray[np.float32], xs: npt.NDArray[np.float32], height: int, width: int, angle: float
) -> float:
    """Variance of the row means of the ink turned by `angle` degrees (counter-clockwise).

    The same figure a rotated thumbnail's row profile gives, computed from the
    ink pixels' coordinates (one multiply-add and one bincount per angle) instead
    of rotating the image: ink turned out of the frame is dropped, as a rotation would.
    """
    t = math.radians(angle)
    rows = np.floor(ys * math.cos(t) - xs * math.sin(t) + height / 2).astype(np.int64)
    rows = rows[(rows >= 0) & (rows < height)]
    counts = np.bincount(rows, minlength=height)[:height].astype(np.float64) * (255.0 / width)
    return float(counts.var())


def skew_angle(image: Image.Image) -> float:
    """The small rotation (degrees, counter-clockwise positive) that makes text lines flat."""
    scale = _WIDTH / image.width if image.width > _WIDTH else 1.0
    small = image.convert("L").resize(
        (max(1, int(image.width * scale)), max(1, int(image.height * scale))),
        Image.Resampling.BOX,
    )
    ys, xs = np.nonzero(np.asarray(small) < 160)
    if ys.size == 0:
        return 0.0
    # Centred pixel coordinates, as Pillow's rotate turns about the image centre.
    yc = ys.astype(np.float32) + 0.5 - small.height / 2
    xc = xs.astype(np.float32) + 0.5 - small.width / 2
    best, best_score = 0.0, _row_profile_score(yc, xc, small.height, small.width, 0.0)
    steps = int(MAX_SKEW / _STEP)
    for i in range(-steps, steps + 1):
        angle = i * _STEP
        if angle == 0:
            continue
        score = _row_profile_score(yc, xc, small.height, small.width, angle)
        if score > best_score * 1.02:  # a clear gain only: noise must not tilt a straight page
            best, best_score = angle, score
    return best


def deskew(image: Image.Image) -> tuple[Image.Image, float]:
    """(straightened image, angle applied); the image is returned as is below `MIN_SKEW`."""
    angle = skew_angle(image)
    if abs(angle) < MIN_SKEW:
        return image, 0.0
    return straighten(image, angle), angle


def straighten(image: Image.Image, angle: float) -> Image.Image:
    """`image` turned by `angle` degrees counter-clockwise about its centre, white filling the corners."""
    if not angle:
        return image
    mode = image.mode
    work = image.convert("L") if mode == "1" else image.convert("RGB") if mode == "P" else image
    fill: int | tuple[int, ...] = 255 if work.mode == "L" else (255,) * len(work.getbands())
    resample = BILEVEL_RESAMPLE if mode == "1" else GREY_RESAMPLE
    turned = work.rotate(angle, resample=resample, expand=False, fillcolor=fill)
    if mode == "1":
        turned = turned.point(lambda v: 0 if v < 128 else 255).convert(
            "1", dither=Image.Dither.NONE
        )
    turned.info = dict(image.info)
    return turned


def source_point(
    x: float, y: float, size: tuple[int, int], angle: float, turned: int
) -> tuple[float, float]:
    """Where a point of the page as read lies on the page as it came: the turn (`turned`,
    clockwise degrees) and then the deskew (`angle`) undone. `size` is the page as read."""
    w, h = size  # of the turned page; the straightened one is (h, w) when turned sideways
    sw, sh = (h, w) if turned in (90, 270) else (w, h)
    if turned == 90:
        x, y = y, sh - x
    elif turned == 180:
        x, y = sw - x, sh - y
    elif turned == 270:
        x, y = sw - y, x
    t = math.radians(angle)
    cx, cy = sw / 2, sh / 2  # undo a counter-clockwise turn by `angle` about the centre
    return (
        cx + (x - cx) * math.cos(t) - (y - cy) * math.sin(t),
        cy + (x - cx) * math.sin(t) + (y - cy) * math.cos(t),
    )


def source_box(
    box: list[int], size: tuple[int, int], angle: float, turned: int
) -> tuple[int, int, int, int]:
    """Where a box of the page as read lies on the page as it came: the bounding box of its
    corners with the turn (`turned`, clockwise degrees) and then the deskew (`angle`) undone.

    `size` is the page as read (after both). Clipped to the page.
    """
    w, h = size
    sw, sh = (h, w) if turned in (90, 270) else (w, h)
    # box edges (exclusive at x1, y1), not pixel indices
    corners = [(box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])]
    points = [source_point(x, y, size, angle, turned) for x, y in corners]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, y0 = max(0, int(min(xs))), max(0, int(min(ys)))
    x1, y1 = min(sw, int(math.ceil(max(xs)))), min(sh, int(math.ceil(max(ys))))
    return x0, y0, max(x0 + 1, x1), max(y0 + 1, y1)


def parse_osd(output: str) -> tuple[int, float]:
    """(clockwise degrees to turn the page upright, OSD's orientation confidence) from `--psm 0` output."""
    rot = _ROTATE.search(output)
    conf = _CONF.search(output)
    return (int(rot.group(1)) if rot else 0), (float(conf.group(1)) if conf else 0.0)


def turn(image: Image.Image, degrees: int) -> Image.Image:
    """Turn clockwise by 90/180/270 degrees, keeping the resolution info (swapped when sideways)."""
    ops = {
        90: Image.Transpose.ROTATE_270,
        180: Image.Transpose.ROTATE_180,
        270: Image.Transpose.ROTATE_90,
    }
    if degrees not in ops:
        return image
    out = image.transpose(ops[degrees])
    out.info = dict(image.info)
    dpi = image.info.get("dpi")
    if dpi and degrees in (90, 270):
        out.info["dpi"] = (dpi[1], dpi[0])
    return out
