"""Paper classes round 9's README names as attacks, rebuilt from their descriptions.

The round's items stay unread (its blind split is kept for scoring); these are our own
cases, drawn like `tests/attacks/ink.py`:

- an **annulled letter**: a complete, signed and stamped police letter with a red
  "ANULAT" frame across its body ("s-a emis adresa nr. …": the authority cancelled it and
  sent another); the ink is genuine, the request is withdrawn.

- a **pre-signed blank sheet**: a signature and a stamp put on an empty sheet, the letter
  printed over them afterwards (toner over ink, through the body's lines), the signatory
  block at the bottom without ink. It holds today only because the print over the ink
  costs the OCR a required field (the legal basis): no rule tells ink under toner from ink
  over it (on a scan both look black where they cross). Kept so that better OCR turns it
  into a failure to decide on, not into a silent `verified`.

Control: the same letter without the frame, verified.
"""

from __future__ import annotations

from PIL import ImageDraw

from tests.attacks import redteam6_kit as kit
from tests.attacks.harness import Attack, Submission
from tests.attacks.ink import OWN_RING, REQUEST
from tests.samples.signatures.scans import _font
from tests.samples.signatures.world import World

CLS = "readme9_paper"
RED = (200, 30, 30)


def _letter(annulled: bool) -> Submission:
    img, d, y = kit.page(REQUEST)
    y += 60
    kit.rank_and_name(d, y)
    kit.stamp(img, y, OWN_RING)
    kit.hand(d, y)
    if annulled:
        layer = ImageDraw.Draw(img)
        # beside the heading, where it hides no word: the rule must see it, not the OCR stumble
        x0, y0 = 700, 40
        layer.rectangle((x0, y0, x0 + 500, y0 + 150), outline=RED, width=6)
        layer.text((x0 + 40, y0 + 20), "ANULAT", font=_font(64, bold=True), fill=RED)
        layer.text(
            (x0 + 20, y0 + 100), "s-a emis adresa nr. 402.390", font=_font(24, bold=True), fill=RED
        )
    return kit.post(img)


def _annulled(w: World) -> Submission:
    return _letter(True)


def _genuine(w: World) -> Submission:
    return _letter(False)


def _presigned(w: World) -> Submission:
    from PIL import Image

    from tests.attacks import ink

    sheet = Image.new("RGB", (ink.W, ink.H), ink.PAPER_RGB)
    d = ImageDraw.Draw(sheet)
    kit.stamp(sheet, 330, OWN_RING)  # the ink first, in the middle of an empty sheet
    kit.hand(d, 300)
    # then the letter printed over it, its block at the bottom, no ink there
    lines = [*(h.format(num="123.456") for h in ink.HEAD), *REQUEST]
    y = 110
    for line in lines:
        d.text((110, y), line, font=_font(24), fill=(25, 25, 25))
        y += 40
    kit.rank_and_name(d, y + 260)
    return kit.post(sheet)


ATTACKS = [
    Attack(CLS, "pre_signed_blank_sheet", False, _presigned, "the letter printed over ink"),
    Attack(CLS, "annulled_letter", False, _annulled, "a red ANULAT frame across the body"),
    Attack(CLS, "the_same_letter_in_force", True, _genuine),
]
