"""Registration lines, file numbers and order lists in the forms Romanian institutions write them."""

from __future__ import annotations

import pytest

from parsers.fields.dates import parse_date
from parsers.fields.numbers import case_number, reference, transactions
from parsers.fields.textview import TextView


@pytest.mark.parametrize(
    ("text", "number", "date"),
    [
        # number and date joined by a slash: the day is the date's, not the number's
        ("Nr. 55821/04.10.2026\nCătre SC Exemplu SRL", "55821", "2026-10-04"),
        ("Nr. 4.310/7 octombrie 2026", "4310", "2026-10-07"),
        # the month in Roman numerals
        ("Nr. 7781/P/2025 din 14.IX.2026", "7781/P/2025", "2026-09-14"),
        # a registry prefix in capitals, and labelled lines one under the other
        (
            "Număr de înregistrare: BV-2026-000317\nData: 02.10.2026\n",
            "BV-2026-000317",
            "2026-10-02",
        ),
        ("Nr. SIC/4410 din 05.10.2026", "SIC/4410", "2026-10-05"),
        ("Nr. B-DRAF 310 / 06.10.2026", "B-DRAF 310", "2026-10-06"),
        # thousands grouped by a space are one number
        ("Nr. 412 907\nStimate domn,", "412907", None),
        # a word after "Nr." is no prefix: a blank form's number is not read from its date
        ("Nr. din 09.10.2026", None, None),
    ],
)
def test_registration_line_forms(text: str, number: str | None, date: str | None) -> None:
    """The letter's number and date are read in each form registries use, the number never holding the day."""
    assert reference(TextView.of(text)) == (number, date)


def test_roman_month_only_between_dots() -> None:
    """A Roman month is read between dots or dashes, not between slashes, where it is a compartment."""
    assert parse_date("emisă la 21.XII.2025") == "2025-12-21"
    assert parse_date("Nr. 45/II/2026") is None


def test_file_number_with_dotted_thousands() -> None:
    """A file number written with a thousands dot, or with a letter glued to its number, is read whole, as written."""
    assert case_number(TextView.of("în dosarul penal nr. 12.904/P/2026 privind")) == "12.904/P/2026"
    assert case_number(TextView.of("în dosarul nr. 3318D/P/2025 al")) == "3318D/P/2025"


def test_several_orders_after_one_label() -> None:
    """Every number of a list after one order label is an order; a phone after it is not."""
    text = (
        "pentru comenzile nr. 60011122, 60011123 și nr. 60011190, "
        "precum și tranzacția 7712345, 0744556677."
    )
    assert transactions(TextView.of(text)) == ["60011122", "60011123", "60011190", "7712345"]


@pytest.mark.parametrize(
    ("text", "number", "date"),
    [
        # the date under an ordinance's title, apart from the number
        (
            "PARCHETUL EXEMPLU\nNr. 1.204/II/2/2026\nORDONANȚĂ\nprivind predarea unor date\n"
            "14 octombrie 2026\nProcuror Ion Pop, având în vedere actele dosarului,",
            "1.204/II/2/2026",
            "2026-10-14",
        ),
        # a court's letter without a number: the place and date line of its head
        (
            "TRIBUNALUL EXEMPLU\nSecția penală\nArad, 3 octombrie 2026\nDosarul nr. 77/108/2026\n",
            None,
            "2026-10-03",
        ),
        # a Roman month written with spaces
        ("Nr. 2.004.118 din 7 X 2026\nCătre", "2004118", "2026-10-07"),
    ],
)
def test_the_letter_date_where_the_head_puts_it(text: str, number: str | None, date: str) -> None:
    """The letter's date is read from a head line holding only a date (and its place) when none is beside the number."""
    assert reference(TextView.of(text)) == (number, date)


def test_an_earlier_letter_cited_is_not_this_ones() -> None:
    """An earlier letter cited ("în completarea adresei noastre nr.") is not this one's number."""
    cited = (
        "În completarea adresei noastre nr. 8812 din 02.10.2026, vă transmitem ordonanța.\n"
        "\f\nPARCHETUL EXEMPLU\nORDONANȚĂ\n06.10.2026\nProcuror Ion Pop,"
    )
    assert reference(TextView.of(cited)) == (None, "2026-10-06")


def test_compartment_with_a_sub_number_and_one_date_separator() -> None:
    """A compartment with a dashed sub-number stays in the number (OCR's "11" restored to "II"), since a date keeps one separator throughout."""
    text = "Nr. inreg. 2210/11-3/2026        Arad, 4 octombrie 2026"
    assert reference(TextView.of(text, ocr=True)) == ("2210/II-3/2026", "2026-10-04")
    assert parse_date("ref. 11-5/2026") is None


def test_an_order_named_with_a_participle() -> None:
    """ "Tranzacția reclamată are nr. X" names a transaction."""
    assert transactions(TextView.of("iar tranzacția reclamată are nr. 40551290.")) == ["40551290"]


def test_a_registration_table_reads_each_value_under_its_label() -> None:
    """Labels on one row, values under them: the file number is the third cell, not the first."""
    text = (
        "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SIBIU\n"
        "Număr de înregistrare Data Dosar penal\n"
        "8127/II/5/2026 04.12.2026 4410/P/2025\nCătre: OKAZII.RO\n"
    )
    view = TextView.of(text)
    assert reference(view) == ("8127/II/5/2026", "2026-12-04")
    assert case_number(view) == "4410/P/2025"
    # a row whose cells do not fit the labels is not read as the table
    odd = TextView.of("Număr de înregistrare Data\n8127/II/5/2026 mâine\n")
    assert reference(odd)[1] is None


def test_a_courts_incidental_file_keeps_its_suffix() -> None:
    """ "1203/100/2026/a1" is a file of its own (an appeal in the main file), read whole."""
    assert case_number(TextView.of("Dosar nr. 1203/100/2026/a1 (cameră preliminară)")) == (
        "1203/100/2026/A1"
    )


@pytest.mark.parametrize(
    ("text", "number", "date"),
    [
        ("Ref. no. 3901/EUR/2026 of 01.12.2026\nTo: OKAZII.RO", "3901/EUR/2026", "2026-12-01"),
        ("Our ref.: 55/2026\nDate: 3 December 2026\n", "55/2026", "2026-12-03"),
    ],
)
def test_an_english_letters_reference_line(text: str, number: str, date: str) -> None:
    """A letter in English (a foreign request relayed by the Europol unit) numbers itself too."""
    assert reference(TextView.of(text)) == (number, date)


def test_the_romanian_codes_named_in_english() -> None:
    from parsers.fields.legal import articles

    view = TextView.of(
        "collected under Article 170 of the Romanian Code of Criminal Procedure, for offences "
        "under Article 249 of the Romanian Criminal Code."
    )
    assert articles(view) == (["art. 170 CPP"], ["art. 249 CP"])


@pytest.mark.parametrize(
    ("text", "number", "date"),
    [
        # a court's letter: dated on a labelled line, the street number is no registration
        (
            "JUDECĂTORIA CONSTANȚA\nDosar nr. 21456/212/2026\nEmis la data de 30.11.2026\n"
            "Răspunsul la sediul instanței din Str. Traian\nnr. 31, Constanța.",
            None,
            "2026-11-30",
        ),
        # a unit's letters after the compartment
        (
            "Nr. 1.511.840/ITPF-OR din 04.12.2026\nExemplar nr. 1/2",
            "1.511.840/ITPF-OR",
            "2026-12-04",
        ),
    ],
)
def test_dates_labelled_and_numbers_that_are_not_registrations(
    text: str, number: str | None, date: str
) -> None:
    assert reference(TextView.of(text)) == (number, date)


def test_a_court_act_numbers_itself_under_its_title() -> None:
    """ "Încheierea penală nr. 418/DL/2026" is the act's number, dated on the line under it; the
    data-protection operator's number is no registration."""
    text = (
        "TRIBUNALUL CLUJ\nDosar nr. 3391/117/2026\n"
        "Operator de date cu caracter personal nr. 3186\n"
        "Încheierea penală nr. 418/DL/2026\nCamera de consiliu din data de 13 noiembrie 2026\n"
    )
    assert reference(TextView.of(text)) == ("418/DL/2026", "2026-11-13")
    assert reference(TextView.of("Operator de date cu caracter personal nr. 3186\n")) == (
        None,
        None,
    )
