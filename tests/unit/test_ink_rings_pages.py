"""Two judgements on paper that missed genuine letters: a kind hidden by print on the ring,
and a fax whose every page repeats the letter's number."""

from __future__ import annotations

from typing import Any

from router.signatures.stamptext import letter_pages, names

# An inspectorate's ring with INSPECTORATUL under a crossing line of print (the signer's
# rank typed across the stamp), read twice.
HIDDEN_KIND = (
    "ROMÂNIA + MINISTERUL AFACERILOR A Foye WovecT ad fe POLIȚIE JUDETEAN IAŞI « "
    "ROMÂNIA + MISTERUL AFACERU-OR A Țeipeţ - WorecT gfe poLIriE JUDEȚEAN 1AŞI"
)


def test_kind_hidden_by_print_is_told_by_the_words_after_it() -> None:
    """Only a county police inspectorate is "DE POLIȚIE JUDEȚEAN": with those words read in
    order, the county read, the ring names it though its first word is lost."""
    assert names(HIDDEN_KIND, "Inspectoratul de Poliție Județean Iași")
    assert names(
        "ROMANIA * XXXXHETUL DE PE LANGA TRIBUNALUL BIHOR *",
        "Parchetul de pe lângă Tribunalul Bihor",
    )


def test_kind_told_by_its_words_never_passes_another_body() -> None:
    """Another county, a school inspectorate, a municipal police ring or a court's ring still
    fail; a ring without the telling words still needs its first word."""
    assert not names(HIDDEN_KIND, "Inspectoratul de Poliție Județean Vaslui")
    assert not names(HIDDEN_KIND, "Parchetul de pe lângă Tribunalul Iași")
    assert not names(
        "ROMANIA * INSPECTORATUL ȘCOLAR JUDEȚEAN IAȘI *", "Inspectoratul de Poliție Județean Iași"
    )
    assert not names(
        "ROMANIA * XXXXX ȘCOLAR JUDEȚEAN IAȘI *", "Inspectoratul de Poliție Județean Iași"
    )
    assert not names(
        "ROMANIA * POLIȚIA MUNICIPIULUI IAȘI *", "Inspectoratul de Poliție Județean Iași"
    )
    assert not names("ROMANIA * TRIBUNALUL BIHOR *", "Parchetul de pe lângă Tribunalul Bihor")
    assert not names("ROMANIA * WovecT POLIȚIE IAȘI *", "Inspectoratul de Poliție Județean Iași")


FIRST = (
    "12.11.2026 10:02 021 555 6409 DGPMB SECTIA 9 Pag. 01\n"
    "DIRECȚIA GENERALĂ DE POLIȚIE A NESECRET\n"
    "MUNICIPIULUI BUCUREȘTI Exemplar unic\n"
    "SECȚIA 9 POLIȚIE Nr. 1.204.557\n"
    "Biroul Investigații Criminale din 12.11.2026\n"
    "dosarul penal nr. 4567/P/2026, utilizatorul ion_vanzator88.\n"
)
SECOND = (
    "12.11.2026 10:02 021 555 6409 DGPMB SECTIA 9 Pag. 02\n\n"
    "Nr. 1.204.557 din 12.11.2026\n\nvă rugăm să ne comunicați datele de identificare.\n\n"
    "Pagina 2/3"
)
LAST = (
    "12.11.2026 10:02 021 555 6409 DGPMB SECTIA 9 Pag. 03\n\n"
    "Nr. 1.204.557 din 12.11.2026\n\nVă mulțumim pentru colaborare.\n\nPagina 3/3"
)
OTHER = "Nr. 301.077 din 14.10.2026 - pag. 2/2\n\nVă mulțumim.\n\nPagina 2/2"
ANNEX = "Anexă la adresa nr. 1.204.557\nutilizatorul victima_noua.\nPagina 1 din 3"


def _read(*texts: str) -> list[dict[str, Any]]:
    return [{"number": n, "text": t} for n, t in enumerate(texts, start=1)]


def test_pages_repeating_the_letters_number_continue_it() -> None:
    """A fax whose pages 2 and 3 repeat the number page 1 states as its own (split over two
    heading lines there), each numbering itself: one letter, signed on page 3."""
    inside, outside = letter_pages(_read(FIRST, SECOND, LAST), 3)
    assert [p["number"] for p in inside] == [1, 2, 3] and outside == []


def test_a_page_with_another_number_or_after_a_cited_number_opens_a_letter() -> None:
    """Another letter's page spliced in opens its own letter; a page only citing the number
    ("Anexă la adresa nr. …") before the letter stays outside it: the letter opens on the
    page whose own number it is."""
    inside, outside = letter_pages(_read(FIRST, OTHER), 2)
    assert [p["number"] for p in inside] == [2] and outside == [1]
    inside, outside = letter_pages(_read(ANNEX, SECOND, LAST), 3)
    assert [p["number"] for p in inside] == [2, 3] and outside == [1]
