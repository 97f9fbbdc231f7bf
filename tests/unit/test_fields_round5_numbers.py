"""Registration lines, articles and order numbers as OCR reads paper (round 5 classes).

Texts written for these tests: "Nr." in the right column with "din <date>" under it
(OCR's line holding the left column's capitals; "din" read as "gin"), a registration
number with compartments in slashes ("/11/" for a Roman "II"), which is no date, a
registration table whose labels OCR spread over lines and whose date and file number
it glued, "art.\\n154 și al art. 170", "ari.." for "art.", "nr," before an order
number, a space OCR put inside an order number of a list.
"""

from __future__ import annotations

from parsers.cues import Cues
from parsers.fields.authority import find_authority
from parsers.fields.legal import articles
from parsers.fields.numbers import reference, transactions
from parsers.fields.requested import requested_data
from parsers.fields.textview import TextView


def _ocr(text: str) -> TextView:
    return TextView.of(text, ocr=True)


def test_number_right_column_date_on_the_line_under_it() -> None:
    text = (
        "MINISTERUL AFACERILOR INTERNE Nr. 88.120\n"
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN GORJ din 15.10.2026\n\n"
        "Către\nOKAZII.RO\n"
    )
    assert reference(_ocr(text)) == ("88120", "2026-10-15")
    authority, _ = find_authority(_ocr(text), Cues.default(), None)
    assert authority is not None and "15.10.2026" not in authority


def test_din_read_as_gin_after_a_blank_line() -> None:
    text = (
        "INSPECTORATUL JUDEȚEAN AL POLIȚIEI DE FRONTIERĂ TULCEA Nr. 1.002.733\n\n"
        "Serviciul Combaterea Fraudelor gin 09.09.2026\n"
        "Către\n"
    )
    assert reference(_ocr(text)) == ("1002733", "2026-09-09")


def test_slashed_compartments_are_no_date_and_the_place_line_gives_it() -> None:
    text = "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA DEVA\nNr. 7.781/11/3/2026\nDeva, 14 octombrie 2026\n"
    assert reference(_ocr(text)) == ("7.781/II/3/2026", "2026-10-14")


def test_a_registration_table_whose_labels_ocr_spread_over_lines() -> None:
    text = (
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ\n"
        "Craiova\n"
        "Număr\n"
        "Data Dosar penal\n"
        "40.218\n"
        "07.10.2026812/P/2026\n"
        "Către OKAZII.RO\n"
    )
    assert reference(_ocr(text)) == ("40218", "2026-10-07")


def test_an_article_wrapped_and_a_second_one_joined_by_si_al() -> None:
    text = "în temeiul art.\n152 și al art. 170 din Codul de procedură penală, vă solicităm"
    assert articles(_ocr(text))[0] == ["art. 152 CPP", "art. 170 CPP"]


def test_art_read_as_ari() -> None:
    text = "în temeiul ari.. 170 Cod procedură penală, vă solicităm datele"
    assert articles(_ocr(text))[0] == ["art. 170 CPP"]


def test_nr_with_a_comma_before_an_order_number_on_the_next_line() -> None:
    text = "precum și detaliile comenzii nr,\n55120987.\n"
    assert transactions(_ocr(text)) == ["55120987"]


def test_a_space_inside_an_order_number_of_a_list() -> None:
    text = (
        "Vă rugăm să ne comunicați:\n"
        "1. plățile pentru comenzile nr. 40011223, nr. 400117 89 și nr. 40019001.\n"
    )
    view = _ocr(text)
    assert transactions(view) == ["40011223", "40011789", "40019001"]
    assert requested_data(view) == [
        "plățile pentru comenzile nr. 40011223, nr. 40011789 și nr. 40019001"
    ]
