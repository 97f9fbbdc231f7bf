"""`registratura respond|hold|resume|close|reopen REG…` and `registratura report`.

The first five record what a person did outside the mail system (an answer
sent by post or courier, a request put on hold while its sender is asked for
a signed copy, …) as clock events; `report` prints the response times per
queue as a table, JSON or CSV.
"""

from __future__ import annotations

import csv
import gc
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from registratura.errors import CommandError
from registratura.runtime import Runtime
from router.policy import Policy
from router.report import QueueFigures, Request, Stats, report, simple
from router.responses import ClockRefused, record_clock
from router.timeline import ClockEvent
from storage import Database, utcnow
from storage.clock_report import summaries

# Command → clock event.
COMMANDS = {
    "respond": "responded",
    "hold": "waiting",
    "resume": "resumed",
    "close": "closed",
    "reopen": "reopened",
}


def parse_time(text: str | None, tz: ZoneInfo) -> datetime:
    """ISO 8601 ("2026-11-23T14:05", with or without zone: local time of the policy); now if None."""
    if text is None:
        return utcnow()
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise CommandError(
            f"not a time: {text!r} (use e.g. 2026-11-23T14:05 or 2026-11-23T14:05+02:00)"
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=tz)


def parse_since(text: str, now: datetime, tz: ZoneInfo) -> datetime:
    """'30d', '12h', '2w' before `now`, or a date / time."""
    m = re.fullmatch(r"\s*(\d+)\s*([hdw])\s*", text)
    if m:
        n, unit = int(m.group(1)), m.group(2)
        return (
            now - {"h": timedelta(hours=n), "d": timedelta(days=n), "w": timedelta(weeks=n)}[unit]
        )
    return parse_time(text, tz)


def clock(
    rt: Runtime, command: str, numbers: list[str], at: str | None, by: str, ref: str | None
) -> int:
    """Record one clock event per registration number; 1 if any was refused."""
    kind = COMMANDS[command]
    when = parse_time(at, rt.policy.timezone)
    status = 0
    for number in numbers:
        try:
            done = record_clock(rt.db, number, kind, when, f"cli:{by}", ref)
        except ClockRefused as exc:
            print(f"{number}: not recorded: {exc}", file=sys.stderr)
            status = 1
            continue
        t = done.timeline
        print(
            f"{number}: {kind} at {when.astimezone(rt.policy.timezone).isoformat(timespec='minutes')}"
            f" (first response {_iso(t.first_response_at, rt.policy.timezone)},"
            f" closed {_iso(t.closed_at, rt.policy.timezone)})"
        )
    return status


def _iso(value: datetime | None, tz: ZoneInfo) -> str:
    return value.astimezone(tz).isoformat(timespec="minutes") if value else "—"


def load_requests(conn: Connection, since: datetime, queue: str | None = None) -> list[Request]:
    """The requests of the window for `report`: two queries (`storage.clock_report`)."""
    out: list[Request] = []
    for number, queue_, received, ack, first, closed, events in summaries(conn, since, queue):
        if events is None:
            folded = simple(received, ack, first, closed)
            out.append(Request(number, queue_, received, folded=folded))
        else:
            clock = tuple(ClockEvent(kind, at) for kind, at in events)
            out.append(Request(number, queue_, received, clock))
    return out


def compute_report(
    db: Database, policy: Policy, since: datetime, queue: str | None, now: datetime
) -> tuple[list[Request], list[QueueFigures]]:
    """The requests received since `since` and their figures as of `now`."""
    with _collector_paused(), db.read() as conn:
        requests = load_requests(conn, since, queue)
        # The calendars were built and validated when the policy was loaded.
        return requests, report(requests, policy.sla, policy.calendars, now)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a report builds its objects (none is in a cycle).

    A report over 100,000 requests makes half a million small objects that all
    stay alive until it ends; the collector, run every few hundred allocations,
    walks the growing heap again and again for cycles there are none of: a
    third of the report's time (bench/report_bench.py). Reference counting
    still frees everything; the collector is back on (if it was) afterwards.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def run_report(
    rt: Runtime,
    since: str,
    queue: str | None,
    fmt: str,
    now_text: str | None,
    chart: Path | None = None,
) -> int:
    tz = rt.policy.timezone
    now = parse_time(now_text, tz)
    start = parse_since(since, now, tz)
    requests, figures = compute_report(rt.db, rt.policy, start, queue, now)
    if chart is not None:
        drawn = _chart(chart, requests, rt.policy, start, now)
        empty = " (no data: no request received in the window was answered or closed)"
        print(f"registratura: chart written to {chart}{'' if drawn else empty}", file=sys.stderr)
    if fmt == "json":
        json.dump(
            {
                "since": start.isoformat(),
                "now": now.isoformat(),
                "queues": [asdict(f) for f in figures],
            },
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        print()
    elif fmt == "csv":
        write_csv(figures, sys.stdout)
    else:
        print(
            f"response times, requests received {start.astimezone(tz):%Y-%m-%d %H:%M} – {now.astimezone(tz):%Y-%m-%d %H:%M} ({tz.key})"
        )
        print(table(figures))
    return 0


def _chart(
    path: Path, requests: list[Request], policy: Policy, start: datetime, now: datetime
) -> bool:
    try:
        from router.report_chart import write_chart  # loads matplotlib: only for --chart
    except ImportError as exc:
        raise CommandError(
            f"--chart needs matplotlib ({exc}); install registratura's dependencies again"
        ) from None
    try:
        return write_chart(
            path, requests, policy.sla, policy.calendars, policy.timezone, start, now
        )
    except OSError as exc:
        raise CommandError(f"cannot write the chart {path}: {exc.strerror or exc}") from None


def _h(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _stat_cells(s: Stats) -> list[str]:
    return [str(s.count), _h(s.mean), _h(s.p50), _h(s.p90), _h(s.p99)]


HEAD = [
    "queue",
    "target",
    "goal",
    "n",
    "mean",
    "p50",
    "p90",
    "p99",
    "work mean",
    "work p90",
    "met",
    "late",
    "open late",
]


def _rows(figures: list[QueueFigures]) -> list[list[str]]:
    rows: list[list[str]] = []
    for f in figures:
        if not f.targets:
            rows.append([f.queue, "—", "—", str(f.received), *["—"] * 9])
        for t in f.targets:
            rows.append(
                [
                    f.queue,
                    t.target,
                    t.describe,
                    *_stat_cells(t.calendar_hours),
                    _h(t.working_hours.mean),
                    _h(t.working_hours.p90),
                    str(t.met),
                    str(t.breached),
                    str(t.open_past_due),
                ]
            )
    return rows


def table(figures: list[QueueFigures]) -> str:
    """The report as aligned text: one line per queue and target (hours), then the open requests."""
    rows = [HEAD, *_rows(figures)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEAD))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    lines.append("times in hours (work: working hours of the goal's calendar, pauses subtracted)")
    for f in figures:
        oldest = ", ".join(f"{n} ({age:.0f} h)" for n, age in f.oldest_open) or "none"
        lines.append(
            f"{f.queue}: {f.received} received, {f.open} open, {f.waiting} waiting on the sender; oldest open: {oldest}"
        )
    return "\n".join(lines)


def write_csv(figures: list[QueueFigures], out: TextIO) -> None:
    w = csv.writer(out)
    w.writerow(HEAD)
    for row in _rows(figures):
        w.writerow(row)
