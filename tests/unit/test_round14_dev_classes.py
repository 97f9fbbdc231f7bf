"""Classes round 14's development split showed (mail): each test fails before its fix.

- An answer route that is a web link: a sealed letter from the authority's own mailbox
  asked for the data to be uploaded "exclusiv pe platforma securizată … la adresa
  https://transfer.<look-alike>/…" and forbade e-mail and post. The link is where the
  answer goes (`reply_to`), and its host is judged as a mailbox's domain is: one that
  imitates a registry domain is a forgery, any other no authority's (`covernote`).
- A channel ruled out ("Nu transmiteți datele prin e-mail sau prin poștă") is no
  channel asked for.
- A court's order, "… comunicarea de către societatea dumneavoastră, cu privire la
  contul X, a următoarelor:", then a numbered list: the list is the data; the later
  "Relațiile solicitate se vor comunica … prin poștă, la …" says how, not what.
- A numbered item with lettered details ("1. datele de identificare …:" then "a) …",
  "b) …"): the details are the item's, not items; the list goes on after the page
  break with "4.".
- Two functions side by side ("PREȘEDINTE DE COMPLET, GREFIER,") over two names on one
  line: the first name is the signatory's.
- A registration number ending in a unit's dotted initials ("339.818/S.I.C.").
- A street typed in lower case ("la sediul …, str. Tudor Vladimirescu nr. 12, …").
- A company that names its own account in brackets and signs the letter is the
  writer: the other account is the counterparty.
- Cues that only equal the support mailbox's weight, on a text the learned reading
  says is no request (an invoice, a newsletter): triage, not support.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.classify import classify
from parsers.cues import Cues
from parsers.fields.complaint import counterparty
from parsers.fields.numbers import reference
from parsers.fields.requested import requested_data
from parsers.fields.response import reply_to, response_channel
from parsers.fields.signatory import find_signatory
from parsers.fields.textview import TextView
from parsers.model import Category, MailHeaders
from parsers.normalize import fold
from router.policy import load_policy
from router.signatures.covernote import answer_address_checks, foreign_mailbox
from router.signatures.evidence import Outcome
from tests.unit.test_learned_category import TOY, _model
from tests.unit.test_signed_answer import POLICE, _bound

CUES = Cues.default()
POLICY = load_policy()


def _view(text: str) -> TextView:
    return TextView(text, fold(text))


UPLOAD = (
    "Datele vor fi încărcate exclusiv pe platforma de transfer a inspectoratului, la adresa "
    "https://date.politiaromana-ro.eu/x/Q7-2, parola urmând a vă fi comunicată telefonic. "
    "Nu le transmiteți prin e-mail sau prin poștă.\n"
)


def test_an_upload_link_is_where_the_answer_goes() -> None:
    assert reply_to(_view(UPLOAD), CUES) == "https://date.politiaromana-ro.eu/x/Q7-2"
    assert response_channel(_view(UPLOAD)) == "electronic"
    # an e-mail address in the answer sentence still wins over a link beside it
    text = "Răspunsul îl veți transmite la adresa sic@cj.politiaromana.ro (vezi https://x.ro/a)."
    assert reply_to(_view(text), CUES) == "sic@cj.politiaromana.ro"


def test_an_upload_link_on_a_look_alike_host_fails_and_another_host_is_confirmed_first() -> None:
    [check] = foreign_mailbox("https://date.politiaromana-ro.eu/x/Q7-2", POLICY, [POLICE])
    assert check.kind == "reply_to" and check.verdict is Outcome.FAIL
    assert "web site" in check.detail
    [check] = foreign_mailbox("https://files.example.net/up", POLICY, [POLICE])
    assert check.verdict is Outcome.MISSING
    # the authority's own web site is its own address
    checks = answer_address_checks(
        [_bound("x", reply_to="https://transfer.cj.politiaromana.ro/u/1")], POLICY, [POLICE]
    )
    assert [c.kind for c in checks] == ["signed_content"]


def test_a_channel_ruled_out_is_not_asked_for() -> None:
    text = "Răspunsul îl așteptăm prin poștă. Nu îl transmiteți pe e-mail."
    assert response_channel(_view(text)) == "courier"
    text = "Vă rugăm să transmiteți răspunsul prin e-mail și prin poștă."
    assert response_channel(_view(text)) == "both"


ORDER = (
    "Instanța a dispus, în temeiul art. 170 din Codul de procedură penală, comunicarea de\n"
    "către societatea dumneavoastră, cu privire la contul bilete_bv, a următoarelor:\n"
    "1. datele de identificare ale titularului contului;\n"
    "2. sumele încasate prin cont.\n"
    "Relațiile solicitate se vor comunica până la termen, prin poștă, la sediul instanței,\n"
    "Bd. Eroilor nr. 5, Brașov, sau pe e-mail, cu mențiunea numărului de dosar.\n"
)


def test_a_courts_list_after_a_urmatoarelor_is_the_data_and_the_delivery_is_not() -> None:
    assert requested_data(_view(ORDER)) == [
        "datele de identificare ale titularului contului",
        "sumele încasate prin cont",
    ]


NESTED = (
    "vă rugăm să ne comunicați, cu privire la contul vlad.auto, următoarele informații:\n"
    "1. datele de identificare ale titularului contului:\n"
    "a) numele și prenumele;\n"
    "b) adresa de domiciliu și adresele de livrare\n"
    "folosite;\n"
    "2. data creării contului;\n"
    "3. comenzile încheiate în perioada de mai sus, cu:\n"
    "a) numărul comenzii și suma;\n"
    "Pagina 1 din 2\n\f"
    "IPJ Brașov - continuare la adresa nr. 339.818/S.I.C. din 02.12.2026\n"
    "b) datele cumpărătorului;\n"
    "4. conturile bancare (IBAN) indicate pentru plăți.\n"
    "Vă mulțumim.\n"
)


def test_lettered_details_belong_to_their_item_and_the_list_crosses_the_page() -> None:
    assert requested_data(_view(NESTED)) == [
        "datele de identificare ale titularului contului",
        "data creării contului",
        "comenzile încheiate în perioada de mai sus",
        "conturile bancare (IBAN) indicate pentru plăți",
    ]


def test_two_functions_side_by_side_give_the_first_name() -> None:
    text = "Cu stimă,\nPREȘEDINTE DE COMPLET, GREFIER,\nJudecător Ciobanu Laurențiu Neagu Diana\n"
    assert find_signatory(_view(text)) == "Judecător Ciobanu Laurențiu"
    # one function above: the name is the whole line
    text = "PREȘEDINTE DE COMPLET,\nJudecător Ciobanu Laurențiu Mihai\n"
    assert find_signatory(_view(text)) == "Judecător Ciobanu Laurențiu Mihai"


def test_a_registration_number_with_a_units_dotted_initials() -> None:
    got = reference(
        _view("SERVICIUL DE INVESTIGAȚII CRIMINALE\nNr. 339.818/S.I.C. din 02.12.2026\n")
    )
    assert got[0] is not None and got[0].rstrip(".") == "339.818/S.I.C"
    assert got[1] == "2026-12-02"


def test_a_street_in_lower_case_is_the_postal_answer_address() -> None:
    text = (
        "Răspunsul îl așteptăm prin poștă sau curier, la sediul Poliției Municipiului Făgăraș, "
        "str.\nTudor Vladimirescu nr. 12, Făgăraș, jud. Brașov.\n"
    )
    assert reply_to(_view(text), CUES) == "str. Tudor Vladimirescu nr. 12, Făgăraș, jud. Brașov"


def test_a_company_naming_its_own_account_and_signing_is_the_writer() -> None:
    text = (
        "Stimată echipă,\n\nMobila Nova Brașov SRL (cont vânzător mobila_nova_bv) a livrat "
        "cumpărătorului ana_m_brasov o canapea; la retur am primit alt model.\n\n"
        "Cu stimă,\nIoana Pop\nMobila Nova Brașov SRL\n"
    )
    assert counterparty(_view(text)) == "ana_m_brasov"
    # a buyer naming the seller company's account: the seller is the counterparty
    text = (
        "Am cumpărat de la Mobila Nova Brașov SRL (cont vânzător mobila_nova_bv) o canapea "
        "care nu a mai venit.\n\nCu stimă,\nAna Marin\n"
    )
    assert counterparty(_view(text)) == "mobila_nova_bv"


def test_cues_no_stronger_than_the_mailbox_weight_yield_to_reading_like_nothing() -> None:
    cues = replace(CUES, learned_weight=1.5, learned_unknown=0.8)
    text = (
        "Factura lunară a abonamentului newsletter este atașată. Dacă se poate, plătiți "
        "până la 15 decembrie. Dezabonare aici."
    )
    headers = MailHeaders(to=("juridic@okazii.ro",))
    rules = classify(text, "", headers, cues)
    assert rules.category is Category.SUPPORT
    assert rules.scores == {"support": cues.support_mailbox_weight}  # the edge itself
    decision = classify(text, "", headers, cues, model=_model(TOY))
    assert decision.category is Category.UNKNOWN
    # sent to the support mailbox, the same cues stand (the mailbox says "support" too)
    support = MailHeaders(to=("support@okazii.ro",))
    assert classify(text, "", support, cues, model=_model(TOY)).category is Category.SUPPORT


def test_a_user_who_uploaded_listings_is_no_answer_route() -> None:
    # what a user did, narrated: neither the sentence nor its address is where to answer
    text = (
        "Utilizatorul vanzator.x@gmail.com a încărcat anunțuri pe platforma dumneavoastră.\n"
        "Vă rugăm să ne comunicați datele de identificare ale utilizatorului.\n"
    )
    assert reply_to(_view(text), CUES) is None
    text = "Vă rugăm să le încărcați pe platforma de la adresa https://x.example.net/u/1.\n"
    assert reply_to(_view(text), CUES) == "https://x.example.net/u/1"
