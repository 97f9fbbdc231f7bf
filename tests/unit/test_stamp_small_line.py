"""A die's line of smaller letters, and the unit a heading names under its directorate
(round 15's development split: a DIICOT territorial service's ordonanță, scanned in colour).

- **The unit's name in small letters.** The ring reads "MINISTERUL PUBLIC • D.I.I.C.O.T."
  in the ring's letters and "SERVICIUL TERITORIAL CLUJ" at the bottom in letters half
  as tall. On the one-bit ink mask a light ink and a scanner's blur merge those small
  letters into blots; the line is found on the arc (`stampring._small_line`) and read
  again alone at its own height from the page's own shades (`shades.region_shades`).
  Without the unit's name the stamp named only the directorate above the letter's
  issuer, and the genuine letter was `incomplete`.
- **The heading's unit line.** "DIRECȚIA ... TERORISM" / (blank) / "SERVICIUL TERITORIAL
  CLUJ": the issuer is the territorial service under its directorate, not the directorate.

The trust rule is unchanged: what the small line says must name the stated authority; a
small line naming another county's service makes the stamp another office's.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from parsers.cues import Cues
from parsers.fields.authority import find_authority
from parsers.fields.textview import TextView
from parsers.orient import straighten, turn
from parsers.shades import ink_strength, region_shades
from parsers.stampring import read_ring
from router.signatures.evidence import Outcome
from router.signatures.handwriting import _stamp_check
from router.signatures.stamptext import names
from tests.samples.signatures.ringarcs import draw_shaded

pytestmark = pytest.mark.slow

UPPER = "MINISTERUL PUBLIC • D.I.I.C.O.T."
BRASOV = "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Serviciul Teritorial Brașov"
CLUJ = "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Serviciul Teritorial Cluj"


def _shades_of(shades: np.ndarray, calls: list[tuple[int, int, int, int]]):  # type: ignore[no-untyped-def]
    def region(box: tuple[int, int, int, int]) -> np.ndarray:
        calls.append(box)
        x0, y0, x1, y1 = box
        return shades[y0:y1, x0:x1]

    return region


@pytest.mark.parametrize("lower_px", [9, 10])
def test_small_letters_of_a_light_stamp_are_read_from_its_shades(lower_px: int) -> None:
    mask, centre, radii, shades = draw_shaded(
        UPPER, "SERVICIUL TERITORIAL BRAȘOV", [], radius=150, letter_px=20,
        lower_px=lower_px, wear="light",
    )  # fmt: skip
    calls: list[tuple[int, int, int, int]] = []
    ring = read_ring(mask, centre, radii, 0.0, _shades_of(shades, calls))
    small = [r["text"] for r in ring["readings"] if r["direction"].endswith("small")]
    assert small and "BRA" in " ".join(small).upper(), ring["readings"]
    assert names(ring["text"], "DIICOT – Serviciul Teritorial Brașov"), ring["text"]
    # Another county's service is not what this die says.
    assert not names(ring["text"], "DIICOT – Serviciul Teritorial Cluj"), ring["text"]
    assert len(calls) == 1  # the page's shades asked once a stamp


def test_a_ring_without_small_letters_never_asks_for_shades() -> None:
    mask, centre, radii, shades = draw_shaded(
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN", "COVASNA", ["ROMÂNIA"], wear="clean", letter_px=15
    )
    calls: list[tuple[int, int, int, int]] = []
    ring = read_ring(mask, centre, radii, 0.0, _shades_of(shades, calls))
    assert calls == []
    assert not any(r["direction"].endswith("small") for r in ring["readings"])
    assert names(ring["text"], "Inspectoratul de Poliție Județean Covasna"), ring["text"]


def test_a_small_line_naming_another_county_makes_the_stamp_another_offices() -> None:
    text = "MINISTERUL PUBLIC • D.I.I.C.O.T. | SERVICIUL TERITORIAL BRASOV"
    # The names a stamp is compared with: the stated authority and its registry entry's
    # name and acronyms (`handwriting.authority_names`).
    cluj = [CLUJ, "DIICOT ST Cluj", "DIICOT – ST Cluj"]
    brasov = [BRASOV, "DIICOT ST Brașov", "DIICOT – ST Brașov"]
    check = _stamp_check({"shape": "round", "text": text}, {}, 2, cluj)
    assert check.verdict is Outcome.FAIL, check.detail
    check = _stamp_check({"shape": "round", "text": text}, {}, 2, brasov)
    assert check.verdict is Outcome.PASS, check.detail


@pytest.mark.parametrize(("angle", "turned"), [(0.0, 0), (1.5, 0), (-2.0, 90), (0.8, 270)])
def test_a_region_in_shades_is_where_the_page_as_read_has_it(angle: float, turned: int) -> None:
    # The page as it came: grey ink on paper, a few marks; the page as read: deskewed by
    # `angle`, then turned clockwise by `turned`.
    rng = np.random.default_rng(7)
    src = np.full((400, 300), 235, dtype=np.uint8)
    for _ in range(40):
        x, y = int(rng.integers(10, 280)), int(rng.integers(10, 380))
        src[y : y + 8, x : x + 5] = 60
    page = Image.fromarray(src, "L")
    read = turn(straighten(page, angle), turned)
    box = (60, 50, 200, 180)

    def regions(boxes: list[tuple[int, int, int, int]]) -> list[Image.Image | None]:
        return [page.crop(b) for b in boxes]

    got = region_shades(regions, box, read.size, angle, turned)
    assert got is not None and got.shape == (box[3] - box[1], box[2] - box[0])
    want = ink_strength(read.crop(box))
    # The same marks in the same places (resampling blurs their edges a little).
    assert np.corrcoef(got.ravel(), want.ravel())[0, 1] > 0.85


def test_no_shades_on_a_page_without_them() -> None:
    got = region_shades(lambda boxes: [None] * len(boxes), (0, 0, 10, 10), (100, 100), 0.0, 0)
    assert got is None


def _authority(text: str) -> str | None:
    return find_authority(TextView.of(text, ocr=True), Cues.default(), None)[0]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_territorial_service_under_its_directorate_is_the_issuer(gap: str) -> None:
    text = (
        "PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE\n"
        "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE\nCRIMINALITATE ORGANIZATĂ ȘI TERORISM\n"
        f"{gap}SERVICIUL TERITORIAL CLUJ\n\nDosar nr. 211/D/P/2026\n\nORDONANȚĂ\n"
    )
    got = _authority(text) or ""
    assert got.endswith("Serviciul Teritorial Cluj"), got
    assert got.startswith("Direcția de Investigare"), got
    dna = "ROMÂNIA\nMINISTERUL PUBLIC\nDIRECȚIA NAȚIONALĂ ANTICORUPȚIE\nBIROUL TERITORIAL GIURGIU\nNr. 1/P/2026\n"
    assert _authority(dna) == "Direcția Națională Anticorupție, Biroul Teritorial Giurgiu"


def test_the_office_under_the_service_is_the_issuer() -> None:
    # A chain of units, each on the line under the one before: the last one writes,
    # under the directorate above them all.
    text = (
        "ROMÂNIA\nMINISTERUL PUBLIC\nDIRECȚIA NAȚIONALĂ ANTICORUPȚIE\n"
        "SERVICIUL TERITORIAL CLUJ\nBIROUL TERITORIAL BISTRIȚA\nNr. 1/P/2026\n"
    )
    assert _authority(text) == "Direcția Națională Anticorupție, Biroul Teritorial Bistrița"
    # A territorial service named in prose keeps its writer's words.
    prose = "Procurorul din cadrul DNA - Serviciul Teritorial Craiova vă solicită datele.\n"
    assert _authority(prose) == "DNA - Serviciul Teritorial Craiova"
