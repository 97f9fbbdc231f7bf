"""Stamps of round 8's dev split (issue 12), with rings written here: a ring that names its
institution by acronyms ("ROMÂNIA * M.A.I. * I.P.J. <COUNTY>", the unit in its middle), and a
ring that spells the unit's words by their initials ("S.P.F. <TOWN>")."""

from __future__ import annotations

import pytest

from parsers.stampwords import names_institution
from router.signatures.stamptext import names


@pytest.mark.parametrize(
    "ring",
    [
        "ROMÂNIA * M.A.I. * I.P.J. VASLUI * BÂRLAD",
        "ROMANIA * IGPF * ITPF IAȘI",
        "ROMÂNIA * D.G.A. * S.J.A. BIHOR",
    ],
)
def test_a_ring_of_acronyms_names_an_institution(ring: str) -> None:
    assert names_institution(ring)


def test_an_acronym_must_be_a_word_of_its_own() -> None:
    """Letters that merely hold an acronym's ("MAIA", "DNAX") name nothing."""
    assert not names_institution("FLORARIA MAIA * DNAX * CLUB")


UNIT = "Sectorul Poliției de Frontieră Calafat"


def test_a_unit_spelled_by_its_initials_and_its_town() -> None:
    assert names("POLIȚIA DE FRONTIERĂ ROMÂNĂ * S.P.F. CALAFAT *", UNIT)
    # OCR's "$" for the S of the initials
    assert names("POLIIIA DE FRONTIFRA * $.P.F. CALAFAT *", UNIT)


def test_the_initials_never_stand_for_the_town() -> None:
    """Another sector's ring: the initials read, the town is another."""
    assert not names("POLIȚIA DE FRONTIERĂ ROMÂNĂ * S.P.F. GIURGIU *", UNIT)
    # and initials spelling the town's word with the kind's are no reading of the town
    assert not names("POLIȚIA DE FRONTIERĂ * SPFC *", UNIT)


def test_a_transaction_number_on_page_two_is_no_other_letters_number() -> None:
    """Round 7's p01: page 2 of a court letter goes on with its list ("tranzacțiile nr.
    70655102, …"); that number was taken for another letter's registration number."""
    from router.signatures.stamptext import belongs, numbers

    assert numbers("iv. tranzacțiile nr. 70655102, 70655187 și 70661930, cu detaliile;") == set()
    assert numbers("comanda nr. 88123456 și telefonul nr. 0744123456") == set()
    assert numbers("Continuare la adresa nr. 987.654 din 03.02.2025") == {"987.654"}
    first = "TRIBUNALUL X\nNr. 20.114 din 01.12.2026\nDosar nr. 2560/93/2026\n"
    ok, why = belongs(first, "iv. tranzacțiile nr. 70655102;\nv. numerele de telefon;", 2, 2)
    assert not ok and "another letter" not in why
