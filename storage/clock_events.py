"""Writing and reading clock events (`clock_events`), each with its audit event.

Queries only: which events are allowed and what they mean is the router's
(`router.responses`, `router.timeline`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Connection, Table, insert, select

from storage.clock import utcnow
from storage.clock_models import ClockEventRow
from storage.items import EVENTS, ITEMS

CLOCK = cast(Table, ClockEventRow.__table__)


@dataclass(frozen=True, slots=True)
class ClockRow:
    """A stored clock event."""

    item_id: int
    kind: str
    at: datetime
    source: str
    ref: str | None


def record(
    conn: Connection,
    item_id: int,
    kind: str,
    at: datetime,
    source: str,
    ref: str | None = None,
) -> None:
    """Store one clock event and its audit event (the item's state is unchanged)."""
    state = conn.execute(select(ITEMS.c.state).where(ITEMS.c.id == item_id)).scalar_one()
    now = utcnow()
    conn.execute(
        insert(CLOCK).values(
            item_id=item_id, kind=kind, at=at, recorded_at=now, source=source[:64], ref=ref
        )
    )
    conn.execute(
        insert(EVENTS).values(
            item_id=item_id,
            at=now,
            actor=source[:64],
            from_state=state,
            to_state=state,
            detail={"clock": kind, "at": at.isoformat(), **({"ref": ref} if ref else {})},
        )
    )


def load(conn: Connection, item_ids: Sequence[int] | None = None) -> dict[int, list[ClockRow]]:
    """The clock events of the given items (all items when None), in order of effect."""
    query = select(CLOCK.c.item_id, CLOCK.c.kind, CLOCK.c.at, CLOCK.c.source, CLOCK.c.ref)
    if item_ids is not None:
        query = query.where(CLOCK.c.item_id.in_(list(item_ids)))
    out: dict[int, list[ClockRow]] = defaultdict(list)
    for row in conn.execute(query.order_by(CLOCK.c.item_id, CLOCK.c.at, CLOCK.c.id)):
        out[row.item_id].append(ClockRow(row.item_id, row.kind, row.at, row.source, row.ref))
    return dict(out)


@dataclass(frozen=True, slots=True)
class RequestRow:
    """A routed request with its clock events, for the report."""

    item_id: int
    registration_number: str
    queue: str
    received_at: datetime
    events: tuple[ClockRow, ...]


def requests_since(conn: Connection, since: datetime, queue: str | None = None) -> list[RequestRow]:
    """Requests received since `since` that have a queue, each with its clock events (two queries)."""
    query = select(
        ITEMS.c.id, ITEMS.c.registration_number, ITEMS.c.queue, ITEMS.c.received_at
    ).where(ITEMS.c.received_at >= since, ITEMS.c.queue.is_not(None))
    if queue is not None:
        query = query.where(ITEMS.c.queue == queue)
    items = conn.execute(query.order_by(ITEMS.c.id)).all()
    if not items:
        return []
    first = items[0].id
    events: dict[int, list[ClockRow]] = defaultdict(list)
    joined = (
        select(CLOCK.c.item_id, CLOCK.c.kind, CLOCK.c.at, CLOCK.c.source, CLOCK.c.ref)
        .join(ITEMS, ITEMS.c.id == CLOCK.c.item_id)
        .where(ITEMS.c.received_at >= since, CLOCK.c.item_id >= first)
        .order_by(CLOCK.c.item_id, CLOCK.c.at, CLOCK.c.id)
    )
    for r in conn.execute(joined):
        events[r.item_id].append(ClockRow(r.item_id, r.kind, r.at, r.source, r.ref))
    return [
        RequestRow(i.id, i.registration_number, i.queue, i.received_at, tuple(events.get(i.id, ())))
        for i in items
    ]
