"""Page geometry before OCR: small skew straightened, pages lying sideways or upside down turned.

Deskew is a projection profile on a small binarised copy: the angle (within
±`MAX_SKEW`°) whose rotation gives the sharpest row profile, i.e. text lines
lying flat, wins; only angles above `MIN_SKEW` are applied, since every
rotation softens a bilevel fax a little. Pure Pillow: row means come from a
box-filter resize to one pixel wide.

Orientation (90/180/270°) uses Tesseract's OSD (`--psm 0`), which costs about
as much as reading the page; `ocr_page` therefore runs it only when the first
reading looks like a wrong orientation (low confidence, few words).
"""

from __future__ import annotations

import re

from PIL import Image

MAX_SKEW = 4.0
MIN_SKEW = 0.3
_STEP = 0.25
_WIDTH = 900  # thumbnail width for the profile: enough for text lines, cheap to rotate
_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONF = re.compile(r"Orientation confidence:\s*([0-9.]+)")


def _profile_score(img: Image.Image) -> float:
    rows = img.resize((1, img.height), Image.Resampling.BOX)
    values = rows.tobytes()
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values) / len(values)


def skew_angle(image: Image.Image) -> float:
    """The small rotation (degrees, counter-clockwise positive) that makes text lines flat."""
    scale = _WIDTH / image.width if image.width > _WIDTH else 1.0
    small = image.convert("L").resize(
        (max(1, int(image.width * scale)), max(1, int(image.height * scale))),
        Image.Resampling.BOX,
    )
    ink = small.point(lambda v: 255 if v < 160 else 0)  # text white on black: rotation fill is 0
    best, best_score = 0.0, _profile_score(ink)
    steps = int(MAX_SKEW / _STEP)
    for i in range(-steps, steps + 1):
        angle = i * _STEP
        if angle == 0:
            continue
        score = _profile_score(ink.rotate(angle, resample=Image.Resampling.NEAREST))
        if score > best_score * 1.02:  # a clear gain only: noise must not tilt a straight page
            best, best_score = angle, score
    return best


def deskew(image: Image.Image) -> tuple[Image.Image, float]:
    """(straightened image, angle applied); the image is returned as is below `MIN_SKEW`."""
    angle = skew_angle(image)
    if abs(angle) < MIN_SKEW:
        return image, 0.0
    fill = 255 if image.mode in ("L", "1") else (255, 255, 255)
    mode = image.mode
    work = image.convert("L") if mode == "1" else image
    turned = work.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
    if mode == "1":
        turned = turned.point(lambda v: 0 if v < 128 else 255).convert(
            "1", dither=Image.Dither.NONE
        )
    turned.info = dict(image.info)
    return turned, angle


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
