"""Response-time targets per queue, and when each falls due.

A queue's rule (`[sla.QUEUE]` in the policy) names up to three targets:
`acknowledgement`, `first_response` and `closing`, each in calendar hours
(`{hours = 12}`), working hours (`{business_hours = 8, calendar = "support"}`)
or working days (`{business_days = 3, calendar = "legal"}`). The calendars
are `[calendars.NAME]` tables (`router.calendar`); `business` (Monday to
Friday, whole days, Romanian public holidays) is always there. The legacy
keys `hours` / `business_days` of a rule give the item's `due_at`, as before.

Counting rule for working days: a request received on a working day is due
N working days later at the same local time; one received on a day off
starts its clock at 00:00 of the next working day. Time spent waiting on the
requester is added to every due time (the clock is paused).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from router.calendar import BusinessCalendar, CalendarError, from_policy
from router.timeline import Timeline

TARGETS = ("acknowledgement", "first_response", "closing")
DEFAULT_CALENDAR = "business"


@dataclass(frozen=True, slots=True)
class Target:
    """One response-time target: calendar hours, working hours or working days on a calendar."""

    hours: float | None = None
    business_hours: float | None = None
    business_days: int | None = None
    calendar: str = DEFAULT_CALENDAR

    @classmethod
    def parse(cls, where: str, value: object) -> Target:
        if not isinstance(value, dict):
            raise ValueError(f"{where}: a table such as {{hours = 12}}")
        unknown = sorted(set(value) - {"hours", "business_hours", "business_days", "calendar"})
        if unknown:
            raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}")
        units = [k for k in ("hours", "business_hours", "business_days") if k in value]
        if len(units) != 1:
            raise ValueError(f"{where}: exactly one of hours, business_hours, business_days")
        amount = value[units[0]]
        if isinstance(amount, bool) or not isinstance(amount, int | float) or amount <= 0:
            raise ValueError(f"{where}.{units[0]}: a positive number, not {amount!r}")
        if units[0] == "business_days" and not isinstance(amount, int):
            raise ValueError(f"{where}.business_days: a whole number of days")
        calendar = value.get("calendar", DEFAULT_CALENDAR)
        if not isinstance(calendar, str):
            raise ValueError(f"{where}.calendar: a calendar name")
        if units[0] == "hours":
            return cls(hours=float(amount), calendar=calendar)
        if units[0] == "business_hours":
            return cls(business_hours=float(amount), calendar=calendar)
        return cls(business_days=int(amount), calendar=calendar)

    def describe(self) -> str:
        if self.hours is not None:
            return f"{self.hours:g} h"
        if self.business_hours is not None:
            return f"{self.business_hours:g} working h ({self.calendar})"
        days = "day" if self.business_days == 1 else "days"
        return f"{self.business_days} working {days} ({self.calendar})"

    def due(self, t: Timeline, calendars: dict[str, BusinessCalendar], until: datetime) -> datetime:
        """When the target falls due for timeline `t`, pauses up to `until` added."""
        cal = calendars[self.calendar]
        if self.hours is not None:
            paused = t.paused_seconds(until)
            return t.received_at + timedelta(hours=self.hours, seconds=paused)
        paused_working = t.paused_seconds(until, cal)
        if self.business_hours is not None:
            return cal.add_working(t.received_at, self.business_hours * 3600 + paused_working)
        assert self.business_days is not None
        due = cal.add_business_days(t.received_at, self.business_days)
        return cal.add_working(due, paused_working) if paused_working else due


@dataclass(frozen=True, slots=True)
class SlaRule:
    """A queue's response-time rule: its name, its due time, its targets."""

    policy: str
    hours: float | None = None
    business_days: int | None = None
    acknowledgement: Target | None = None
    first_response: Target | None = None
    closing: Target | None = None

    def __post_init__(self) -> None:
        for name in TARGETS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, Target):
                object.__setattr__(self, name, Target.parse(f"sla.{self.policy}.{name}", value))

    def targets(self) -> dict[str, Target]:
        return {n: t for n in TARGETS if (t := getattr(self, n)) is not None}


def calendars(raw: dict[str, Any], tz: ZoneInfo) -> dict[str, BusinessCalendar]:
    """The policy's calendars (`[calendars.NAME]`), with `business` always defined."""
    out = {DEFAULT_CALENDAR: BusinessCalendar(DEFAULT_CALENDAR, tz)}
    tables = raw.get("calendars") or {}
    if not isinstance(tables, dict):
        raise CalendarError("calendars: a table of calendars")
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise CalendarError(f"calendars.{name}: a table")
        out[name] = from_policy(name, table, tz)
    return out


def check_calendars(rules: dict[str, SlaRule], cals: dict[str, BusinessCalendar]) -> None:
    """Every target names a calendar that exists (ValueError naming the first that does not)."""
    for queue, rule in rules.items():
        for name, target in rule.targets().items():
            if target.calendar not in cals:
                raise ValueError(
                    f"sla.{queue}.{name}: no calendar {target.calendar!r} "
                    f"(defined: {', '.join(sorted(cals))})"
                )


def romanian_holidays(year: int) -> frozenset[date]:
    """Romania's public holidays in `year` (the `holidays` package's list)."""
    cal = BusinessCalendar()
    day, end = date(year, 1, 1), date(year, 12, 31)
    out = set()
    while day <= end:
        if cal.holiday(day):
            out.add(day)
        day += timedelta(days=1)
    return frozenset(out)


def is_business_day(day: date) -> bool:
    return BusinessCalendar().is_working_day(day)


def add_business_days(start: datetime, days: int, tz: ZoneInfo) -> datetime:
    return BusinessCalendar(tz=tz).add_business_days(start, days)


def due_at(rule: SlaRule, received_at: datetime, tz: ZoneInfo) -> datetime:
    """When the item is due under `rule` (its `hours` or `business_days`)."""
    if rule.hours is not None:
        return received_at + timedelta(hours=rule.hours)
    if rule.business_days is not None:
        return add_business_days(received_at, rule.business_days, tz)
    raise ValueError(f"SLA rule {rule.policy!r} has neither hours nor business_days")
