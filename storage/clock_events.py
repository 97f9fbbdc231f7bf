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
