"""Signature blocks of official letters: ranks with their function, judges with their clerks."""

from __future__ import annotations

import pytest

from parsers.fields.signatory import find_signatory
from parsers.fields.textview import TextView


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # a function in lower case after the rank, the name on the next line
        ("Cu stimă,\nProcuror șef secție,\nIlie Marcel\n", "Procuror șef secție Ilie Marcel"),
        ("Inspector vamal\nDobre Sorin\n", "Inspector vamal Dobre Sorin"),
        # a sub-rank written in lower case with the name on the same line
        ("mulțumim,\nsubinspector de poliție Vlad Mihai\n", "subinspector de poliție Vlad Mihai"),
    ],
)
def test_rank_with_its_function(tail: str, expected: str) -> None:
    """A rank followed by its function in lower case takes the name below; a sub-rank is a rank."""
    assert find_signatory(TextView.of("Vă mulțumim pentru colaborare.\n" + tail)) == expected


def test_judge_signs_over_the_clerk_below() -> None:
    """A judge's signature above a clerk's countersignature is the signatory; a clerk alone still is."""
    tail = "Președinte,\nNistor Carmen\nGrefier,\nLazăr Ioana\n"
    assert find_signatory(TextView.of("Cu stimă,\n" + tail)) == "Președinte Nistor Carmen"
    alone = "Cu stimă,\nGrefier șef,\nToma Anca\n"
    assert find_signatory(TextView.of(alone)) == "Grefier șef Toma Anca"


def test_judge_and_clerk_side_by_side() -> None:
    """Judge and clerk signing side by side: the first column's rank and name are the signatory."""
    tail = "Judecător,                         Grefier,\nMarin Sorina                       Enache Paul\n"
    assert find_signatory(TextView.of("Cu stimă,\n" + tail)) == "Judecător Marin Sorina"


def test_labelled_signatures_and_the_rights_judge() -> None:
    """ "Rank: Name" lines are signatures, and the judge of rights and liberties is a rank."""
    labelled = "Cu stimă,\nJudecător: Pop Ana\nGrefier: Ionescu Dan\n"
    assert find_signatory(TextView.of(labelled)) == "Judecător Pop Ana"
    side = "JUDECĂTOR DE DREPTURI ȘI LIBERTĂȚI,          GREFIER,\nSara Lungu          Paul Mihai\n"
    assert find_signatory(TextView.of(side)) == "JUDECĂTOR DE DREPTURI ȘI LIBERTĂȚI Sara Lungu"
