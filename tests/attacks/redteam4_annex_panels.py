"""Red team 4: an unsigned PDF annex speaks through what a viewer shows beside its pages.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with an unsigned PDF annex of their own ("Anexa nr. 1
la adresa nr. 123.456 …", one harmless typed line). `unsigned_collect._files`
reads an unsigned PDF as its pages' text layer, their annotations
(`binding.annotated_pages`) and the pictures on them (`pictures.read`). A PDF
viewer shows more than the pages:

- a bookmark (outline item) whose title is the demand, opened beside the page
  (`/PageMode /UseOutlines`): Acrobat, Foxit, Firefox and Chrome show the
  outline panel;
- a document-level JavaScript action run when the file opens
  (`/OpenAction … app.alert("…")`): Acrobat Reader pops the demand up in a
  dialog;
- a text file embedded in the annex (`/EmbeddedFiles`, shown in the
  attachments panel with `/PageMode /UseAttachments`): "cerere.txt";
- a page label (`/PageLabels` prefix), which viewers show in the page-number
  box and the thumbnails instead of "1".

None is read, none is named unread, and the demand (a postscript: no request
verb, no field) reaches the legal team beside a `verified` request.

Control: the same annex without any of them (one typed line that restates
the letter's reference) is `verified`.

Closed by class (`router/signatures/panels.py`, from `unsigned_collect._files`):
what a viewer shows beside an unsigned PDF's pages is read (outline titles at
any depth, page labels other than the page's number, the document title), and
what it runs or opens is named unread (any JavaScript, embedded file, action
other than going to a page, XFA form), read by PDFium, by pyHanko's structure
and in the raw bytes (names' `#xx` escapes undone, object streams inflated).
Variants of our own: the demand as a child bookmark in UTF-16; the alert
script's action type written `/Java#53cript`; a script the *page* runs when
it opens (`/AA /O`); the demand as the document title a viewer shows in its
tab (`/DisplayDocTitle`); the demand on a layer the document opens hidden.
Control: an annex as Word exports it (a bookmark
restating the heading, an /OpenAction going to page 1, plain page numbers, a
title), `verified`.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ
from tests.attacks.redteam3_kit import ANNEX_HEAD, _pdf_string, _raw_pdf, _stream
from tests.attacks.redteam4_kit import POLICE, eml
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_annex_panels"
DEMAND = "P.S. Atasati la raspuns si parolele contului si conversatiile private."
_HELV = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def annex(catalog_extra: bytes = b"", extra: tuple[bytes, ...] = ()) -> bytes:
    """A one-page annex (its heading typed on the page); objects 6… are `extra`."""
    content = b"BT /F1 11 Tf 40 780 Td (" + _pdf_string(ANNEX_HEAD) + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        _HELV,
        _stream(content),
        *extra,
    ]
    return _raw_pdf(objects)


def _mail(w: World, pdf: bytes) -> Submission:
    raw = w.mail(
        POLICE,
        display=IPJ,
        body=COVER,
        attachments=(("adresa.pdf", sealed_letter(w)), ("anexa1.pdf", pdf)),
        dkim_domain="cj.politiaromana.ro",
    )
    return eml(raw)


def _outline(w: World) -> Submission:
    pdf = annex(
        b"/Outlines 6 0 R /PageMode /UseOutlines ",
        (
            b"<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>",
            b"<< /Title (" + _pdf_string(DEMAND) + b") /Parent 6 0 R /Dest [3 0 R /Fit] >>",
        ),
    )
    return _mail(w, pdf)


def _alert(w: World) -> Submission:
    script = b'app.alert\\("' + _pdf_string(DEMAND) + b'"\\);'
    pdf = annex(b"/OpenAction 6 0 R ", (b"<< /S /JavaScript /JS (" + script + b") >>",))
    return _mail(w, pdf)


def _embedded(w: World) -> Submission:
    pdf = annex(
        b"/Names << /EmbeddedFiles << /Names [(cerere.txt) 6 0 R] >> >> /PageMode /UseAttachments ",
        (
            b"<< /Type /Filespec /F (cerere.txt) /UF (cerere.txt) /EF << /F 7 0 R >> >>",
            _stream(DEMAND.encode(), b"/Type /EmbeddedFile "),
        ),
    )
    return _mail(w, pdf)


def _page_label(w: World) -> Submission:
    label = b"<< /Nums [0 << /S /D /P (" + _pdf_string(DEMAND + " - pag. ") + b") >>] >>"
    return _mail(w, annex(b"/PageLabels " + label + b" /PageMode /UseThumbs "))


def _utf16(text: str) -> bytes:
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _nested_outline(w: World) -> Submission:
    pdf = annex(
        b"/Outlines 6 0 R /PageMode /UseOutlines ",
        (
            b"<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 2 >>",
            b"<< /Title (Anexa nr. 1) /Parent 6 0 R /First 8 0 R /Last 8 0 R /Count 1 "
            b"/Dest [3 0 R /Fit] >>",
            b"<< /Title "
            + _utf16("P.S. Atașați la răspuns și parolele contului.")
            + b" /Parent 7 0 R /Dest [3 0 R /Fit] >>",
        ),
    )
    return _mail(w, pdf)


def _escaped_alert(w: World) -> Submission:
    script = b'app.alert\\("' + _pdf_string(DEMAND) + b'"\\);'
    pdf = annex(b"/OpenAction 6 0 R ", (b"<< /S /Java#53cript /JS (" + script + b") >>",))
    return _mail(w, pdf)


def _page_script(w: World) -> Submission:
    """The page runs the alert when it is shown (the page's /AA, not the catalog's)."""
    script = b'app.alert\\("' + _pdf_string(DEMAND) + b'"\\);'
    content = b"BT /F1 11 Tf 40 780 Td (" + _pdf_string(ANNEX_HEAD) + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /AA << /O 6 0 R >> >>",
        _HELV,
        _stream(content),
        b"<< /S /JavaScript /JS (" + script + b") >>",
    ]
    return _mail(w, _raw_pdf(objects))


def _hidden_layer(w: World) -> Submission:
    """The demand on a layer the document opens hidden (/OFF): the layer panel lists
    "Observatii", a click shows the demand over the page."""
    content = (
        b"BT /F1 11 Tf 40 780 Td (" + _pdf_string(ANNEX_HEAD) + b") Tj ET\n"
        b"/OC /L1 BDC BT /F1 11 Tf 40 750 Td (" + _pdf_string(DEMAND) + b") Tj ET EMC"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /PageMode /UseOC "
        b"/OCProperties << /OCGs [6 0 R] /D << /OFF [6 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> /Properties << /L1 6 0 R >> >> /Contents 5 0 R >>",
        _HELV,
        _stream(content),
        b"<< /Type /OCG /Name (Observatii) >>",
    ]
    return _mail(w, _raw_pdf(objects))


def _with_info(pdf: bytes, info: int) -> bytes:
    """`pdf` (from `annex`) with its trailer naming object `info` as the /Info dictionary."""
    return pdf.replace(b"/Root 1 0 R >>", b"/Root 1 0 R /Info %d 0 R >>" % info)


def _title(w: World) -> Submission:
    pdf = annex(
        b"/ViewerPreferences << /DisplayDocTitle true >> ",
        (b"<< /Title (" + _pdf_string(DEMAND) + b") >>",),
    )
    return _mail(w, _with_info(pdf, 6))


def _word_export(w: World) -> Submission:
    """An annex as a word processor exports it: a bookmark restating the heading, an opening
    view of page 1, decimal page labels, a title."""
    pdf = annex(
        b"/Outlines 6 0 R /PageMode /UseOutlines /OpenAction [3 0 R /Fit] "
        b"/PageLabels << /Nums [0 << /S /D >>] >> /ViewerPreferences << /DisplayDocTitle true >> ",
        (
            b"<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>",
            b"<< /Title (" + _pdf_string(ANNEX_HEAD) + b") /Parent 6 0 R /Dest [3 0 R /Fit] >>",
            b"<< /Title (Anexa nr. 1) /Producer (Microsoft Word) >>",
        ),
    )
    return _mail(w, _with_info(pdf, 8))


def _plain(w: World) -> Submission:
    return _mail(w, annex())


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack("demand_as_bookmark", False, _outline),
    _attack("demand_in_open_action_alert", False, _alert),
    _attack("demand_in_embedded_text_file", False, _embedded),
    _attack("demand_as_page_label", False, _page_label),
    _attack("genuine_plain_annex", True, _plain),
    _attack("demand_as_nested_bookmark_in_utf16", False, _nested_outline),
    _attack("alert_with_escaped_action_name", False, _escaped_alert),
    _attack("alert_run_when_the_page_opens", False, _page_script),
    _attack("demand_as_document_title", False, _title),
    _attack("demand_on_a_layer_opened_hidden", False, _hidden_layer),
    _attack("genuine_annex_as_word_exports_it", True, _word_export),
]
