"""Classes seen on round 9's paper dev split (issue 12): how Tesseract prints a fax, tested
with texts written here (other counties, numbers and users than the round's letters).
The marker column, the month-word fax lines, both IBAN cases and the dash before the place
failed on the code before the fix; the others pin what already held beside them."""

from __future__ import annotations

import pytest

from parsers import Cues
from parsers.fields.authority import TRANSMISSION_LINE
from parsers.fields.law_enforcement import law_enforcement_fields
from parsers.fields.textview import TextView
from parsers.normalize import fold


def _fields(text: str) -> dict:
    return law_enforcement_fields(TextView.of(text, ocr=True), Cues.default(), None)


# -- the list's markers read as a column of their own -------------------------------------

COLUMN = (
    "INSPECTORATUL DE POLITIE JUDETEAN VASLUI\nNr. 55.310 din 03.12.2026\n"
    "In dosarul penal nr. 771/P/2026, va rugam sa ne comunicati pentru utilizatorul "
    "vaslui_piese:\n\n1.\n2.\n\n3,\n\n"
    "datele de identificare ale titularului contului;\n"
    "istoricul tranzactiilor din\nultimele 3 luni;\n"
    "adresele IP de conectare.\n\n"
    "Raspunsul va fi transmis la adresa sic@vs.politiaromana.ro.\nSeful serviciului\n"
)


def test_markers_read_apart_from_their_items_still_number_them() -> None:
    """ "1." "2." "3," alone on their lines, then the three items (one wrapped): the old
    reader found no list after the colon and gave the sentence's tail."""
    assert _fields(COLUMN)["requested_data"] == [
        "datele de identificare ale titularului contului",
        "istoricul tranzactiilor din ultimele 3 luni",
        "adresele IP de conectare",
    ]


def test_the_list_after_a_fax_page_s_header_lines_is_read() -> None:
    """The introduction ends page 1; page 2 opens with the fax machine's line and a
    continuation line before the list."""
    text = (
        "INSPECTORATUL DE POLITIE JUDETEAN BACAU\nNr. 88.102 din 04.12.2026\n"
        "In dosarul penal nr. 915/P/2026 va rugam sa ne comunicati pentru acest utilizator:\n"
        "\fNOV-30-2026 16:05 FROM IPJ BACAU 40234555901 P.2/2\n\n"
        "Continuare la adresa nr. 88.102 din 04.12.2026\n\n"
        "1. datele de identificare declarate;\n2. adresele IP de conectare.\n"
    )
    assert _fields(text)["requested_data"] == [
        "datele de identificare declarate",
        "adresele IP de conectare",
    ]


# -- nothing on a fax machine's line is a user --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "NOV-30-2026 16:05 FROM IPJ BACAU 40234555901 P.2/2",
        "30-NOV-2026 16:05 IPJ BACAU +40 234 555 901 P.2/2",
        "30/11/2026 16:05 IPJ BACAU 0234555901 2/2",
    ],
)
def test_a_fax_line_after_a_page_ending_in_a_colon_names_no_user(line: str) -> None:
    """ "… pentru utilizatorul:" ends page 1, and the username reader ran on into page 2's
    transmission line ("nov-30-2026" was a username)."""
    text = (
        "INSPECTORATUL DE POLITIE JUDETEAN BACAU\nNr. 88.102 din 04.12.2026\n"
        "In dosarul penal nr. 915/P/2026 va rugam sa ne comunicati datele utilizatorului "
        "bacau_moto77 si ale utilizatorului:\n"
        f"\f{line}\n\nbacau.piese2\n"
    )
    users = {s["value"].lower() for s in _fields(text)["subjects"] if s["kind"] == "username"}
    assert "bacau_moto77" in users
    assert not any("2026" in u or "nov" in u for u in users), users


@pytest.mark.parametrize(
    "line",
    ["DEC-02-2026 09:31 FROM POL X 40249569122", "01-DEC-2026 14:22 POLITIA X 40243569109"],
)
def test_a_machine_s_date_with_the_month_in_letters_opens_its_line(line: str) -> None:
    assert TRANSMISSION_LINE.search(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        "Bacău, 04 decembrie 2026",
        "din 12.2026 10:30 a fost",
        "2. extrasul de cont de la pag. 3 din anexa;",
        "01.05.2026 - 23.11.2026:",
    ],
)
def test_a_letter_s_own_lines_are_no_machine_s_line(line: str) -> None:
    assert not TRANSMISSION_LINE.search(fold(line))


# -- an IBAN OCR could not read is no user; a user named before an IBAN is one -------------


def test_a_piece_of_an_unreadable_iban_is_no_username() -> None:
    """ "contul Ro66\\nBACX 9900 …": OCR read a digit wrong (the checksum fails) and the
    "O" small; "Ro66" was reported as a username."""
    text = (
        "INSPECTORATUL DE POLITIE JUDETEAN OLT\nNr. 12.345 din 02.12.2026\n"
        "anunturile au fost publicate de utilizatorul olt_gsm_shop, iar platile au fost "
        "efectuate in contul Ro51\nBACX 9900 0012 3456 7890.\n"
    )
    users = [s["value"] for s in _fields(text)["subjects"] if s["kind"] == "username"]
    assert users == ["olt_gsm_shop"]


def test_a_user_named_just_before_an_iban_is_a_user() -> None:
    """The old rule dropped any username within 40 characters before an IBAN on a scan."""
    text = (
        "Nr. 1 din 02.12.2026\nVa rugam sa ne comunicati datele utilizatorului ion_pop77, "
        "cont RO49 AAAA 1B31 0075 9384 0000, in dosarul 12/P/2026.\n"
    )
    kinds = {(s["kind"], s["value"]) for s in _fields(text)["subjects"]}
    assert ("username", "ion_pop77") in kinds
    assert ("iban", "RO49AAAA1B31007593840000") in kinds


# -- the registration line with the place after a dash ------------------------------------


def test_a_registration_line_with_a_dash_then_the_place_gives_its_date() -> None:
    text = (
        "DIRECTIA DE INVESTIGARE A INFRACTIUNILOR DE CRIMINALITATE ORGANIZATA SI TERORISM\n"
        "SERVICIUL TERITORIAL CRAIOVA\nDosar nr. 811/D/P/2026\n"
        "Nr. 1907/II/2/2026 - Craiova, 01.12.2026\n\nCatre S.C. X S.R.L.\n"
    )
    fields = _fields(text)
    assert (fields["reference_number"], fields["reference_date"]) == (
        "1907/II/2/2026",
        "2026-12-01",
    )


# -- a table whose head reads "Utilizator ID" ------------------------------------------------


def test_a_table_with_a_column_of_names_beside_one_of_ids_gives_both() -> None:
    """ "Nr Utilizator ID Telefon" as OCR reads the head of a four-column table: "Utilizator
    ID" was taken for one column of ids, and the usernames were lost."""
    text = (
        "INSPECTORATUL DE POLITIE JUDETEAN DOLJ\nNr. 41.002 din 01.12.2026\n"
        "In dosarul penal nr. 3120/P/2026 va rugam sa ne comunicati, pentru utilizatorii "
        "din tabelul de mai jos:\n\nNr Utilizator ID Telefon\n\n"
        "1 dolj.auto.piese 40112233 0741 200 300\n2 craiova_jante 40112299 0752 111 222\n\n"
        "- datele de identificare declarate;\n"
    )
    subjects = [(s["kind"], s["value"]) for s in _fields(text)["subjects"]]
    assert ("username", "dolj.auto.piese") in subjects
    assert ("username", "craiova_jante") in subjects
    assert ("user_id", "40112233") in subjects
    assert ("user_id", "40112299") in subjects


def test_a_column_of_markers_does_not_swallow_the_prose_after_its_items() -> None:
    """Unclosed short items, then a blank line and the answer's sentence: the column's
    list ends at the capital (the first version of this reader ran on into the signatory)."""
    text = COLUMN.split("1.\n2.")[0] + (
        "1.\n2.\n\ndatele de identificare ale titularului\nadresele IP\n\n"
        "Raspunsul va fi transmis la adresa sic@vs.politiaromana.ro.\nSeful serviciului\n"
    )
    assert _fields(text)["requested_data"] == [
        "datele de identificare ale titularului",
        "adresele IP",
    ]


def test_a_column_of_markers_over_usernames_is_no_list_of_data() -> None:
    text = (
        "Nr. 1 din 02.12.2026\nVa rugam sa ne comunicati datele utilizatorilor:\n\n"
        "1\n2\n\nion_pop77\nmaria_v88\nSeful serviciului\n"
    )
    assert _fields(text)["requested_data"] != ["ion_pop77", "maria_v88"]


@pytest.mark.parametrize(
    "line",
    [
        "Anexa, pagina 2: victim.x@gmail.com, utilizator: ana_pop99",
        "02.12.2026 14:22 a scris utilizatorul ana_pop99",
        "din 12.2026 10:30 a fost contactat utilizatorul ana_pop99",
    ],
)
def test_a_line_that_is_no_machine_s_line_keeps_its_users(line: str) -> None:
    """Only the sending machine's own line (date and time first, then a page tag, "FROM" or
    its number) is set aside; "pagina 2" in a sentence, or a date and time in one, is not."""
    text = "Nr. 1 din 02.12.2026\nVa rugam sa ne comunicati datele urmatoare.\n" + line + "\n"
    users = [s["value"] for s in _fields(text)["subjects"] if s["kind"] == "username"]
    assert "ana_pop99" in users
