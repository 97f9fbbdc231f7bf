"""On paper the ink signs its letter's pages only: from the page opening it to its signature page."""

from __future__ import annotations

from typing import Any

import pytest

from router.signatures import handwriting
from router.signatures.binding import check_scan_binding
from router.signatures.evidence import Check, Outcome
from router.signatures.handwriting import paper_letter
from router.signatures.stamptext import letter_pages

HEAD = "ROMÂNIA\nINSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ\nNr. 123.456 din 12.11.2026\n"
LETTER = HEAD + "dosarul penal nr. 4567/P/2026, utilizatorului ion_vanzator88.\nPagina 2 din 3"
SIGNED = "Continuare la adresa nr. 123.456 din 12.11.2026\nPagina 3 din 3\nL.S."
ANNEX = (
    "Anexă la adresa nr. 123.456 din 12.11.2026\nDosar penal nr. 4567/P/2026\n"
    "utilizatorului victima_noua.\nPagina 1 din 3"
)
FIELDS: dict[str, Any] = {
    "case_number": "4567/P/2026",
    "subjects": [{"kind": "username", "value": "ion_vanzator88"}],
}
WITH_VICTIM: dict[str, Any] = {
    **FIELDS,
    "subjects": [*FIELDS["subjects"], {"kind": "username", "value": "victima_noua"}],
}


def _read(*texts: str) -> list[dict[str, Any]]:
    return [{"number": n, "text": t} for n, t in enumerate(texts, start=1)]


def test_page_before_the_opening_page_is_outside() -> None:
    """An annex page numbered 1 of 3 and citing the letter's number, before the page that opens
    the letter, is outside what the signature on page 3 signs."""
    inside, outside = letter_pages(_read(ANNEX, LETTER, SIGNED), 3)
    assert [p["number"] for p in inside] == [2, 3] and outside == [1]


def test_page_after_the_signature_page_is_outside() -> None:
    """A page after the signature page is never the signed letter's."""
    inside, outside = letter_pages(_read(LETTER, SIGNED, ANNEX), 2)
    assert [p["number"] for p in inside] == [1, 2] and outside == [3]


def test_mailed_scan_binds_through_the_letter_pages_only() -> None:
    """A user stated only on an inserted page of a mailed scan is not bound by its ink."""
    reading = {"read": _read(ANNEX, LETTER, SIGNED)}
    check = check_scan_binding("adresa.tif", reading, SIGNED, WITH_VICTIM)
    assert check.verdict is not Outcome.PASS and "victima_noua" in check.detail
    assert "page(s) 1 of adresa.tif" in check.detail


def test_paper_ink_no_longer_counts_for_a_user_outside_the_letter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On paper a user stated only outside the signed letter turns the signature missing, the
    page named."""
    reading = {
        "sha256": "x",
        "pages": 3,
        "ocr_pages": 3,
        "read": [
            {"number": 1, "text": ANNEX, "marks": {}},
            {"number": 2, "text": LETTER, "marks": {}},
            {"number": 3, "text": SIGNED, "marks": {"signature": {"s": 1}, "stamp": {"t": 1}}},
        ],
    }
    monkeypatch.setattr(handwriting, "sha256_of", lambda data: "x")
    checks = [
        Check("handwritten_signature", Outcome.PASS, "strokes"),
        Check("stamp", Outcome.PASS, "ring"),
    ]
    out = paper_letter([("fax.tif", b"")], [reading], WITH_VICTIM, checks)
    # Even when no field comes of it, the page outside names a user the letter does not ask
    # for: the text rule of mail (`unsigned.findings`) holds on paper too.
    unread = paper_letter([("fax.tif", b"")], [reading], FIELDS, checks)
    neutral = {
        **reading,
        "read": [
            {"number": 1, "text": "FAX\nCătre: OKAZII.RO\nNr. pagini: 3", "marks": {}},
            *reading["read"][1:],
        ],
    }
    ok = paper_letter([("fax.tif", b"")], [neutral], FIELDS, checks)
    hand = next(c for c in out if c.kind == "handwritten_signature")
    assert (
        hand.verdict is Outcome.MISSING
        and "victima_noua', stated only on page 1 of fax.tif" in hand.detail
    )
    quiet = next(c for c in unread if c.kind == "handwritten_signature")
    assert quiet.verdict is Outcome.MISSING and "victima_noua" in quiet.detail
    assert next(c for c in ok if c.kind == "handwritten_signature").verdict is Outcome.PASS
