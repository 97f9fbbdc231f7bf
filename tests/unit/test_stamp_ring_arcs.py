"""Ring text read across the geometries and wear of stamps nobody on the team drew (issue 12).

The stamps are drawn by `tests/samples/signatures/ringarcs.py` (Pillow, from scratch):
an upper arc written clockwise and a lower arc written upright on the page (counter-
clockwise, tops inward), letters 15 px tall, an inner ring with the unit's name in
the middle, the stamp turned by 8 degrees; clean, dithered to dots (a light ink on a
bilevel fax), or with a fax's lost rows. The reader before this change (the ring as
sampled, read once each way) read none of the dithered or streaked ones.

The trust rule holds throughout: the text must name the stated authority; another
county's authority is not named, a town hall's ring is another institution, and a
plain double ring has no text.
"""

from __future__ import annotations

import pytest

from parsers.stampring import read_ring
from router.signatures.stamptext import foreign, names
from tests.samples.signatures.ringarcs import draw

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("wear", ["clean", "dithered", "streaks"])
def test_upper_and_lower_arcs_name_the_authority(wear: str) -> None:
    mask, centre, radii = draw(
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN", "COVASNA", ["ROMÂNIA"], wear=wear, letter_px=15
    )
    ring = read_ring(mask, centre, radii)
    assert names(ring["text"], "Inspectoratul de Poliție Județean Covasna"), ring["text"]
    assert not names(ring["text"], "Inspectoratul de Poliție Județean Harghita")
    assert foreign(ring["text"]) is None
    # A bounded number of Tesseract calls a stamp.
    assert len(ring["readings"]) <= 6


def test_the_turned_middle_is_read_level() -> None:
    mask, centre, radii = draw(
        "POLIȚIA MUNICIPIULUI TÂRGU NEAMȚ",
        "NEAMȚ",
        ["POLIȚIA", "MUNICIPIULUI", "TG. NEAMȚ"],
        wear="dithered",
        letter_px=15,
        turn=12.0,
    )
    ring = read_ring(mask, centre, radii)
    middle = " ".join(r["text"] for r in ring["readings"] if r["direction"] == "middle")
    assert "NEAM" in middle.upper(), middle
    assert names(ring["text"], "Poliția Municipiului Târgu Neamț"), ring["text"]
    assert not names(ring["text"], "Poliția Municipiului Târgu Mureș")


def test_a_town_halls_ring_read_as_well_is_another_institution() -> None:
    mask, centre, radii = draw(
        "PRIMĂRIA MUNICIPIULUI", "COVASNA", ["ROMÂNIA"], wear="dithered", letter_px=15
    )
    ring = read_ring(mask, centre, radii)
    assert foreign(ring["text"]) is not None, ring["text"]
    assert not names(ring["text"], "Inspectoratul de Poliție Județean Covasna")


def test_a_plain_double_ring_has_no_text() -> None:
    mask, centre, radii = draw("", "", [], wear="dithered")
    ring = read_ring(mask, centre, radii)
    assert ring["text"] == "" and ring["readings"] == []
