"""Requested data on OCR'd paper: how lists are introduced and laid out (round 5 classes).

Each text is written for these tests (no letter's own sentence): a marker whose
full stop OCR doubled, lower-case Roman markers read "ji." and "iii,", a list
continued on the next page under the fax header and running title, a table of
users between the introduction and the list, data in a numbered table, a label
"Datele solicitate sunt:" after a sentence that asks for preservation, items
closed by ";" with commas of their own, a date read with spaces after its dots.
"""

from __future__ import annotations

from parsers.fields.requested import requested_data
from parsers.fields.textview import TextView


def _ocr(text: str) -> list[str]:
    return requested_data(TextView.of(text, ocr=True))


def test_a_marker_whose_full_stop_ocr_doubled_is_a_marker() -> None:
    text = (
        "Vă rugăm să ne transmiteți, pentru contul „lemn_ars77”, următoarele:\n"
        "1. numele și prenumele titularului;\n"
        "2... istoricul autentificărilor din ultimele trei luni;\n"
        "3.. anunțurile active la data primirii prezentei.\n\n"
        "Cu stimă,\n"
    )
    assert _ocr(text) == [
        "numele și prenumele titularului",
        "istoricul autentificărilor din ultimele trei luni",
        "anunțurile active la data primirii prezentei",
    ]


def test_lower_case_roman_markers_as_ocr_reads_them() -> None:
    text = (
        "În temeiul art. 170 C.p.p., vă rugăm să ne comunicați, după cum urmează:\n"
        "i. adresa de livrare declarată de titular;\n"
        "ji. mesajele schimbate prin platformă în luna octombrie;\n"
        "iii, plățile încasate prin card.\n\n"
        "Vă mulțumim.\n"
    )
    assert _ocr(text) == [
        "adresa de livrare declarată de titular",
        "mesajele schimbate prin platformă în luna octombrie",
        "plățile încasate prin card",
    ]


def test_a_list_goes_on_past_the_next_pages_header_with_the_item_it_expects() -> None:
    text = (
        "Instanța vă solicită următoarele informații privind utilizatorul „vechituri.bz”:\n"
        "1. data la care a fost deschis contul;\n"
        "2. numărul de telefon confirmat;\n"
        "\f\n"
        "05.01.2027 10:12 JUDECATORIA BUZAU Fax +40238000000 Pag. 2/2\n"
        "Judecătoria Buzău - Dosar nr. 77/200/2026 - pag. 2\n"
        "3. lista comenzilor plasate în anul 2026.\n\n"
        "Grefier,\n"
    )
    assert _ocr(text) == [
        "data la care a fost deschis contul",
        "numărul de telefon confirmat",
        "lista comenzilor plasate în anul 2026",
    ]


def test_a_closed_list_does_not_run_into_the_next_page() -> None:
    text = (
        "Vă rugăm să ne comunicați:\n"
        "1. data la care a fost deschis contul;\n"
        "2. numărul de telefon confirmat.\n"
        "\f\n"
        "Pagina 2\n"
        "3. Alte mențiuni: nu este cazul.\n"
    )
    assert _ocr(text) == ["data la care a fost deschis contul", "numărul de telefon confirmat"]


def test_a_table_of_users_between_the_introduction_and_the_list() -> None:
    text = (
        "Vă solicităm să ne transmiteți, pentru conturile de mai jos:\n"
        "Nr. | Utilizator | E-mail | ID\n"
        "1 ghete_sibiu ghete.sb@yahoo.com 4410021\n"
        "2 - mara.vintage@gmail.com 4410377\n"
        "a) datele declarate la înregistrare;\n"
        "b) anunțurile șterse după 1 septembrie;\n"
        "c) rambursările efectuate.\n\n"
        "Răspunsul se va transmite prin e-mail.\n"
    )
    assert _ocr(text) == [
        "datele declarate la înregistrare",
        "anunțurile șterse după 1 septembrie",
        "rambursările efectuate",
    ]


def test_data_in_a_numbered_table_under_its_head() -> None:
    text = (
        "vă solicităm să ne predați următoarele înscrisuri privind contul cu ID 55012:\n"
        "Nr. Date solicitate\n"
        "1 extrasul cu toate autentificările contului\n"
        "2 facturile emise în luna august\n"
        "3 corespondența cu serviciul de relații cu clienții\n"
        "Vă mulțumim pentru sprijin.\n"
    )
    assert _ocr(text) == [
        "extrasul cu toate autentificările contului",
        "facturile emise în luna august",
        "corespondența cu serviciul de relații cu clienții",
    ]


def test_a_label_naming_the_data_wins_over_a_sentence_asking_preservation() -> None:
    text = (
        "În temeiul art. 154 C.p.p., vă solicităm păstrarea și, apoi, predarea datelor "
        "privind conturile din tabelul de mai jos:\n"
        "Utilizator E-mail\n"
        "brasov_bikes bikes.bv@gmail.com\n\n"
        "Datele solicitate sunt: adresele IP ale conectărilor; mesajele trimise, "
        "inclusiv cele arhivate; plățile primite.\n"
    )
    assert _ocr(text) == [
        "adresele IP ale conectărilor",
        "mesajele trimise, inclusiv cele arhivate",
        "plățile primite",
    ]


def test_a_date_inside_an_item_read_with_spaces_after_its_dots() -> None:
    text = (
        "Vă rugăm să ne comunicați:\n"
        "1. conectările din perioada 03.02.2026 - 14. 05. 2026;\n"
        "2. datele de facturare.\n"
    )
    assert _ocr(text) == [
        "conectările din perioada 03.02.2026 - 14.05.2026",
        "datele de facturare",
    ]
