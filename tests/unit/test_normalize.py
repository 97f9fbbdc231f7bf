"""Romanian normalisation: cedilla = comma-below, diacritics optional, offsets kept."""

from __future__ import annotations

import pytest

from parsers.normalize import clean, fold, fold_cedilla, matchable, phrase_pattern


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Poliţia Română", "Poliția Română"),  # cedilla -> comma below
        ("ŞTEFAN ŢEPEŞ", "ȘTEFAN ȚEPEȘ"),
        ("tranzac-\nției", "tranzacției"),  # hyphenated line break joined
        ("e-\n mail", "email"),
        ("a  \t b", "a b"),  # whitespace folded
        ("a\u00a0b\u200bc", "a bc"),  # nbsp and zero-width
        ("linia 1   \n   linia 2", "linia 1\nlinia 2"),
        ("x\n\n\n\ny", "x\n\ny"),
        ("„citat”", '"citat"'),
        ("2026 -\n31.10", "2026 -\n31.10"),  # a dash before a number is not a hyphenated word
    ],
)
def test_clean(raw: str, expected: str) -> None:
    """clean() repairs spacing, hyphenation and cedilla letters but keeps diacritics and case."""
    assert clean(raw) == expected


@pytest.mark.parametrize(
    "variant",
    ["Poliția Română", "Poliţia Română", "Politia Romana", "POLIŢIA ROMÂNĂ", "POLITIA  ROMANA"],
)
def test_variants_fold_alike(variant: str) -> None:
    """Every spelling of a phrase (diacritics, cedilla, case, spaces) folds to one key."""
    assert " ".join(matchable(variant).split()) == "politia romana"


def test_fold_keeps_length() -> None:
    """fold() maps one character to one, so folded offsets slice the cleaned text."""
    text = clean("Şef: Ştefan-Ţuţu ÎNSCRIS în ğ İ ß 1ﬁ")
    assert len(fold(text)) == len(text)


def test_fold_cedilla_only_touches_cedilla_letters() -> None:
    """fold_cedilla leaves every other character alone."""
    assert fold_cedilla("ş ţ Ş Ţ ă â î") == "ș ț Ș Ț ă â î"


@pytest.mark.parametrize(
    ("phrase", "text", "hit"),
    [
        ("vă rugăm să ne comunicați", "Va rugam sa ne\ncomunicati datele", True),
        ("dosar penal", "dosarul penal", False),  # whole words only
        ("reclamați*", "reclamatiile mele", True),  # prefix
        ("țeapă", "tepar_2026", False),
        ("DNA", "Dna Popescu", False),  # acronyms are case-sensitive
    ],
)
def test_phrase_pattern(phrase: str, text: str, hit: bool) -> None:
    """Cue phrases match across line breaks, on whole words, with an optional prefix star."""
    case = phrase.isupper()
    haystack = clean(text) if case else matchable(text)
    assert bool(phrase_pattern(phrase, case).search(haystack)) is hit
