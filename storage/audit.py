"""The audit trail's hash chain: seal what is old enough, verify everything sealed.

chain(0) = 32 zero bytes; chain(n) = SHA-256(chain(n-1) || canonical(event n)),
events in id order, where canonical() is the JSON of the event's id, item,
time, actor, states and detail with sorted keys. A seal stores chain(n) after
its last event. `verify` recomputes the chain from the first event and
compares it at every seal: an event edited, deleted, inserted or moved below
a seal breaks that seal and every later one. The newest seal's hash, printed
by `seal` and `verify`, is what an operator keeps outside the database (a
ticket, a log shipped elsewhere): whoever can rewrite the database can
rewrite the seals too, but not what was written down elsewhere.

Events newer than `margin` are left for a later seal: a transaction that took
a lower id may still commit after a higher one (PostgreSQL sequences), and a
seal must never cover an id that is not yet visible.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Row, Table, insert, select

from storage.audit_models import AuditSeal
from storage.clock import utcnow
from storage.items import EVENTS

SEALS = cast(Table, AuditSeal.__table__)
GENESIS = bytes(32)
DEFAULT_MARGIN = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class Seal:
    last_event_id: int
    count: int
    chain: str
    sealed_at: datetime


@dataclass(frozen=True, slots=True)
class Verification:
    """The result of walking the chain."""

    ok: bool
    events: int  # events walked
    seals: int  # seals checked
    unsealed: int  # events after the newest seal
    head: str | None  # the newest seal's chain hash
    problem: str | None = None


def canonical(row: Row[Any]) -> bytes:
    """An event's bytes for the chain (stable across SQLite and PostgreSQL)."""
    at = row.at
    return json.dumps(
        {
            "id": int(row.id),
            "item": int(row.item_id),
            "at": at.isoformat() if isinstance(at, datetime) else str(at),
            "actor": row.actor,
            "from": row.from_state,
            "to": row.to_state,
            "detail": row.detail,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()


def link(prev: bytes, row: Row[Any]) -> bytes:
    return hashlib.sha256(prev + canonical(row)).digest()


def _events(conn: Connection, after: int = 0, until: datetime | None = None) -> Iterator[Row[Any]]:
    query = select(EVENTS).where(EVENTS.c.id > after)
    if until is not None:
        query = query.where(EVENTS.c.at < until)
    yield from conn.execute(query.order_by(EVENTS.c.id).execution_options(yield_per=2000))


def seals(conn: Connection) -> list[Seal]:
    return [
        Seal(r.last_event_id, r.covered, r.chain, r.sealed_at)
        for r in conn.execute(select(SEALS).order_by(SEALS.c.id))
    ]


def seal(conn: Connection, margin: timedelta = DEFAULT_MARGIN) -> Seal | None:
    """Extend the chain over events older than `margin`; None when there is nothing new."""
    done = seals(conn)
    prev = bytes.fromhex(done[-1].chain) if done else GENESIS
    last_id = done[-1].last_event_id if done else 0
    count = done[-1].count if done else 0
    cutoff = utcnow() - margin
    new_last = None
    for row in _events(conn, last_id):
        if row.at >= cutoff:
            break  # stop at the first recent one: later ids may still be joined by lower ones
        prev = link(prev, row)
        count += 1
        new_last = int(row.id)
    if new_last is None:
        return None
    s = Seal(new_last, count, prev.hex(), utcnow())
    conn.execute(
        insert(SEALS).values(
            last_event_id=s.last_event_id, covered=s.count, chain=s.chain, sealed_at=s.sealed_at
        )
    )
    return s


def verify(conn: Connection) -> Verification:
    """Recompute the chain from the first event and compare it at every seal."""
    done = seals(conn)
    prev, count, checked = GENESIS, 0, 0
    pending = list(done)
    for row in _events(conn):
        while pending and int(row.id) > pending[0].last_event_id:
            problem = _compare(pending[0], prev, count)
            if problem:
                return Verification(False, count, checked, 0, _head(done), problem)
            checked += 1
            pending.pop(0)
        prev = link(prev, row)
        count += 1
    for s in pending:
        problem = _compare(s, prev, count)
        if problem:
            return Verification(False, count, checked, 0, _head(done), problem)
        checked += 1
    sealed = done[-1].count if done else 0
    return Verification(True, count, checked, count - sealed, _head(done))


def _compare(s: Seal, chain: bytes, count: int) -> str | None:
    if count != s.count:
        change = "deleted" if count < s.count else "inserted"
        return (
            f"seal of {s.sealed_at.isoformat()} (events up to #{s.last_event_id}) covered "
            f"{s.count} events, {count} are there now: events were {change}"
        )
    if chain.hex() != s.chain:
        return (
            f"seal of {s.sealed_at.isoformat()} (events up to #{s.last_event_id}): the chain "
            "differs: an event it covers was edited or the events were reordered"
        )
    return None


def _head(done: list[Seal]) -> str | None:
    return done[-1].chain if done else None
