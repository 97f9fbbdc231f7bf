"""Red team 6: shared helpers (paper letters drawn like `tests/attacks/ink.py`)."""

from __future__ import annotations

from PIL import Image, ImageDraw

from tests.attacks import ink
from tests.attacks.harness import Submission
from tests.samples.signatures.scans import _font, round_stamp, signature

STAMP_INK = (40, 60, 185)
PEN_INK = (30, 50, 170)


def page(lines: list[str], num: str = "123.456") -> tuple[Image.Image, ImageDraw.ImageDraw, int]:
    """The police request of `ink.py` (heading, request) on one A4 page at 150 dpi."""
    return ink._page([*(h.format(num=num) for h in ink.HEAD), *lines])


def rank_and_name(d: ImageDraw.ImageDraw, y: int) -> None:
    """The typed signature block: rank, grade, name (as `ink._block` writes it)."""
    d.text((640, y), "Șef serviciu,", font=_font(24, bold=True), fill=(25, 25, 25))
    d.text((640, y + 36), "Comisar-șef de poliție", font=_font(24), fill=(25, 25, 25))
    d.text((640, y + 72), "Popescu Ion", font=_font(24), fill=(25, 25, 25))


def stamp(img: Image.Image, y: int, ring: str, r: int = 110) -> None:
    """A round stamp left of the block reading `ring`."""
    round_stamp(img, 470, y + 90, r, STAMP_INK, 1, ring)


def hand(d: ImageDraw.ImageDraw, y: int) -> None:
    """A drawn signature over the block (the generator of `tests/samples`)."""
    signature(d, 650, y + 100, 250, 75, seed=5, ink=PEN_INK)


def post(img: Image.Image, name: str = "adresa.png") -> Submission:
    return Submission(ink._png(img), channel="post", filename=name)


def fax(pages: list[Image.Image]) -> Submission:
    return Submission(ink._fax(pages), channel="fax", filename="fax.tif")
