"""A signature block of rank and function on one line, the name below, in OCR'd text
(round 5 class): "Procuror șef secție" / name. Texts written for these tests."""

from __future__ import annotations

from parsers.fields.signatory import find_signatory
from parsers.fields.textview import TextView


def _ocr(text: str) -> str | None:
    return find_signatory(TextView.of(text, ocr=True))


def test_rank_and_function_then_the_name_below() -> None:
    text = "Vă mulțumim pentru sprijin.\n\nProcuror șef secție\nMarinescu Dana\n\nRed. M.D.\n"
    assert _ocr(text) == "Procuror șef secție Marinescu Dana"


def test_specks_after_a_rank_are_not_a_function() -> None:
    text = "Cu stimă,\n\nProcuror ae\nMarinescu Dana\n"
    assert _ocr(text) == "Procuror Marinescu Dana"
