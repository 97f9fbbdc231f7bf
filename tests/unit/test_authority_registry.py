"""The registry's names, aliases and acronyms, and its signing identities (issue 11, classes 2-3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from router.errors import PolicyError
from router.policy import load_policy

POLICY = load_policy()


@pytest.mark.parametrize(
    ("stated", "authority"),
    [
        ("IPJ Cluj", "Poliția Română"),
        ("Inspectoratul de Poliție Județean Cluj", "Poliția Română"),
        ("INSPECTORATUL DE POLITIE JUDETEAN CLUJ", "Poliția Română"),
        ("Poliția Municipiului Cluj-Napoca", "Poliția Română"),
        ("Secția 2 Poliție", "Poliția Română"),
        ("Parchetul de pe lângă Judecătoria Cluj-Napoca", "Ministerul Public (parchete)"),
        ("Parchetul de pe lângă Tribunalul Cluj", "Ministerul Public (parchete)"),
        ("DIICOT – Serviciul Teritorial Cluj", "DIICOT"),
        ("Parchetul de pe lângă ÎCCJ – DIICOT – Serviciul Teritorial Cluj", "DIICOT"),
        ("Judecătoria Sectorului 1", "Instanțele judecătorești"),
        ("Tribunalul București, Secția penală", "Instanțele judecătorești"),
        ("Curtea de Apel Cluj", "Instanțele judecătorești"),
    ],
)
def test_stated_authority_is_found_through_aliases_and_acronyms(
    stated: str, authority: str
) -> None:
    """A letter's heading names its registry authority whatever words, case or diacritics it uses."""
    found = POLICY.authority_named(stated)
    assert found is not None and found.name == authority


@pytest.mark.parametrize("stated", ["în luna mai 2026", "Primăria Cluj", ""])
def test_words_that_name_no_authority_match_nothing(stated: str) -> None:
    """An acronym is matched in capitals only ("mai" is May) and an unknown body names nobody."""
    assert POLICY.authority_named(stated) is None


def test_a_seal_identity_needs_both_o_and_organization_identifier(tmp_path: Path) -> None:
    """A signing identity with an O alone is refused: anyone can write an O in a request."""
    path = tmp_path / "p.toml"
    path.write_text(
        '[[authorities]]\nname = "X"\nsigning_identities = [{ organization = "IPJ" }]\n', "utf-8"
    )
    with pytest.raises(PolicyError):
        load_policy(path)


def test_a_seal_matches_on_o_and_identifier_and_a_certificate_on_its_fingerprint(
    tmp_path: Path,
) -> None:
    """Seal: O and organizationIdentifier both; officer: the SHA-256 of the certificate's DER."""
    path = tmp_path / "p.toml"
    path.write_text(
        '[[authorities]]\nname = "X"\nsigning_identities = ['
        '{ organization = "IPJ CLUJ", organization_identifier = "VATRO-1" }, '
        f'{{ certificate_sha256 = "{"ab" * 32}" }}]\n',
        "utf-8",
    )
    policy = load_policy(path)
    assert [a.name for a in policy.authorities_signed_by("IPJ Cluj", "VATRO-1", None)] == ["X"]
    assert policy.authorities_signed_by("IPJ CLUJ", "VATRO-2", None) == []
    assert policy.authorities_signed_by("IPJ CLUJ", None, None) == []
    assert [a.name for a in policy.authorities_signed_by(None, None, "AB" * 32)] == ["X"]
