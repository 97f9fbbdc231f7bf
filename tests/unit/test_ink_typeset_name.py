"""Round 8's typeset "signature" (issue 12): the signatory's surname set in a large italic
font where the hand belongs is print, not ink. Tesseract reads it as the word the page also
types in the name line below it; a "word" taller than the lines of type is otherwise left
as ink (a signature Tesseract takes for "WWW"), so the tall print was taken for a hand.

The page is drawn here (DejaVu fonts, 200 dpi); the words are given as Tesseract returns
them (text, confidence, box), the typed line's reading with one letter wrong, as OCR reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from parsers.ink import examine_mask, ink_mask

FONTS = Path("/usr/share/fonts/truetype/dejavu")


def _page(name: str) -> tuple[Image.Image, list[tuple[str, float, tuple[int, int, int, int]]]]:
    if not (FONTS / "DejaVuSerif-Italic.ttf").exists():
        pytest.skip("DejaVu fonts missing (make setup installs fonts-dejavu-core)")
    body = ImageFont.truetype(str(FONTS / "DejaVuSansMono.ttf"), 22)
    big = ImageFont.truetype(str(FONTS / "DejaVuSerif-Italic.ttf"), 64)
    img = Image.new("L", (1654, 1200), 255)
    d = ImageDraw.Draw(img)
    words: list[tuple[str, float, tuple[int, int, int, int]]] = []

    def text(x: int, y: int, s: str, font: ImageFont.FreeTypeFont, conf: float, read: str) -> None:
        d.text((x, y), s, font=font, fill=0)
        box = d.textbbox((x, y), s, font=font)
        words.append((read, conf, (box[0], box[1], box[2], box[3])))

    for row in range(12):  # lines of type, each word read
        y = 80 + row * 40
        for col, w in enumerate(("datele", "de", "identificare", "ale", "contului", "solicitate")):
            text(120 + col * 200, y, w, body, 92.0, w)
    text(900, 700, name, big, 61.0, name)  # the typeset "signature", read as a word
    text(950, 780, "Prim-procuror,", body, 90.0, "Prim-procuror,")
    text(930, 820, "Iordache", body, 88.0, "Tordache")  # OCR's I read as T
    text(1060, 820, "Valentina", body, 96.0, "Valentina")
    return img, words


def test_the_surname_set_in_large_italics_is_no_signature() -> None:
    img, words = _page("Iordache")
    marks = examine_mask(ink_mask(img), "L", words, 200.0)
    assert marks["signature"] is None


def test_a_tall_word_the_page_does_not_type_is_still_ink() -> None:
    """The control: the same tall mark, read as a word the page types nowhere (as a hand
    Tesseract reads as letters of no word), stays a candidate for a signature."""
    img, words = _page("Hjldkbfy")
    marks = examine_mask(ink_mask(img), "L", words, 200.0)
    assert marks["signature"] is not None
