"""Periods named by a year, a quarter, dates a little after their word, or left open to the letter's date."""

from __future__ import annotations

import pytest

from parsers.fields.requested import period
from parsers.fields.textview import TextView


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vă rugăm să comunicați, pentru anul 2024, lista plăților", ("2024-01-01", "2024-12-31")),
        ("pentru trimestrul II 2026, următoarele date:", ("2026-04-01", "2026-06-30")),
        # the dates in parentheses after the unit win over the unit's own span
        ("pentru trimestrul I 2026 (15.01.2026 – 31.03.2026):", ("2026-01-15", "2026-03-31")),
        ("pentru sezonul de iarnă 2025\n(01.12.2025 - 28.02.2026):", ("2025-12-01", "2026-02-28")),
        # open to the present: the letter's own date
        (
            "în perioada de la 01.02.2026 până la data prezentei, datele",
            ("2026-02-01", "2026-10-30"),
        ),
        ("începând cu luna aprilie 2026 și până în prezent", ("2026-04-01", "2026-10-30")),
        # a law's year is no period asked for
        ("conform Legii nr. 506 din anul 2004", None),
    ],
)
def test_period_forms(text: str, expected: tuple[str, str] | None) -> None:
    """A year, a quarter, dates after a longer heading word, and a period to the present are read."""
    got = period(TextView.of(text), today="2026-10-30")
    assert (None if got is None else (got["from"], got["to"])) == expected


def test_open_period_without_a_letter_date_stays_open() -> None:
    """A period to the present ends open when the letter's date is unknown."""
    assert period(TextView.of("în perioada de la 01.02.2026 până în prezent")) == {
        "from": "2026-02-01",
        "to": None,
    }
