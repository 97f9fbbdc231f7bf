"""IBANs (Romanian and foreign), checked by python-stdnum: the ISO 13616 mod-97
checksum and each country's registered length and BBAN format.

Written in groups of four or in one piece; OCR also breaks them anywhere
("RO49AA AA 1B31007593840000"). Such a broken one is taken only when exactly
one length of its country's register makes a valid IBAN of the characters
(capitals and digits with single spaces, or a line break: an IBAN wrapped at a
line's end) and the next character ends it.
"""

from __future__ import annotations

import re

from stdnum import iban as stdnum_iban

# On the original-case text: country code, check digits, then groups with optional spaces.
IBAN = re.compile(
    r"(?<![A-Za-z0-9])(?P<iban>[A-Z]{2}[0-9]{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,4})?)(?![A-Za-z0-9])"
)


def valid_iban(iban: str) -> bool:
    """Checksum, the country's length and its BBAN format (python-stdnum's register)."""
    return bool(stdnum_iban.is_valid(iban.replace(" ", "")))


_BROKEN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?:[ \n]?[A-Z0-9]){8,30}")


def find_ibans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, compact IBAN) of every valid IBAN in text (case kept: IBANs are upper-case)."""
    out = []
    for m in IBAN.finditer(text.upper()):
        compact = re.sub(r"\s", "", m.group("iban"))  # wrapped at a line's end too
        if valid_iban(compact):
            out.append((m.start("iban"), m.end("iban"), compact))
    whole = [(a, b) for a, b, _ in out]  # sorted, disjoint: walked with the matches
    k = 0
    for m in _BROKEN.finditer(text):
        while k < len(whole) and whole[k][1] <= m.start():
            k += 1
        if k < len(whole) and whole[k][0] <= m.start():
            continue  # inside an IBAN already found whole
        found = _broken(text, m.start(), m.end())
        if found:
            out.append(found)
    return sorted(out)


def _broken(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The IBAN starting at `start`, spaces dropped, when exactly one length makes a valid one."""
    if not text[start : start + 2].isalpha():
        return None
    chars: list[str] = []
    found: list[tuple[int, int, str]] = []
    for i in range(start, end):
        if text[i] in " \n":
            continue
        chars.append(text[i])
        stop = i + 1
        if len(chars) >= 15 and not (stop < len(text) and text[stop].isalnum()):
            compact = "".join(chars)
            if valid_iban(compact):
                found.append((start, stop, compact))
    return found[0] if len(found) == 1 else None
