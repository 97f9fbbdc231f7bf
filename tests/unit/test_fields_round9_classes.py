"""Classes seen on round 9's dev split (issue 12), each tested with texts written here
(other counties, towns and numbers than the round's letters)."""

from __future__ import annotations

import pytest

from parsers import Cues
from parsers.fields.authority import find_authority
from parsers.fields.textview import TextView
from router.policy import load_policy

# -- a county heading in the form "… AL JUDEȚULUI X" over two lines --------------------


def test_a_heading_broken_after_a_connector_goes_on_to_its_unit() -> None:
    """ "INSPECTORATUL DE POLIȚIE AL" / "JUDEȚULUI VASLUI" / "POLIȚIA ORAȘULUI NEGREȘTI": the
    issuer is the unit on the third line; the old reader stopped at the second and gave
    "Inspectoratul de Poliție al"."""
    text = (
        "MINISTERUL AFACERILOR INTERNE\nINSPECTORATUL DE POLIȚIE AL\nJUDEȚULUI VASLUI\n"
        "POLIȚIA ORAȘULUI NEGREȘTI\nNr. 31.204 din 01.12.2026\nCătre S.C. X S.R.L.\n"
        "Vă rugăm să ne comunicați datele utilizatorului y.\n"
    )
    assert find_authority(TextView.of(text), Cues.default(), None)[0] == "Poliția Orașului Negrești"


@pytest.mark.parametrize(
    "heading",
    [
        "INSPECTORATUL DE POLIȚIE AL\nJUDEȚULUI CLUJ",
        "Inspectoratul de Poliție al Județului Cluj",
        "Inspectoratul Județean de Poliție Cluj",
    ],
)
def test_the_county_inspectorate_s_other_official_forms_name_it(heading: str) -> None:
    """The registry writes "Inspectoratul de Poliție Județean Cluj"; letterheads also write
    "… al Județului Cluj" and "Inspectoratul Județean de Poliție Cluj" (the same body)."""
    found = load_policy().authority_named(heading)
    assert found is not None and found.name == "Inspectoratul de Poliție Județean Cluj"


def test_another_county_s_form_names_another_inspectorate() -> None:
    found = load_policy().authority_named("Inspectoratul de Poliție al Județului Alba")
    assert found is None or found.name != "Inspectoratul de Poliție Județean Cluj"
