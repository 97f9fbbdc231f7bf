"""Red team 6: print that is not a hand taken for the handwritten signature.

`parsers.ink._signature` calls handwriting any ink component, anywhere on the page
(issue 12: the whole page is searched), that is 1.5-12 cm wide, 0.6-5 cm tall, thin
(low fill), not mostly long straight runs, and not a word Tesseract read at the
line height. The only print it recognises as print is type the OCR reads and a
large italic of the name typed under it (round 8). Anything else a printer lays
down in thin curves passes for a hand:

- a typographic flourish (a printed wavy rule) under the typed name, where the hand
  belongs;
- a line-art emblem in the letterhead (an outline of spread wings over a shield),
  at the top of the page, far from the signature block;
- a word of the block set in a large italic that is not the signatory's name
  ("Aprobat"), so the round-8 rule (a tall word the lines under it print) does not
  recognise it as print.

Each page carries the inspectorate's own stamp and no hand at all: an unsigned
letter (a print of the draft, a forgery made without a pen) `verified` as signed.

Control: the same letter signed by hand (`ink.letter()`), verified.

Session 13: a mark that is its own mirror image or half-turn, or the mirror image of a mark
beside it, is a printed design (`ink._designed`); a mark lying within a tall word Tesseract
reads with full confidence is print (`ink._within`, `_PRINT_CONF`). Judging a hand by its
shape stays a judgement: a squiggle drawn on a screen and printed is a "hand" to any
image, which is why a paper request is verified only with a call-back.
"""

from __future__ import annotations

import math

from PIL import Image, ImageDraw, ImageFont

from tests.attacks import ink
from tests.attacks import redteam6_kit as kit
from tests.attacks.harness import Attack, Submission
from tests.attacks.ink import OWN_RING, REQUEST
from tests.samples.signatures.scans import FONT_DIR
from tests.samples.signatures.world import World

CLS = "redteam6_printed_flourish"
PRINT = (25, 25, 25)


def _unsigned() -> tuple[Image.Image, ImageDraw.ImageDraw, int]:
    img, d, y = kit.page(REQUEST)
    y += 60
    kit.rank_and_name(d, y)
    kit.stamp(img, y, OWN_RING)
    return img, d, y


def _wave(d: ImageDraw.ImageDraw, x0: int, y0: int, width: int, amp: float, period: float) -> None:
    pts = [(x0 + t, y0 + amp * math.sin(2 * math.pi * t / period)) for t in range(0, width, 2)]
    d.line(pts, fill=PRINT, width=3)


def _flourish(w: World) -> Submission:
    img, d, y = _unsigned()
    # under the typed name: a printed ornament 5 cm wide, 1.2 cm tall (150 dpi)
    _wave(d, 640, y + 140, 300, 35, 100)
    _wave(d, 640, y + 140, 300, 20, 60)
    return kit.post(img)


def _emblem(w: World) -> Submission:
    img, d, y = _unsigned()
    # letterhead line art at the top right: two wings (arcs) over a shield outline
    cx, cy = 1000, 150
    for k in range(5):
        r = 60 + 14 * k
        d.arc((cx - 20 - 2 * r, cy - r, cx - 20, cy + r), 200, 330, fill=PRINT, width=2)
        d.arc((cx + 20, cy - r, cx + 20 + 2 * r, cy + r), 210, 340, fill=PRINT, width=2)
    d.arc((cx - 40, cy - 10, cx + 40, cy + 90), 0, 180, fill=PRINT, width=2)
    d.line([(cx - 40, cy - 10), (cx - 40, cy + 40)], fill=PRINT, width=2)
    d.line([(cx + 40, cy - 10), (cx + 40, cy + 40)], fill=PRINT, width=2)
    return kit.post(img)


def _italic_word(w: World) -> Submission:
    img, d, y = _unsigned()
    italic = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Italic.ttf"), 56)
    d.text((650, y + 105), "Aprobat", font=italic, fill=PRINT)
    return kit.post(img)


def _genuine(w: World) -> Submission:
    return Submission(ink.letter(), channel="post", filename="adresa.png")


ATTACKS = [
    Attack(CLS, "printed_wavy_rule_under_the_name", False, _flourish),
    Attack(CLS, "line_art_emblem_in_the_letterhead", False, _emblem),
    Attack(CLS, "large_italic_word_not_the_name", False, _italic_word),
    Attack(CLS, "signed_by_hand", True, _genuine),
]
