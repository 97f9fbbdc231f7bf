"""Stamps named through the letter's heading, garbled generic words, sectors, faint ink.

Written in our own words (issue 12's classes, not one generator's letters): a unit's
letter stamped by the parent its heading names; a ring whose "DE POLIȚIE JUDEȚEAN" a
signature crosses; a Bucharest sector's court without "BUCUREȘTI"; and what must never
pass: a sports club or a school inspectorate, another county, a heading that is not the
letter's.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from PIL import Image, ImageDraw

from parsers.ink import DARK, FAINT, examine_mask, ink_mask, pack, resolution, unpack
from router.policy import Authority
from router.signatures.handwriting import (
    authority_names,
    heading_names,
    signature_block_checks,
)
from router.signatures.stamptext import foreign, names

DATA = b"%PDF-1.7 a scan"
IASI = Authority(
    name="Inspectoratul de Poliție Județean Iași", kind="police", acronyms=("IPJ Iași",)
)
GALATI = Authority(
    name="Inspectoratul de Poliție Județean Galați", kind="police", acronyms=("IPJ Galați",)
)
MAI = Authority(name="Ministerul Afacerilor Interne", kind="other", acronyms=("MAI",))
REGISTRY = (MAI, IASI, GALATI)
HEADING = (
    "ROMÂNIA\nMINISTERUL AFACERILOR INTERNE\nINSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI\n"
    "POLIȚIA MUNICIPIULUI PAȘCANI\nNr. 412.877 din 27.11.2026\n\nCătre OKAZII.RO"
)
UNIT = "Poliția Municipiului Pașcani"


def _stamp_verdict(ring: str, stated: str = UNIT, first: str = HEADING) -> str:
    marks = {
        "anchor": "L.S.",
        "signature": {"box": [600, 900, 900, 1000], "score": 0.7, "ink": "blue"},
        "stamp": {"box": [300, 800, 560, 1060], "score": 0.9, "shape": "round", "text": ring},
    }
    reading = {
        "sha256": hashlib.sha256(DATA).hexdigest(),
        "pages": 1,
        "ocr_pages": 1,
        "read": [{"number": 1, "text": first, "marks": marks}],
    }
    names_ = authority_names({"authority": stated}, REGISTRY)
    checks, _ = signature_block_checks([("scan.tif", DATA)], [reading], names_)
    return next(c.verdict.value for c in checks if c.kind == "stamp")


def test_a_units_letter_stamped_by_the_parent_its_heading_names_passes() -> None:
    """Poliția Municipiului Pașcani under IPJ Iași: the inspectorate's stamp is the letter's."""
    ring = "ROMÂNIA * MINISTERUL AFACERILOR INTERNE * INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI *"
    assert _stamp_verdict(ring) == "pass"
    # And the other way round: the inspectorate's letter, its unit's stamp under its heading.
    assert _stamp_verdict("POLIȚIA MUNICIPIULUI PAȘCANI * ROMÂNIA *", stated=IASI.name) == "pass"


@pytest.mark.parametrize(
    ("ring", "verdict"),
    [
        ("ROMÂNIA * INSPECTORATUL DE POLIȚIE JUDEȚEAN GALAȚI *", "fail"),  # another county's parent
        # the ministry alone: every unit's die says as much, and names no other body; a
        # person reads it (round 15: an office's own name too small to read)
        ("ROMÂNIA * MINISTERUL AFACERILOR INTERNE *", "unverifiable"),
        ("CLUBUL SPORTIV POLIȚIA PAȘCANI * IAȘI *", "fail"),  # a club named after the police
        ("INSPECTORATUL ȘCOLAR JUDEȚEAN IAȘI *", "fail"),  # another kind of inspectorate
    ],
)
def test_what_the_heading_does_not_make_the_letters(ring: str, verdict: str) -> None:
    """A parent of another county, the ministry, a club, a school inspectorate: never a pass."""
    assert _stamp_verdict(ring) == verdict


def test_a_heading_that_does_not_state_the_authority_lends_it_no_parent() -> None:
    """The parent counts only from a heading that states the letter's authority."""
    other = HEADING.replace("POLIȚIA MUNICIPIULUI PAȘCANI", "POLIȚIA ORAȘULUI HÂRLĂU")
    assert heading_names(other, UNIT, REGISTRY) == []
    ring = "ROMÂNIA * INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI *"
    assert _stamp_verdict(ring, first=other) == "fail"


def test_a_generic_word_garbled_by_a_crossing_signature_is_forgiven() -> None:
    """ "DE POLIȚIE JUDEȚEAN" under a signature: the kind and the county read, the rest
    garbled, still names the inspectorate; a garbled county never does."""
    ring = "ROMÂNIA * MINISTERUL AFACERILOR INTERNE * INSPECTORATUL DEOOITRE RBETEAN IAȘI *"
    assert names(ring, IASI.name)
    assert not names(ring.replace("IAȘI", "VASLUI"), IASI.name)
    assert not names(ring.replace("IAȘI", "GALAȚI"), IASI.name)
    assert not names("INSPECTORATUL ȘCOLAR JUDEȚEAN IAȘI", IASI.name)


def test_a_sector_names_bucharest() -> None:
    """Sectors are Bucharest's alone: a sector court's ring need not say BUCUREȘTI."""
    stated = "Parchetul de pe lângă Judecătoria Sectorului 3 București"
    ring = "ROMÂNIA * MINISTERUL PUBLIC * PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 3 *"
    assert names(ring, stated)
    assert not names(ring.replace("SECTORULUI 3", "SECTORULUI 2"), stated)
    assert not names("PARCHETUL DE PE LÂNGĂ JUDECĂTORIA CRAIOVA", stated)


def test_a_faint_stamp_is_ink_for_the_stamp_search() -> None:
    """A light violet ring on a grey page (under mid-grey's threshold) is FAINT ink; dark type
    stays DARK; the mask survives keeping for later."""
    page = Image.new("L", (400, 300), 232)
    draw = ImageDraw.Draw(page)
    draw.ellipse((50, 50, 250, 250), outline=185, width=4)  # a violet ring gone light grey
    draw.rectangle((300, 100, 340, 110), fill=20)  # type
    mask = ink_mask(page)
    values = np.asarray(mask)
    assert values[150, 52] == FAINT and values[105, 320] == DARK and values[10, 10] == 0
    assert np.array_equal(np.asarray(unpack(pack(mask))), values)
    # A fax (bilevel) has dark ink only.
    assert set(
        np.unique(np.asarray(ink_mask(page.point(lambda v: 255 if v > 128 else 0, "1"))))
    ) <= {
        0,
        DARK,
    }


def test_names_keep_their_registry() -> None:
    """`authority_names` hands the route step's stamp check the registry it read from."""
    got = authority_names({"authority": UNIT}, REGISTRY)
    assert list(got) == [UNIT] and got.registry == REGISTRY
    assert heading_names(HEADING, UNIT, REGISTRY)[:1] == ["INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI"]
    assert MAI.name not in heading_names(HEADING, UNIT, REGISTRY)


def test_the_kind_word_may_lose_a_letter_or_two_but_not_be_missing() -> None:
    """ "PARC MATUL … ASLUQEC ATORIA BRAȘOV" (a fax's ring under print) names the prosecutor's
    office of Brașov; the court's own ring "JUDECĂTORIA BRAȘOV" does not."""
    stated = "Parchetul de pe lângă Judecătoria Brașov"
    assert names("ROMÂNIA * MINISTERUL PUBLIC * PARC MATUL 58 e. MBO ASLQEC ATORIA BRASOV", stated)
    assert not names("JUDECĂTORIA BRAȘOV * ROMÂNIA * MINISTERUL JUSTIȚIEI", stated)
    assert not names("ROMÂNIA * PARC MATUL 58 e. MBO ASLQEC ATORIA BRAILA", stated)


def test_a_scan_that_states_no_resolution_is_measured_by_its_width_and_words() -> None:
    """A 200 dpi A4 JPEG with no resolution stated (the reader assumes 300): its width as A4
    and its words' height agree on 200; a 300 dpi page keeps 300; few words keep the claim."""
    words = [("cuvânt", 90.0, (0, 0, 80, 24))] * 40
    assert round(resolution((1654, 2339), 300.0, words)) == 200
    assert resolution((2482, 3509), 300.0, [("cuvânt", 90.0, (0, 0, 100, 34))] * 40) == 300.0
    assert resolution((1654, 2339), 300.0, words[:5]) == 300.0


def _scribble(draw: ImageDraw.ImageDraw, x: int, y: int, fill: int) -> None:
    """A hand's loops about 3.4 cm wide and 1.2 cm tall at 300 dpi."""
    points = [(x + i * 4, y + int(70 * np.sin(i / 6.0)) + (i % 13) * 3) for i in range(100)]
    draw.line(points, fill=fill, width=4)


def test_a_dark_hand_over_a_light_stamp_is_a_signature() -> None:
    """A violet ring gone light grey (found now: faint ink) does not hide the dark signature
    laid across it, and the ring alone shows no hand."""
    page = Image.new("L", (2480, 1400), 235)
    draw = ImageDraw.Draw(page)
    draw.ellipse((800, 400, 1224, 824), outline=185, width=7)
    _scribble(draw, 820, 600, 30)
    marks = examine_mask(ink_mask(page), "L", [], 300.0)
    assert marks["signature"] is not None
    alone = Image.new("L", (2480, 1400), 235)
    ImageDraw.Draw(alone).ellipse((800, 400, 1224, 824), outline=185, width=7)
    assert examine_mask(ink_mask(alone), "L", [], 300.0)["signature"] is None


def test_ocr_digits_in_capitals_and_two_letters_of_a_long_county() -> None:
    """ "D.1.1.C.0.T." is DIICOT (0 and 1 inside a word are O and I; a number stays one); a
    nine-letter county may lose two letters ("EONSTAJTA"), a short one never two."""
    assert names("D.1.1.C.0.T. SERVICIUL TERITORIAL TIMIS", "DIICOT Serviciul Teritorial Timiș")
    stated = "Inspectoratul de Poliție Județean Constanța"
    assert names("INSPECTORATUL DE POLIȚIE JUDEȚEAN EONSTAJTA *", stated)
    assert not names("INSPECTORATUL DE POLIȚIE JUDEȚEAN CL *", "IPJ Cluj")


def test_garbage_holding_another_bodys_word_is_not_that_body() -> None:
    """Another body's word counts only read as a word: a ring read mirrored ("IWIWOLIVAMAL")
    is garbage, not a customs office; "VAMAL" or "CLUBUL" read as words are."""
    stated = "DIICOT Serviciul Teritorial Iași"
    ring = "D.I.I.C.O.T. SERVICIUL TERITORIAL IAȘI | ISVI TVINOLIUaL TOEDTAVAMAS IWIWOLIVAMAL"
    assert names(ring, stated)
    assert not names("D.I.I.C.O.T. SERVICIUL VAMAL IAȘI", stated)
    assert foreign("CLUBUL SPORTIV POLIȚIA GALAȚI") == "clubul"


def test_a_units_name_without_its_place_names_no_one_unit() -> None:
    """Every county has a "Serviciul de Investigare a Fraudelor": a heading's unit line names
    the ring only when the ring says nothing more (another county is more)."""
    heading = (
        "ROMÂNIA\nMINISTERUL AFACERILOR INTERNE\nINSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI\n"
        "SERVICIUL DE INVESTIGARE A FRAUDELOR\nNr. 1.234 din 02.12.2026\n\nCătre OKAZII.RO"
    )
    stated = "Serviciul de Investigare a Fraudelor"
    other = "SERVICIUL DE INVESTIGARE A FRAUDELOR * INSPECTORATUL DE POLIȚIE JUDEȚEAN GALAȚI"
    assert _stamp_verdict(other, stated=stated, first=heading) == "fail"
    ours = "SERVICIUL DE INVESTIGARE A FRAUDELOR * INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI"
    assert _stamp_verdict(ours, stated=stated, first=heading) == "pass"


def test_a_stated_unit_without_its_place_is_named_only_by_a_ring_saying_no_more() -> None:
    """A letter stating only "Serviciul de Investigare a Fraudelor" (every county has one) is
    not named by another county's fraud service ring; its own heading's words may be there."""
    heading = "SERVICIUL DE INVESTIGARE A FRAUDELOR\nNr. 1.234 din 02.12.2026\n\nCătre OKAZII.RO"
    stated = "Serviciul de Investigare a Fraudelor"
    ring = "ROMÂNIA * SERVICIUL DE INVESTIGARE A FRAUDELOR * GALAȚI *"
    assert _stamp_verdict(ring, stated=stated, first=heading) == "fail"
    assert _stamp_verdict(ring, stated=stated, first="GALAȚI\n" + heading) == "pass"


DIICOT_HEADING = (
    "MINISTERUL PUBLIC\nPARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE\n"
    "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM\n"
    "SERVICIUL TERITORIAL BRAȘOV\nNr. 1201/II/2/2026 din 01.12.2026\n\nCătre OKAZII.RO"
)
DIICOT_NAME = "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"


def test_a_territorial_service_s_ring_with_its_parent_s_acronym_names_the_heading_s_unit() -> None:
    """ "MINISTERUL PUBLIC * D.I.I.C.O.T. * SERVICIUL TERITORIAL BRAȘOV" on a letter headed by
    DIICOT's Brașov service: DIICOT's kind word on the ring is the letter's own (its heading
    says so), not another kind of authority's. The old check vetoed it (round 4's genuine
    letter); another service's ring still fails."""
    ring = "MINISTERUL PUBLIC * D.I.I.C.O.T. * SERVICIUL TERITORIAL BRAȘOV * "
    assert _stamp_verdict(ring, DIICOT_NAME, DIICOT_HEADING) == "pass"
    other = ring.replace("BRAȘOV", "CRAIOVA")
    assert _stamp_verdict(other, DIICOT_NAME, DIICOT_HEADING) == "fail"


@pytest.mark.parametrize(
    "ring",
    [
        "CURTEA DE APEL BRAȘOV * SERVICIUL TERITORIAL BRAȘOV",
        "PARCHETUL DE PE LÂNGĂ CURTEA DE APEL BRAȘOV * SERVICIUL TERITORIAL BRAȘOV",
    ],
)
def test_a_kind_word_of_a_heading_line_the_ring_does_not_read_still_vetoes(ring: str) -> None:
    """The heading names the PICCJ above DIICOT ("… ÎNALTA CURTE …"): that line's kinds are
    the letter's own only on a ring that reads that line; a court's ring is a court's (the
    review found the first version let these pass)."""
    assert _stamp_verdict(ring, DIICOT_NAME, DIICOT_HEADING) == "fail"


def test_a_kind_word_on_the_ring_the_letter_does_not_carry_still_vetoes() -> None:
    """A police unit's letter with a prosecutor's office's ring: "PARCHETUL" is no kind of
    the letter's own (neither stated nor in its heading)."""
    ring = "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA PAȘCANI * POLIȚIA MUNICIPIULUI PAȘCANI"
    assert _stamp_verdict(ring) == "fail"
