"""Recording what happened on a request's clock: acknowledged, answered, waiting, closed.

`record_clock` is the one way a clock event enters the database: the CLI
(`registratura respond|hold|resume|close|reopen`), the outbox, and the
answers seen in a Sent folder or a journal copy (`router.answers`) all call it. It refuses what makes no sense (resume
a request that is not waiting, close a closed one, an event before the
request arrived), stores the event with its audit event, and refreshes the
item's cached `acknowledged_at`, `first_response_at` and `closed_at` from the
whole timeline in the same transaction.

Waiting on the requester pauses the clock by itself in one case: an official
request whose signatures are incomplete (queue `law_enforcement`, verdict
`incomplete`) that a person answered (a `responded` event: the Sent folder,
a journal copy or `registratura respond`) now waits on the authority to send
what is missing. A `waiting` event is recorded at the response's instant,
source `auto: incomplete, answered`, in the same transaction, once, and not
when the request is already waiting or closed. The way back is
`registratura resume` (or a later response, which ends any pause).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from router.timeline import KINDS, ClockEvent, Timeline, timeline
from storage import Database
from storage.clock_events import CLOCK, load, record
from storage.items import ITEMS

# The source of the pause recorded when an incomplete official request is answered.
AUTO_WAITING = "auto: incomplete, answered"
AWAITS_REQUESTER = ("law_enforcement", "incomplete")  # (queue, signature verdict)


class ClockRefused(ValueError):
    """The event does not fit the request's clock (the message says why)."""


@dataclass(frozen=True, slots=True)
class Recorded:
    """What the clock says after the event."""

    registration_number: str
    kind: str
    timeline: Timeline
    # A response that paused the clock by itself (`AUTO_WAITING`): recorded with it.
    auto_waiting: bool = False


def _timeline(conn: Connection, item_id: int, received_at: datetime) -> Timeline:
    rows = load(conn, [item_id]).get(item_id, [])
    return timeline(received_at, [ClockEvent(r.kind, r.at) for r in rows])


def current_timeline(conn: Connection, item_id: int, received_at: datetime) -> Timeline:
    """The request's clock as its events stand in this transaction."""
    return _timeline(conn, item_id, received_at)


def _check(kind: str, t: Timeline, at: datetime) -> None:
    if kind not in KINDS:
        raise ClockRefused(f"unknown clock event {kind!r}")
    if at < t.received_at:
        raise ClockRefused(
            f"{kind} at {at.isoformat()} is before the request arrived ({t.received_at.isoformat()})"
        )
    if kind == "resumed" and not t.waiting:
        raise ClockRefused("the request is not waiting on its sender: nothing to resume")
    if kind == "waiting" and (t.waiting or not t.open):
        raise ClockRefused("the request is already waiting" if t.waiting else "it is closed")
    if kind == "closed" and not t.open:
        raise ClockRefused(f"already closed at {t.closed_at.isoformat() if t.closed_at else ''}")
    if kind == "reopened" and t.open:
        raise ClockRefused("the request is not closed: nothing to reopen")


def record_clock(
    db: Database,
    registration_number: str,
    kind: str,
    at: datetime,
    source: str,
    ref: str | None = None,
) -> Recorded:
    """Store one clock event for the request, if it fits its clock (ClockRefused otherwise)."""
    with db.begin() as conn:
        return record_clock_in(conn, registration_number, kind, at, source, ref)


def record_clock_in(
    conn: Connection,
    registration_number: str,
    kind: str,
    at: datetime,
    source: str,
    ref: str | None = None,
) -> Recorded:
    """`record_clock` inside the caller's transaction (the outbox marks a message sent with it)."""
    row = conn.execute(
        select(ITEMS.c.id, ITEMS.c.received_at, ITEMS.c.queue, ITEMS.c.decision).where(
            ITEMS.c.registration_number == registration_number
        )
    ).first()
    if row is None:
        raise ClockRefused(f"no request {registration_number}")
    before = _timeline(conn, row.id, row.received_at)
    _check(kind, before, at)
    record(conn, row.id, kind, at, source, ref)
    after = _timeline(conn, row.id, row.received_at)
    paused = kind == "responded" and _pause_after_answer(conn, row, after, at)
    if paused:
        after = _timeline(conn, row.id, row.received_at)
    conn.execute(
        update(ITEMS)
        .where(ITEMS.c.id == row.id)
        .values(
            acknowledged_at=after.acknowledged_at,
            first_response_at=after.first_response_at,
            closed_at=after.closed_at,
        )
    )
    return Recorded(registration_number, kind, after, paused)


def awaits_requester(queue: str | None, decision: dict[str, Any] | None) -> bool:
    """An answered request of this queue and decision then waits on its sender (see above)."""
    verdict = ((decision or {}).get("signatures") or {}).get("verdict")
    return (queue, verdict) == AWAITS_REQUESTER


def _pause_after_answer(conn: Connection, row: Any, after: Timeline, at: datetime) -> bool:
    """Record the automatic `waiting` after the response at `at`, when it applies."""
    if not awaits_requester(row.queue, row.decision):
        return False
    if after.waiting or not after.open or max(after.responses) > at:
        return False  # already waiting, closed, or a later response stands after this one
    done = conn.execute(
        select(CLOCK.c.id).where(
            CLOCK.c.item_id == row.id, CLOCK.c.kind == "waiting", CLOCK.c.at == at
        )
    ).first()
    if done is not None:
        return False  # paused at this instant already (the same response recorded twice)
    record(conn, row.id, "waiting", at, AUTO_WAITING)
    return True
