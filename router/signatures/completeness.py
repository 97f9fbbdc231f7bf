"""Content completeness: does the official request state everything the law requires of it?

Reads the understanding's fields (REQUEST_SCHEMA.md). Each missing item is
named, in English for the evidence and in Romanian for the reply draft.
"""

from __future__ import annotations

from typing import Any

from router.signatures.evidence import Check, Outcome

# field → (English name, Romanian name for the reply draft)
REQUIRED_FIELDS: dict[str, tuple[str, str]] = {
    "authority": ("issuing authority", "autoritatea emitentă"),
    "reference_number": ("registration number", "numărul de înregistrare al adresei"),
    "reference_date": ("date", "data adresei"),
    "case_number": ("case number", "numărul dosarului"),
    "legal_basis": ("legal basis", "temeiul legal (articolele invocate)"),
    "requested_data": ("data requested", "datele solicitate, enumerate explicit"),
    "subjects": ("users concerned", "utilizatorii vizați (nume de utilizator, e-mail, telefon)"),
}


# Issuers whose acts are numbered by the criminal or court file they belong to.
ACTS_IN_A_FILE = frozenset({"court", "prosecutor"})


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple, dict)):
        return len(value) > 0
    return True


def missing_fields(fields: dict[str, Any]) -> list[str]:
    """The required field names that are absent or empty.

    A value written but not readable (`fields["unread"]`, e.g. a date "24.41.2026")
    is stated: a person reads it, and no reply asks the authority to send it again.
    """
    unread = fields.get("unread") or {}
    missing = [k for k in REQUIRED_FIELDS if not _present(fields.get(k)) and k not in unread]
    if (
        "reference_number" in missing
        and _present(fields.get("case_number"))
        and fields.get("authority_kind") in ACTS_IN_A_FILE
    ):
        # A court's or a prosecutor's act (încheiere, ordonanță, a court's letter) is
        # registered under its file: the case number is its registration number.
        missing.remove("reference_number")
    basis = fields.get("legal_basis") or []
    if (
        "case_number" in missing
        and fields.get("authority_kind") == "other"
        and _present(basis)
        and not any("CPP" in str(b) for b in basis)
    ):
        # An authority that is no criminal body (the financial intelligence unit, the tax
        # or consumer authority) asking under its own law ("art. 33 din Legea 129/2019")
        # has no criminal file to name: its registration number identifies the request.
        missing.remove("case_number")
    return missing


def check_content(fields: dict[str, Any]) -> Check:
    """`content`: pass when every required item is stated, else missing with the list."""
    missing = missing_fields(fields)
    unread = {k: v for k, v in (fields.get("unread") or {}).items() if k in REQUIRED_FIELDS}
    if not missing and unread:
        names = ", ".join(f"{REQUIRED_FIELDS[k][0]} {v!r}" for k, v in unread.items())
        return Check(
            "content",
            Outcome.UNVERIFIABLE,
            f"written but not readable, for a person to read: {names}",
            {"unread": unread},
        )
    if not missing:
        return Check(
            "content",
            Outcome.PASS,
            "authority, number, date, case, legal basis, data and users stated",
        )
    names = ", ".join(REQUIRED_FIELDS[k][0] for k in missing)
    return Check("content", Outcome.MISSING, f"not stated: {names}", {"missing": missing})
