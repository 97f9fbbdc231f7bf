"""Periods named by a calendar unit or left open to the letter's date.

"pentru anul 2025" is the whole year; "trimestrul III 2026" its quarter (the
dates in parentheses after it, when given, win: `requested.period` reads them
first); "de la 01.01.2025 până la data prezentei" / "până în prezent" ends on
the letter's own date (unknown date: the end stays open, None).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .dates import ROMAN_MONTHS

# After a year or quarter word: "anul 2025", "trimestrul III 2026", "trimestrul 3 din 2026".
_YEAR = re.compile(r"\s+(?P<y>(?:19|20)[0-9]{2})(?![0-9])")
_QUARTER = re.compile(
    r"\s+(?P<q>iv|iii|ii|i|[1-4])(?:\s+(?:al\s+anului|din))?\s+(?P<y>(?:19|20)[0-9]{2})(?![0-9])"
)
# Right after the period's start: to the present, i.e. the letter's date.
OPEN_END = re.compile(
    r"\s*(?:-|–|,)?\s*(?:si\s+)?(?:pana\s+(?:la\s+data\s+(?:prezentei|de\s+azi|actuala)|in\s+prezent|la\s+zi|astazi)"
    r"|(?:and\s+)?(?:until|to)\s+(?:date|the\s+present|today))\b"
)


def calendar_unit(word: str, folded: str, pos: int) -> dict[str, str | None] | None:
    """{"from", "to"} of the year or quarter named after `word` ("anul", "trimestrul") at `pos`."""
    if word.startswith("an"):
        m = _YEAR.match(folded, pos)
        if m:
            y = int(m.group("y"))
            return {"from": f"{y}-01-01", "to": f"{y}-12-31"}
    elif word.startswith("trimestr"):
        m = _QUARTER.match(folded, pos)
        if m:
            q = m.group("q")
            n = int(q) if q.isdigit() else ROMAN_MONTHS[q]
            y = int(m.group("y"))
            first, last = 3 * n - 2, 3 * n
            end = dt.date(y, last, calendar.monthrange(y, last)[1])
            return {"from": dt.date(y, first, 1).isoformat(), "to": end.isoformat()}
    return None
