"""Signed content: where the answer goes, and data items stated as asked for, not in passing."""

from __future__ import annotations

from typing import Any

from router.policy import load_policy
from router.signatures.binding import _norm, bind
from router.signatures.covernote import answer_address_checks, authority_address
from router.signatures.evidence import Check, Outcome

POLICY = load_policy()
POLICE = "Inspectoratul de Poliție Județean Cluj"
LETTER = (
    "Inspectoratul de Poliție Județean Cluj\nNr. 123.456 din 12.11.2026\n"
    "În dosarul penal nr. 4567/P/2026 vă rugăm să ne comunicați datele de identificare "
    "ale utilizatorului ion_vanzator88. Din verificări a rezultat că adresele IP folosite "
    "aparțin unui furnizor din Cluj.\nComisar de poliție Popescu Ion\n"
)
FIELDS: dict[str, Any] = {
    "case_number": "4567/P/2026",
    "subjects": [{"kind": "username", "value": "ion_vanzator88"}],
    "requested_data": ["datele de identificare"],
}


def _bound(text: str, **extra: Any) -> Check:
    return bind("adresa.pdf", [_norm(text)], {**FIELDS, **extra}, "signed PDF")


def test_answer_address_only_the_unsigned_text_names_makes_the_binding_missing() -> None:
    """A free-mail answer address the signed letter does not state turns signed_content missing, naming it."""
    checks = answer_address_checks([_bound(LETTER, reply_to="x@gmail.com")], POLICY, [POLICE])
    assert checks[0].verdict is Outcome.MISSING
    assert "x@gmail.com" in checks[0].detail


def test_answer_address_of_the_authority_itself_keeps_the_binding() -> None:
    """An answer address at a registry domain of the authority the request speaks for needs no signature."""
    checks = answer_address_checks(
        [_bound(LETTER, reply_to="sic@cj.politiaromana.ro")], POLICY, [POLICE]
    )
    assert checks[0].verdict is Outcome.PASS


def test_answer_address_the_signed_letter_states_keeps_the_binding() -> None:
    """An answer address the signed letter itself states passes wherever it points."""
    text = LETTER + "Răspunsul se va transmite la adresa dosare@example.org.\n"
    checks = answer_address_checks([_bound(text, reply_to="dosare@example.org")], POLICY, [POLICE])
    assert checks[0].verdict is Outcome.PASS


def test_private_postal_address_is_no_authority_address() -> None:
    """A private postal address is none of the authority's (no registry postal address matches it)."""
    assert not authority_address("Str. Fabricii nr. 7, ap. 3, Cluj-Napoca", POLICY.authorities)


def test_data_item_mentioned_in_passing_is_not_signed_as_requested() -> None:
    """'adresele IP' named as a finding, outside the sentence that asks, is an unsigned data item."""
    check = _bound(LETTER, requested_data=["datele de identificare", "adresele IP"])
    assert check.verdict is Outcome.MISSING
    assert "requested data adresele IP" in check.evidence["unsigned"]


def test_data_items_in_a_list_after_the_request_verb_are_signed() -> None:
    """Items in a numbered list after "vă rugăm să ne comunicați:" are stated as asked for."""
    text = (
        "În dosarul penal nr. 4567/P/2026, pentru utilizatorul ion_vanzator88 vă rugăm să ne "
        "comunicați:\n1. datele de identificare;\n2. adresele IP.\n"
    )
    check = _bound(text, requested_data=["datele de identificare", "adresele IP"])
    assert check.verdict is Outcome.PASS


def test_data_items_in_a_lettered_list_ending_in_full_stops_are_signed() -> None:
    """A list "a. …;" / "c. ….", each item after the asking sentence's colon, stays in that sentence."""
    text = (
        "În dosarul penal nr. 4567/P/2026, în temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm "
        "să ne transmiteți, pentru utilizatorul ion_vanzator88:\na. datele de identificare;\n"
        "b. lista tranzacțiilor, cu datele cumpărătorilor.\nc. datele de plată (IBAN) folosite.\n"
    )
    check = _bound(
        text, requested_data=["datele de identificare", "datele de plată (IBAN) folosite"]
    )
    assert check.verdict is Outcome.PASS


def test_an_english_no_abbreviation_ends_no_sentence() -> None:
    """ "transactions no. 88431206": the list under "please provide" is still asked for."""
    from router.signatures.binding import _asked

    text = _norm(
        "Please provide the following in relation to transactions no. 88431206 and 88431977:\n"
        "• subscriber information;\n• payment details of the two transactions."
    )
    assert _asked("payment details of the two transactions", [text], False) is True
    mentioned = _norm("The payment details of the two transactions were checked.")
    assert _asked("payment details of the two transactions", [mentioned], False) is False
