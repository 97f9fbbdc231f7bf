"""OCR'd text: the repairs of `repair.repair_ocr` and the extractors reading past stamp and signature noise."""

from __future__ import annotations

import pytest

from parsers import Cues
from parsers.fields.complaint import counterparty
from parsers.fields.people import complainant
from parsers.fields.signatory import find_signatory
from parsers.fields.subjects import find_subjects
from parsers.fields.textview import TextView
from parsers.normalize import clean
from parsers.repair import repair_ocr


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
        ("E-mail: vasile.dan 42@example.org", "E-mail: vasile.dan42@example.org"),
        ("scrieți la 5@x.ro", "scrieți la 5@x.ro"),  # a short word is not part of the address
        ("Email: maria. pop posta.ro", "Email: maria.pop@posta.ro"),
        ("adresa de e-mail Ioan_radu exemplu. ro și", "adresa de e-mail loan_radu@exemplu.ro și"),
        ("contul de e-mail de pe yahoo.com", "contul de e-mail de pe yahoo.com"),
        ("în dosarul nr. 52 3/P/2025", "în dosarul nr. 523/P/2025"),
        ("dosarul 12/P/2025 din 3 3/P/2024", "dosarul 12/P/2025 din 33/P/2024"),
        # round 9's fax: the slash before a criminal file's year lost, and "nr." printed
        # with its dot doubled or a comma beside it
        ("în dosarul penal nr. 7130/P2026, în", "în dosarul penal nr. 7130/P/2026, în"),
        ("dosar nr. 611/D/P2026", "dosar nr. 611/D/P/2026"),
        ("la adresa nr..41.207 din", "la adresa nr.41.207 din"),
        ("la adresa nr., 41.207 din", "la adresa nr. 41.207 din"),
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


def test_letterhead_place_on_its_own_line(cues: Cues) -> None:
    """A letterhead in capitals broken before its city keeps the city; a next heading does not join."""
    from parsers.fields.authority import find_authority

    text = "ROMANIA\nMINISTERUL PUBLIC\nPARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 2\nBUCUREȘTI\n\nStr. X nr. 1"
    assert find_authority(TextView.of(text, ocr=True), cues, None)[0] == (
        "Parchetul de pe lângă Judecătoria Sectorului 2 București"
    )
    text = "IPJ ARGEȘ\nPOLIȚIA MUNICIPIULUI PITEȘTI\nSERVICIUL DE INVESTIGAȚII\n\nNr. 1"
    assert find_authority(TextView.of(text), cues, None)[0] == "Poliția Municipiului Pitești"
    text = "INSPECTORATUL DE POLIȚIE JUDEȚEAN VASLUI\nSERVICIUL DE INVESTIGAȚII CRIMINALE\n"
    assert find_authority(TextView.of(text), cues, None)[0] == (
        "Inspectoratul de Poliție Județean Vaslui"
    )


def test_username_in_pieces_with_ro_ending() -> None:
    """OCR loses the underscores of "casa_verde_ro": the "_ro" ending still marks a username."""
    view = TextView.of("Am cumpărat de la vânzătorul casa verde ro (comanda 123456).", ocr=True)
    assert counterparty(view) == "casa_verde_ro"
    view = TextView.of("Vânzătorul refuză returul produsului, deși am cerut.", ocr=True)
    assert counterparty(view) is None
