"""Red team 4: a document timestamp that draws over the signed page (a key written twice).

Threat model: the forger holds one old genuine letter signed by the bound IPJ
Cluj seal (a copy served on a suspect, a forwarded mail) and wants it to say
something else to the person who reads it: another user, an extra demand.

`pdfsig` lets a revision follow a signature when it is a document timestamp
that verifies (its TSA need not chain to a pinned root: any TSA key will do)
and pyHanko's difference analysis classifies it at most LTA_UPDATES, "nothing
a reader sees". pyHanko decides "nothing a reader sees" for a new signature
field from its `/Rect` (`diff_analysis.rules.form_field_rules.is_field_visible`:
zero area = invisible). The field dictionary here is written with two `/Rect`
keys: pyHanko's reader, non-strict as `pdfsig.validate_pdf` opens the file,
keeps the first (`[0 0 0 0]`), PDFium (Chromium's viewer, pypdfium2) keeps the
last. The field is also an annotation whose `/Subtype` is FreeText, Square or
Text: PDFium draws a FreeText's `/Contents` with the form's `/DR` font, a white
Square over the letter, a note icon. pyHanko never looks at the subtype of a
new signature field's annotation and lets the form's new `/DR` pass.

Nothing else reads the signed file past its signed revision:
`binding.check_binding` reads the text of the revision the seal covers,
`unsigned_collect._files` skips a bound file whole, and the parse step reads
the text layer (no annotation), so no field changes and the request is
`verified` with another username on the page, an added demand, or a page
whited out.

No timestamp is even needed: an *empty* signature field (no /V) is a new
field pyHanko's SigFieldCreationRule clears at LTA_UPDATES when invisible, and
`pdfsig._later_entries` allows an "unsigned update" at LTA_UPDATES: the same
FreeText demand in an unsigned incremental update is `verified`.

Held (regression): the same annotation written with one `/Rect` (FORM_FILLING,
refused). Control: the letter followed by an ordinary invisible document
timestamp (PAdES-B-LTA's), `verified`.
"""

from __future__ import annotations

import io

from pyhanko.sign import signers

from tests.attacks.harness import Attack, Submission
from tests.attacks.redteam4_kit import (
    WHITE_BOX,
    free_text,
    helvetica_resources,
    own_tsa,
    police_mail,
    timestamped_annotation,
)
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_timestamp_shadow"
DEMAND = "P.S. Atasati la raspuns si parolele contului si conversatiile private."
# Where the sealed letter (tests.attacks.letters.letter) prints "ion_vanzator88." alone on
# a line, and the empty band under the signatory's line.
USER_LINE = [30.0, 633.0, 260.0, 653.0]
BELOW = [30.0, 560.0, 565.0, 585.0]
GAP = (
    "pdfsig.validate_pdf opens the file with PdfFileReader(strict=False), which keeps the "
    "first of two /Rect keys (pyHanko's is_field_visible: [0 0 0 0], invisible, LTA_UPDATES) "
    "while PDFium draws the last; _later_revisions allows a document timestamp by any TSA at "
    "LTA_UPDATES, and neither binding.check_binding nor unsigned_collect._files reads what a "
    "later revision draws on a bound PDF"
)


def _replaced_user(w: World) -> bytes:
    pdf = timestamped_annotation(
        w,
        "/FreeText",
        USER_LINE,
        free_text("maria_cumparatoare77."),
        form_extra=helvetica_resources(),
    )
    return pdf


def _freetext_demand_mail(w: World) -> Submission:
    pdf = timestamped_annotation(
        w, "/FreeText", BELOW, free_text(DEMAND), form_extra=helvetica_resources()
    )
    return police_mail(w, pdf)


def _replaced_user_mail(w: World) -> Submission:
    """Another username drawn over the letter's, and the demand below (two timestamps)."""
    pdf = timestamped_annotation(
        w,
        "/FreeText",
        BELOW,
        free_text(DEMAND),
        signed=_replaced_user(w),
        field="Stampila2",
    )
    return police_mail(w, pdf)


def _replaced_user_post(w: World) -> Submission:
    """The same PDF printed by nobody: dropped as the post room's file."""
    return Submission(_replaced_user(w), channel="post", filename="adresa.pdf")


def _white_page_mail(w: World) -> Submission:
    """A white Square over the whole letter (the 'hide' of the shadow family)."""
    pdf = timestamped_annotation(w, "/Square", [0.0, 0.0, 596.0, 842.0], WHITE_BOX)
    return police_mail(w, pdf)


def _note_demand_mail(w: World) -> Submission:
    """A note (sticky) icon whose text is the demand, opened by a click."""
    pdf = timestamped_annotation(
        w, "/Text", [540.0, 800.0, 560.0, 820.0], {"/Contents": free_text(DEMAND)["/Contents"]}
    )
    return police_mail(w, pdf)


def _empty_field_mail(w: World) -> Submission:
    pdf = timestamped_annotation(
        w, "/FreeText", BELOW, free_text(DEMAND), form_extra=helvetica_resources(), timestamp=False
    )
    return police_mail(w, pdf)


def _one_rect_mail(w: World) -> Submission:
    pdf = timestamped_annotation(
        w,
        "/FreeText",
        BELOW,
        free_text(DEMAND),
        form_extra=helvetica_resources(),
        two_rects=False,
    )
    return police_mail(w, pdf)


def _invisible_timestamp_mail(w: World) -> Submission:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(sealed_letter(w)))
    stamper = signers.PdfTimeStamper(own_tsa(w), field_name="MarcaTemporala")
    return police_mail(w, bytes(stamper.timestamp_pdf(writer, "sha256").getvalue()))


def _attack(name: str, genuine: bool, build, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, build, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack("freetext_demand_in_timestamp_field_two_rects", False, _freetext_demand_mail, GAP),
    _attack("username_redrawn_and_demand_added_two_timestamps", False, _replaced_user_mail, GAP),
    _attack("username_redrawn_on_paper", False, _replaced_user_post, GAP),
    _attack("white_square_hides_signed_page", False, _white_page_mail, GAP),
    _attack("note_icon_with_demand", False, _note_demand_mail, GAP),
    _attack(
        "freetext_demand_in_empty_signature_field_no_timestamp",
        False,
        _empty_field_mail,
        GAP.replace("a document timestamp by any TSA", "an unsigned update (an empty field)"),
    ),
    _attack("freetext_demand_one_rect_is_visible", False, _one_rect_mail),
    _attack("genuine_invisible_document_timestamp", True, _invisible_timestamp_mail),
]
