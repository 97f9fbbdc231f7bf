"""Where and how an official letter wants its answer, in the forms the closing paragraph takes."""

from __future__ import annotations

import pytest

from parsers.cues import Cues
from parsers.fields.response import reply_to, response_channel, urgent
from parsers.fields.textview import TextView


@pytest.mark.parametrize(
    "closing",
    [
        "Răspunsul îl așteptăm la adresa bic@exemplu-politie.ro.",
        "raspunsul pe mail la sectia3@exemplu-politie.ro",
        "Vă rugăm să răspundeți la adresa de e-mail birou@exemplu-politie.ro.",
        "Datele solicitate vor fi comunicate la adresa birou@exemplu-politie.ro.",
        "Informațiile vor fi transmise pe suport electronic, la adresa birou@exemplu-politie.ro.",
    ],
)
def test_an_address_for_the_answer_means_electronic(closing: str) -> None:
    """An answer sentence that names an e-mail address, with or without a channel word, asks for an electronic answer there."""
    view = TextView.of("Vă rugăm să ne comunicați datele contului.\n" + closing)
    assert response_channel(view) == "electronic"
    assert reply_to(view, Cues.default()) is not None
    assert "@exemplu-politie.ro" in (reply_to(view, Cues.default()) or "")


def test_a_letter_named_by_its_number_is_no_address() -> None:
    """ "La adresa noastră nr. ..." names an earlier letter, not where to answer: the answer address comes from the sentence that gives one."""
    text = (
        "Urmare a răspunsului dumneavoastră la adresa noastră nr. 5512 din 02.10.2026, "
        "vă rugăm să ne comunicați și istoricul plăților.\n"
        "Răspunsul va fi transmis la sic@exemplu-politie.ro."
    )
    assert reply_to(TextView.of(text), Cues.default()) == "sic@exemplu-politie.ro"


def test_when_to_answer_does_not_hide_how() -> None:
    """A sentence asking to answer quickly does not hide the one that says the data go by e-mail."""
    text = (
        "Datele vor fi transmise în format electronic.\n"
        "Vă rugăm ca răspunsul să ne parvină cu celeritate, cauza fiind urgentă."
    )
    assert response_channel(TextView.of(text)) == "electronic"


@pytest.mark.parametrize(
    "text", ["vă solicităm, cu termen: 24 de ore, datele", "în cel mult 48 de ore"]
)
def test_a_deadline_in_hours_is_urgent(text: str) -> None:
    """A deadline counted in hours asks for urgency without the word."""
    assert urgent(TextView.of(text)) is True


# A court's letter (round 7 dev, a class): the addressee line, a table with no full stop,
# then the answer sentence: one "sentence" from the heading to the answer holds two streets.
COURT = (
    "JUDECĂTORIA EXEMPLU\nNr. 5408/225/2026 din 02.12.2026\n"
    "Către: OKAZII.RO – Departamentul Juridic, Str. Frunzei\nnr. 29, sector 2, București\n"
    "Prin încheierea din 01.12.2026, instanța, în temeiul art. 170 din Codul de procedură "
    "penală, a dispus solicitarea de la dumneavoastră a datelor de mai\njos, privind "
    "utilizatorul „casa_mh”:\nNr. Date solicitate\n1 datele de identificare ale utilizatorului\n"
    "2 anunțurile publicate în perioada 01.05.2026 – 31.10.2026\n"
    "Răspunsul va fi trimis prin poștă, la sediul instanței din Str. Traian nr. 89, Drobeta-Turnu\n"
    "Severin, cu mențiunea numărului de dosar.\nJudecător,\nStoica Lavinia\n"
)


def test_the_answer_goes_where_the_answer_words_lead_never_to_the_addressee() -> None:
    view = TextView.of(COURT)
    assert reply_to(view, Cues.default()) == "Str. Traian nr. 89, Drobeta-Turnu Severin"
    assert response_channel(view) == "courier"


def test_a_ruling_asks_for_the_data_below_in_a_numbered_table() -> None:
    from parsers.fields.requested import requested_data

    assert requested_data(TextView.of(COURT)) == [
        "datele de identificare ale utilizatorului",
        "anunțurile publicate în perioada 01.05.2026 - 31.10.2026",
    ]
