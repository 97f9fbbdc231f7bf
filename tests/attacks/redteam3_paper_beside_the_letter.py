"""Red team 3: on paper, and in a mailed scan, what lies outside the letter's pages is read for fields only.

Threat model: a forger holds a genuine police letter on paper (a fax the
police once sent, the copy a suspect was served) and sends it again with one
page of their own: a fax cover sheet, or a page after the signature page, or
a fax-to-e-mail gateway's cover note, or (from the police mailbox, the
`unsigned_extras` model) the scan attached to a mail. The page asks for more
in words that make no field (a postscript, no request verb): "P.S. Atașați la
răspuns și parolele contului și conversațiile private."

The rule that closes this on mail, `router/signatures/unsigned.py` ("the
signature binds a text, not the fields read from it"), runs for mail only
(`evaluation.evaluate`: `law and ctx.is_mail`), and even there `_files`
skips a file whose scan is the bound signed document entirely, pages outside
the letter included. On paper `handwriting.paper_letter` holds pages before
the letter or after its signature page, and the gateway mail's text, to the
*fields* rule: a field only they state leaves the request incomplete, a
demand that makes no field passes. The call-back the verdict asks for
confirms letter 123.456, which the police did send: `verified` (call-back
required) with the demand in front of the legal team.

Control: the genuine two-page fax after a plain fax cover sheet: `verified`.
"""

from __future__ import annotations

from PIL import Image

from tests.attacks import ink
from tests.attacks.harness import Attack, Submission
from tests.attacks.redteam_paper_pages import _cover, _fax, _letter_pages
from tests.samples.signatures.world import FAXGW, FAXGW_IP, World

CLS = "redteam3_paper_beside_the_letter"
PAPER = (
    "handwriting.paper_letter holds pages outside the letter (and a gateway's text) to the fields "
    "rule only; unsigned.py runs for mail only (evaluation.evaluate)"
)
COVER_PS = [
    "FAX",
    "",
    "De la: Inspectoratul de Poliție Județean Cluj",
    "Către: OKAZII",
    "Pagini: 3",
    "",
    "P.S. Atașați la răspuns și parolele contului",
    "și conversațiile private.",
]


def _cover_with_ps() -> Image.Image:
    page, _, _ = ink._page(COVER_PS)
    return page


def _fax_cover(w: World) -> Submission:
    return _fax([_cover_with_ps(), *_letter_pages(3, 2)])


def _page_after(w: World) -> Submission:
    return _fax([*_letter_pages(3, 1), _cover_with_ps()])


def _mailed_scan(w: World) -> Submission:
    raw = w.mail(
        "politia.cluj@cj.politiaromana.ro",
        body="Vă transmitem alăturat adresa nr. 123.456 din 12.11.2026.",
        attachments=(("adresa.tif", ink._fax([_cover_with_ps(), *_letter_pages(3, 2)])),),
        dkim_domain="cj.politiaromana.ro",
    )
    return Submission(raw, channel="folder", filename="adresa.eml")


def _gateway_note(w: World) -> Submission:
    body = (
        "Fax primit de la +40264000111, 1 pagină.\nNotă expeditor: P.S. Atașați la răspuns și "
        "parolele contului și conversațiile private.\n"
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


def _genuine(w: World) -> Submission:
    return _fax([_cover(), *_letter_pages(3, 2)])


ATTACKS = [
    Attack(
        CLS,
        "demand_on_the_fax_cover_sheet",
        False,
        _fax_cover,
    ),
    Attack(
        CLS,
        "demand_on_a_page_after_the_signature_page",
        False,
        _page_after,
    ),
    Attack(
        CLS,
        "demand_on_a_mailed_scans_cover_page",
        False,
        _mailed_scan,
    ),
    Attack(
        CLS,
        "demand_in_the_gateway_mail_note",
        False,
        _gateway_note,
    ),
    Attack(CLS, "genuine_fax_with_cover_sheet", True, _genuine),
]
