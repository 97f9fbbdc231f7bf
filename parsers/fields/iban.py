"""IBANs (Romanian and foreign), checked with the ISO 13616 mod-97 checksum.

Written in groups of four or in one piece; OCR also breaks them anywhere
("RO49AA AA 1B31007593840000"). Such a broken one is taken only for a country
whose IBAN length is known, exactly that many characters, in capitals and digits
with single spaces (or a line break: an IBAN wrapped at a line's end), and only
when its checksum holds.
"""

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


# ISO 13616 lengths of the countries a Romanian marketplace's users bank in most.
LENGTHS = {
    "RO": 24, "MD": 24, "BG": 22, "HU": 28, "DE": 22, "AT": 20, "IT": 27, "ES": 24, "FR": 27,
    "GB": 22, "IE": 22, "NL": 18, "BE": 16, "PL": 28, "CZ": 24, "SK": 24, "GR": 27, "PT": 25,
    "LT": 20, "LU": 20, "CH": 21,
}  # fmt: skip
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
    """The IBAN of its country's length starting at `start`, spaces dropped, if its checksum holds."""
    length = LENGTHS.get(text[start : start + 2])
    if length is None:
        return None
    chars: list[str] = []
    stop = start
    for i in range(start, end):
        if text[i] not in " \n":
            chars.append(text[i])
            stop = i + 1
            if len(chars) == length:
                break
    compact = "".join(chars)
    if len(compact) != length or (stop < len(text) and text[stop].isalnum()):
        return None
    return (start, stop, compact) if valid_iban(compact) else None
