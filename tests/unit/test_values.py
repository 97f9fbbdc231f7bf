"""Table tests of the small value parsers: dates, amounts, phones, IBANs."""

from __future__ import annotations

import pytest

from parsers.fields.amounts import parse_amount
from parsers.fields.dates import parse_date
from parsers.fields.iban import find_ibans, valid_iban
from parsers.fields.phones import find_phones, normalize_phone
from parsers.normalize import matchable


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("nr. 123.456 din 12.11.2026", "2026-11-12"),
        ("12 noiembrie 2026", "2026-11-12"),
        ("12 Noiembrie 2026", "2026-11-12"),
        ("1 ianuarie 2026", "2026-01-01"),
        ("12 nov. 2026", "2026-11-12"),
        ("1-a martie 2026", "2026-03-01"),
        ("2026-11-12", "2026-11-12"),
        ("12/11/2026", "2026-11-12"),
        ("12-11-26", "2026-11-12"),
        ("November 12, 2026", "2026-11-12"),
        ("31.02.2026", None),  # not a real date
        ("123.456", None),
        ("fără dată", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    """Romanian and ISO date forms become ISO dates; impossible dates are None."""
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("1.250,00 lei", "1250.00", "RON"),
        ("1250 RON", "1250.00", "RON"),
        ("€ 50", "50.00", "EUR"),
        ("50 euro", "50.00", "EUR"),
        ("1,250.00 RON", "1250.00", "RON"),
        ("am platit 350 lei", "350.00", "RON"),
        ("12,5 lei", "12.50", "RON"),
        ("2.000 lei", "2000.00", "RON"),
        ("1 250 lei", "1250.00", "RON"),
        ("EUR 1.200,50", "1200.50", "EUR"),
        ("$20", "20.00", "USD"),
    ],
)
def test_parse_amount(text: str, value: str, currency: str) -> None:
    """Romanian and English number formats with a currency word or sign become decimal strings."""
    assert parse_amount(text) == {"value": value, "currency": currency}


@pytest.mark.parametrize("text", ["fără sumă", "0 lei", "anul 2026"])
def test_no_amount(text: str) -> None:
    """Numbers without a currency, and zero, are not amounts."""
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("written", "national"),
    [
        ("0722 123 456", "0722123456"),
        ("+40 722 123 456", "0722123456"),
        ("0040722123456", "0722123456"),
        ("0722.123.456", "0722123456"),
        ("0722-123-456", "0722123456"),
        ("(021) 123 45 67", "0211234567"),
        ("+40 21 000 4321", "0210004321"),
        ("0264 000 111", "0264000111"),
    ],
)
def test_phones(written: str, national: str) -> None:
    """Romanian phone numbers in any usual writing normalise to national digits."""
    found = find_phones(matchable(f"tel. {written}, vă rog"))
    assert [p for _, _, p in found] == [national]


@pytest.mark.parametrize(
    "text", ["dosar 4567/P/2026", "nr. 123.456 din 12.11.2026", "IBAN 1234567890", "07xx xxx xxx"]
)
def test_not_phones(text: str) -> None:
    """File numbers, dates and short digit runs are not phone numbers."""
    assert find_phones(matchable(text)) == []


def test_normalize_phone_rejects_short() -> None:
    """A digit string of the wrong length is not a Romanian number."""
    assert normalize_phone("072212") is None


def _iban(country_bban: str) -> str:
    """A checksum-valid IBAN for a made-up account (ISO 13616)."""
    country, bban = country_bban[:2], country_bban[2:]
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def test_iban_checksum() -> None:
    """A valid Romanian IBAN is found with or without spaces; a wrong check digit is not."""
    iban = _iban("ROAAAA1B31007593840000")
    spaced = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    assert valid_iban(iban)
    assert [v for _, _, v in find_ibans(f"contul {spaced}.")] == [iban]
    broken = iban[:2] + f"{(int(iban[2:4]) + 1) % 100:02d}" + iban[4:]
    assert find_ibans(broken) == []


@pytest.mark.parametrize("cut", [6, 9, 13])
def test_iban_broken_by_ocr_anywhere(cut: int) -> None:
    """OCR breaks an IBAN off its groups of four; its country's length and checksum find it."""
    iban = _iban("ROAAAA1B31007593840000")
    text = f"contului ({iban[:cut]} {iban[cut:]}) și tranzacțiile"
    assert [v for _, _, v in find_ibans(text)] == [iban]
    wrong = iban[:-1] + ("1" if iban[-1] != "1" else "2")
    assert find_ibans(f"contului ({wrong[:cut]} {wrong[cut:]})") == []


def test_iban_broken_is_not_pieced_from_words() -> None:
    """Prose in capitals after a country code and two digits is no IBAN (no checksum holds)."""
    assert find_ibans("CONTUL RO12 ESTE ACTIV PENTRU PLATI SI INCASARI") == []
