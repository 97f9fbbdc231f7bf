"""Signature blocks as OCR leaves them: ink read before the name, a rank split or damaged."""

from __future__ import annotations

from parsers.fields.signatory import find_signatory
from parsers.fields.textview import TextView

BODY = "Vă rugăm să ne comunicați datele solicitate în termen de cinci zile.\n\n"


def _sig(tail: str, *, ocr: bool = True) -> str | None:
    return find_signatory(TextView.of(BODY + tail, ocr=ocr))


def test_specks_before_the_name_line_are_read_past() -> None:
    assert _sig("PROCUROR,\n\n> Ke ,\nox Stan Ilie-Marian\n* wQ") == "PROCUROR Stan Ilie-Marian"


def test_specks_glued_to_the_name_are_dropped() -> None:
    assert (
        _sig("PRIM-PROCUROR ADJUNCT,\n\n\\; \\Enache Sorina\n")
        == "PRIM-PROCUROR ADJUNCT Enache Sorina"
    )
    assert _sig("Procuror\n“Ilie Vasile\n") == "Procuror Ilie Vasile"


def test_damaged_rank_is_repaired_by_the_vocabulary() -> None:
    assert _sig("PRIM-PROGUROR,\n\nNistor Paula\n") == "PRIM-PROCUROR Nistor Paula"


def test_rank_split_after_its_initial_behind_specks() -> None:
    got = _sig("PREȘEDINTELE SECȚIEI,\nae J udecator\n\n“Ardelean Dana\n")
    assert got == "Judecător Ardelean Dana"


def test_typed_text_keeps_its_spelling_and_no_leading_noise() -> None:
    assert _sig("Judecator\nArdelean Dana\n", ocr=False) == "Judecator Ardelean Dana"
    assert _sig("Procuror,\nox Stan Ilie\n", ocr=False) is None


def test_police_rank_damaged_by_the_pen_is_read_by_de_politie() -> None:
    got = _sig("ȘEF SERVICIU\nze | Corvisar de poliție\n| Dinu Radu\n")
    assert got == "Comisar de poliție Dinu Radu"
    # Too far from any rank: nothing is guessed.
    assert _sig("ȘEF SERVICIU\nxx Bzqwty de poliție\nDinu Radu\n") is None
