"""The issuing authority in OCR'd letters: a fax machine's transmission line naming the
sender in short, headings in columns merged on one line (registration number, label,
classification beside the name), a document title under the letterhead, and a name
wrapped at the end of a prose line. Texts written for these tests after faxes and scans.
"""

from __future__ import annotations

import pytest

from parsers.cues import Cues
from parsers.fields.authority import find_authority
from parsers.fields.textview import TextView


def _authority(text: str) -> str | None:
    return find_authority(TextView.of(text, ocr=True), Cues.default(), None)[0]


@pytest.mark.parametrize(
    "fax_line",
    [
        "02/12/2026 17:02 +40 232 555 192 IPJ IASI SIC P.001/002",
        "RON EES 559 180 IPJ IASI BccI P.991/901",
        "IPJ Iasi Sif Pagina 1/2",
        "IPJ IASI FAX NO. : 0232555192 02 Dec. 2026 11:48AM",
        "01.12.2026 09:14 +40 232 555 101 IPJ IASI Pag. 01",
    ],
)
def test_the_fax_transmission_line_is_not_the_letterhead(fax_line: str) -> None:
    text = (
        f"{fax_line}\n\nROMÂNIA NESECRET\nMINISTERUL AFACERILOR INTERNE\n"
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI\nServiciul de Investigații Criminale\n\n"
        "Către OKAZII.RO\n"
    )
    assert (_authority(text) or "").casefold() == "inspectoratul de poliție județean iași"


@pytest.mark.parametrize(
    "beside",
    [
        "Nr. 320.118 din 02.12.2026",
        "Nr. ieșire 41.227 / 03.12.2026",
        "Ex. nr. 1",
        "NESECRET",
        "Termen: 14 ianuarie 2027",
        "Data: 02.12.2026",
        "Dosar nr. 2871/86/2026",
    ],
)
def test_a_column_beside_the_name_is_not_part_of_it(beside: str) -> None:
    text = f"ROMÂNIA\nTRIBUNALUL BIHOR {beside}\nSECȚIA PENALĂ\n\nCătre OKAZII.RO\n"
    assert (_authority(text) or "").casefold() == "tribunalul bihor"


def test_a_unit_number_stays_in_the_name() -> None:
    text = "Tribunalul Bihor Secția nr. 2 Penală a dispus, în dosarul nr. 12/111/2026, ...\n"
    assert _authority(text) == "Tribunalul Bihor Secția nr. 2 Penală"


@pytest.mark.parametrize("title", ["ORDONANȚĂ", "ÎNCHEIERE", "SOLICITARE"])
def test_a_document_title_under_the_letterhead_is_not_its_place(title: str) -> None:
    text = f"ROMÂNIA\nMINISTERUL PUBLIC\nJUDECĂTORIA SIBIU\n{title}\n24.11.2026\n"
    assert (_authority(text) or "").casefold() == "judecătoria sibiu"


def test_a_name_wrapped_at_the_end_of_a_full_prose_line() -> None:
    text = (
        "Vă aducem la cunoștință că în dosarul penal nr. 1208/D/P/2026, aflat în lucru la DIICOT - Serviciul\n"
        "Teritorial Constanța, se efectuează cercetări privind constituirea unui grup infracțional organizat.\n"
        "Vă rugăm să ne comunicați datele de identificare ale titularului contului.\n"
    )
    assert _authority(text) == "DIICOT - Serviciul Teritorial Constanța"


def test_a_short_heading_line_is_not_wrapped_into_the_next() -> None:
    text = "DIICOT - Serviciul\nTeritorial\n\nVă rugăm să ne comunicați datele cerute în dosarul nr. 1/D/P/2026.\n"
    assert _authority(text) == "DIICOT - Serviciul"


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "MINISTERUL AFACERILOR INTERNE\nDIRECȚIA GENERALĂ ANTICORUPȚIE\n"
            "SERVICIUL JUDEȚEAN ANTICORUPȚIE NEAMȚ\n\nNr. 2.716/SJA-NT\n",
            "Serviciul Județean Anticorupție Neamț",
        ),
        (
            "ROMANIA .\nMINISTERUL AFACERILOR INTERNE\n"
            "DIRECȚIA NAȚIONALĂ DE INVESTIGARE A FRAUDELOR ONLINE\nServiciul Operativ Central\n\n",
            "Direcția Națională de Investigare a Fraudelor Online",
        ),
        (
            "MINISTERUL AFACERILOR INTERNE\nSERVICIUL JUDEȚEAN ANTICORUPȚIE NEAMȚ Nr. 2.716/SJA-NT\n",
            "Serviciul Județean Anticorupție Neamț",
        ),
    ],
)
def test_the_unit_under_the_ministry_in_the_letterhead(head: str, want: str) -> None:
    """The registry knows only the ministry, and the text mentions a court in passing
    ("sub coordonarea Parchetului de pe {angi Tribunalul Neamț"): the letterhead's unit."""
    text = (
        f"{head}\nCătre OKAZII.RO\n\nServiciul efectuează, sub coordonarea Parchetului de pe {{angi\n"
        "Tribunalul Neamț, acte de cercetare penală în dosarul nr. 455/P/2026.\n"
    )
    assert _authority(text) == want


def test_a_registry_authority_in_the_letterhead_stays() -> None:
    text = (
        "MINISTERUL AFACERILOR INTERNE\nINSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI\n"
        "SERVICIUL DE INVESTIGAȚII CRIMINALE\n\nNr. 320.118 din 02.12.2026\n"
    )
    assert (_authority(text) or "").casefold() == "inspectoratul de poliție județean iași"
