"""Case numbers, reference numbers, transactions and legal bases in official letters."""

from __future__ import annotations

import pytest

from parsers.fields.legal import articles
from parsers.fields.numbers import case_number, reference, transactions
from parsers.fields.signatory import find_signatory
from parsers.fields.textview import TextView


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dosar penal nr. 4567/P/2026", "4567/P/2026"),
        ("în dosarul penal\nnr. 4567/p/2026, privind", "4567/P/2026"),
        ("Dosar nr. 8910/P/2026", "8910/P/2026"),
        ("dosarul nr. 123/D/P/2026", "123/D/P/2026"),
        ("dosarul nr. 1234/211/2026 al Judecătoriei", "1234/211/2026"),
        ("cauza 77/P/2025 se află", "77/P/2025"),
        ("Nr. 2345/II/2026 din 15 noiembrie 2026", None),  # a registration number, not a file
    ],
)
def test_case_number(text: str, expected: str | None) -> None:
    """The criminal file number follows "dosar"; a bare .../P/yyyy also counts."""
    assert case_number(TextView.of(text)) == expected


@pytest.mark.parametrize(
    ("text", "ocr", "number", "date"),
    [
        ("Nr. 123.456 din 12.11.2026", False, "123456", "2026-11-12"),
        ("Nr. 2345/II/2026 din 15 noiembrie 2026", False, "2345/II/2026", "2026-11-15"),
        ("Nr. 2345/11/2026 din 15 noiembrie 2026", True, "2345/II/2026", "2026-11-15"),
        ("Nr. 2345/11/2026 din 15 noiembrie 2026", False, "2345/11/2026", "2026-11-15"),
        (
            "dosar penal nr. 4567/P/2026 din 01.10.2026\nNr. 99 din 02.11.2026",
            False,
            "99",
            "2026-11-02",
        ),
        ("Nr. înreg. 4455/IPJ/2026", False, "4455/IPJ/2026", None),
        # A unit's code ending in its number before the registry's number
        ("Nr. DRAF4/77.219 din 01.12.2026", False, "DRAF4/77.219", "2026-12-01"),
        ("Nr. S2-IPJ 4410 din 01.12.2026", False, "S2-IPJ 4410", "2026-12-01"),
        ("tranzacția nr. 98765432 din 01.10.2026", False, None, None),
        ("Str. Exemplului nr. 7, Cluj", False, None, None),
        # The date behind the place on the number's own line, not another number's date
        (
            "Nr. 2211/II/2/2026        Brașov, 23 noiembrie 2026",
            False,
            "2211/II/2/2026",
            "2026-11-23",
        ),
        ("Nr. 55/2026   Cluj-Napoca, 01.12.2026", False, "55/2026", "2026-12-01"),
        ("Nr. 77/2026 privind dosarul 12/P/2025 din 02.02.2025", False, "77/2026", None),
    ],
)
def test_reference(text: str, ocr: bool, number: str | None, date: str | None) -> None:
    """The letter's own number and date, never the file, street or transaction number."""
    assert reference(TextView.of(text, ocr=ocr)) == (number, date)


def test_transactions() -> None:
    """Order and transaction numbers are listed once each, in order."""
    text = "comanda / tranzacția nr. 55501234; tranzacţiei nr. 98765432, order #123456, tranzactia\nnr. 55501234"
    assert transactions(TextView.of(text)) == ["55501234", "98765432", "123456"]


def test_transaction_past_a_stray_quote() -> None:
    """OCR puts a quote before "nr." ("tranzacția 'nr. 55512345"): the number is still read."""
    assert transactions(TextView.of("inclusiv tranzacția 'nr. 55512345.", ocr=True)) == ["55512345"]


@pytest.mark.parametrize(
    ("text", "bases", "offences"),
    [
        ("În temeiul art. 170 Cod procedură penală", ["art. 170 CPP"], []),
        ("in temeiul art. 170 Cod procedura penala", ["art. 170 CPP"], []),
        ("art. 152 din Codul de procedură penală", ["art. 152 CPP"], []),
        ("art. 170 alin. (1) C.proc.pen.", ["art. 170 CPP"], []),
        ("art. 170 alin. (1) C.p.p.", ["art. 170 CPP"], []),  # issue 4's own example
        ("în temeiul art..152 NCPP", ["art. 152 CPP"], []),  # OCR doubled the dot
        ("art. 152 și 170 CPP", ["art. 152 CPP", "art. 170 CPP"], []),
        ("infracțiunii de înșelăciune (art. 244 Cod\npenal)", [], ["art. 244 CP"]),
        ("art. 16 din Legea nr. 365/2002", ["art. 16 Legea 365/2002"], []),
        (
            "În temeiul art. 170 alin. (1) și (2) din Codul de procedură, penală",
            ["art. 170 CPP"],
            [],
        ),
        (
            "art. 170 alin. (2) lit. b) și alin. (4) din Codul de procedură penală",
            ["art. 170 CPP"],
            [],
        ),
        # The codes cited by their law numbers
        ("art. 170 din Legea nr. 135/2010 privind Codul de procedură penală", ["art. 170 CPP"], []),
        ("art. 244 din Legea nr. 286/2009 privind Codul penal", [], ["art. 244 CP"]),
        (
            "art. 6 alin. (1) lit. c) din Regulamentul (UE) 2016/679",
            ["art. 6 GDPR"],
            [],
        ),
        ("conform art. 170", [], []),  # no code named: not guessed
        # Several paragraphs, points or letters before the code
        (
            "În temeiul dispozițiilor art. 170 alin. (1) și (2) din Codul de procedură penală",
            ["art. 170 CPP"],
            [],
        ),
        ("art. 170 alin. (1), (2) și (4) C.p.p.", ["art. 170 CPP"], []),
        ("art. 152 alin. 1-3 din Codul de procedură penală", ["art. 152 CPP"], []),
        ("art. 16 alin. (1) lit. a) și b) din Legea nr. 365/2002", ["art. 16 Legea 365/2002"], []),
        ("art. 97 alin. (2) pct. 3 C.proc.pen.", ["art. 97 CPP"], []),
        ("dispozițiile art. 170 C.p:p.; vă rugăm", ["art. 170 CPP"], []),  # OCR's ":" for "."
    ],
)
def test_articles(text: str, bases: list[str], offences: list[str]) -> None:
    """Articles are normalised per code to "art. N CODE" (paragraph and letter dropped); Criminal Code articles are offences, not bases."""
    assert articles(TextView.of(text)) == (bases, offences)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("Grefier,\nElena Dobre\n", "Grefier Elena Dobre"),
        ("Prim-grefier\nIon Marin\n", "Prim-grefier Ion Marin"),
        ("Director general,\nMaria Stan\n", "Director general Maria Stan"),
        # The last rank before the name wins over an office above it
        (
            "Șef serviciu,\nComisar-șef de poliție\nAndrei Mureșan\n",
            "Comisar-șef de poliție Andrei Mureșan",
        ),
    ],
)
def test_signatory_ranks_of_courts_and_offices(tail: str, expected: str) -> None:
    """A court clerk or an office's director signs too: rank and name, as written."""
    text = "Vă comunicăm istoricul solicitat în dosarul nr. 12/301/2026.\n\n" + tail
    assert find_signatory(TextView.of(text)) == expected


def test_the_injured_party_is_no_subject_even_where_a_data_item_names_them() -> None:
    """Round 7 dev (a class): "partea vătămată, utilizatorul X" … "mesajele schimbate cu X"."""
    from parsers.cues import Cues
    from parsers.fields.law_enforcement import law_enforcement_fields

    text = (
        "Poliția Orașului Voluntari desfășoară cercetări în dosarul nr. 5120/P/2026, în care "
        "partea vătămată, utilizatorul „dumitrescu_alex”, a plătit 3.400 lei. Față de cele de "
        "mai sus, în temeiul art. 170 C.p.p., vă rugăm să ne furnizați, pentru contul "
        "gsm_outlet_ilfov:\n• numele titularului;\n• mesajele schimbate cu utilizatorul "
        "„dumitrescu_alex”.\n"
    )
    fields = law_enforcement_fields(TextView.of(text), Cues.default(), None)
    assert [s["value"] for s in fields["subjects"]] == ["gsm_outlet_ilfov"]
    # a complaint *about* a user names the suspect, whose data is asked for
    about = "În urma sesizării privind utilizatorul vanzator_x, vă rugăm să comunicați datele sale."
    fields = law_enforcement_fields(TextView.of(about), Cues.default(), None)
    assert [s["value"] for s in fields["subjects"]] == ["vanzator_x"]
