"""The letter's registration number and date as OCR reads its head: "Nr." read as "Ne."
or "Nr,", a word between the label and the number ("Nr. ieșire"), a speck after the day
of a written date. Texts written for these tests after faxes and scans.
"""

from __future__ import annotations

import pytest

from parsers.cues import Cues
from parsers.fields.law_enforcement import law_enforcement_fields
from parsers.fields.textview import TextView

BODY = (
    "\n\nCătre OKAZII.RO - Centrul de prevenire a fraudelor\n\n"
    "În dosarul penal nr. 6120/P/2026, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați\n"
    "datele de identificare ale utilizatorului ion_vanzator88.\n"
)


def _reference(head: str, *, ocr: bool = True) -> tuple[str | None, str | None]:
    fields = law_enforcement_fields(TextView.of(head + BODY, ocr=ocr), Cues.default(), None)
    return fields["reference_number"], fields["reference_date"]


@pytest.mark.parametrize("label", ["Ne.", "Nr,", "Nt.", "Nr:", "No."])
def test_the_number_label_as_ocr_reads_it(label: str) -> None:
    head = f"INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA\n\n{label} 220158 din 04.12.2026 NESECRET\nEx. 1"
    assert _reference(head) == ("220158", "2026-12-04")


@pytest.mark.parametrize("word", ["ieșire", "iesire", "de ieșire", "înreg.", "intrare"])
def test_a_word_between_the_label_and_the_number(word: str) -> None:
    head = f"ROMÂNIA Dosar nr. 2871/86/2026\nTRIBUNALUL SUCEAVA\nSECȚIA PENALĂ Nr. {word} 41.227 / 03.12.2026"
    number, date = _reference(head)
    assert (number or "").replace(".", "") == "41227"
    assert date == "2026-12-03"


@pytest.mark.parametrize("speck", ["-", ".", ",", "'"])
def test_a_speck_after_the_day_of_a_written_date(speck: str) -> None:
    head = (
        "PARCHETUL DE PE LÂNGĂ TRIBUNALUL BIHOR\n\nNr. 1554/VIII-1/2026\n\n"
        f"Oradea, 02{speck} decembrie 2026"
    )
    assert _reference(head) == ("1554/VIII-1/2026", "2026-12-02")


def test_typed_text_is_read_as_it_is() -> None:
    head = "INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA\n\nNe. 220158 din 04.12.2026\n"
    assert _reference(head, ocr=False) == (None, None)
