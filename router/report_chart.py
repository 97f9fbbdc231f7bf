"""`registratura report --chart FILE.png`: the weekly p50/p90 per queue against its targets.

Two parts. `weekly` is pure: for each queue and each of its first-response
and closing targets (policy `[sla.QUEUE]`), the requests received in each
week (Monday to Sunday, local time of the policy) that were answered (or
closed), with the median and the 90th percentile of the time it took, in
the target's own unit, so the target is a straight line:

- `{hours = N}`: calendar hours, pauses subtracted (what the target counts);
- `{business_hours = N, calendar = C}`: working hours of C, pauses subtracted;
- `{business_days = N, calendar = C}`: working days of C, i.e. working hours
  divided by the hours of C's working day (the legal calendar's whole days:
  24), so a request answered exactly when due sits on the line.

A week's figures are those of the requests received that week and answered
by now: the latest weeks show only the requests answered so far (the table's
"open late" column counts the others). `write_chart` draws them with
matplotlib (Agg, imported here only: the other commands never load it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from router.calendar import BusinessCalendar
from router.report import H, Request, percentile, remembering
from router.sla import DEFAULT_CALENDAR, SlaRule, Target

CHARTED = ("first_response", "closing")
TITLES = {"first_response": "first response", "closing": "closing"}


@dataclass(frozen=True, slots=True)
class Week:
    """The requests received in one week that were answered (or closed), in the target's unit."""

    monday: date
    count: int
    p50: float
    p90: float


@dataclass(frozen=True, slots=True)
class Series:
    """One queue's target, week by week."""

    queue: str
    target: str  # first_response | closing
    describe: str  # "12 h", "3 working days (legal)"
    unit: str  # "hours", "working hours (support)", "working days (legal)"
    goal: float  # the target, in `unit`
    weeks: tuple[Week, ...]

    @property
    def count(self) -> int:
        return sum(w.count for w in self.weeks)


def day_hours(cal: BusinessCalendar) -> float:
    """The hours of one of the calendar's working days (24 for whole days)."""
    opens = cal.opens.hour + cal.opens.minute / 60
    closes = 24.0 if cal.closes is None else cal.closes.hour + cal.closes.minute / 60
    return closes - opens


def unit_of(target: Target, calendars: dict[str, BusinessCalendar]) -> tuple[str, float, float]:
    """(unit name, the target in that unit, seconds per unit)."""
    if target.hours is not None:
        return "hours", target.hours, H
    cal = calendars.get(target.calendar) or calendars[DEFAULT_CALENDAR]
    if target.business_hours is not None:
        return f"working hours ({target.calendar})", target.business_hours, H
    assert target.business_days is not None
    return f"working days ({target.calendar})", float(target.business_days), day_hours(cal) * H


def monday_of(instant: datetime, tz: ZoneInfo) -> date:
    day = instant.astimezone(tz).date()
    return day - timedelta(days=day.weekday())


def weekly(
    requests: Iterable[Request],
    rules: dict[str, SlaRule],
    calendars: dict[str, BusinessCalendar],
    tz: ZoneInfo,
) -> list[Series]:
    """Per queue (in the order of the rules) and charted target, the weekly p50 and p90.

    A queue or target with no answered request in the window has no series.
    """
    calendars = remembering(calendars)
    by_queue: dict[str, list[Request]] = defaultdict(list)
    for r in requests:
        by_queue[r.queue].append(r)
    out: list[Series] = []
    for queue, rule in rules.items():
        wanted = {n: t for n, t in rule.targets().items() if n in CHARTED}
        if queue not in by_queue or not wanted:
            continue
        timelines = [r.timeline() for r in by_queue[queue]]
        for name, target in wanted.items():
            unit, goal, per_unit = unit_of(target, calendars)
            cal = None if target.hours is not None else calendars[target.calendar]
            values: dict[date, list[float]] = defaultdict(list)
            for t in timelines:
                moment = t.first_response_at if name == "first_response" else t.closed_at
                if moment is None:
                    continue
                values[monday_of(t.received_at, tz)].append(t.elapsed(moment, cal) / per_unit)
            if not values:
                continue
            weeks = []
            for monday in sorted(values):
                v = sorted(values[monday])
                weeks.append(Week(monday, len(v), percentile(v, 50), percentile(v, 90)))
            out.append(Series(queue, name, target.describe(), unit, goal, tuple(weeks)))
    return out


def write_chart(
    path: Path,
    requests: Iterable[Request],
    rules: dict[str, SlaRule],
    calendars: dict[str, BusinessCalendar],
    tz: ZoneInfo,
    since: datetime,
    now: datetime,
) -> bool:
    """Draw the weekly series to `path` (PNG); False when there was nothing to draw.

    With no data the image says so, rather than being missing or blank.
    """
    from matplotlib import dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    series = weekly(requests, rules, calendars, tz)
    window = f"{since.astimezone(tz):%Y-%m-%d} – {now.astimezone(tz):%Y-%m-%d} ({tz.key})"
    rows = max(1, len(series))
    fig = Figure(figsize=(10.0, 1.2 + 2.5 * rows), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    fig.suptitle(f"Response times per week of receipt, requests received {window}", fontsize=11)
    if not series:
        ax = fig.add_subplot(1, 1, 1)
        ax.set_axis_off()
        ax.text(
            0.5,
            0.5,
            "no data: no request received in this window was answered or closed",
            ha="center",
            va="center",
            fontsize=11,
        )
        fig.savefig(path, format="png")
        return False
    axes = fig.subplots(rows, 1, sharex=True, squeeze=False)[:, 0]
    for ax, s in zip(axes, series, strict=True):
        x = [datetime.combine(w.monday, datetime.min.time()) for w in s.weeks]
        ax.plot(x, [w.p50 for w in s.weeks], "o-", color="#1f77b4", label="p50 (median)")
        ax.plot(x, [w.p90 for w in s.weeks], "s--", color="#ff7f0e", label="p90")
        ax.axhline(s.goal, color="#d62728", linewidth=1.5, label=f"target {s.describe}")
        ax.set_title(
            f"{s.queue}: {TITLES[s.target]} ({s.count} answered)"
            if s.target == "first_response"
            else f"{s.queue}: {TITLES[s.target]} ({s.count} closed)",
            fontsize=10,
            loc="left",
        )
        ax.set_ylabel(s.unit)
        ax.set_ylim(bottom=0, top=max(s.goal, *(w.p90 for w in s.weeks)) * 1.1)
        ax.grid(True, alpha=0.3)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    axes[-1].set_xlabel(f"week of receipt (Monday, {tz.key})")
    locator = mdates.AutoDateLocator(minticks=3, maxticks=12)  # type: ignore[no-untyped-call]
    axes[-1].xaxis.set_major_locator(locator)
    concise = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    axes[-1].xaxis.set_major_formatter(concise)
    fig.savefig(path, format="png")
    return True
