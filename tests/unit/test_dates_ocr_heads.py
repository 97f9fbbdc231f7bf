"""Registration lines as OCR reads them: Roman months with digits, heads read across."""

from __future__ import annotations

from parsers.fields.numbers import reference
from parsers.fields.textview import TextView
from parsers.repair import repair_ocr


def test_roman_month_with_ones_for_its_is() -> None:
    assert repair_ocr("Nr. 41/P/2026 din 12.X1.2026") == "Nr. 41/P/2026 din 12.XI.2026"
    assert repair_ocr("din 4.X11.2026") == "din 4.XII.2026"
    assert repair_ocr("din 9.V1.2026") == "din 9.VI.2026"
    assert repair_ocr("din 2.1X.2026") == "din 2.IX.2026"


def test_numbers_and_compartments_are_not_months() -> None:
    assert repair_ocr("din 12.11.2026") == "din 12.11.2026"
    assert repair_ocr("Nr. 45/II/2026") == "Nr. 45/II/2026"


def test_reference_and_date_beside_a_head_in_capitals() -> None:
    text = (
        "MINISTERUL AFACERILOR INTERNE Nr. 61.019/S4/2026\n"
        "INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE Iași, 14 octombrie 2026\n\n"
        "Către OKAZII.RO\n\nVă rugăm să ne comunicați datele solicitate.\n"
    )
    assert reference(TextView.of(text, ocr=True)) == ("61.019/S4/2026", "2026-10-14")


def test_roman_month_read_in_a_registration_line() -> None:
    text = "PARCHETUL DE PE LÂNGĂ TRIBUNALUL ARAD\n\nNr. 771/P/2026 din 3.X11.2026\n\nORDONANȚĂ\n"
    assert reference(TextView.of(text, ocr=True)) == ("771/P/2026", "2026-12-03")


def test_period_with_the_year_written_once() -> None:
    from parsers.fields.periods import period

    def p(text: str) -> dict[str, str | None] | None:
        return period(TextView.of(text))

    assert p("pentru intervalul 3 august — 21 septembrie 2026:") == {
        "from": "2026-08-03",
        "to": "2026-09-21",
    }
    assert p("în perioada 2 - 9 martie 2026") == {"from": "2026-03-02", "to": "2026-03-09"}
    assert p("în perioada 28 decembrie - 4 ianuarie 2026") == {
        "from": "2025-12-28",
        "to": "2026-01-04",
    }
