"""The hot path's queries, in SQLAlchemy Core: store an item, advance its state.

The ORM's unit of work costs more than the work itself for these small rows
(profiled: about half of each pipeline step). A state change is a
compare-and-set `UPDATE … WHERE id = :id AND state = :expected`: atomic on
every backend without row locks, and a second run of the same step updates
nothing, which is what makes every step idempotent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select, update

from storage.clock import utcnow
from storage.models import Event, Item, Original, RegistrationCounter, State

ITEMS = cast(Table, Item.__table__)
EVENTS = cast(Table, Event.__table__)
ORIGINALS = cast(Table, Original.__table__)
COUNTERS = cast(Table, RegistrationCounter.__table__)


@dataclass(frozen=True, slots=True)
class Stored:
    item_id: int
    registration_number: str
    duplicate: bool


def format_number(year: int, seq: int) -> str:
    """Registration numbers: REG-YYYY-NNNNNN, one gap-free sequence a year."""
    return f"REG-{year:04d}-{seq:06d}"


def find_by_sha(conn: Connection, digest: str) -> Stored | None:
    row = conn.execute(
        select(ITEMS.c.id, ITEMS.c.registration_number).where(ITEMS.c.sha256 == digest)
    ).first()
    return None if row is None else Stored(row.id, row.registration_number, duplicate=True)


def next_number(conn: Connection, year: int) -> str:
    """Take the next registration number of `year` (the row lock serialises writers)."""
    seq = conn.execute(
        update(COUNTERS)
        .where(COUNTERS.c.year == year)
        .values(last=COUNTERS.c.last + 1)
        .returning(COUNTERS.c.last)
    ).scalar_one_or_none()
    if seq is None:
        # First item of the year; a concurrent first insert fails with
        # IntegrityError and the caller retries the whole accept.
        conn.execute(insert(COUNTERS).values(year=year, last=1))
        seq = 1
    return format_number(year, int(seq))


def insert_item(
    conn: Connection,
    *,
    raw: bytes,
    digest: str,
    channel: str,
    filename: str | None,
    envelope: dict[str, Any],
    received_at: datetime,
    year: int,
    actor: str,
) -> Stored:
    """Store the original (once) and a `received` item with its first audit event."""
    existing = find_by_sha(conn, digest)
    if existing is not None:
        return existing
    conn.execute(insert(ORIGINALS).values(sha256=digest, size=len(raw), data=raw))
    number = next_number(conn, year)
    item_id = conn.execute(
        insert(ITEMS)
        .values(
            registration_number=number,
            sha256=digest,
            channel=channel,
            filename=filename,
            envelope=envelope,
            received_at=received_at,
            state=State.RECEIVED.value,
            state_changed_at=received_at,
            attempts=0,
        )
        .returning(ITEMS.c.id)
    ).scalar_one()
    conn.execute(
        insert(EVENTS).values(
            item_id=item_id,
            at=received_at,
            actor=actor,
            from_state=None,
            to_state=State.RECEIVED.value,
            detail={"size": len(raw), "registration_number": number},
        )
    )
    return Stored(int(item_id), number, duplicate=False)


def advance(
    conn: Connection,
    item_id: int,
    *,
    expected: Sequence[str],
    to_state: State,
    actor: str,
    detail: dict[str, Any] | None = None,
    values: dict[str, Any] | None = None,
    extra_where: Sequence[Any] = (),
) -> bool:
    """Move the item from one of `expected` states to `to_state`, with its audit event.

    Returns False (and changes nothing) when the item is not in an expected
    state: another run of the same step got there first.
    """
    now = utcnow()
    if len(expected) == 1:
        from_state: str | None = expected[0]  # the UPDATE's WHERE checks it
    else:
        # Several possible states: read which one we replace, for the audit event.
        from_state = conn.execute(
            select(ITEMS.c.state).where(ITEMS.c.id == item_id)
        ).scalar_one_or_none()
        if from_state is None or from_state not in expected:
            return False
    result = conn.execute(
        update(ITEMS)
        .where(ITEMS.c.id == item_id, ITEMS.c.state == from_state, *extra_where)
        .values(state=to_state.value, state_changed_at=now, nudged_at=None, **(values or {}))
    )
    if result.rowcount != 1:
        return False
    conn.execute(
        insert(EVENTS).values(
            item_id=item_id,
            at=now,
            actor=actor,
            from_state=from_state,
            to_state=to_state.value,
            detail=detail,
        )
    )
    return True
