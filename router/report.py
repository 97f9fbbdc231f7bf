"""The response-time report: per queue, how fast requests were answered and closed, and what is late.

Pure: rows and clock events in, figures out. For each queue and each target
its rule names (`router.sla`), over the requests received in the window:
how many were measured (answered, or closed), mean and percentiles of the
time it took in calendar hours and in working hours of the target's
calendar (pauses subtracted), how many missed the target (answered late, or
still open past the due time), and the oldest open requests.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time
from functools import cached_property

from router.calendar import _DAY, _MAX_DAYS, BusinessCalendar, CalendarError
from router.sla import DEFAULT_CALENDAR, SlaRule, Target
from router.timeline import ClockEvent, Timeline, timeline

H = 3600.0


@dataclass(frozen=True, slots=True)
class Request:
    """What the report needs of one stored request."""

    registration_number: str
    queue: str
    received_at: datetime
    events: tuple[ClockEvent, ...] = ()
    # The fold of the events when it is already known (`simple`); `events` is then not read.
    folded: Timeline | None = None

    def timeline(self) -> Timeline:
        return self.folded or timeline(self.received_at, self.events)


def simple(
    received_at: datetime,
    acknowledged_at: datetime | None,
    first_response_at: datetime | None,
    closed_at: datetime | None,
) -> Timeline:
    """The timeline of a clock with no pause and no reopening, from its three instants.

    What `timeline` folds such events into (`storage.clock_report` computes
    the instants in SQL), except `responses`, which holds the first response
    only: the report reads no other.
    """
    return Timeline(
        received_at=received_at,
        acknowledged_at=acknowledged_at,
        first_response_at=first_response_at,
        responses=(first_response_at,) if first_response_at else (),
        closed_at=closed_at,
    )


class _Remembering(BusinessCalendar):
    """A calendar that remembers its days: the same answers, each day looked up once.

    A report asks the same calendar about the same few hundred days hundreds of
    thousands of times (every due time and working duration walks day by day);
    the public-holiday lookup and the local-to-UTC conversions of a day are
    the cost. Pure functions of the day, so remembering them changes nothing.
    """

    @cached_property
    def _days(self) -> dict[date, bool]:
        return {}

    @cached_property
    def _windows_of(self) -> dict[date, tuple[datetime, datetime] | None]:
        return {}

    @cached_property
    def _after(self) -> dict[tuple[date, int], tuple[date, bool]]:
        return {}

    def is_working_day(self, day: date) -> bool:
        known = self._days.get(day)
        if known is None:
            known = self._days[day] = super().is_working_day(day)
        return known

    def window(self, day: date) -> tuple[datetime, datetime] | None:
        try:
            return self._windows_of[day]
        except KeyError:
            w = self._windows_of[day] = super().window(day)
            return w

    def working_seconds(self, start: datetime, end: datetime) -> float:
        """`BusinessCalendar.working_seconds`, the same sums in the same order, in one loop."""
        if end <= start:
            return 0.0
        total = 0.0
        day = start.astimezone(self.tz).date()
        window = self.window
        for _ in range(_MAX_DAYS):
            w = window(day)
            if w is not None:
                lo, hi = w
                if lo >= end:
                    return total
                a = lo if lo > start else start
                b = hi if hi < end else end
                if b > a:
                    total += (b - a).total_seconds()
            day += _DAY
        raise CalendarError(f"calendar {self.name!r} has no working time in {_MAX_DAYS} days")

    def add_business_days(self, start: datetime, days: int) -> datetime:
        local = start.astimezone(self.tz)
        key = (local.date(), days)
        found = self._after.get(key)
        if found is None:
            due = super().add_business_days(start, days)
            found = self._after[key] = (due.date(), not self.is_working_day(key[0]))
        day, from_midnight = found
        return datetime.combine(day, time(0, 0) if from_midnight else local.time(), tzinfo=self.tz)


# One remembering twin per calendar (equal calendars share one: a policy reloaded with
# the same calendars keeps what was learnt); a handful per process.
_TWINS: dict[BusinessCalendar, _Remembering] = {}


def remembering(calendars: dict[str, BusinessCalendar]) -> dict[str, BusinessCalendar]:
    """The same calendars, each remembering its days (`_Remembering`)."""
    out: dict[str, BusinessCalendar] = {}
    for name, cal in calendars.items():
        if type(cal) is not BusinessCalendar:
            out[name] = cal  # already remembering, or a kind of calendar this does not know
            continue
        twin = _TWINS.get(cal)
        if twin is None:
            twin = _Remembering(**{f.name: getattr(cal, f.name) for f in fields(cal)})
            if len(_TWINS) > 64:  # calendars edited again and again: start afresh
                _TWINS.clear()
            _TWINS[cal] = twin
        out[name] = twin
    return out


@dataclass(frozen=True, slots=True)
class Stats:
    """Durations of one measure in hours: count, mean and percentiles (None when empty)."""

    count: int
    mean: float | None
    p50: float | None
    p90: float | None
    p99: float | None

    @classmethod
    def of(cls, hours: Sequence[float]) -> Stats:
        if not hours:
            return cls(0, None, None, None, None)
        s = sorted(hours)
        return cls(len(s), sum(s) / len(s), percentile(s, 50), percentile(s, 90), percentile(s, 99))


@dataclass(frozen=True, slots=True)
class TargetFigures:
    """One target of one queue."""

    target: str  # acknowledgement | first_response | closing
    describe: str
    calendar_hours: Stats
    working_hours: Stats
    met: int
    breached: int  # answered late, or open past due
    open_past_due: int


@dataclass(frozen=True, slots=True)
class QueueFigures:
    queue: str
    policy: str | None
    received: int
    open: int
    waiting: int
    targets: tuple[TargetFigures, ...]
    oldest_open: tuple[tuple[str, float], ...] = field(default=())  # (REG, age in hours)


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """The q-th percentile by linear interpolation between closest ranks (numpy's default)."""
    if len(sorted_values) == 1:
        return float(sorted_values[0])
    pos = (len(sorted_values) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    frac = pos - lo
    return float(sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * frac)


def _moment(t: Timeline, target: str) -> datetime | None:
    if target == "acknowledgement":
        return t.acknowledged_at
    if target == "first_response":
        return t.first_response_at
    return t.closed_at


def _figures(
    name: str,
    target: Target,
    timelines: list[Timeline],
    calendars: dict[str, BusinessCalendar],
    now: datetime,
) -> TargetFigures:
    cal = calendars.get(target.calendar) or calendars[DEFAULT_CALENDAR]
    calendar_h: list[float] = []
    working_h: list[float] = []
    met = breached = open_late = 0
    for t in timelines:
        moment = _moment(t, name)
        if moment is None:
            if t.open and now > target.due(t, calendars, now):
                breached += 1
                open_late += 1
            continue
        calendar_h.append(t.elapsed(moment) / H)
        working_h.append(t.elapsed(moment, cal) / H)
        if moment <= target.due(t, calendars, moment):
            met += 1
        else:
            breached += 1
    return TargetFigures(
        name,
        target.describe(),
        Stats.of(calendar_h),
        Stats.of(working_h),
        met,
        breached,
        open_late,
    )


def report(
    requests: Iterable[Request],
    rules: dict[str, SlaRule],
    calendars: dict[str, BusinessCalendar],
    now: datetime,
    oldest: int = 5,
) -> list[QueueFigures]:
    """The figures per queue (queues in the order of the rules, then any other)."""
    calendars = remembering(calendars)
    by_queue: dict[str, list[tuple[Request, Timeline]]] = defaultdict(list)
    for r in requests:
        by_queue[r.queue].append((r, r.timeline()))
    order = [q for q in rules if q in by_queue] + sorted(q for q in by_queue if q not in rules)
    out: list[QueueFigures] = []
    for queue in order:
        pairs = by_queue[queue]
        timelines = [t for _, t in pairs]
        rule = rules.get(queue)
        targets = tuple(
            _figures(name, target, timelines, calendars, now)
            for name, target in (rule.targets().items() if rule else ())
        )
        open_pairs = sorted((p for p in pairs if p[1].open), key=lambda p: p[0].received_at)
        out.append(
            QueueFigures(
                queue=queue,
                policy=rule.policy if rule else None,
                received=len(pairs),
                open=len(open_pairs),
                waiting=sum(1 for _, t in pairs if t.waiting),
                targets=targets,
                oldest_open=tuple(
                    (r.registration_number, (now - r.received_at).total_seconds() / H)
                    for r, _ in open_pairs[:oldest]
                ),
            )
        )
    return out
