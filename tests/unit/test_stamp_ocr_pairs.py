"""A ring's key word read with OCR's two-for-one letters, and labelled registration numbers.

Cases written here, in our own words: a small inked ring whose county OCR reads with one
capital split in two ("U" as "TI", "M" as "RN", "D" as "CL"), and pages whose registration
number is labelled ("Număr:", "Nr. ieșire", "Număr de înregistrare:").
"""

from __future__ import annotations

from router.signatures.stamptext import belongs, names, numbers


def test_county_with_u_read_as_ti_names_the_inspectorate() -> None:
    ring = "INSPECTORATUL DE POLITIE JUDETEAN STICEVAA * ROMANIA *"
    assert names(ring, "Inspectoratul de Poliție Județean Suceava")


def test_town_with_m_read_as_rn_names_the_court() -> None:
    ring = "ROMANIA * JUDECATORIA TARGU RNURES *"
    assert names(ring, "Judecătoria Târgu Mureș")


def test_pairs_never_turn_another_county_into_ours() -> None:
    # Another county's ring, read cleanly or with the same OCR pairs, stays another's.
    assert not names(
        "INSPECTORATUL DE POLITIE JUDETEAN SATU MARE", "Inspectoratul de Poliție Județean Suceava"
    )
    assert not names(
        "INSPECTORATUL DE POLITIE JUDETEAN TIULCEA", "Inspectoratul de Poliție Județean Suceava"
    )
    assert not names(
        "INSPECTORATUL DE POLITIE JUDETEAN CLOLJ", "Inspectoratul de Poliție Județean Cluj"
    )
    # A name that truly holds the pair is not rewritten: "GALATI" is not "GALAU".
    assert not names(
        "INSPECTORATUL DE POLITIE JUDETEAN GALATI", "Inspectoratul de Poliție Județean Buzău"
    )


def test_pairs_do_not_lift_the_veto_of_another_kind() -> None:
    ring = "INSPECTORATUL SCOLAR JUDETEAN STICEVAA"
    assert not names(ring, "Inspectoratul de Poliție Județean Suceava")


def test_labelled_registration_numbers_are_read() -> None:
    assert "1.204.877" in numbers("Număr: 1.204.877\nData: 9 noiembrie 2026")
    assert "52.106" in numbers("Nr. ieșire 52.106/04.12.2026")
    assert "4455" in numbers("Nr. înreg. 4455 din 02.12.2026")
    assert "7781" in numbers("Număr de înregistrare: 7781 / 2026")
    # A phone "at number" is no registration.
    assert numbers("ne puteți contacta la numărul 0248 559 500") == set()


def test_page_continuing_a_labelled_number_belongs() -> None:
    first = "POLIȚIA X\nNumăr: 2.310.554\nData: 3 decembrie 2026\nCătre ...\nPagina 1 din 2"
    second = "Continuare la adresa nr. 2.310.554 din 03.12.2026\n b) ...\nPagina 2 din 2"
    ok, why = belongs(first, second, 2, 2)
    assert ok, why
    other = "Continuare la adresa nr. 9.999.001 din 01.10.2026\n b) ...\nPagina 2 din 2"
    ok, _ = belongs(first, other, 2, 2)
    assert not ok
