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
