"""Classes seen on round 10's paper dev split (issue 12), tested with texts written here
(another county, other users and numbers than the round's letters). Each failed on the
code before the fix."""

from __future__ import annotations

from parsers import Cues
from parsers.fields.law_enforcement import law_enforcement_fields
from parsers.fields.textview import TextView


def _fields(text: str) -> dict:
    return law_enforcement_fields(TextView.of(text, ocr=True), Cues.default(), None)


HEAD = (
    "INSPECTORATUL DE POLITIE JUDETEAN VRANCEA\nNr. 61.220 din 03.12.2026\n"
    "In dosarul penal nr. 5120/P/2026, in temeiul art. 170 din Codul de procedura penala, "
    "va solicitam sa ne comunicati, cu privire la utilizatorul focsani_piese_auto, "
    "pentru perioada 01.09.2026 - 30.11.2026:\n\n"
)


def test_a_list_numbered_with_a_semicolon_for_the_first_full_stop() -> None:
    """ "1; datele …" as a fax prints "1." under a speck: the old reader found no list and
    gave the sentence's tail ("pentru perioada …") as the data asked for."""
    text = HEAD + (
        "1; datele de identificare ale utilizatorului;\n2. adresele IP de autentificare;\n"
        "3. . istoricul tranzactiilor.\n\nRaspunsul se va transmite pe e-mail.\n"
    )
    assert _fields(text)["requested_data"] == [
        "datele de identificare ale utilizatorului",
        "adresele IP de autentificare",
        "istoricul tranzactiilor",
    ]


def test_an_authority_s_address_damaged_under_a_stamp_is_no_user() -> None:
    """ "sic@vn.politiaromana.ro" read under a stamp as "c@vhipelitiarowana.ro": the
    authority's mailbox as OCR damaged it, not a user's address; a user's own stays."""
    text = HEAD + (
        "1. datele de identificare ale utilizatorului si ale titularului adresei "
        "focsani.piese@yahoo.com;\n2. adresele IP de autentificare.\n\n"
        "idregey c@vhipelitiarowana.ro.\nComisar sef de politie\n"
    )
    emails = [s["value"] for s in _fields(text)["subjects"] if s["kind"] == "email"]
    assert emails == ["focsani.piese@yahoo.com"]


def test_a_registration_table_whose_number_label_has_a_comma() -> None:
    """ "Nr, înregistrare | Data | Dosar penal" over its row of values (a fax's comma for the
    full stop): the old reader did not take the head for one and lost number and date."""
    text = (
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN VRANCEA\nPOLIȚIA MUNICIPIULUI ADJUD\n\n"
        "Nr, înregistrare Data Dosar penal\n\n27.915 01.12.2026 | 640/P/2026 |]\n\n"
        "Către S.C. X S.R.L.\nVă solicităm să ne comunicați datele utilizatorului adjud_moto.\n"
    )
    fields = _fields(text)
    assert (fields["reference_number"], fields["reference_date"], fields["case_number"]) == (
        "27915",
        "2026-12-01",
        "640/P/2026",
    )
