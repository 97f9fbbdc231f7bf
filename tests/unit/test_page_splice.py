"""A page of a paper letter is tied to it by the letter's own number and its place (red team 6).

`tests/attacks/redteam6_page_splice.py` runs the whole pipeline; these pin the rules. The
page-numbering rule failed on the old code (the page "belonged").
"""

from __future__ import annotations

import pytest

from router.signatures.stamptext import belongs, tie

FIRST = (
    "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ\nNr. 124.981 din 02.12.2026\n"
    "În dosarul penal nr. 4567/P/2026, vă rugăm să ne comunicați datele utilizatorului x"
)


def test_a_page_citing_another_case_is_another_letter_s() -> None:
    ok, why = belongs(FIRST, "necesare soluționării cauzei din dosarul penal nr. 1544/P/2026", 2, 2)
    assert not ok
    assert "another letter's page" in why


def test_the_letter_s_own_number_ties_a_page() -> None:
    ok, why = belongs(
        FIRST, "Continuare la adresa nr. 124.981 din 02.12.2026\nPagina 2 din 2", 2, 2
    )
    assert ok, why


@pytest.mark.parametrize("cited", ["nr..124.981", "nr,124.981", "nr., 124.981", "nr ,.124.981"])
def test_the_letter_s_number_ties_as_ocr_prints_it_on_a_fax(cited: str) -> None:
    """Tesseract prints the "." of "nr." doubled or as a comma on a fax (round 9's genuine
    "Continuare la adresa nr..77.904"): the number is read as the field extractors read it."""
    ok, why = belongs(FIRST, f"Continuare la adresa {cited} din 02.12.2026", 2, 2)
    assert ok, why


def test_the_orders_a_list_goes_on_with_are_no_letter_s_number() -> None:
    """ "— detaliile comenzilor nr. 70412290, 70412318" at the top of page 2 (a list of
    orders going on from page 1): the plural "comenzilor" numbers orders, not a letter, and
    page 2 is not "another letter's page" (round 5's genuine DIICOT letter was)."""
    state, why = tie(FIRST, "— detaliile comenzilor nr. 70412290, 70412318 și 70577004", 2, 2)
    assert state != "other", why


def test_a_page_numbering_itself_elsewhere_is_not_this_page() -> None:
    """The genuine "Pagina 2 din 2" is not page 3 of a letter someone added a page to."""
    ok, why = belongs(FIRST, "Continuare la adresa nr. 124.981\nPagina 2 din 2", 3, 3)
    assert not ok
    assert "2 of 2" in why


def test_a_prosecutor_s_letter_numbered_by_its_file_is_tied_by_it() -> None:
    """A prosecutor's office numbers its letters by the case file ("Nr. 2311/P/2026"): that
    is the letter's own number, and page 2 repeating it belongs."""
    first = "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA TURDA\nNr. 2311/P/2026 din 01.12.2026\n"
    assert belongs(first, "Dosar nr. 2311/P/2026\nProcuror, Ionescu Ana", 2, 2)[0]


def test_a_bare_fraction_at_a_line_end_is_no_page_numbering() -> None:
    """ "art. 3/4" or an order "1/2" at a line's end must not make page 2 another page."""
    page = "Continuare la adresa nr. 124.981\nconform anexei 1/2"
    assert belongs(FIRST, page, 2, 2)[0]


def test_a_paper_call_back_reads_back_the_content_of_pages_without_ink() -> None:
    """What no mark on paper can tell (a page 1 repeating the genuine number) the call-back
    must: it lists the users and data to confirm and names the pages without ink."""
    from router.signatures.evaluation import _what_to_confirm
    from router.signatures.evidence import Check, Outcome

    callback = {"note": "paper: confirm by calling"}
    fields = {
        "reference_number": "123.456",
        "subjects": [{"kind": "username", "value": "mariapop1990"}],
        "requested_data": ["datele de identificare"],
    }
    checks = [Check("handwritten_signature", Outcome.PASS, "strokes", {"page": 2})]
    _what_to_confirm(callback, fields, checks)
    assert "user (username): mariapop1990" in callback["confirm"]
    assert "reference number: 123.456" in callback["confirm"]
    assert "page 1 carries no ink" in callback["note"]
