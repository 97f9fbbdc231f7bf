"""A seal of a body that lives beside an authority and names it whole is not the authority's.

Red team 6 (`tests/attacks/redteam6_ring_bodies.py`): the police trade union's, the
inspectorate's medical office's or canteen's ring carries "INSPECTORATUL DE POLIȚIE
JUDEȚEAN CLUJ" whole; a registry's INTRARE frame carries it too and proves only that a page
was received. Each of these failed on the old code (they named IPJ Cluj).
"""

from __future__ import annotations

import pytest

from parsers.stampwords import registry_mark
from router.signatures.stamptext import foreign, names

IPJ = "Inspectoratul de Poliție Județean Cluj"


@pytest.mark.parametrize(
    ("ring", "word"),
    [
        ("SINDICATUL POLIȚIȘTILOR * INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ *", "sindicatul"),
        ("CABINET MEDICAL * INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ *", "cabinet"),
        ("CANTINA * INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ *", "cantina"),
        ("ASOCIAȚIA PENSIONARILOR * INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ", "asociatia"),
        # OCR noise of a letter still reads the word
        ("SINDICATUI POLITISTILOR INSPECTORATUL DE POLITIE JUDETEAN CLUJ", "sindicatul"),
    ],
)
def test_a_sub_body_seal_names_another_institution(ring: str, word: str) -> None:
    assert foreign(ring) == word


def test_the_authority_s_own_ring_is_not_foreign() -> None:
    ring = "ROMÂNIA * MINISTERUL AFACERILOR INTERNE * INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ"
    assert foreign(ring) is None
    assert names(ring, IPJ)


def test_registry_marks_are_told_from_seals() -> None:
    """Receipt marks are nobody's issue; the authority's outgoing (IEȘIRE) mark is its own."""
    assert registry_mark("INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ REGISTRATURA - INTRARE Nr. 4471")
    assert registry_mark("REGISTRATURA TRIBUNALULUI ILFOV nr. 12")
    assert not registry_mark("TRIBUNALUL ILFOV * IEȘIRE nr. 12")
    assert not registry_mark("INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ REGISTRATURA - IEȘIRE")
    assert not registry_mark("ROMÂNIA * INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ")
    # garbage of a ring read mirrored holds no registry word
    assert not registry_mark("VINYWOd @onse! cteRarisn m ot Yer juoRTEAN SAL")
