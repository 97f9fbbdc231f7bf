"""A request's response-time facts, computed from its clock events, never stored as truth.

The audit trail holds every clock event (received, acknowledged, responded,
waiting on the requester, resumed, closed, reopened), each with the instant
it took effect. From those and a business calendar this module derives the
first response, the closing, the pauses and the durations, in calendar time
and in working time, pauses subtracted. Recomputing from events is the point:
a corrected calendar (a holiday added late) or a correction of an event's
time recomputes history instead of leaving stale numbers in columns.

Rules (helpdesks get these wrong, so they are spelt out):
- an acknowledgement is never a response;
- the first response is the earliest `responded`, and later responses never
  move it;
- waiting on the requester (`waiting`) pauses the clock until `resumed`, a
  response or the closing; a pause never counts against the team;
- `closed` ends the request; `reopened` clears the closing (the next
  `closed` sets it again); `closed_at` is the last closing not reopened.

Pure: instants in, instants and seconds out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from router.calendar import BusinessCalendar

KINDS = ("acknowledged", "responded", "waiting", "resumed", "closed", "reopened")


@dataclass(frozen=True, slots=True)
class ClockEvent:
    """One event on a request's clock: its kind and the instant it took effect."""

    kind: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Timeline:
    """What the events say about one request."""

    received_at: datetime
    acknowledged_at: datetime | None = None
    first_response_at: datetime | None = None
    responses: tuple[datetime, ...] = ()
    closed_at: datetime | None = None
    pauses: tuple[tuple[datetime, datetime | None], ...] = ()
    waiting: bool = False  # paused now (no end to the last pause yet)
    reopened: int = 0
    defects: tuple[str, ...] = field(default=())

    @property
    def open(self) -> bool:
        return self.closed_at is None

    def paused_seconds(self, until: datetime, calendar: BusinessCalendar | None = None) -> float:
        """Paused time up to `until` (working time on `calendar`, if given)."""
        total = 0.0
        for start, end in self.pauses:
            stop = min(end or until, until)
            if stop <= start:
                continue
            total += (
                calendar.working_seconds(start, stop)
                if calendar
                else (stop - start).total_seconds()
            )
        return total

    def elapsed(self, until: datetime, calendar: BusinessCalendar | None = None) -> float:
        """Clock time from receipt to `until`, pauses subtracted (working time on `calendar`)."""
        if until <= self.received_at:
            return 0.0
        gross = (
            calendar.working_seconds(self.received_at, until)
            if calendar
            else (until - self.received_at).total_seconds()
        )
        return max(0.0, gross - self.paused_seconds(until, calendar))


def timeline(received_at: datetime, events: Iterable[ClockEvent]) -> Timeline:
    """Fold the clock events (in order of effect) into the request's timeline."""
    acknowledged: datetime | None = None
    responses: list[datetime] = []
    closed: datetime | None = None
    pauses: list[tuple[datetime, datetime | None]] = []
    reopened = 0
    defects: list[str] = []
    paused_since: datetime | None = None

    def end_pause(at: datetime) -> None:
        nonlocal paused_since
        if paused_since is not None:
            pauses.append((paused_since, max(at, paused_since)))
            paused_since = None

    for ev in sorted(events, key=lambda e: e.at):
        if ev.at < received_at:
            defects.append(f"{ev.kind} at {ev.at.isoformat()} is before the receipt: ignored")
            continue
        if ev.kind == "acknowledged":
            acknowledged = acknowledged or ev.at
        elif ev.kind == "responded":
            responses.append(ev.at)
            end_pause(ev.at)
        elif ev.kind == "waiting":
            if paused_since is None and closed is None:
                paused_since = ev.at
        elif ev.kind == "resumed":
            end_pause(ev.at)
        elif ev.kind == "closed":
            end_pause(ev.at)
            closed = ev.at
        elif ev.kind == "reopened":
            if closed is not None:
                closed = None
                reopened += 1
        else:
            defects.append(f"unknown clock event {ev.kind!r}: ignored")
    if paused_since is not None:
        pauses.append((paused_since, None))
    return Timeline(
        received_at=received_at,
        acknowledged_at=acknowledged,
        first_response_at=responses[0] if responses else None,
        responses=tuple(responses),
        closed_at=closed,
        pauses=tuple(pauses),
        waiting=paused_since is not None,
        reopened=reopened,
        defects=tuple(defects),
    )
