"""The issuer is the letterhead, not the authority whose delegation its text cites."""

from __future__ import annotations

import pytest

from parsers.cues import Cues
from parsers.fields.authority import find_authority
from parsers.fields.textview import TextView

CUES = Cues.default()


@pytest.mark.parametrize(
    ("heading", "issuer"),
    [
        (
            "INSPECTORATUL GENERAL AL JANDARMERIEI ROMÂNE\nINSPECTORATUL DE JANDARMI JUDEȚEAN ARGEȘ",
            "Inspectoratul de Jandarmi Județean Argeș",
        ),
        (
            "JANDARMERIA ROMÂNĂ\nGRUPAREA DE JANDARMI MOBILĂ CLUJ",
            "Gruparea de Jandarmi Mobilă Cluj",
        ),
    ],
)
def test_a_gendarmerie_unit_acting_under_a_prosecutors_delegation(
    heading: str, issuer: str
) -> None:
    text = (
        f"MINISTERUL AFACERILOR INTERNE\n{heading}\n\nNr. 55.101 din 01.12.2026\n\n"
        "Către OKAZII.RO\n\nEfectuăm, în baza delegării dispuse de Parchetul de pe lângă "
        "Judecătoria Pitești, acte de cercetare penală în dosarul penal nr. 77/P/2026. "
        "Vă rugăm să ne comunicați datele de identificare ale utilizatorului ion_ag.\n"
    )
    authority, kind = find_authority(TextView.of(text), CUES, None)
    assert (authority, kind) == (issuer, "police")
