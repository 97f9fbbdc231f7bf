"""Requested data read from OCR'd letters: list markers as OCR reads them, lost
bullets, enumerators inside a sentence, punctuation where a space was, specks.

The texts are written for these tests, after what Tesseract made of faxes and
scans (roman numerals read as "Il." "Ill:" "TV.", "1 -" markers, "(i)." for
"(ii)", "vă rugăm să ne:comunicați", "în. perioada").
"""

from __future__ import annotations

import pytest

from parsers.fields.requested import requested_data
from parsers.fields.textview import TextView


def _ocr(text: str) -> list[str]:
    return requested_data(TextView.of(text, ocr=True))


ROMAN = [
    ("I.", "II.", "III.", "IV."),
    ("1. '", "Il.", "Ill:", "TV."),
    ("I. -", "II...", "Il.", "1V."),
    ("l.", "Il)", "III)", "IV)"),
]


@pytest.mark.parametrize("marks", ROMAN)
def test_roman_markers_as_ocr_reads_them(marks: tuple[str, ...]) -> None:
    text = (
        "Având în vedere art. 170 C.proc.pen., vă rugăm să ne transmiteți, privind contul\n"
        "de utilizator „radu.piese.auto”:\n"
        f"{marks[0]} datele de identificare ale titularului;\n"
        f"{marks[1]} adresele IP de conectare;\n\n"
        f"{marks[2]} corespondența purtată cu cumpărătorii;\n"
        f"{marks[3]} conturile bancare folosite.\n\n"
        "Vă mulțumim.\n"
    )
    assert _ocr(text) == [
        "datele de identificare ale titularului",
        "adresele IP de conectare",
        "corespondența purtată cu cumpărătorii",
        "conturile bancare folosite",
    ]


@pytest.mark.parametrize(
    "marks",
    [("1 -", "2-", "3 -"), ("1.", "2,", "3. -"), ("+", "*", "*"), ("1)", "2)", "3)")],
)
def test_dash_comma_and_plus_markers(marks: tuple[str, ...]) -> None:
    text = (
        "În temeiul art. 170 C.p.p., vă rog să comunicați următoarele date cu privire la\n"
        "utilizatorul cu adresa de e-mail vand.biciclete@yahoo.com:\n\n"
        f"{marks[0]} nume utilizator și date de identificare;\n"
        f"{marks[1]} tranzacțiile efectuate în anul 2026;\n"
        f"{marks[2]} IP-urile de creare a contului.\n\n"
        "Răspunsul se va transmite prin e-mail.\n"
    )
    assert _ocr(text) == [
        "nume utilizator și date de identificare",
        "tranzacțiile efectuate în anul 2026",
        "IP-urile de creare a contului",
    ]


def test_bullets_lost_after_the_first_item() -> None:
    text = (
        "Vă aducem la cunoștință că pe rolul Serviciului de Investigații Criminale se află\n"
        "dosarul penal nr. 1200/P/2026, în care se efectuează cercetări pentru înșelăciune.\n"
        "În baza art. 170 C.p.p., vă solicităm să ne puneți la dispoziție, referitor la\n"
        "utilizatorul mobila_veche_bv:\n\n"
        "— datele de identificare ale titularului\n\n"
        "lista anunțurilor publicate\n"
        "adresele de livrare folosite\n\n"
        "pentru perioada 1 martie 2026 - 30 septembrie 2026.\n"
        "Răspunsul îl puteți transmite prin e-mail.\n"
    )
    assert _ocr(text) == [
        "datele de identificare ale titularului",
        "lista anunțurilor publicate",
        "adresele de livrare folosite",
    ]


def test_wrapped_item_is_not_a_lost_bullet() -> None:
    text = (
        "Vă rugăm să ne comunicați, pentru contul de utilizator „ana.bijuterii”, următoarele:\n"
        "- datele de identificare ale titularului contului, astfel cum au fost declarate\n"
        "la crearea contului și actualizate ulterior de către utilizator în platformă;\n"
        "- adresele IP de conectare.\n"
    )
    assert _ocr(text) == [
        "datele de identificare ale titularului contului, astfel cum au fost declarate "
        "la crearea contului și actualizate ulterior de către utilizator în platformă",
        "adresele IP de conectare",
    ]


@pytest.mark.parametrize("glue", [":", ".", ",", " :"])
def test_request_phrase_with_punctuation_for_a_space_and_inline_enumerators(glue: str) -> None:
    text = (
        "În dosarul penal nr. 77/P/2025, în temeiul art. 170 C.pr.pen. vă rugăm să ne"
        f"{glue}comunicați,\ncu privire la utilizatorul care a folosit adresa de e-mail\n"
        "dan.vinde.or@yahoo.com: (i) datele de identificare ale contului; (i). anunțurile\n"
        "publicate începând cu data de 01.01.2025; (iii) datele de conectare (IP, dată și oră)\n"
        "aferente acestor anunțuri.\n\nRăspunsul va fi înaintat în format electronic.\n"
    )
    assert _ocr(text) == [
        "datele de identificare ale contului",
        "anunțurile publicate începând cu data de 01.01.2025",
        "datele de conectare (IP, dată și oră) aferente acestor anunțuri",
    ]


def test_deadline_clause_is_not_an_item() -> None:
    text = (
        "DISPUN:\n\nObligarea S.C. OKAZII S.R.L. să comunice, în termen de 5 zile de la primire,"
        " datele de\nidentificare ale utilizatorului, adresele IP de conectare și istoricul"
        " comenzilor.\n"
    )
    assert _ocr(text) == [
        "datele de identificare ale utilizatorului",
        "adresele IP de conectare",
        "istoricul comenzilor",
    ]


def test_speck_after_a_short_word_is_dropped() -> None:
    text = (
        "Vă rugăm să ne comunicați următoarele date:\n"
        "1. adresele IP folosite în. perioada 01.09.2026 - 30.11.2026;\n"
        "2. numerele de telefon asociate la. contul utilizatorului.\n"
    )
    assert _ocr(text) == [
        "adresele IP folosite în perioada 01.09.2026 - 30.11.2026",
        "numerele de telefon asociate la contul utilizatorului",
    ]


def test_every_marker_lost_items_closed_by_semicolons() -> None:
    text = (
        "Față de cele de mai sus, în temeiul art. 170 C.proc.pen., vă rugăm să ne iransmiteti,. pentru\n"
        "perioada 01.06.2026 - 31.10.2026, urmitoarele: i\n\n"
        "datele de identificare ale titularului contului;\n"
        "toate adresele de e-mail și numerele de telefon asociate contului;\n\n"
        "adresele IP de conectare;\n"
        "corespondența purtată prin platformă cu cumpărătorii:\n"
        "detaliile comenzilor plasate.\n\n"
        "ap =\n\nRăspunsul dumneavoastră va fi transmis în format electronic.\n"
    )
    assert _ocr(text) == [
        "datele de identificare ale titularului contului",
        "toate adresele de e-mail și numerele de telefon asociate contului",
        "adresele IP de conectare",
        "corespondența purtată prin platformă cu cumpărătorii",
        "detaliile comenzilor plasate",
    ]


@pytest.mark.parametrize("scraps", ["vik wn", "PNR", "ap = Il"])
def test_scraps_of_ink_between_items(scraps: str) -> None:
    text = (
        "Vă rugăm să ne comunicați următoarele date, aferente perioadei 1 - 30 noiembrie 2026:\n\n"
        "1. datele de identificare ale titularului contului;\n"
        "adresele IP și datele de conectare;\n\n"
        f"{scraps}\n\n"
        "eventualele alte conturi administrate de aceeași persoană.\n\n"
        "Răspunsul va fi transmis electronic.\n"
    )
    assert _ocr(text) == [
        "datele de identificare ale titularului contului",
        "adresele IP și datele de conectare",
        "eventualele alte conturi administrate de aceeași persoană",
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "Pagina 1 din 2\n\f\nContinuare la adresa nr. 1.207.310 din 14.10.2026",
        "1/2\n\f\n02/12/2026 17:02 +40 232 555 192 IPJ IASI Pag. 2/2",
    ],
)
def test_the_page_turns_between_the_introduction_and_the_list(furniture: str) -> None:
    text = (
        "În temeiul art. 170 C.p.p., vă rugăm să dispuneți comunicarea următoarelor date, aferente\n"
        f"perioadei 15.08.2026 - 31.10.2026:\n\n{furniture}\n\n"
        "a) datele de identificare ale titularilor conturilor;\n\n"
        "b) adresele de e-mail și numerele de telefon asociate;\n"
        "Cc) tranzacțiile efectuate și modalitățile de plată folosite.\n\n"
        "Vă mulțumim.\n"
    )
    assert _ocr(text) == [
        "datele de identificare ale titularilor conturilor",
        "adresele de e-mail și numerele de telefon asociate",
        "tranzacțiile efectuate și modalitățile de plată folosite",
    ]


def test_tilde_bullets() -> None:
    text = (
        "Vă solicităm să ne comunicați datele privind utilizatorul „best_phones”, pentru perioada\n"
        "01.05.2026 - 23.11.2026:\n\n"
        "— adresele IP, data și ora autentificărilor;\n"
        "~ datele de trafic și de localizare disponibile;\n"
        "~ conturile bancare asociate.\n"
    )
    assert _ocr(text) == [
        "adresele IP, data și ora autentificărilor",
        "datele de trafic și de localizare disponibile",
        "conturile bancare asociate",
    ]
