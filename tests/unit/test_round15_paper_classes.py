"""Paper classes round 15's development split and round 14's spent blind split showed:
each test fails on the code before its fix.

- **A die whose own name is too small to read.** The outer ring says "ROMÂNIA •
  MINISTERUL PUBLIC"; the office's long name runs in small letters on an inner ring,
  lost at 300 dpi and on a fax. The ring names the letter's hierarchy and no other
  body, but a ministry's words are on every unit's die and on the ministry's own: they
  prove no office. The stamp is `unverifiable` (a person reads it, `review`), no longer
  a `fail` saying it names nothing of the letter's (`stamptext.parent_only`). A ring
  that reads a body's kind word, a county, a town, another country or another kind's
  ministry still fails.
- **A word OCR split in two** ("MINI. CERUL PUBLIC"): its half "CERUL" is no
  "CERCUL" (a club's ring): the stamp is not another institution's.
"""

from __future__ import annotations

from router.signatures.evidence import Outcome
from router.signatures.handwriting import _stamp_check
from router.signatures.stamptext import foreign, parent_only

OUTER_ONLY = (
    "@ ROMANIA - MINISTERUL PUBLICE — ----—--- OROMÂNIA - MINISTERUL PUBLICE — ----—--- | "
    'm" OROMÂNIA - MINISTERUL PUBLIC | WOVe ........— @INTGNd NWA'
)
OFFICE = "Parchetul de pe lângă Curtea de Apel Craiova"


def test_a_ring_naming_only_the_ministry_goes_to_a_person() -> None:
    assert parent_only(OUTER_ONLY, "prosecutor") == "ministerul public"
    check = _stamp_check({"shape": "round", "text": OUTER_ONLY}, {}, 1, [OFFICE])
    assert check.verdict is Outcome.UNVERIFIABLE
    assert check.evidence["parent_only"] and "not legible" in check.detail


def test_a_ring_naming_more_than_the_ministry_is_judged_as_before() -> None:
    cases = {
        "another county's inspectorate": (
            "ROMANIA MINISTERUL AFACERILOR INTERNE INSPECTORATUL DE POLITIE JUDETEAN VASLUI",
            "police",
        ),
        "a town beside the ministry": ("MINISTERUL PUBLIC ROMANIA HUEDIN", "prosecutor"),
        "the gendarmerie": ("MINISTERUL AFACERILOR INTERNE JANDARMERIA ROMANA", "police"),
        "another country's ministry": ("REPUBLICA MOLDOVA MINISTERUL AFACERILOR INTERNE", "police"),
        "a court under the ministry": ("ROMANIA MINISTERUL PUBLIC TRIBUNALUL CLUJ", "prosecutor"),
        "another kind's ministry": ("ROMANIA MINISTERUL PUBLIC", "police"),
        "a court's letter": ("ROMANIA MINISTERUL PUBLIC", "court"),
    }
    for why, (text, kind) in cases.items():
        assert parent_only(text, kind) is None, why
    check = _stamp_check(
        {"shape": "round", "text": cases["a town beside the ministry"][0]}, {}, 1, [OFFICE]
    )
    assert check.verdict is Outcome.FAIL


def test_a_split_word_is_no_other_body() -> None:
    assert foreign("MINI. CERUL PUBLIC * p.1.: ~.0.T. MINI: CERUL PUBLIC * D.1.: “.O.T.") is None
    assert foreign("CERCUL MILITAR NATIONAL") == "cercul"
    assert foreign("SPITALUL JUDETEAN DE URGENTA") is not None
