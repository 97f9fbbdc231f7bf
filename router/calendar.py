"""Business calendars: working days and hours in Europe/Bucharest, Romanian public holidays.

A calendar is the time a team's clock runs: its working weekdays, its
working hours each such day (the phone line: Monday to Saturday 09:00–21:00;
the legal team: whole days Monday to Friday), the public holidays of a
country from the `holidays` package (Romania: Codul muncii art. 139,
Orthodox Good Friday, Easter and Pentecost included, computed by the package
for any year) and extra days off from the policy file. Everything is computed
in local wall-clock time through `ZoneInfo`, so a DST change day has the
hours it really has (23 or 25), and converted to UTC instants at the edges.

Pure: no clock is read here; instants come in, instants and seconds go out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

import holidays as holidays_pkg

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY = timedelta(days=1)
# How far a search for working time may run before the calendar is judged
# empty (no working day at all, e.g. every weekday listed as a day off).
_MAX_DAYS = 3660


class CalendarError(ValueError):
    """A calendar that cannot be built or that has no working time."""


def parse_clock(text: str) -> time | None:
    """ "09:00" as a time; "24:00" (end of day) as None."""
    if text == "24:00":
        return None
    try:
        hours, minutes = (int(p) for p in text.split(":"))
        return time(hours, minutes)
    except (ValueError, TypeError):
        raise CalendarError(f"not a clock time (HH:MM): {text!r}") from None


@dataclass(frozen=True)
class BusinessCalendar:
    """Working weekdays and hours in one time zone, less public holidays and extra days off."""

    name: str = "business"
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Bucharest"))
    weekdays: frozenset[int] = frozenset(range(5))  # Monday = 0
    opens: time = time(0, 0)
    closes: time | None = None  # None: the end of the day
    country: str | None = "RO"
    extra_days_off: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if not self.weekdays:
            raise CalendarError(f"calendar {self.name!r} has no working weekday")
        if self.closes is not None and self.closes <= self.opens:
            raise CalendarError(f"calendar {self.name!r}: closes before it opens")

    @cached_property
    def _holidays(self) -> holidays_pkg.HolidayBase | None:
        return holidays_pkg.country_holidays(self.country) if self.country else None

    def holiday(self, day: date) -> str | None:
        """The name of the public holiday or day off on `day`, if it is one."""
        if day in self.extra_days_off:
            return "day off (policy)"
        if self._holidays is not None:
            name = self._holidays.get(day)
            if name:
                return str(name)
        return None

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.weekdays and self.holiday(day) is None

    def window(self, day: date) -> tuple[datetime, datetime] | None:
        """The working interval of a local day as UTC instants, or None on a day off."""
        if not self.is_working_day(day):
            return None
        start = datetime.combine(day, self.opens, tzinfo=self.tz)
        if self.closes is None:
            end = datetime.combine(day + _DAY, time(0, 0), tzinfo=self.tz)
        else:
            end = datetime.combine(day, self.closes, tzinfo=self.tz)
        return start.astimezone(UTC), end.astimezone(UTC)

    def _windows(self, start: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Working intervals from the local day of `start` on (bounded)."""
        day = start.astimezone(self.tz).date()
        for _ in range(_MAX_DAYS):
            w = self.window(day)
            if w is not None:
                yield w
            day += _DAY
        raise CalendarError(f"calendar {self.name!r} has no working time in {_MAX_DAYS} days")

    def working_seconds(self, start: datetime, end: datetime) -> float:
        """Working time between two instants, in seconds (0 when end is not after start)."""
        if end <= start:
            return 0.0
        total = 0.0
        for lo, hi in self._windows(start):
            if lo >= end:
                break
            a, b = max(lo, start), min(hi, end)
            if b > a:
                total += (b - a).total_seconds()
        return total

    def add_working(self, start: datetime, seconds: float) -> datetime:
        """The instant when `seconds` of working time have run from `start`."""
        remaining = max(0.0, seconds)
        for lo, hi in self._windows(start):
            a = max(lo, start)
            if hi <= a:
                continue
            available = (hi - a).total_seconds()
            if remaining <= available:
                return a + timedelta(seconds=remaining)
            remaining -= available
        raise CalendarError(f"calendar {self.name!r} ran out of working time")  # pragma: no cover

    def add_business_days(self, start: datetime, days: int) -> datetime:
        """`days` working days after `start`, at the same local time.

        A request received on a working day is due that many working days
        later at the same wall-clock time; one received on a day off starts
        at 00:00 of the next working day.
        """
        local = start.astimezone(self.tz)
        day = local.date()
        clock = local.time()
        if not self.is_working_day(day):
            clock = time(0, 0)
            while not self.is_working_day(day):
                day += _DAY
        for _ in range(days):
            day += _DAY
            while not self.is_working_day(day):
                day += _DAY
        return datetime.combine(day, clock, tzinfo=self.tz)


def from_policy(name: str, table: dict[str, object], tz: ZoneInfo) -> BusinessCalendar:
    """A calendar from its policy table (`[calendars.NAME]`); unknown keys are an error."""
    known = {"weekdays", "hours", "holidays", "extra_days_off"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise CalendarError(f"calendars.{name}: unknown key(s) {', '.join(unknown)}")
    raw_days = table.get("weekdays", ["mon", "tue", "wed", "thu", "fri"])
    if not isinstance(raw_days, list) or not all(
        isinstance(d, str) and d.lower() in WEEKDAYS for d in raw_days
    ):
        raise CalendarError(f"calendars.{name}.weekdays: a list of {', '.join(WEEKDAYS)}")
    hours = table.get("hours", ["00:00", "24:00"])
    if not (isinstance(hours, list) and len(hours) == 2 and all(isinstance(h, str) for h in hours)):
        raise CalendarError(f'calendars.{name}.hours: ["HH:MM", "HH:MM"]')
    opens = parse_clock(hours[0]) or time(0, 0)
    closes = parse_clock(hours[1])
    country = table.get("holidays", "RO")
    if country is not None and not isinstance(country, str):
        raise CalendarError(f'calendars.{name}.holidays: a country code such as "RO", or ""')
    extra = table.get("extra_days_off", [])
    if not isinstance(extra, list):
        raise CalendarError(f"calendars.{name}.extra_days_off: a list of dates")
    try:
        days_off = frozenset(
            d if isinstance(d, date) else date.fromisoformat(str(d)) for d in extra
        )
    except ValueError as exc:
        raise CalendarError(f"calendars.{name}.extra_days_off: {exc}") from None
    return BusinessCalendar(
        name=name,
        tz=tz,
        weekdays=frozenset(WEEKDAYS.index(d.lower()) for d in raw_days),
        opens=opens,
        closes=closes,
        country=country or None,
        extra_days_off=days_off,
    )
