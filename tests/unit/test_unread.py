"""Absent versus unread: a value written in a form we cannot parse is flagged, never "not stated"."""

from __future__ import annotations

from parsers.cues import Cues
from parsers.fields import fill_missing
from parsers.fields.law_enforcement import law_enforcement_fields
from parsers.fields.textview import TextView

LETTER = """INSPECTORATUL DE POLIȚIE JUDEȚEAN EXEMPLU
Nr. 40112 din {date}
Către SC Exemplu SRL
În dosarul penal nr. {case}, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați,
pentru utilizatorul „vand_rapid9”, în perioada {period}:
1. datele de identificare ale titularului;
2. adresele IP.
Răspunsul va fi transmis la adresa sic@exemplu.politiaromana.ro.
Comisar de poliție
Ionescu Dan
"""


def _fields(date: str, case: str, period: str) -> dict[str, object]:
    text = LETTER.format(date=date, case=case, period=period)
    return law_enforcement_fields(TextView.of(text), Cues.default(), None)


def test_an_impossible_date_is_unread_not_absent() -> None:
    """A registration date, a period and a file number written but unreadable are flagged as written."""
    f = _fields("24.41.2026", "77O1/P/2O26x", "01.13.2026 – 31.12.2026")
    assert f["reference_date"] is None and f["period"] is None and f["case_number"] is None
    assert f["unread"] == {
        "reference_date": "24.41.2026",
        "period": "01.13.2026 - 31.12.2026",
        "case_number": "77O1/P/2O26x",
    }


def test_readable_values_leave_nothing_unread() -> None:
    """When every value reads, nothing is flagged."""
    f = _fields("24.11.2026", "7701/P/2026", "01.01.2026 – 31.03.2026")
    assert f["reference_date"] == "2026-11-24"
    assert f["unread"] == {}


def test_a_value_found_elsewhere_is_no_longer_unread() -> None:
    """A candidate stays unread only while no readable value was found in the subject or history."""
    primary = {"reference_date": None, "unread": {"reference_date": "24.41.2026"}}
    secondary = {"reference_date": "2026-11-24", "unread": {}}
    merged = fill_missing(primary, secondary)
    assert merged["reference_date"] == "2026-11-24"
    assert merged["unread"] == {}


def test_the_reply_never_asks_to_resend_what_was_sent_unreadable() -> None:
    """An unread date is not "not stated": the content check names it for a person and the reply asks nothing for it."""
    from router.signatures.completeness import check_content
    from router.signatures.evidence import Outcome
    from router.signatures.reply import missing_items

    fields = {
        "authority": "IPJ Exemplu",
        "reference_number": "40112",
        "reference_date": None,
        "case_number": "7701/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "requested_data": ["adresele IP"],
        "subjects": [{"kind": "username", "value": "vand_rapid9"}],
        "unread": {"reference_date": "24.41.2026"},
    }
    check = check_content(fields)
    assert check.verdict is Outcome.UNVERIFIABLE and "24.41.2026" in check.detail
    assert missing_items({"content": check.verdict.value}, fields) == []
