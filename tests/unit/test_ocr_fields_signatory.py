"""The signer of an OCR'd letter: ranks damaged by ink or cut at the page's edge, a name
with the signature's strokes after it or scraps of them above it, rank words read
without their diacritics, given names too, and the officer who writes in the first
person. The texts are written for these tests after what Tesseract made of faxes.
"""

from __future__ import annotations

import pytest

from parsers.fields.signatory import find_signatory
from parsers.fields.textview import TextView

BODY = (
    "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați datele\n"
    "de identificare ale titularului contului și adresele IP de conectare.\n\n"
    "Răspunsul va fi înaintat în format electronic la adresa de mai sus.\n\n"
)


def _ocr(block: str, body: str = BODY) -> str | None:
    return find_signatory(TextView.of(body + block, ocr=True))


@pytest.mark.parametrize(
    ("block", "want"),
    [
        (
            ": Prirm-procuror,-.. +\nTudor Cristian-Ovidiu\nAY pă\n",
            "Prim-procuror Tudor Cristian-Ovidiu",
        ),
        ("rim-procuror,\nMarin Dobre\n", "Prim-procuror Marin Dobre"),
        ("~ Procurorr,\n  Elena Sârbu\n", "Procuror Elena Sârbu"),
        (
            "| | isar-șef de poliție\n| a ‘ | Gheorghe Liviu\n",
            "Comisar-șef de poliție Gheorghe Liviu",
        ),
        ("e Judecatorr,\nMaria Pop\n", "Judecător Maria Pop"),
    ],
)
def test_rank_damaged_by_ink_or_cut_at_the_edge(block: str, want: str) -> None:
    assert _ocr(block) == want


@pytest.mark.parametrize(
    "block",
    [
        "Procesarea,\nTudor Cristian\n",  # a word near no rank
        "Președintele instanței a dispus,\nTudor Cristian\n",  # prose, not a signature
        "Inspectorul a constatat următoarele,\nTudor Cristian\n",
    ],
)
def test_no_rank_no_signatory(block: str) -> None:
    assert _ocr(block) is None


@pytest.mark.parametrize(
    ("name_line", "want"),
    [
        ("Dumitru Bogdan Lupu A las", "Dumitru Bogdan Lupu"),
        ("Dumitru Bogdan Lupu ~ ey Wo", "Dumitru Bogdan Lupu"),
        ("\\ Dumitru Bogdan Lupu | a", "Dumitru Bogdan Lupu"),
    ],
)
def test_name_with_the_signature_drawn_over_its_end(name_line: str, want: str) -> None:
    assert _ocr(f"Cu stimă,\n\nComisar de poliție \\\n{name_line}\nȘef Serviciu\n") == (
        f"Comisar de poliție {want}"
    )


def test_name_with_a_following_word_is_prose() -> None:
    assert _ocr("Comisar de poliție\nDumitru Bogdan Lupu efectuează cercetări\n") is None


@pytest.mark.parametrize("scraps", ["A. | x : ni, | Piz oo", "oa | iz : e", "Ww. ‘| ca ~"])
def test_scraps_of_a_signature_between_rank_and_name(scraps: str) -> None:
    block = f"ȘEFUL SERVICIULUI\nSubcomisar de poliție\n{scraps}\n| Radu Enache\n"
    assert _ocr(block) == "Subcomisar de poliție Radu Enache"


def test_rank_words_get_their_diacritics_each() -> None:
    assert _ocr("Sef serviciu\nComisar-sef de poliție\nNistor Adrian\n\nUZ\n") == (
        "Comisar-șef de poliție Nistor Adrian"
    )


@pytest.mark.parametrize("given", ["Stefan", "Catalin", "Ionut"])
def test_given_names_get_their_diacritics_when_the_letter_has_them(given: str) -> None:
    want = {"Stefan": "Ștefan", "Catalin": "Cătălin", "Ionut": "Ionuț"}[given]
    assert _ocr(f"Procuror,\n{given} Marinescu\n") == f"Procuror {want} Marinescu"
    # a letter read without any diacritics keeps the name as read
    plain = BODY.replace("ă", "a").replace("ț", "t").replace("ș", "s").replace("î", "i")
    plain = plain.replace("Î", "I")
    assert _ocr(f"Procuror,\n{given} Marinescu\n", plain) == f"Procuror {given} Marinescu"


@pytest.mark.parametrize(
    ("opening", "want"),
    [
        (
            "Subsemnatul, inspector principal de politie Vlad Sorin, din cadrul Biroului",
            # the letter has diacritics: the rank is written with them
            "Inspector principal de poliție Vlad Sorin",
        ),
        (
            "Subsemnata comisar de poliție Ana Maria Ilie, din cadrul Serviciului",
            "Comisar de poliție Ana Maria Ilie",
        ),
    ],
)
def test_first_person_letter_with_an_unreadable_signature(opening: str, want: str) -> None:
    body = (
        f"{opening} de Investigații, în dosarul penal nr. 61/P/2026, vă rog să comunicați\n"
        "datele de identificare ale utilizatorului.\n\nSef birou\n\nAp\n"
    )
    assert find_signatory(TextView.of(body, ocr=True)) == want


def test_a_signature_block_wins_over_the_first_person() -> None:
    body = (
        "Subsemnatul, agent de poliție Rusu Dan, din cadrul Biroului, vă rog să comunicați\n"
        "datele cerute.\n\nȘEF BIROU\nComisar de poliție\nPetrescu Mihai\n"
    )
    assert find_signatory(TextView.of(body, ocr=True)) == "Comisar de poliție Petrescu Mihai"
