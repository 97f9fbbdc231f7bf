"""Classes seen on the spent paper rounds (6 and 8: genuine faxes left `incomplete`), tested
with texts written here (other counties, towns, numbers and users than the rounds' letters).
Each test failed on the code before its fix (issue 12)."""

from __future__ import annotations

from pathlib import Path

from parsers import Cues
from parsers.fields.law_enforcement import law_enforcement_fields
from parsers.fields.textview import TextView
from router.policy import heading_lines, load_policy
from router.signatures.evaluation import transmission_numbers

REGISTRY = """
[[authorities]]
name = "Inspectoratul de Poliție Județean Vaslui"
kind = "police"
domains = ["vs.politiaromana.ro"]

[[authorities]]
name = "Parchetul de pe lângă Tribunalul Vaslui"
kind = "prosecutor"
domains = ["mpublic.ro"]
"""


def _fields(text: str) -> dict:
    return law_enforcement_fields(TextView.of(text, ocr=True), Cues.default(), None)


def test_a_place_and_date_column_beside_the_heading_does_not_end_it(tmp_path: Path) -> None:
    """OCR joins the heading's capitals and the column on its right ("… INTERNE Bârlad,
    04.12.2026"); the old reader ended the heading there, before the inspectorate."""
    text = (
        "ROMANIA NESECRET\n"
        "MINISTERUL AFACERILOR INTERNE Bârlad, 04.12.2026\n"
        "INSPECTORATUL DE POLITIE JUDETEAN VASLUI Exemplar nr. 1/3\n"
        "POLITIA MUNICIPIULUI BARLAD\n\nCatre\nOKAZII\n"
    )
    assert heading_lines(text)[:4] == [
        "ROMANIA",
        "MINISTERUL AFACERILOR INTERNE",
        "INSPECTORATUL DE POLITIE JUDETEAN VASLUI",
        "POLITIA MUNICIPIULUI BARLAD",
    ]
    path = tmp_path / "policy.toml"
    path.write_text(REGISTRY, "utf-8")
    policy = load_policy(path)
    found = policy.authority_in_heading(text)
    assert found is not None and found.name == "Inspectoratul de Poliție Județean Vaslui"


def test_a_registration_column_with_a_comma_and_a_copy_column_are_cut_off() -> None:
    text = (
        "INSPECTORATUL DE POLITIE JUDETEAN VASLUI Nr, 40.377 din 04,12,2026\n"
        "POLITIA ORASULUI NEGRESTI Exemplar unic\n\nCatre\n"
    )
    assert heading_lines(text) == [
        "INSPECTORATUL DE POLITIE JUDETEAN VASLUI",
        "POLITIA ORASULUI NEGRESTI",
    ]


def test_a_heading_in_title_case_keeps_its_county_before_a_place_column() -> None:
    """The place column is cut only after a word in capitals: in a heading written in Title
    case, "Tribunalul Vaslui Vaslui, 4 …" is not cut before the county."""
    lines = heading_lines("Parchetul de pe lângă Tribunalul Vaslui Vaslui, 4 decembrie 2026\n\nx")
    assert all("Vaslui" in line for line in lines)
    assert lines and lines[0].startswith("Parchetul de pe lângă Tribunalul Vaslui")


def test_the_machine_s_date_is_no_part_of_its_number() -> None:
    """ "03.12.2026 09:40 0235411209 …": the date's digits ran on into a number
    (0312202609) the registry does not know, and the genuine fax was held for a call-back."""
    assert transmission_numbers("03.12.2026 09:40 0235411209 POLITIA NEGRESTI PAG 1/1\n") == {
        "0235411209"
    }
    assert transmission_numbers("04-DEC-2026 10:05 +40 235 411 209 IPJ VS P.1/2\n") == {
        "0235411209"
    }


def test_a_date_read_with_commas_is_a_date() -> None:
    fields = _fields(
        "INSPECTORATUL DE POLITIE JUDETEAN VASLUI\nNr. 40.377 din 04,12,2026\n"
        "In dosarul penal nr. 911/P/2026, in baza art. 170 C.p.p., va rugam sa ne comunicati "
        "datele de identificare ale utilizatorului vaslui_anunturi.\n"
    )
    assert fields["reference_date"] == "2026-12-04"


def test_an_amount_with_commas_is_no_date() -> None:
    fields = _fields("Prejudiciul este de 12,500,2026 lei.\n")
    assert fields["reference_date"] is None


def test_art_with_a_colon_for_its_full_stop_across_a_line() -> None:
    fields = _fields(
        "In dosarul penal nr. 911/P/2026, in baza art:\n170 C.pp. va rugam sa ne comunicati "
        "datele de identificare ale utilizatorului vaslui_anunturi.\n"
    )
    assert fields["legal_basis"] == ["art. 170 CPP"]


def test_the_request_s_pronoun_as_ocr_reads_it() -> None:
    """ "să he comunicați": "ne" with its n read as h; the request phrase was not found and
    no data asked for."""
    fields = _fields(
        "In dosarul penal nr. 911/P/2026, in baza art. 170 C.p.p. va rugam sa he comunicati "
        "datele de identificare si de contact, precum si istoricul comenzilor.\n"
    )
    assert fields["requested_data"] == [
        "datele de identificare si de contact",
        "istoricul comenzilor",
    ]


def test_please_do_not_tell_the_user_asks_for_nothing() -> None:
    fields = _fields(
        "In dosarul penal nr. 911/P/2026, va rugam sa nu comunicati utilizatorului "
        "existenta dosarului.\n"
    )
    assert fields["requested_data"] == []


def test_a_full_stop_between_the_article_and_its_code() -> None:
    fields = _fields(
        "In dosarul penal nr. 911/P/2026, in baza art. 170. Cod procedura penala, va rugam "
        "sa ne comunicati datele de identificare ale utilizatorului vaslui_anunturi.\n"
    )
    assert fields["legal_basis"] == ["art. 170 CPP"]


def test_the_at_sign_read_as_q_with_a_space_before_it() -> None:
    """ "e-mail office Qecodeal-bv.ro": the labelled-address repair took "Qecodeal-bv.ro" for
    the domain and the user's address came out as office@qecodeal-bv.ro."""
    fields = _fields(
        "In dosarul penal nr. 911/P/2026, in temeiul art. 170 C.proc.pen., pentru utilizatorul "
        "„vaslui_mobila” (ID 4410932, e-mail contact Qmobila-vs.ro), va rugam sa ne comunicati "
        "datele de identificare.\n"
    )
    assert {"kind": "email", "value": "contact@mobila-vs.ro"} in fields["subjects"]


def test_a_user_id_first_of_what_the_parentheses_give() -> None:
    fields = _fields(
        "In dosarul penal nr. 911/P/2026, in temeiul art. 170 C.proc.pen., pentru utilizatorul "
        "„vaslui_mobila” (ID 4410932, e-mail contact@mobila-vs.ro), va rugam sa ne comunicati "
        "datele de identificare.\n"
    )
    assert {"kind": "user_id", "value": "4410932"} in fields["subjects"]


def test_a_word_beginning_with_qu_keeps_its_q() -> None:
    from parsers.repair import repair_ocr

    assert repair_ocr("scrieti la ana Quality.ro") == "scrieti la ana Quality.ro"
