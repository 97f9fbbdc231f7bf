"""The users an official letter names: lists of them, and phones in the forms people write them."""

from __future__ import annotations

import pytest

from parsers.cues import Cues
from parsers.fields.phones import find_phones
from parsers.fields.subjects import find_subjects
from parsers.fields.textview import TextView
from parsers.normalize import matchable


def _subjects(text: str) -> list[tuple[str, str]]:
    found = find_subjects(TextView.of(text), Cues.default(), None, set())
    return [(s["kind"], s["value"]) for s in found]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "vă rugăm să ne comunicați, pentru conturile de utilizator „casa.veche”, "
            "„mobila_2026” și „lemn-masiv7”, următoarele date:",
            ["casa.veche", "mobila_2026", "lemn-masiv7"],
        ),
        ("pentru conturile barca_77 si barca_77_nou, ambele active:", ["barca_77", "barca_77_nou"]),
        (
            "privind contul de utilizator cu numele Oradea.Auto.Parts, din mai",
            ["Oradea.Auto.Parts"],
        ),
    ],
)
def test_every_listed_username(text: str, names: list[str]) -> None:
    """Every username of a list after one role word is a subject, each once, as written."""
    assert _subjects(text) == [("username", n) for n in names]


def test_every_listed_user_id_and_no_phone_among_them() -> None:
    """Every id of a list after "ID utilizator" is a subject; a phone after the list is not an id."""
    text = "pentru conturile cu ID utilizator 7781002, 7781009 și 7781110, telefon 0733 444 555"
    assert _subjects(text) == [
        ("user_id", "7781002"),
        ("user_id", "7781009"),
        ("user_id", "7781110"),
        ("phone", "0733444555"),
    ]


@pytest.mark.parametrize(
    ("written", "phone"),
    [
        ("+40 (0)745 600 700", "0745600700"),
        ("+40-746-100-200", "0746100200"),
        ("(+40) 747 300 400", "0747300400"),
        ("0256/123.456", "0256123456"),
    ],
)
def test_phone_prefix_forms(written: str, phone: str) -> None:
    """A phone with "(0)" after +40, a dash after it, "+40" in parentheses or a slash after the area code is read."""
    assert [p for _, _, p in find_phones(matchable(f"telefonul {written}, "))] == [phone]


def test_a_phone_wrapped_after_tel_inside_a_sentence() -> None:
    """A sentence wrapped before "tel." keeps its phone a subject; a letterhead's "Tel." line does not."""
    text = "pentru utilizatorul lemne_dej (lemnedej@example.com,\ntel. 0264/555.666):"
    assert ("phone", "0264555666") in _subjects(text)
    letterhead = (
        "IPJ Exemplu\nTel. 0264 111 222\nvă rugăm să ne comunicați, pentru utilizatorul a_1:"
    )
    assert ("phone", "0264111222") not in _subjects(letterhead)


def test_the_seller_paid_at() -> None:
    """A username after "la" in "am plătit ... la X" is the other party of the deal."""
    from parsers.fields.usernames import mentions

    found = mentions(TextView.of("am plătit 300 lei pentru un disc la disc_vechi77 acum o lună"))
    assert [(m.value, m.role) for m in found] == [("disc_vechi77", "counterparty")]
