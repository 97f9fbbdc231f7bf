"""A stamp names the stated institution by its distinctive words, never by a registry alias."""

from __future__ import annotations

from router.policy import load_policy
from router.signatures.evidence import Outcome
from router.signatures.handwriting import _stamp_check, authority_names
from router.signatures.stamptext import foreign, leftover

IPJ = "Inspectoratul de Poliție Județean Cluj"


def _names() -> list[str]:
    return authority_names({"authority": IPJ}, load_policy().authorities)


def _verdict(ring: str) -> Outcome:
    return _stamp_check({"shape": "ring", "text": ring}, {}, 2, _names()).verdict


def test_authority_names_carry_no_alias() -> None:
    """The names a stamp may carry are the stated name and the entry's name and acronyms only."""
    names = _names()
    assert names[0] == IPJ and "Poliția Română" in names and "IGPR" in names
    assert not {"Poliția", "Poliției"} & set(names)


def test_association_ring_is_another_institution() -> None:
    """An association's ring ('ASOCIAȚIA PRIETENII POLIȚIEI') fails for a county police letter."""
    assert foreign("ASOCIAȚIA PRIETENII POLIȚIEI * CLUJ * ") == "asociatia"
    assert _verdict("ASOCIAȚIA PRIETENII POLIȚIEI * CLUJ * ") is Outcome.FAIL


def test_local_police_ring_is_another_institution() -> None:
    """A town hall's local police ring fails for a county police letter."""
    assert _verdict("POLIȚIA LOCALĂ CLUJ-NAPOCA * ") is Outcome.FAIL


def test_other_unit_ring_fails() -> None:
    """Another police unit's ring (another locality) does not name IPJ Cluj."""
    assert _verdict("POLIȚIA ORAȘULUI HUEDIN * ") is Outcome.FAIL


def test_acronym_with_another_county_left_over_fails() -> None:
    """The acronym IPJ spelt by another county's ring counts for nothing: BRAȘOV is left over."""
    assert leftover("INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV * ", "IPJ") == ["brasov"]
    assert _verdict("INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV * ") is Outcome.FAIL
    assert _verdict("INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ * ") is Outcome.PASS


def test_a_towns_abbreviated_first_word_needs_its_second_read_after_it() -> None:
    """'RM. VÂLCEA' names Râmnicu Vâlcea, 'TG. MUREȘ' Târgu Mureș; the abbreviation alone, or
    before another town's word, names neither (the town's own word is always read)."""
    from router.signatures.stamptext import names

    rm = "Poliția Municipiului Râmnicu Vâlcea"
    assert names("ROMÂNIA * POLIȚIA MUNICIPIULUI RM. VÂLCEA", rm)
    assert not names("ROMÂNIA * POLIȚIA MUNICIPIULUI RM. SĂRAT", rm)
    assert not names("ROMÂNIA * POLIȚIA MUNICIPIULUI VÂLCEA", rm)
    assert not names("POLIȚIA MUNICIPIULUI RM. | VÂLCEA", rm.replace("Vâlcea", "Sărat"))
    assert names("POLIȚIA MUNICIPIULUI TG. MUREȘ", "Poliția Municipiului Târgu Mureș")
    assert not names("POLIȚIA MUNICIPIULUI TG. JIU", "Poliția Municipiului Târgu Mureș")
    # A town hall's ring in the same town is still another institution.
    assert foreign("PRIMĂRIA MUNICIPIULUI RM. VÂLCEA") == "primaria"
