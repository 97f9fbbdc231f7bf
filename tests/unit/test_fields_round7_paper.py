"""Classes seen on round 7's paper dev split (issue 12), each with texts written here
(other institutions, names and wordings than the round's letters):

- an institution the registry lists and no shipped family names (the ministry's
  anticorruption directorate, a customs office) is an issuer, not the ministry above it;
  units of the anticorruption and organised-crime families are issuers of their own;
- "art. 170° C.pp": OCR's degree sign after an article's number;
- "Bb." for "b.": OCR doubling a lettered list's marker;
- a list closed by ";" opened by the user it is about ("pentru: utilizatorul „x” (…), datele …");
- a lone speck between two words of an item ("istoricul . plăților");
- an ordonanță names its author at its start ("Ionescu Maria, procuror în cadrul …");
- a registration table's row "Număr Data Dosar penal" / "12.345 01.12.2026 345/P/2026":
  the date's year is not glued to the file number by OCR repair, and the file number
  is read from the table when OCR scattered it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.fields.authority import find_authority
from parsers.fields.legal import articles
from parsers.fields.numbers import case_number
from parsers.fields.requested import requested_data
from parsers.fields.signatory import find_signatory
from parsers.fields.textview import TextView
from router.policy import load_policy

REGISTRY = """
[[authorities]]
name = "Direcția Generală Anticorupție"
kind = "police"
domains = ["dga.example.ro"]
confirmed = true

[[authorities]]
name = "Direcția Regională Vamală Galați"
kind = "other"
domains = ["vama-gl.example.ro"]
confirmed = true
"""


@pytest.fixture(scope="module")
def cues(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("policy") / "policy.toml"
    path.write_text(REGISTRY, encoding="utf-8")
    return load_policy(path).cues


def _authority(text: str, cues) -> str | None:  # type: ignore[no-untyped-def]
    return find_authority(TextView.of(text, ocr=True, vocabulary=cues.vocabulary), cues, None)[0]


def test_a_registry_institution_without_a_family_is_the_issuer(cues) -> None:  # type: ignore[no-untyped-def]
    text = (
        "MINISTERUL AFACERILOR INTERNE\n"
        "DIRECȚIA GENERALĂ ANTICORUPȚIE ; Nr. 88.412\n\n"
        "Către OKAZII.RO\n\nVă rugăm să ne comunicați datele utilizatorului.\n"
    )
    assert _authority(text, cues) == "Direcția Generală Anticorupție"


def test_the_anticorruption_directorate_is_known_without_the_registry() -> None:
    shipped = load_policy().cues
    text = (
        "MINISTERUL AFACERILOR INTERNE\nDIRECȚIA GENERALĂ ANTICORUPȚIE\n"
        "Serviciul Județean Anticorupție Bihor\n\nCătre OKAZII.RO\n"
    )
    assert _authority(text, shipped) == "Serviciul Județean Anticorupție Bihor"


def test_a_registry_name_of_a_known_family_changes_nothing(cues) -> None:  # type: ignore[no-untyped-def]
    names = [a.name for a in cues.authorities]
    assert "Direcția Regională Vamală Galați" not in names  # the customs family reads it
    assert names.count("Direcția Generală Anticorupție") == 1


def test_unconfirmed_catch_alls_of_the_shipped_registry_are_no_issuers() -> None:
    """The shipped registry's catch-all entries alias "Instanța", "Procuratura": a
    complaint saying "instanța" names no issuer."""
    names = {a.name for a in load_policy().cues.authorities}
    assert "Instanța" not in names and "Procuratura" not in names


@pytest.mark.parametrize(
    "cited", ["art. 152° C.pp,", "art. 152º C.p.p.", "art.152° din Codul de procedură penală"]
)
def test_a_degree_sign_after_the_article(cited: str) -> None:
    bases, _ = articles(TextView.of(f"În temeiul {cited} vă solicităm", ocr=True))
    assert bases == ["art. 152 CPP"]


def test_a_lettered_marker_ocr_doubled() -> None:
    text = (
        "Vă solicităm să ne comunicați următoarele:\n"
        "a. numele și prenumele titularului;\n"
        "Bb. adresele de livrare folosite;\n"
        "c. numerele de telefon asociate contului;\n\n"
        "Cu stimă,\n"
    )
    assert requested_data(TextView.of(text, ocr=True)) == [
        "numele și prenumele titularului",
        "adresele de livrare folosite",
        "numerele de telefon asociate contului",
    ]


def test_the_user_before_the_first_datum_of_a_list_closed_by_semicolons() -> None:
    text = (
        "vă rugăm să ne comunicați, pentru: utilizatorul „mobila_ieftina” (telefon "
        "0744 000 111), copiile actelor de identitate încărcate; lista plăților primite; "
        "adresele IP ale autentificărilor.\n"
    )
    assert requested_data(TextView.of(text, ocr=True)) == [
        "copiile actelor de identitate încărcate",
        "lista plăților primite",
        "adresele IP ale autentificărilor",
    ]


def test_a_lone_speck_inside_an_item() -> None:
    text = "vă rugăm să ne comunicați: istoricul . plăților efectuate; datele contului.\n"
    assert requested_data(TextView.of(text, ocr=True))[0] == "istoricul plăților efectuate"


def test_an_ordonanta_names_its_author_at_its_start() -> None:
    text = (
        "ROMÂNIA\nMINISTERUL PUBLIC\nPARCHETUL DE PE LÂNGĂ JUDECĂTORIA ORADEA\n"
        "ORDONANȚĂ\nOradea, 1 decembrie 2026\n"
        "Ionescu Maria-Elena, procuror în cadrul Parchetului de pe lângă Judecătoria Oradea,\n"
        "Examinând actele dosarului,\nDISPUN:\nObligarea OKAZII.RO să comunice datele.\n"
        "Procuror,\n~~ ,. ' ;\n"
    )
    assert find_signatory(TextView.of(text, ocr=True)) == "Procuror Ionescu Maria-Elena"


def test_a_sentence_with_a_function_is_no_author() -> None:
    text = "Examinând actele, procuror în cadrul parchetului a dispus.\nCu stimă,\n"
    assert find_signatory(TextView.of(text, ocr=True)) is None


def test_a_table_row_keeps_the_date_and_the_file_number_apart() -> None:
    text = (
        "POLIȚIA MUNICIPIULUI ORADEA\n\nNumăr Data Dosar penal\n"
        "12.345 01.12.2026 345/P/2026\nCătre OKAZII.RO\n"
    )
    view = TextView.of(text, ocr=True)
    assert "01.12.2026 345/P/2026" in view.text
    assert case_number(view) == "345/P/2026"
