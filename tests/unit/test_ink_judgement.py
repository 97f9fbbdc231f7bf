"""The route step's judgement of ink a page shows: ring text, plain rings, pages of another letter.

The parse step's reading is written out here as it stores it (`document.scans`),
so each rule is pinned without OCR.
"""

from __future__ import annotations

import hashlib
from typing import Any

from router.signatures.handwriting import signature_block_checks

DATA = b"%PDF-1.7 a scan"
IPJ = "Inspectoratul de Poliție Județean Cluj"
SIGNATURE = {"box": [600, 900, 900, 1000], "score": 0.7, "ink": "blue"}


def _stamp(text: str, **extra: Any) -> dict[str, Any]:
    return {"box": [300, 800, 560, 1060], "score": 0.9, "shape": "round", "ink": "blue",
            "ring_ink": 0.08, "text": text, **extra}  # fmt: skip


def _reading(*pages: tuple[str, dict[str, Any] | None]) -> dict[str, Any]:
    read = [
        {"number": n, "text": text, "marks": marks}
        for n, (text, marks) in enumerate(pages, start=1)
    ]
    return {
        "sha256": hashlib.sha256(DATA).hexdigest(),
        "pages": len(pages),
        "ocr_pages": len(pages),
        "read": read,
    }


def _verdicts(reading: dict[str, Any], names: list[str] | None = None) -> dict[str, Any]:
    checks, _ = signature_block_checks(
        [("scan.pdf", DATA)], [reading], [IPJ] if names is None else names
    )
    return {c.kind: c for c in checks}


def _marks(stamp: dict[str, Any] | None, **extra: Any) -> dict[str, Any]:
    return {"anchor": "L.S.", "signature": SIGNATURE, "stamp": stamp, **extra}


def test_a_stamp_naming_the_stated_authority_passes() -> None:
    """The ring reads the inspectorate the letter states: the stamp passes and says so."""
    by = _verdicts(_reading(("Nr. 1", _marks(_stamp("INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ *")))))
    assert by["stamp"].verdict.value == "pass" and by["stamp"].evidence["names"] == IPJ


def test_a_town_hall_stamp_fails() -> None:
    """A stamp whose ring names a town hall is another institution's: fail, never pass."""
    by = _verdicts(_reading(("Nr. 1", _marks(_stamp("PRIMĂRIA MUNICIPIULUI CLUJ-NAPOCA *")))))
    assert by["stamp"].verdict.value == "fail" and "primaria" in by["stamp"].detail


def test_another_countys_inspectorate_fails() -> None:
    """A stamp of the Brașov inspectorate on a letter stated from Cluj does not name it."""
    by = _verdicts(_reading(("Nr. 1", _marks(_stamp("INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV")))))
    assert by["stamp"].verdict.value == "fail"


def test_an_unreadable_stamp_is_unverifiable() -> None:
    """Ink on the ring that yields no words is a stamp whose text cannot be read: unverifiable."""
    by = _verdicts(_reading(("Nr. 1", _marks(_stamp("", unreadable=True)))))
    assert by["stamp"].verdict.value == "unverifiable"


def test_a_reading_without_ring_text_is_unverifiable() -> None:
    """A stamp recorded without its text (an older reading) is not taken on shape alone."""
    stamp = _stamp("")
    del stamp["text"]
    by = _verdicts(_reading(("Nr. 1", _marks(stamp))))
    assert by["stamp"].verdict.value == "unverifiable"


def test_no_stated_authority_leaves_the_stamp_unverifiable() -> None:
    """With no authority stated, a stamp's text has nothing to be compared with."""
    by = _verdicts(
        _reading(("Nr. 1", _marks(_stamp("INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ")))), []
    )
    assert by["stamp"].verdict.value == "unverifiable"


def test_a_plain_ring_is_no_stamp() -> None:
    """Closed shapes with nothing on the ring are shown, and the stamp is missing."""
    plain = [{"box": [300, 800, 560, 1060], "shape": "round"}]
    by = _verdicts(_reading(("Nr. 1", _marks(None, plain_rings=plain))))
    assert by["stamp"].verdict.value == "missing" and "plain circle" in by["stamp"].detail


def test_the_signature_page_of_another_letter_is_not_this_letters_signature() -> None:
    """Page 2 carrying another letter's number: its ink does not sign the request on page 1."""
    first = ("INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ\nNr. 123.456 din 12.11.2026", None)
    second = (
        "Continuare la adresa nr. 987.654\nPagina 2 din 2",
        _marks(_stamp("INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ")),
    )
    by = _verdicts(_reading(first, second))
    assert by["handwritten_signature"].verdict.value == "missing"
    assert by["handwritten_signature"].evidence["page_belongs"] is False


def test_the_letters_own_second_page_signs_it() -> None:
    """Page 2 carrying the letter's number is the letter's own; one that only numbers itself
    '2 din 2' is any letter's last page (a person compares the pages)."""
    first = ("INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ\nNr. 123.456 din 12.11.2026", None)
    ring = _marks(_stamp("INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ"))
    own = ("Continuare la adresa nr. 123.456 din 12.11.2026\nCu stimă,\nPagina 2 din 2", ring)
    by = _verdicts(_reading(first, own))
    assert by["handwritten_signature"].verdict.value == "pass"
    bare = _verdicts(_reading(first, ("Cu stimă,\nPagina 2 din 2", ring)))
    assert bare["handwritten_signature"].verdict.value == "missing"
