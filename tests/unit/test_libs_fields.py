"""Phones and IBANs judged by libphonenumber and python-stdnum (DESIGN, "Libraries kept and
replaced"): the cases where they differ from the hand-written checks they replaced."""

from __future__ import annotations

import pytest

from parsers.fields.iban import find_ibans, valid_iban
from parsers.fields.phones import find_phones, normalize_phone


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("0722 123 456", "0722123456"),
        ("+40 21 555 0101", "0215550101"),
        ("0040 (0)731 234 567", "0731234567"),
        ("+40-752-123-456", "0752123456"),
        ("0254/111.222", "0254111222"),
        ("+49 30 1234567", "+49301234567"),
        ("+1 202 555 0143", "+12025550143"),
        ("+40 768 330\n912", "0768330912"),  # wrapped at a line's end
    ],
)
def test_phones_in_their_normal_form(written: str, normal: str) -> None:
    assert normalize_phone(written) == normal


@pytest.mark.parametrize(
    "written",
    [
        "0227 239 752",  # 022x is no Romanian area code (the old check took any 02x)
        "0394869857",  # nor is 039x
        "+229 97292685",  # Benin's plan has had ten digits since 2024
        "0722 123 45",  # one digit short
    ],
)
def test_numbers_outside_a_numbering_plan_are_no_phones(written: str) -> None:
    assert normalize_phone(written) is None


def test_phones_found_in_folded_text() -> None:
    found = find_phones("tel. 0744.555.666 sau fax 0264/555 777, ref 0227 239 752")
    assert [p for _, _, p in found] == ["0744555666", "0264555777"]


def test_iban_country_format_is_checked_not_only_the_checksum() -> None:
    assert valid_iban("RO49AAAA1B31007593840000")
    assert valid_iban("MD24AG000225100013104168")
    assert not valid_iban("RO49AAAA1B31007593840001")  # checksum
    # Base64 of an attachment passes mod 97 now and then; no country has this shape.
    assert not valid_iban("FF94HT8EO1TFW80OF21F5NZ")
    assert find_ibans("Q29udGVudC1UeXBlOi AQ88XSXJBCOCVUNTIP ==") == []


def test_an_iban_broken_by_ocr_is_taken_when_one_length_fits() -> None:
    assert find_ibans("cont RO49AA AA 1B31007593840000 la BT") == [
        (5, 31, "RO49AAAA1B31007593840000")
    ]
    assert find_ibans("IBAN DE89 3704 0044 0532 0130 00.") == [(5, 32, "DE89370400440532013000")]
