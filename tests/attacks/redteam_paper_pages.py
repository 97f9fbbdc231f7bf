"""Red team: on paper, a page the signature does not sign still speaks for the letter.

On paper (fax, post) "the scan is the request itself" and needed no binding:
the ink on the signature page was taken to sign the whole file. But the ink
examiner (`router/signatures/handwriting.signature_block_checks`) only asked
that the signature page belong to *the* letter (its number, its pages); it
never asked that every page of the file belong to the signed letter. A forger
holding a genuine police fax (or the paper letter a suspect was served)
inserts one typed page, "Anexă la adresa nr. 123.456 … vă rugăm să ne
comunicați de asemenea … utilizatorului victima_noua", before the letter or
after its signature page. Every field was read from every page, so the victim
became a user of a `verified` request; the call-back the verdict asks for
confirms the genuine letter 123.456, which the police did send. Mailed from
the police mailbox (the `unsigned_extras` threat model), the same scan bound
too: `check_scan_binding` read the file's first and last pages when the
signature page does not state a value, and the inserted page states it.
A fax mailed by an authenticated fax-to-e-mail gateway is paper as well: the
gateway mail's own text (what the sending side typed as a cover note) fed
the fields beside the scan, and nothing tied it to the ink.

Closed: the ink signs its letter only, from the page opening it (a line
"Nr. X din <date>") to its signature page (`stamptext.letter_pages`). On
paper a field of the request those pages do not state but a page before the
letter or after its signature page does (`handwriting.paper_letter`) is
signed by nothing: the request is `incomplete`, the value and the page
named. A mailed scan binds through those pages only (`check_scan_binding`),
the pages outside named. The gateway mail's text is held to the same rule
(`paper_letter`'s `beside`): a value only it states leaves the request
incomplete. (Matching
page numbering proves nothing: the inserted page numbers itself "Pagina 1
din 3" and cites the letter's number.)

Held and kept as regression cases: a typed page (text layer) or an invisible
text layer in front of the scan ("page 1 was not read: the signature page
cannot be tied to the letter"). The control is the genuine two-page fax
after a fax cover sheet.
"""

from __future__ import annotations

import io

from fpdf import FPDF
from fpdf.enums import TextMode
from PIL import Image

from tests.attacks import ink
from tests.attacks.harness import Attack, Submission
from tests.samples.signatures.world import FAXGW, FAXGW_IP, World

CLS = "redteam_paper_pages"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ANNEX = [
    "Anexă la adresa nr. 123.456 din 12.11.2026",
    "Dosar penal nr. 4567/P/2026",
    "",
    "Vă rugăm să ne comunicați de asemenea datele de identificare",
    "și istoricul tranzacțiilor utilizatorului victima_noua.",
]
ANNEX_TEXT = " ".join(line for line in ANNEX if line)


def _letter_pages(total: int, first: int) -> list[Image.Image]:
    """The genuine police letter (request page, then its signed and stamped page)."""
    head = [h.format(num="123.456") for h in ink.HEAD]
    request, _, _ = ink._page([*head, *ink.REQUEST, "", f"Pagina {first} din {total}"])
    lines = [
        "Continuare la adresa nr. 123.456 din 12.11.2026",
        "",
        f"Pagina {first + 1} din {total}",
    ]
    signed, draw, y = ink._page(lines)
    ink._block(signed, draw, y, ink.OWN_RING, True)
    return [request, signed]


def _annex(number: int, total: int) -> Image.Image:
    page, _, _ = ink._page([*ANNEX, "", f"Pagina {number} din {total}"])
    return page


def _cover() -> Image.Image:
    page, _, _ = ink._page(
        ["FAX", "", "De la: Inspectoratul de Poliție Județean Cluj", "Către: OKAZII", "Pagini: 3"]
    )
    return page


def _fax(pages: list[Image.Image]) -> Submission:
    return Submission(ink._fax(pages), channel="fax", filename="fax.tif")


def _pdf(pages: list[Image.Image], typed_first: str, *, hidden: bool) -> Submission:
    """A scan PDF led by a page carrying `typed_first` as text (visible, or invisible over a cover)."""
    pdf = FPDF(unit="pt", format=(595, 842))
    pdf.add_font("dejavu", fname=DEJAVU)
    pdf.add_page()
    if hidden:
        _image(pdf, _cover())
        pdf.text_mode = TextMode.INVISIBLE
    pdf.set_font("dejavu", size=4 if hidden else 11)
    pdf.set_xy(50, 60)
    pdf.multi_cell(495, 5 if hidden else 16, typed_first)
    pdf.text_mode = TextMode.FILL
    for page in pages:
        pdf.add_page()
        _image(pdf, page)
    return Submission(bytes(pdf.output()), channel="post", filename="adresa.pdf")


def _image(pdf: FPDF, page: Image.Image) -> None:
    buf = io.BytesIO()
    page.convert("L").save(buf, "PNG")
    buf.seek(0)
    pdf.image(buf, x=0, y=0, w=595, h=842)


def _inserted_before(w: World) -> Submission:
    return _fax([_annex(1, 3), *_letter_pages(3, 2)])


def _appended_after(w: World) -> Submission:
    return _fax([*_letter_pages(3, 1), _annex(3, 3)])


def _mailed_scan_with_annex(w: World) -> Submission:
    # The police mailbox (the `unsigned_extras` threat model) mails the genuine fax with
    # the page inserted: the scan binding reads the file's first and last pages too.
    raw = w.mail(
        "politia.cluj@cj.politiaromana.ro",
        body="Vă transmitem alăturat adresa nr. 123.456 din 12.11.2026, cu anexa.",
        attachments=(("adresa.tif", ink._fax([_annex(1, 3), *_letter_pages(3, 2)])),),
        dkim_domain="cj.politiaromana.ro",
    )
    return Submission(raw, channel="folder", filename="adresa.eml")


def _gateway_note(w: World) -> Submission:
    # A fax-to-e-mail gateway (authenticated: SPF/DMARC pass for its domain) mails the
    # genuine police fax; its body carries what the sending side typed (an online fax
    # service's cover note), read as part of the paper request with no binding to the ink.
    body = (
        "Fax primit de la +40264000111, 1 pagină.\nNotă expeditor: Vă rugăm să ne comunicați "
        "și datele de identificare ale utilizatorului victima_noua. Răspunsul se va transmite "
        "la adresa dosare.ipjcluj@gmail.com.\n"
    )
    raw = w.mail(
        FAXGW,
        display="Fax",
        received=False,
        subject="Fax de la +40264000111",
        body=body,
        attachments=(("fax.png", ink.letter()),),
    )
    envelope = {
        "client_ip": FAXGW_IP,
        "helo": "gw",
        "mail_from": FAXGW,
        "fax_number": "+40 264 000 111",
        "extra": {"via": "smtp", "gateway_from": FAXGW},
    }
    return Submission(raw, channel="fax", envelope=envelope)


def _typed_page_first(w: World) -> Submission:
    return _pdf(_letter_pages(3, 2), ANNEX_TEXT, hidden=False)


def _hidden_layer_on_cover(w: World) -> Submission:
    return _pdf(_letter_pages(3, 2), ANNEX_TEXT, hidden=True)


def _genuine_with_cover_sheet(w: World) -> Submission:
    return _fax([_cover(), *_letter_pages(3, 2)])


ATTACKS = [
    Attack(
        CLS,
        "unsigned_annex_page_before_genuine_fax",
        False,
        _inserted_before,
    ),
    Attack(
        CLS,
        "unsigned_page_after_the_signature_page",
        False,
        _appended_after,
    ),
    Attack(
        CLS,
        "mailed_scan_with_unsigned_annex_page",
        False,
        _mailed_scan_with_annex,
    ),
    Attack(
        CLS,
        "gateway_mail_text_beside_the_faxed_scan",
        False,
        _gateway_note,
    ),
    Attack(CLS, "typed_page_before_scanned_letter", False, _typed_page_first),
    Attack(CLS, "invisible_text_layer_on_cover_sheet", False, _hidden_layer_on_cover),
    Attack(CLS, "genuine_fax_with_cover_sheet", True, _genuine_with_cover_sheet),
]
