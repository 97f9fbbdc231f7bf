"""Dates as Romanians (and English writers) write them, to ISO `YYYY-MM-DD`.

"12.11.2026", "12/11/2026", "12-11-2026", "12.11.26", "2026-11-12", "12.XI.2026",
"12 noiembrie 2026", "12 nov. 2026", "1 ianuarie 2026", "November 12, 2026".
Day-first always: Romanian letters never write month-first numerics.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "ianuarie": 1,
    "ian": 1,
    "januarie": 1,
    "january": 1,
    "jan": 1,
    "februarie": 2,
    "feb": 2,
    "febr": 2,
    "february": 2,
    "martie": 3,
    "mar": 3,
    "mart": 3,
    "march": 3,
    "aprilie": 4,
    "apr": 4,
    "april": 4,
    "mai": 5,
    "may": 5,
    "iunie": 6,
    "iun": 6,
    "june": 6,
    "jun": 6,
    "iulie": 7,
    "iul": 7,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "septembrie": 9,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "octombrie": 10,
    "oct": 10,
    "october": 10,
    "noiembrie": 11,
    "noi": 11,
    "nov": 11,
    "november": 11,
    "decembrie": 12,
    "dec": 12,
    "december": 12,
}
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
ROMAN_MONTHS = {
    r: i + 1
    for i, r in enumerate(
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    )
}
ROMAN_ALT = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))

# All patterns run on folded text (lower-case ASCII).
DATE = re.compile(
    r"(?<![0-9])(?:"
    # one separator throughout: "11-5/2026" is a compartment and a year, not a date
    r"(?P<d>[0-3]?[0-9])\s?(?P<sep>[./-])\s?(?P<m>[01]?[0-9])\s?(?P=sep)\s?(?P<y>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9])"
    r"|(?P<iy>(?:19|20)[0-9]{2})-(?P<im>[01][0-9])-(?P<id>[0-3][0-9])(?![0-9])"
    # Registries write the month in Roman numerals ("03.XI.2026", "25 XI 2026"); not
    # with slashes, which are a registration number's compartment ("45/II/2026").
    rf"|(?P<rd>[0-3]?[0-9])(?:\s?[.-]\s?|[ ])(?P<rm>{ROMAN_ALT})(?:\s?[.-]\s?|[ ])(?P<ry>(?:19|20)[0-9]{{2}})(?![0-9])"
    rf"|(?P<td>[0-3]?[0-9])\s*(?:-?\s*(?:a|lea)\s+)?(?P<tm>{MONTH_ALT})\.?,?\s+(?P<ty>(?:19|20)[0-9]{{2}})(?![0-9])"
    rf"|(?<![a-z])(?P<em>{MONTH_ALT})\.?\s+(?P<ed>[0-3]?[0-9])(?:st|nd|rd|th)?,?\s+(?P<ey>(?:19|20)[0-9]{{2}})(?![0-9])"
    r")"
)


def date_from_match(m: re.Match[str]) -> dt.date | None:
    """The calendar date a DATE match names, or None when it is not a real date."""
    g = m.groupdict()
    try:
        if g["d"]:
            year = int(g["y"])
            if year < 100:
                year += 2000
            return dt.date(year, int(g["m"]), int(g["d"]))
        if g["iy"]:
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["rd"]:
            return dt.date(int(g["ry"]), ROMAN_MONTHS[g["rm"]], int(g["rd"]))
        if g["td"]:
            return dt.date(int(g["ty"]), MONTHS[g["tm"]], int(g["td"]))
        if g["em"]:
            return dt.date(int(g["ey"]), MONTHS[g["em"]], int(g["ed"]))
    except (ValueError, KeyError):
        return None
    return None


def parse_date(text: str) -> str | None:
    """ISO date of the first date written in `text` (folded or not), or None."""
    from ..normalize import matchable

    for m in DATE.finditer(matchable(text)):
        d = date_from_match(m)
        if d is not None:
            return d.isoformat()
    return None


def find_dates(
    folded: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of every real date in folded text, in order."""
    out = []
    for m in DATE.finditer(folded, start, len(folded) if end is None else end):
        d = date_from_match(m)
        if d is not None:
            out.append((m.start(), m.end(), d))
    return out
