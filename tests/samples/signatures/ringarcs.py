"""Stamps whose ring text is split between an upper and a lower arc, drawn small and worn.

Written for the ring reader (`parsers/stampring.py`), independently of any blind
round's kit: the classes of rendering that the round-5 paper showed the reader
failing on, each drawn from scratch here with Pillow:

- the upper arc written clockwise (letter tops outward) from the lower left
  through the top, the lower arc written so that it reads upright on the page
  (counter-clockwise, letter tops inward), the two with separating dots;
- letters 14-20 px tall (a 4 cm stamp scanned or faxed at 200 dpi);
- an inner ring, and the unit's name in the middle on two or three lines, the
  whole stamp pressed turned by a few degrees;
- wear: a light ink Floyd-Steinberg dithered to dots (a violet stamp faxed),
  white streaks across the rows (a fax's lost scan lines), or clean.

`draw(...)` returns the page region as a boolean ink mask (True = ink) with the
stamp's centre and radii, ready for `stampring.read_ring`.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

_FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
]


def font_path(k: int = 0) -> str:
    """An installed font (the k-th of the list that exists)."""
    found = [p for p in _FONTS if Path(p).exists()]
    if not found:
        raise FileNotFoundError("no DejaVu or Liberation font installed")
    return found[k % len(found)]


def _glyph(
    img: Image.Image, ch: str, font: ImageFont.FreeTypeFont, x: float, y: float, deg: float
) -> None:
    """One letter centred at (x, y), turned `deg` degrees counter-clockwise, in ink (255)."""
    box = font.getbbox(ch)
    side = int(max(box[2], box[3]) * 1.8) + 4
    glyph = Image.new("L", (side, side), 0)
    ImageDraw.Draw(glyph).text((side / 2, side / 2), ch, font=font, fill=255, anchor="mm")
    glyph = glyph.rotate(deg, resample=Image.Resampling.BICUBIC)
    img.paste(255, (int(x - side / 2), int(y - side / 2)), glyph)


def _arc(
    img: Image.Image,
    cx: float,
    cy: float,
    r: float,
    text: str,
    font: ImageFont.FreeTypeFont,
    centre_deg: float,
    upper: bool,
    turn: float,
) -> None:
    """`text` centred on the angle `centre_deg` (page degrees, 0 = right, 90 = down) along a
    circle of radius r: clockwise with tops outward (`upper`), else counter-clockwise with
    tops inward (upright at the bottom of the stamp)."""
    advance = [font.getlength(ch) * 1.08 for ch in text]
    total = sum(advance) / r  # radians
    start = math.radians(centre_deg + turn) + (-total / 2 if upper else total / 2)
    pos = 0.0
    for ch, adv in zip(text, advance, strict=True):
        t = start + (pos + adv / 2) / r * (1 if upper else -1)
        pos += adv
        x, y = cx + r * math.cos(t), cy + r * math.sin(t)
        # Tops outward: the letter's up is the radius outward; inward: toward the centre.
        deg = -math.degrees(t) - 90 if upper else -math.degrees(t) + 90
        _glyph(img, ch, font, x, y, deg)


def draw(
    upper: str,
    lower: str,
    middle: list[str],
    *,
    radius: int = 140,
    letter_px: int = 17,
    lower_px: int | None = None,
    turn: float = 8.0,
    wear: str = "clean",
    seed: int = 1,
) -> tuple[npt.NDArray[np.bool_], tuple[float, float], tuple[float, float]]:
    """A worn round stamp: (ink mask, centre, radii). `lower_px`: the lower arc's letters
    smaller than the upper's (a unit's name under the body's), on the same circle."""
    mask, centre, radii, _ = draw_shaded(
        upper,
        lower,
        middle,
        radius=radius,
        letter_px=letter_px,
        lower_px=lower_px,
        turn=turn,
        wear=wear,
        seed=seed,
    )
    return mask, centre, radii


def draw_shaded(
    upper: str,
    lower: str,
    middle: list[str],
    *,
    radius: int = 140,
    letter_px: int = 17,
    lower_px: int | None = None,
    turn: float = 8.0,
    wear: str = "clean",
    seed: int = 1,
) -> tuple[
    npt.NDArray[np.bool_], tuple[float, float], tuple[float, float], npt.NDArray[np.float32]
]:
    """`draw`, and the stamp's ink in its shades (0 paper to 1 ink, anti-aliased as the
    font draws it). Wear "light": a light ink pressed thick, as a one-bit ink mask takes
    it (a scanner's blur, and everything a little darker than the paper: each stroke's
    soft edge too)."""
    rnd = random.Random(seed)
    size = 2 * radius + 60
    cx = cy = size / 2
    ink = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(ink)
    d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=255, width=4)
    inner = 0.6 * radius
    d.ellipse((cx - inner, cy - inner, cx + inner, cy + inner), outline=255, width=2)
    # A font size whose capitals stand `letter_px` tall.
    font = ImageFont.truetype(font_path(seed), letter_px)
    cap = font.getbbox("H")[3] - font.getbbox("H")[1]
    font = ImageFont.truetype(font_path(seed), max(8, round(letter_px * letter_px / max(1, cap))))
    text_r = radius - 6 - letter_px * 0.75
    _arc(ink, cx, cy, text_r, upper, font, -90, True, turn)
    if lower and lower_px:
        # The smaller line stands on the band's inner side, as a die engraves it.
        low = ImageFont.truetype(font_path(seed), lower_px)
        low_cap = low.getbbox("H")[3] - low.getbbox("H")[1]
        low = ImageFont.truetype(
            font_path(seed), max(6, round(lower_px * lower_px / max(1, low_cap)))
        )
        _arc(ink, cx, cy, text_r - (letter_px - lower_px) / 2, lower, low, 90, False, turn)
    elif lower:
        _arc(ink, cx, cy, text_r, lower, font, 90, False, turn)
    small = ImageFont.truetype(font_path(seed), max(8, round(letter_px * 0.95)))
    block = Image.new("L", (size, size), 0)
    bd = ImageDraw.Draw(block)
    step = letter_px * 1.5
    for i, line in enumerate(middle):
        y = cy + (i - (len(middle) - 1) / 2) * step
        bd.text((cx, y), line, font=small, fill=255, anchor="mm")
    ink.paste(255, (0, 0), block.rotate(-turn, center=(cx, cy)))
    paper = np.asarray(ink, dtype=np.float64) / 255.0
    shades = paper.astype(np.float32)
    if wear == "light":
        # A scanner's blur, then the mask's low threshold.
        soft = Image.fromarray((paper * 255).astype(np.uint8), "L").filter(
            ImageFilter.GaussianBlur(1.2)
        )
        blurred = np.asarray(soft, dtype=np.float32) / 255.0
        return blurred > 0.08, (cx, cy), (float(radius), float(radius)), blurred
    if wear == "dithered":
        # A light ink (a violet stamp on a bilevel fax): 45 % grey, dithered to dots.
        grey = Image.fromarray((255 - paper * 115).astype(np.uint8), "L")
        mask = np.asarray(grey.convert("1", dither=Image.Dither.FLOYDSTEINBERG)) == 0
    else:
        mask = paper > 0.5
        if wear == "streaks":
            # Lost scan lines: a white row every few rows, here and there two.
            for y in range(0, size, rnd.randint(5, 8)):
                mask[y : y + rnd.choice((1, 1, 2))] = False
    return mask, (cx, cy), (float(radius), float(radius)), shades
