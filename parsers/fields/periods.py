"""The period an official request asks about: {"from", "to"} ISO dates.

Two dates after "perioada", "intervalul", "between", "de la"... joined by "-",
"până la", "și", "to" (a little heading between them allowed: "sezonul estival
2025 (01.05.2025 – 30.09.2025)"); whole months ("martie - iunie 2026");
"pentru anul 2025", the whole year; "trimestrul III 2026", its quarter (dates
given after it win); "de la 01.01.2025 până la data prezentei" / "până în
prezent" ends on the letter's own date (unknown date: the end stays open, None).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .dates import MONTH_ALT, MONTHS, ROMAN_MONTHS, find_dates
from .textview import TextView

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


PERIOD_WORD = re.compile(
    r"\b(?:perioada|perioadei|intervalul|period|between|de\s+la|incepand\s+cu|from|intre|"
    r"luna|lunile|lunii|in\s+month\s+of|sezonul"
    # a year or quarter asked for ("pentru anul 2025"), not a law's year ("Legea ... din anul 2004")
    r"|(?:pentru|in|aferent\w*|during)\s+(?P<unit>anul|anului|trimestrul|trimestrului))\b"
)
# How far a period word may stand before its first date ("trimestrul III 2026 (01.07...").
PERIOD_GAP = 20
# Whole months after a period word: "martie - iunie 2026", "ianuarie 2025 - martie 2026",
# "mai 2026" (one month), "lunile aprilie și mai 2026".
_MONTHS = re.compile(
    rf"\s*:?\s*(?:(?:de\s+la|din|dintre|intre)\s+)?(?P<m1>{MONTH_ALT})\.?(?:\s+(?P<y1>(?:19|20)[0-9]{{2}}))?"
    rf"(?:\s*(?:-|–|pana\s+(?:in|la)|si|to|and)\s*(?P<m2>{MONTH_ALT}))?"
    r"(?:\.\s*|\s+)(?P<y2>(?:19|20)[0-9]{2})(?![0-9])"
)
# Days with the year written once, at the end: "15 octombrie - 30 noiembrie 2026",
# "1 - 15 noiembrie 2026" (the first date is no date on its own, so not found above).
_DAYS = re.compile(
    rf"\s*:?\s*(?:(?:de\s+la|din|intre)\s+)?(?P<d1>[0-3]?[0-9])(?:\s+(?P<m1>{MONTH_ALT})\.?)?"
    r"\s*(?:-|–|pana\s+(?:in|la)|si)\s*"
    rf"(?P<d2>[0-3]?[0-9])\s+(?P<m2>{MONTH_ALT})\.?,?\s+(?P<y>(?:19|20)[0-9]{{2}})(?![0-9])"
)
_JOIN = re.compile(r"^\s*(?:-|pana\s+la|pana\s+in|si|and|to|,)?\s*(?:data\s+de\s+)?$")


def period(view: TextView, today: str | None = None) -> dict[str, str | None] | None:
    """{"from", "to"} ISO dates of the first named period, or None.

    Two dates ("perioada 01.09.2026 - 15.11.2026"), or whole months ("în
    perioada martie - iunie 2026": 1 March to 30 June; "în luna mai 2026"), a
    year or a quarter (`periods.calendar_unit`), or a start "până în prezent":
    to `today`, the letter's own date (None when unknown).
    """
    for kw in view.finditer(PERIOD_WORD):
        dates = find_dates(view.folded, kw.end(), min(len(view.folded), kw.end() + 120))
        close = bool(dates) and len(view.folded[kw.end() : dates[0][0]].strip(" :(")) <= PERIOD_GAP
        if len(dates) >= 2 and close:
            (_s1, e1, d1), (s2, _e2, d2) = dates[0], dates[1]
            if _JOIN.match(view.folded[e1:s2].replace("(", "")) and d1 <= d2:
                return {"from": d1.isoformat(), "to": d2.isoformat()}
        if close and OPEN_END.match(view.folded, dates[0][1]):
            return {"from": dates[0][2].isoformat(), "to": today}
        days = _DAYS.match(view.folded, kw.end())
        if days and (found := _day_span(days)):
            return found
        months = _MONTHS.match(view.folded, kw.end())
        if months and not months.group("m2") and OPEN_END.match(view.folded, months.end()):
            found = _month_span(months)
            return {"from": found["from"], "to": today} if found else None
        if months and (found := _month_span(months)):
            return found
        if kw.group("unit") and (found := calendar_unit(kw.group("unit"), view.folded, kw.end())):
            return found
    return None


def _day_span(m: re.Match[str]) -> dict[str, str | None] | None:
    y = int(m.group("y"))
    m2 = MONTHS[m.group("m2")]
    m1 = MONTHS[m.group("m1")] if m.group("m1") else m2
    try:
        start = dt.date(y if m1 <= m2 else y - 1, m1, int(m.group("d1")))
        end = dt.date(y, m2, int(m.group("d2")))
    except ValueError:
        return None
    if start > end:
        return None
    return {"from": start.isoformat(), "to": end.isoformat()}


def _month_span(m: re.Match[str]) -> dict[str, str | None] | None:
    y2 = int(m.group("y2"))
    m1, m2 = MONTHS[m.group("m1")], MONTHS[m.group("m2") or m.group("m1")]
    y1 = int(m.group("y1")) if m.group("y1") else (y2 if m1 <= m2 else y2 - 1)
    start, end = dt.date(y1, m1, 1), dt.date(y2, m2, calendar.monthrange(y2, m2)[1])
    if start > end:
        return None
    return {"from": start.isoformat(), "to": end.isoformat()}
