"""OCR'd text: the repairs of `normalize.repair_ocr` and the extractors reading past stamp and signature noise."""

from __future__ import annotations

import pytest

from parsers import Cues
from parsers.fields.complaint import counterparty
from parsers.fields.people import complainant
from parsers.fields.signatory import find_signatory
from parsers.fields.subjects import find_subjects
from parsers.fields.textview import TextView
from parsers.normalize import clean, repair_ocr


@pytest.mark.parametrize(
    ("raw", "repaired"),
    [
        ("utilizatorul market _pro_ro", "utilizatorul market_pro_ro"),
        ("lrina Marinescu", "Irina Marinescu"),
        ("lconstantin@example.net", "lconstantin@example.net"),  # an address is left alone
        ("tranzacția nr, 53414869", "tranzacția nr. 53414869"),
        ("în temeiul art..152 NCPP", "în temeiul art.152 NCPP"),
        ("¢ adresele de e-mail", "- adresele de e-mail"),
        ("anul 2O26", "anul 2026"),
        ("vă solicităm: |", "vă solicităm:"),
        ("Aferente utilizatonilui înregistrat", "Aferente utilizatorului înregistrat"),
        ("prin cruierat la sediu", "prin curierat la sediu"),
        ("am comandat un telefon", "am comandat un telefon"),  # an inflection is not a typo
        ("istoricul.tranzactiilor efectuate", "istoricul tranzactiilor efectuate"),
        ("contul gabriela.retro7", "contul gabriela.retro7"),
    ],
)
def test_repair_ocr(raw: str, repaired: str) -> None:
    assert repair_ocr(clean(raw)) == repaired


def test_repair_ocr_is_idempotent() -> None:
    text = clean("Aferente utilizatonilui market _pro_ro, nr, 123 ¢ lrina |")
    assert repair_ocr(repair_ocr(text)) == repair_ocr(text)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("Procuror-sef, : ROMANIA\nMatei Ana\n\nSTAMPILA", "Procuror-sef Matei Ana"),
        (
            "Comisar de politie ROMANIA\nTOMA Catalina oe ; : ȘTAMPILA |",
            "Comisar de politie TOMA Catalina",
        ),
        (
            "Comisar-șef de poliție ROMÂNIA\n; ae , STAMPILA\nDiana Vasile",
            "Comisar-șef de poliție Diana Vasile",
        ),
    ],
)
def test_signatory_past_stamp_noise(tail: str, expected: str) -> None:
    text = "Vă mulțumim pentru colaborare.\n\n" + tail
    assert find_signatory(TextView.of(text, ocr=True)) == expected


def test_signatory_in_mail_text_is_not_loosened() -> None:
    """Without OCR, a rank line with other words after it is not a signature."""
    assert (
        find_signatory(TextView.of("Cu stimă,\n\nComisar de politie ROMANIA\nX\nDiana Vasile"))
        is None
    )


def test_complainant_past_signature_scrawl() -> None:
    text = "Solicit returnarea banilor.\n\nMultumesc,\nlrina Marinescu\n\nAmir)\n(ro"
    assert complainant(TextView.of(text, ocr=True), Cues.default(), None) == "Irina Marinescu"


@pytest.mark.parametrize(
    ("sentence", "user"),
    [
        ("de la vânzătorul bogdan fashion55 (comanda 33444416)", "bogdan_fashion55"),
        ("de la utilizatorul shopioana 100, tranzacția nr. 81194374", "shopioana100"),
        ("de la vânzătorul alexandra _ fashion38 (comanda 1234567)", "alexandra_fashion38"),
        ("Am plătit 89 lei, vândut de\nmihai_pro73, comanda nr. 99738148.", "mihai_pro73"),
    ],
)
def test_counterparty_in_pieces(sentence: str, user: str) -> None:
    assert counterparty(TextView.of("Am cumpărat un ceas " + sentence, ocr=True)) == user


def test_pieces_need_a_username_shape() -> None:
    """Plain words after a role word are prose, not a username read in pieces."""
    view = TextView.of("Vânzătorul refuză returul, deși sunt în termen.", ocr=True)
    assert counterparty(view) is None


def test_subject_username_with_dot_and_space() -> None:
    view = TextView.of(
        "Privind persoana care a folosit contul gheorghe. mobila8, înregistrat cu\n"
        "numărul de telefon 0766832496.",
        ocr=True,
    )
    assert find_subjects(view, Cues.default(), None, set())[0] == {
        "kind": "username",
        "value": "gheorghe.mobila8",
    }
