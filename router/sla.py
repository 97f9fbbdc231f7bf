"""The response-time clock: due times in calendar hours or Romanian business days.

Business days skip Saturdays, Sundays and the public holidays of Codul
muncii art. 139 (including the Orthodox Easter and Pentecost days, computed,
and 6–7 January since 2024). Counting rule: a request received on a business
day is due N business days later at the same local time; one received on a
weekend or holiday starts its clock at 00:00 of the next business day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class SlaRule:
    """One response-time target: calendar hours or business days."""

    policy: str
    hours: float | None = None
    business_days: int | None = None


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday (Meeus' Julian algorithm, shifted to the Gregorian calendar)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = date(year, month, day + 1)
    # Julian-to-Gregorian offset: 13 days from 1900 to 2099.
    return julian + timedelta(days=13)


@lru_cache(maxsize=64)
def romanian_holidays(year: int) -> frozenset[date]:
    easter = orthodox_easter(year)
    pentecost = easter + timedelta(days=49)
    fixed = [
        (1, 1),
        (1, 2),
        (1, 24),
        (5, 1),
        (6, 1),
        (8, 15),
        (11, 30),
        (12, 1),
        (12, 25),
        (12, 26),
    ]
    if year >= 2024:
        fixed += [(1, 6), (1, 7)]
    days = {date(year, m, d) for m, d in fixed}
    days |= {easter - timedelta(days=2), easter, easter + timedelta(days=1)}
    days |= {pentecost, pentecost + timedelta(days=1)}
    return frozenset(days)


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in romanian_holidays(day.year)


def add_business_days(start: datetime, days: int, tz: ZoneInfo) -> datetime:
    local = start.astimezone(tz)
    if not is_business_day(local.date()):
        nxt = local.date() + timedelta(days=1)
        while not is_business_day(nxt):
            nxt += timedelta(days=1)
        local = datetime.combine(nxt, time(0, 0), tzinfo=tz)
    day = local.date()
    remaining = days
    while remaining > 0:
        day += timedelta(days=1)
        if is_business_day(day):
            remaining -= 1
    # Re-attach the wall-clock time on the due day (DST-safe through ZoneInfo).
    return datetime.combine(day, local.timetz().replace(tzinfo=None), tzinfo=tz)


def due_at(rule: SlaRule, received_at: datetime, tz: ZoneInfo) -> datetime:
    """When the first response is due under `rule` for an item received at `received_at`."""
    if rule.hours is not None:
        return received_at + timedelta(hours=rule.hours)
    if rule.business_days is not None:
        return add_business_days(received_at, rule.business_days, tz)
    raise ValueError(f"SLA rule {rule.policy!r} has neither hours nor business_days")
