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
  konversatiile".

Each annex carries one real line (its heading) so the page counts as text and
is never OCR'd. The parse step reads the same text layer, so no field comes of
the demand: `verified`.

Control: a genuine unsigned annex with the same heading and no annotation:
`verified`.
"""

from __future__ import annotations

from collections.abc import Callable
from email.mime.application import MIMEApplication
from email.mime.text import MIMEText

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER
from tests.attacks.redteam3_kit import ANNEX_HEAD, DEMAND_ASCII, annex_pdf, police_mail, policy
from tests.samples.signatures.world import World, letter_pdf

CLS = "redteam3_pdf_annex_layers"
WHERE = (
    "unsigned._pdf_pages reads get_text_range (page content, as its ToUnicode maps it) and "
    "OCRs no page with >= 20 characters of text"
)


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
        known_gap="annotations are never read; " + WHERE,
    ),
    Attack(
        CLS,
        "demand_in_a_form_field_value",
        False,
        _annex(lambda: annex_pdf("field", DEMAND_ASCII)),
        policy_toml=policy,
        known_gap="AcroForm field values/widgets are never read; " + WHERE,
    ),
    Attack(
        CLS,
        "demand_drawn_in_a_font_whose_tounicode_lies",
        False,
        _annex(lambda: annex_pdf("tounicode", DEMAND_ASCII)),
        policy_toml=policy,
        known_gap="the text layer is trusted over the glyphs drawn; " + WHERE,
    ),
    Attack(
        CLS,
        "genuine_annex_with_a_heading_only",
        True,
        _annex(lambda: letter_pdf(ANNEX_HEAD)),
        policy_toml=policy,
    ),
]
