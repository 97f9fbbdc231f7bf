"""Red team 3: an unsigned PDF annex shows more than its text layer says.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with an unsigned PDF annex of their own ("Anexa nr. 1
la adresa nr. 123.456"). The rule reads an unsigned PDF by its text layer
(`unsigned._pdf_pages`: pypdfium2's `get_text_range` of each page's content)
and OCRs nothing when a page has 20 or more characters of text. A PDF viewer
shows more than that text layer:

- a FreeText annotation (a typewriter note, what Acrobat's "Add text
  comment" makes) drawn over the page by its appearance stream;
- an AcroForm text field whose value is drawn by its widget;
- page text in a font whose ToUnicode map lies: the glyphs drawn say
  "parolele … conversațiile", the text layer reads "barolele …
  konversatiile";
- a picture of the demand placed on the page under the heading: the page
  has a text layer, so neither the rule nor the parse step OCRs it.

Each annex carries one real line (its heading) so the page counts as text and
is never OCR'd. The parse step reads the same text layer, so no field comes of
the demand: `verified`.

Controls: a genuine unsigned annex with the same heading and no annotation,
and one whose picture shows a harmless caption: `verified`. Pictures on a
typed page are now OCR'd for the rule (`router/signatures/pictures.py`).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from email.mime.application import MIMEApplication
from email.mime.text import MIMEText

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER
from tests.attacks.redteam3_kit import ANNEX_HEAD, DEMAND_ASCII, annex_pdf, police_mail, policy
from tests.samples.signatures.world import World, letter_pdf

CLS = "redteam3_pdf_annex_layers"


def _picture_on_a_text_page(says: str = DEMAND_ASCII) -> bytes:
    """The heading as text, and under it the demand as a picture (a scanned note pasted in)."""
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 28)
    picture = Image.new("L", (1400, 60), 255)
    ImageDraw.Draw(picture).text((10, 12), says, font=font, fill=0)
    png = io.BytesIO()
    picture.save(png, "PNG")
    png.seek(0)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 8, ANNEX_HEAD)
    pdf.image(png, x=10, y=40, w=190)
    return bytes(pdf.output())


def _annex(make: Callable[[], bytes]) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        part = MIMEApplication(make(), "pdf")
        part.add_header("Content-Disposition", "attachment", filename="anexa1.pdf")
        return police_mail(w, MIMEText(COVER, "plain", "utf-8"), part)

    return build


ATTACKS = [
    Attack(
        CLS,
        "demand_in_a_freetext_annotation",
        False,
        _annex(lambda: annex_pdf("freetext", DEMAND_ASCII)),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "demand_in_a_form_field_value",
        False,
        _annex(lambda: annex_pdf("field", DEMAND_ASCII)),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "demand_drawn_in_a_font_whose_tounicode_lies",
        False,
        _annex(lambda: annex_pdf("tounicode", DEMAND_ASCII)),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "demand_as_a_picture_on_a_page_with_text",
        False,
        _annex(_picture_on_a_text_page),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "genuine_annex_with_a_heading_only",
        True,
        _annex(lambda: letter_pdf(ANNEX_HEAD)),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "genuine_annex_with_a_harmless_picture",
        True,
        _annex(lambda: _picture_on_a_text_page("Captura de ecran realizata la 12.11.2026")),
        policy_toml=policy,
    ),
]
