"""What a stamp's text must say, and when a page belongs to the letter: no OCR, plain strings."""

from __future__ import annotations

import pytest

from router.signatures.stamptext import belongs, foreign, names

IPJ = "Inspectoratul de Poliție Județean Cluj"


@pytest.mark.parametrize(
    "text",
    [
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ *",
        "inspectoratul de politie judetean cluj",
        # OCR noise: a cedilla letter, a lost diacritic, one letter of four misread.
        "INSPECTORATUL DE POLIŢIE JUDETEAN CLUI * INSPECTORATUL",
        "DE POLIȚIE JUDEȚEAN CLUJ * INSPECTORATUL DE POLITIE JUDETEAN",
    ],
)
def test_the_stated_authority_is_named_through_ocr_noise(text: str) -> None:
    """Folded diacritics and case, a misread letter: the stamp still names the inspectorate."""
    assert names(text, IPJ)
    assert foreign(text) is None


def test_an_acronym_stated_is_spelled_by_the_stamps_words() -> None:
    """ "IPJ Cluj" on the letter is named by a stamp reading the inspectorate's name in full."""
    assert names("INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ *", "IPJ Cluj")
    assert not names("INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV *", "IPJ Cluj")
    assert not names("PRIMĂRIA MUNICIPIULUI CLUJ", "IPJ Cluj")


@pytest.mark.parametrize(
    "text",
    [
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV",  # another county's police
        "PARCHETUL DE PE LÂNGĂ TRIBUNALUL CLUJ",  # another kind of authority
        "ROMÂNIA * JUDEȚUL CLUJ",
        "",
    ],
)
def test_another_authority_is_not_the_stated_one(text: str) -> None:
    """Every distinctive word of the stated name must be on the stamp."""
    assert not names(text, IPJ)


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("ROMÂNIA * JUDECĂTORIA GORJ", "Judecătoria Dolj"),  # two letters from another county
        (
            "PARCHETUL DE PE LÂNGĂ TRIBUNALUL CLUJ",
            "Tribunalul Cluj",
        ),  # the prosecutor, not the court
    ],
)
def test_a_near_name_is_not_the_stated_authority(text: str, stated: str) -> None:
    """A county two letters away, or a prosecutor's office beside its court, is not named."""
    assert not names(text, stated)
    assert names(text.replace("GORJ", "DOLJ").replace("PARCHETUL DE PE LÂNGĂ ", ""), stated)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("PRIMĂRIA MUNICIPIULUI CLUJ-NAPOCA * ROMÂNIA", "primaria"),
        ("PRIMARIA COMUNEI FLORESTI JUDETUL CLUJ", "primaria"),
        ("OKAZII S.R.L. * CLUJ-NAPOCA", "srl"),
        ("CONSILIUL LOCAL AL MUNICIPIULUI CLUJ", "consiliul local"),
    ],
)
def test_a_town_hall_or_company_stamp_is_foreign(text: str, word: str) -> None:
    """PRIMĂRIA, CONSILIUL LOCAL or S.R.L. on a stamp is never a police, prosecutor or court stamp."""
    assert foreign(text) == word


FIRST = "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ\nNr. 123.456 din 12.11.2026\ndosarul penal nr. 4567/P/2026"


def test_a_page_with_the_letters_number_belongs() -> None:
    """The reference number on page 2 ties it to page 1."""
    ok, why = belongs(FIRST, "Continuare la adresa nr. 123.456\nȘef serviciu", 2, 2)
    assert ok, why


def test_a_page_with_another_letters_number_does_not_belong() -> None:
    """Another number on page 2 (even numbered "2 din 2") makes it another letter's page."""
    ok, why = belongs(FIRST, "Continuare la adresa nr. 987.654\nPagina 2 din 2", 2, 2)
    assert not ok and "987.654" in why


def test_page_numbering_alone_ties_no_page() -> None:
    """'Pagina 2 din 2' or '2/2' is what every two-page letter's last page says: without the
    letter's number it ties nothing (red team 4, unnumbered signature page)."""
    assert not belongs(FIRST, "Cu stimă,\nPagina 2 din 2", 2, 2)[0]
    assert "does not carry the letter's number" in belongs(FIRST, "Cu stimă,\n2/2", 2, 2)[1]
    assert not belongs(FIRST, "Cu stimă,\nPagina 2 din 3", 2, 2)[0]
    assert not belongs(FIRST, "Cu stimă, Șef serviciu", 2, 2)[0]


def test_a_number_written_with_its_date_is_the_letters_number() -> None:
    """ "nr. 1187/02.12.2026" on page 2 is number 1187 of page 1's "nr. 1187 din 2 decembrie
    2026"; another number with a date is still another letter's."""
    first = "Vă comunicăm încheierea nr. 1187 din 2 decembrie 2026 în dosarul nr. 6684/320/2026"
    assert belongs(first, "Anexă: extras din încheierea nr. 1187/02.12.2026\n2/2", 2, 2)[0]
    assert not belongs(first, "Anexă: extras din încheierea nr. 5519/02.03.2025\n2/2", 2, 2)[0]


def test_a_police_units_ring_abbreviates_and_names_its_inspectorate() -> None:
    """ "POLIȚIA MUN. DRĂGĂȘANI" under "INSPECTORATUL DE POLIȚIE JUDEȚEAN VÂLCEA" names the
    municipal police; the town must still be read, and a school inspectorate is never it."""
    ring = "INSPECTORATUL DE POLITIE JUDETEAN VALCEA * POLITIA MUN. DRAGASANI *"
    assert names(ring, "Poliția Municipiului Drăgășani")
    assert not names(ring, "Poliția Municipiului Petroșani")
    assert not names("INSPECTORATUL SCOLAR JUDETEAN * DRAGASANI", "Poliția Municipiului Drăgășani")
    assert not names(
        "PARCHETUL DE PE LANGA JUDECATORIA DRAGASANI", "Poliția Municipiului Drăgășani"
    )


def test_ring_noise_about_a_sub_body_s_word_is_no_sub_body() -> None:
    """ "anina" is 0.83 like "cantina" but two letters short and begins otherwise: OCR noise
    on a genuine inspectorate's ring (round 4), not a canteen's stamp."""
    assert foreign("ROMANIA + MAI v INSPECTORATUL DE POLITIE JUDETEAM anina A e ROMANA") is None


@pytest.mark.parametrize(
    "body",
    [
        "CANTINA",
        "CANTNA",
        "CABINETUL MEDICAL",
        "DISPENSAR",
        "SPITAL",
        "VETERANI",
        "POLITISTI PENSIONARI",
        "CERC",
        "MEDIC",
    ],
)
def test_a_sub_body_s_word_in_another_form_or_a_letter_wrong_is_still_read(body: str) -> None:
    """Another form of the word (the same beginning: "SPITAL" for "spitalul") or a letter
    lost still makes the ring a sub-body's (the review of the first version of the length
    rule found these let through)."""
    assert foreign(f"ROMANIA * {body} * INSPECTORATUL DE POLITIE JUDETEAN TULCEA") is not None
