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


@pytest.mark.parametrize(
    ("letterhead", "middle", "issuer", "kind"),
    [
        # The institution whose file it is is not the writer (round 7 dev, a class).
        (
            "INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE\nDirecția de Investigații Criminale",
            "În dosarul penal nr. 77/P/2026 al Parchetului de pe lângă Tribunalul Ilfov, în "
            "temeiul art. 170 C.p.p.,",
            "Inspectoratul General al Poliției Române",
            "police",
        ),
        (
            "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ",
            "În dosarul penal nr. 612/P/2026, înregistrat la Parchetul de pe lângă "
            "Judecătoria Turda,",
            "Inspectoratul de Poliție Județean Cluj",
            "police",
        ),
        # Nor the one that investigates for the writer (round 5, a class).
        (
            "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SEBEȘ",
            "Examinând dosarul penal nr. 1544/P/2026, în care cercetările sunt efectuate de "
            "Poliția Municipiului Sebeș,",
            "Parchetul de pe lângă Judecătoria Sebeș",
            "prosecutor",
        ),
    ],
)
def test_the_file_owner_and_the_investigator_are_not_the_writer(
    letterhead: str, middle: str, issuer: str, kind: str
) -> None:
    text = (
        f"ROMÂNIA\nMINISTERUL AFACERILOR INTERNE\n{letterhead}\nNr. 5.118 din 02.12.2026\n"
        f"Către OKAZII.RO\n{middle} vă rugăm să ne comunicați datele utilizatorului ion_x.\n"
    )
    assert find_authority(TextView.of(text), CUES, None) == (issuer, kind)
