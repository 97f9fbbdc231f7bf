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


def test_consumer_protection_and_tax_fraud_letterheads_are_issuers_of_kind_other() -> None:
    from parsers.fields.numbers import CASE_FILE
    from parsers.normalize import fold

    text = (
        "AUTORITATEA NAȚIONALĂ PENTRU PROTECȚIA CONSUMATORILOR\nNr. 812/DGC/2026 din 02.12.2026\n"
        "Dosar nr. 33017/2026\nCătre: OKAZII.RO\n\nVă solicităm lista vânzătorilor activi.\n"
    )
    authority, kind = find_authority(TextView.of(text), CUES, None)
    assert (authority, kind) == ("Autoritatea Națională pentru Protecția Consumatorilor", "other")
    assert [m.group("n") for p in CASE_FILE for m in p.finditer(fold(text))] == ["33017/2026"]


def test_a_buyer_who_complained_to_anpc_names_no_issuer() -> None:
    text = "Am făcut deja reclamație la ANPC și la ANAF, dar vânzătorul nu răspunde.\n"
    assert find_authority(TextView.of(text), CUES, None)[0] is None
