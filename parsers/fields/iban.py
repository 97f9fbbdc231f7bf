"""IBANs (Romanian and foreign), checked with the ISO 13616 mod-97 checksum."""

from __future__ import annotations

import re

# On the original-case text: country code, check digits, then groups with optional spaces.
IBAN = re.compile(
    r"(?<![A-Za-z0-9])(?P<iban>[A-Z]{2}[0-9]{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,4})?)(?![A-Za-z0-9])"
)


def valid_iban(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if not 15 <= len(s) <= 34 or (s.startswith("RO") and len(s) != 24):
        return False
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(digits) % 97 == 1


def find_ibans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, compact IBAN) of every valid IBAN in text (case kept: IBANs are upper-case)."""
    out = []
    for m in IBAN.finditer(text.upper()):
        compact = m.group("iban").replace(" ", "")
        if valid_iban(compact):
            out.append((m.start("iban"), m.end("iban"), compact))
    return out
