"""Signed content is compared on a reading robust to typography and layout, never to extra content.

The extractors rewrite what they read (dashes and quotes made ASCII,
"1.077.452" made "1077452", list items re-cut), and a signed PDF's text layer
breaks lines and hyphenates words where its page ends. A correctly signed
letter must still be found to state its own fields; an unsigned body asking
for more must still be found out (tests/attacks/unsigned_extras.py).
"""

from __future__ import annotations

from router.signatures.binding import _norm, bind, date_forms, states

# A letter of our own, laid out as a text layer reads it: typographic dashes and
# quotes, a number with thousands dots, words hyphenated at the line's end.
SIGNED = (
    "INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ\n"
    "Nr. 2.204.318 din 3 XII 2026\n"
    "În dosarul penal nr. 1188/P/2026, în temeiul art. 170 C.p.p., vă rugăm să ne comu-\n"
    "nicați, pentru contul „mobila_reconditionata” și numărul 0744 310 902:\n"
    "a) jurnalele de autentificare (adrese IP, oră) din perioada 02.09.2026 — 30.09.2026;\n"
    "b) istoricul modificărilor adresei de livrare a contului „mobila_reconditionata”;\n"
    "c) corespondența purtată cu utilizatorii din Câmpulung-\nMuscel.\n"
)

# What the extractors make of it: ASCII typography, the separators dropped.
FIELDS = {
    "case_number": "1188/P/2026",
    "reference_number": "2204318",
    "reference_date": "2026-12-03",
    "subjects": [
        {"kind": "username", "value": "mobila_reconditionata"},
        {"kind": "phone", "value": "0744 310 902"},
    ],
    "requested_data": [
        "jurnalele de autentificare (adrese IP, oră) din perioada 02.09.2026 - 30.09.2026",
        'istoricul modificărilor adresei de livrare a contului "mobila_reconditionata"',
        "corespondența purtată cu utilizatorii din Câmpulung-Muscel",
    ],
}


def test_a_signed_letter_states_its_own_fields_whatever_the_typography() -> None:
    """Dashes, quotes, thousands dots, line-end hyphens and a Roman-numeral date do not hide a field."""
    check = bind("adresa.pdf", [_norm(SIGNED)], FIELDS, "signed PDF")
    assert check.verdict.value == "pass", check.detail


def test_a_word_hyphenated_at_a_line_end_matches_with_or_without_its_hyphen() -> None:
    """'comu-' / 'nicați' is one word; 'Câmpulung-' / 'Muscel' may keep its hyphen."""
    text = _norm(SIGNED)
    assert states(text, "să ne comunicați") and states(text, "Câmpulung-Muscel")
    assert states(text, "CampulungMuscel")


def test_thousands_separators_are_one_number_and_a_part_of_it_is_not() -> None:
    """'2.204.318' states 2204318 and '2 204 318', never 204318 or 4318."""
    text = _norm(SIGNED)
    assert states(text, "2204318") and states(text, "2 204 318")
    assert not states(text, "204318") and not states(text, "4318")


def test_a_date_is_found_in_the_forms_romanian_letters_write_it() -> None:
    """3 XII 2026, 03.12.2026, 3 decembrie 2026 and 3/12/2026 all state 2026-12-03."""
    for written in ("3 XII 2026", "03.12.2026", "3 decembrie 2026", "3/12/2026"):
        assert any(states(_norm(written), v) for v in date_forms("2026-12-03")), written
    assert not any(states(_norm("13 XII 2026"), v) for v in date_forms("2026-12-03"))


def test_what_the_signed_letter_does_not_ask_is_still_unsigned() -> None:
    """An item, a user or a period the letter does not state is named as unsigned."""
    extra = {
        **FIELDS,
        "requested_data": [*FIELDS["requested_data"], "parolele contului și IBAN-ul"],
        "subjects": [*FIELDS["subjects"], {"kind": "username", "value": "mobila_reconditionata2"}],
    }
    check = bind("adresa.pdf", [_norm(SIGNED)], extra, "signed PDF")
    assert check.verdict.value == "missing"
    assert check.evidence["unsigned"] == [
        "user (username) mobila_reconditionata2",
        "requested data parolele contului și IBAN-ul",
    ]


# A letter of our own asking two data for one user and a third for another.
OWNERS = _norm(
    "Vă rugăm să ne comunicați adresele IP de conectare și numerele de telefon validate ale "
    "contului lampa_veche_77; separat, conversațiile purtate cu utilizatorul covor.persan."
)
OWNER_FIELDS: dict[str, object] = {
    "case_number": "902/P/2026",
    "subjects": [
        {"kind": "username", "value": "lampa_veche_77"},
        {"kind": "username", "value": "covor.persan"},
    ],
}


def _bound(item: str) -> str:
    fields = {**OWNER_FIELDS, "requested_data": [item]}
    return bind("adresa.pdf", [OWNERS + " dosar 902/p/2026"], fields, "signed PDF").verdict.value


def test_an_item_restated_with_its_owner_is_signed_and_another_owners_is_not() -> None:
    """'X of user U' is signed when the letter asks X for U in the genitive, not X of another user."""
    assert _bound("numerele de telefon validate ale contului lampa_veche_77") == "pass"
    assert _bound("adresele IP de conectare ale contului lampa_veche_77") == "pass"
    # Conversations WITH covor.persan are not covor.persan's phone numbers or IP addresses.
    assert _bound("numerele de telefon validate ale utilizatorului covor.persan") == "missing"
    assert _bound("conversațiile purtate ale contului lampa_veche_77") == "missing"
    assert _bound("parolele ale contului lampa_veche_77") == "missing"


def test_two_adjacent_words_are_not_one_username_but_a_wrapped_token_is() -> None:
    """'Popescu Ion' does not state the account 'popescuion'; a username wrapped at a line end still counts."""
    text = _norm(
        "Comisar de poliție\nPopescu Ion\npentru contul andrei.\nmarin_84 și utilizatorul ioana\n77"
    )
    assert not states(text, "popescuion") and states(text, "Popescu Ion")
    assert states(text, "andrei.marin_84") and states(text, "ioana77")


def test_a_number_is_not_stated_by_a_piece_of_a_longer_one() -> None:
    """The user ids 2026 and 4567 are not stated by '12.11.2026' or '4567/P/2026'; the whole values are."""
    text = _norm("Nr. 88.120 din 12.11.2026, dosarul penal nr. 4567/P/2026.")
    assert not states(text, "2026") and not states(text, "4567")
    assert states(text, "4567/P/2026") and states(text, "12.11.2026") and states(text, "88120")
