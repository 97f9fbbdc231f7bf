"""The hot path's queries, in SQLAlchemy Core: store an item, advance its state.

The ORM's unit of work costs more than the work itself for these small rows
(profiled: about half of each pipeline step). A state change is a
compare-and-set `UPDATE … WHERE id = :id AND state = :expected`: atomic on
every backend without row locks, and a second run of the same step updates
nothing, which is what makes every step idempotent.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Dialect,
    Engine,
    Table,
    bindparam,
    event,
    insert,
    literal_column,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError

from storage import statelog
from storage.clock import utcnow
from storage.db import DoorTx
from storage.models import Event, Item, Original, RegistrationCounter, State

ITEMS = cast(Table, Item.__table__)
EVENTS = cast(Table, Event.__table__)
ORIGINALS = cast(Table, Original.__table__)
COUNTERS = cast(Table, RegistrationCounter.__table__)
# The signature verdict, a column generated from `decision` (migration 0006_metrics).
VERDICT: ColumnElement[Any] = literal_column("items.verdict")

# One log line per state change (README "Logs"): `event="state"` with the registration
# number, the new state, channel, queue, category, verdict and the time spent in the
# state left. Lines wait in the connection's info until its transaction commits, and
# are written once the COMMIT has returned (`storage.statelog`), so neither a step
# rolled back nor a COMMIT refused logs a change that did not happen; nothing of the
# content, the sender or the envelope is logged.
_PENDING = statelog.PENDING


def _later(conn: Connection | DoorTx, fields: dict[str, Any]) -> None:
    conn.info.setdefault(_PENDING, []).append(fields)


@event.listens_for(Engine, "commit")
def _committing(conn: Connection) -> None:
    pending = conn.info.pop(_PENDING, None)
    if pending:
        statelog.set_aside(pending)


@event.listens_for(Engine, "rollback")
def _forget_rolled_back(conn: Connection) -> None:
    conn.info.pop(_PENDING, None)


def _ms(later: datetime, earlier: datetime | None) -> int | None:
    return None if earlier is None else round((later - earlier).total_seconds() * 1000)


@dataclass(frozen=True, slots=True)
class Stored:
    item_id: int
    registration_number: str
    duplicate: bool


def format_number(year: int, seq: int) -> str:
    """Registration numbers: REG-YYYY-NNNNNN, one gap-free sequence a year."""
    return f"REG-{year:04d}-{seq:06d}"


# The door's statements, built once: a statement built per call is most of the door's
# database cost in Python (its construction and cache key, for every batch; profiled:
# 40% of `insert_items`). Values go in as bound parameters.
_TAKE_NUMBERS = (
    update(COUNTERS)
    .where(COUNTERS.c.year == bindparam("y"))
    .values(last=COUNTERS.c.last + bindparam("n"))
    .returning(COUNTERS.c.last)
)
_EXISTING = select(ITEMS.c.sha256, ITEMS.c.id, ITEMS.c.registration_number).where(
    ITEMS.c.sha256.in_(bindparam("digests", expanding=True))
)
_INSERT_ORIGINALS = insert(ORIGINALS)
_INSERT_ITEMS = insert(ITEMS).returning(ITEMS.c.id, sort_by_parameter_order=True)
_INSERT_EVENTS = insert(EVENTS)


def take_numbers(conn: Connection, year: int, count: int) -> int:
    """Reserve `count` consecutive numbers of `year`; returns the last one reserved.

    The counter row's lock serialises concurrent writers; the numbers are given
    back if the transaction rolls back, so the sequence stays gap-free.
    """
    return _writes(conn).take_numbers(year, count)


class _CoreWrites:
    """The door's five statements through SQLAlchemy Core (PostgreSQL, any other driver)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def existing(self, digests: list[str]) -> Iterable[tuple[str, int, str]]:
        return cast(
            Iterable[tuple[str, int, str]], self.conn.execute(_EXISTING, {"digests": digests})
        )

    def take_numbers(self, year: int, count: int) -> int:
        last = self.conn.execute(_TAKE_NUMBERS, {"y": year, "n": count}).scalar_one_or_none()
        if last is None:
            # First items of the year; a concurrent first insert fails with
            # IntegrityError and the caller retries the whole accept.
            self.conn.execute(insert(COUNTERS).values(year=year, last=count))
            last = count
        return int(last)

    def originals(self, rows: list[dict[str, Any]]) -> None:
        self.conn.execute(_INSERT_ORIGINALS, rows)

    def items(self, rows: list[dict[str, Any]]) -> list[int]:
        return [int(i) for i in self.conn.execute(_INSERT_ITEMS, rows).scalars().all()]

    def events(self, rows: list[dict[str, Any]]) -> None:
        self.conn.execute(_INSERT_EVENTS, rows)


# The same statements on SQLite's own cursor, inside the connection's transaction (begun
# by `Database.begin`, committed by it). Going through SQLAlchemy's execution (its context,
# events, result objects; one execution per item for `INSERT … RETURNING` in parameter
# order) cost about 60% of the door's Python per batch (profiled, issue 13); pysqlite's
# `execute`/`executemany` are a few µs. Values go through the columns' own bind processors
# (`TypeEngine.dialect_impl(dialect).bind_processor`: the UTC datetimes, the cleaned JSON),
# so the rows stored are the ones SQLAlchemy would store (tests/unit/test_door_raw_sqlite.py
# compares them). A pysqlite error is raised as SQLAlchemy's (IntegrityError, OperationalError
# …), as the caller expects.
_ORIGINAL_COLUMNS = ("sha256", "size", "data")
_ITEM_COLUMNS = (
    "registration_number",
    "sha256",
    "channel",
    "filename",
    "envelope",
    "received_at",
    "state",
    "state_changed_at",
    "attempts",
)
_EVENT_COLUMNS = ("item_id", "at", "actor", "from_state", "to_state", "detail")


def _insert_sql(table: Table, columns: Sequence[str]) -> str:
    return (
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )


_SQL_ORIGINALS = _insert_sql(ORIGINALS, _ORIGINAL_COLUMNS)
_SQL_ITEMS = _insert_sql(ITEMS, _ITEM_COLUMNS)
_SQL_EVENTS = _insert_sql(EVENTS, _EVENT_COLUMNS)
_SQL_TAKE = "UPDATE registration_counters SET last = last + ? WHERE year = ? RETURNING last"
_SQL_FIRST = "INSERT INTO registration_counters (year, last) VALUES (?, ?)"
_SQL_EXISTING = "SELECT sha256, id, registration_number FROM items WHERE sha256 IN ({})"

Processor = Callable[[Any], Any] | None
_processors: weakref.WeakKeyDictionary[Dialect, dict[str, tuple[Processor, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _bind_processors(dialect: Dialect) -> dict[str, tuple[Processor, ...]]:
    """Per table, each column's bind processor on `dialect` (None: the value as it is)."""
    found = _processors.get(dialect)
    if found is None:

        def of(table: Table, columns: Sequence[str]) -> tuple[Processor, ...]:
            cols: list[Column[Any]] = [table.c[name] for name in columns]
            return tuple(c.type.dialect_impl(dialect).bind_processor(dialect) for c in cols)

        found = {
            "originals": of(ORIGINALS, _ORIGINAL_COLUMNS),
            "items": of(ITEMS, _ITEM_COLUMNS),
            "events": of(EVENTS, _EVENT_COLUMNS),
        }
        _processors[dialect] = found
    return found


def _row(
    values: dict[str, Any], columns: Sequence[str], procs: Sequence[Processor]
) -> tuple[Any, ...]:
    return tuple(
        values[c] if p is None else p(values[c]) for c, p in zip(columns, procs, strict=True)
    )


class _SqliteWrites:
    """The door's statements on pysqlite's cursor, in the transaction `conn` holds."""

    def __init__(self, conn: Connection | DoorTx) -> None:
        self.dialect = conn.dialect
        self.cursor: sqlite3.Cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        self.procs = _bind_processors(conn.dialect)

    def _run(self, sql: str, params: Any, many: bool = False) -> sqlite3.Cursor:
        try:
            if many:
                return self.cursor.executemany(sql, params)
            return self.cursor.execute(sql, params)
        except sqlite3.Error as exc:
            raise DBAPIError.instance(
                sql, None, exc, sqlite3.Error, hide_parameters=True, dialect=self.dialect
            ) from exc

    def existing(self, digests: list[str]) -> Iterable[tuple[str, int, str]]:
        sql = _SQL_EXISTING.format(", ".join("?" * len(digests)))
        return cast(list[tuple[str, int, str]], self._run(sql, digests).fetchall())

    def take_numbers(self, year: int, count: int) -> int:
        rows = self._run(_SQL_TAKE, (count, year)).fetchall()  # all: the statement is done
        if not rows:
            # First items of the year (as `_CoreWrites.take_numbers`).
            self._run(_SQL_FIRST, (year, count))
            return count
        return int(rows[0][0])

    def originals(self, rows: list[dict[str, Any]]) -> None:
        procs = self.procs["originals"]
        self._run(_SQL_ORIGINALS, [_row(r, _ORIGINAL_COLUMNS, procs) for r in rows], many=True)

    def items(self, rows: list[dict[str, Any]]) -> list[int]:
        procs = self.procs["items"]
        ids: list[int] = []
        for r in rows:  # one by one: each row's id, in the rows' order
            cursor = self._run(_SQL_ITEMS, _row(r, _ITEM_COLUMNS, procs))
            ids.append(int(cast(int, cursor.lastrowid)))
        return ids

    def events(self, rows: list[dict[str, Any]]) -> None:
        procs = self.procs["events"]
        self._run(_SQL_EVENTS, [_row(r, _EVENT_COLUMNS, procs) for r in rows], many=True)


def _writes(conn: Connection | DoorTx) -> _CoreWrites | _SqliteWrites:
    if conn.dialect.name == "sqlite" and conn.dialect.driver == "pysqlite":
        return _SqliteWrites(conn)
    assert isinstance(conn, Connection)  # a DoorTx is only ever made on pysqlite
    return _CoreWrites(conn)


@dataclass(frozen=True, slots=True)
class NewItem:
    """One item to store: its bytes and what the door knows about them."""

    raw: bytes
    digest: str
    channel: str
    filename: str | None
    envelope: dict[str, Any]
    received_at: datetime
    year: int
    actor: str


def insert_items(conn: Connection | DoorTx, new: Sequence[NewItem]) -> list[Stored]:
    """Store the originals (once each) and `received` items with their first audit events.

    One statement per table for the whole batch (group commit is only worth
    it if the batch is cheap to write). Bytes already stored, or repeated
    within the batch, answer with the existing item, marked duplicate.
    """
    if not new:
        return []
    db = _writes(conn)
    existing = {
        sha256: Stored(item_id, number, duplicate=True)
        for sha256, item_id, number in db.existing(sorted({n.digest for n in new}))
    }
    fresh: list[int] = []
    seen: set[str] = set()
    for i, n in enumerate(new):
        if n.digest not in existing and n.digest not in seen:
            seen.add(n.digest)
            fresh.append(i)
    numbers: dict[int, str] = {}
    by_year: dict[int, list[int]] = {}
    for i in fresh:
        by_year.setdefault(new[i].year, []).append(i)
    for year, idxs in by_year.items():
        first = db.take_numbers(year, len(idxs)) - len(idxs) + 1
        for k, i in enumerate(idxs):
            numbers[i] = format_number(year, first + k)
    created: dict[str, Stored] = {}
    if fresh:
        db.originals(
            [{"sha256": new[i].digest, "size": len(new[i].raw), "data": new[i].raw} for i in fresh]
        )
        ids = db.items(
            [
                {
                    "registration_number": numbers[i],
                    "sha256": new[i].digest,
                    "channel": new[i].channel,
                    "filename": new[i].filename,
                    "envelope": new[i].envelope,
                    "received_at": new[i].received_at,
                    "state": State.RECEIVED.value,
                    "state_changed_at": new[i].received_at,
                    "attempts": 0,
                }
                for i in fresh
            ]
        )
        db.events(
            [
                {
                    "item_id": item_id,
                    "at": new[i].received_at,
                    "actor": new[i].actor,
                    "from_state": None,
                    "to_state": State.RECEIVED.value,
                    "detail": {"size": len(new[i].raw), "registration_number": numbers[i]},
                }
                for i, item_id in zip(fresh, ids, strict=True)
            ]
        )
        now = utcnow()
        for i, item_id in zip(fresh, ids, strict=True):
            created[new[i].digest] = Stored(int(item_id), numbers[i], duplicate=False)
            _later(
                conn,
                {
                    "reg": numbers[i],
                    "state": State.RECEIVED.value,
                    "from_state": None,
                    "channel": new[i].channel,
                    "actor": new[i].actor,
                    "size": len(new[i].raw),
                    "duration_ms": _ms(now, new[i].received_at),  # receipt → stored
                },
            )
    out: list[Stored] = []
    for i, n in enumerate(new):
        if n.digest in existing:
            out.append(existing[n.digest])
        elif i in numbers:
            out.append(created[n.digest])
        else:  # the same bytes twice in one batch: the second is a duplicate of the first
            same = created[n.digest]
            out.append(Stored(same.item_id, same.registration_number, duplicate=True))
    again = [(n, s) for n, s in zip(new, out, strict=True) if s.duplicate]
    if again:
        # Every arrival is on record, with how it came: a copy of a request
        # replayed first by someone else must not hide the genuine delivery.
        db.events(
            [
                {
                    "item_id": s.item_id,
                    "at": n.received_at,
                    "actor": n.actor,
                    "from_state": None,
                    "to_state": DUPLICATE_EVENT,
                    "detail": {"envelope": n.envelope, "size": len(n.raw)},
                }
                for n, s in again
            ]
        )
        for n, s in again:
            _later(
                conn,
                {
                    "_event": DUPLICATE_EVENT,  # an arrival, not a state change
                    "reg": s.registration_number,
                    "channel": n.channel,
                    "actor": n.actor,
                    "size": len(n.raw),
                },
            )
    return out


# The audit event of a copy that arrived again: no state changes, the arrival is recorded.
DUPLICATE_EVENT = "duplicate"


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
    # What the audit event and the state log line need: the state replaced and since
    # when, and what the item is (one look-up by primary key, in the transaction).
    before = conn.execute(
        select(
            ITEMS.c.state,
            ITEMS.c.state_changed_at,
            ITEMS.c.received_at,
            ITEMS.c.registration_number,
            ITEMS.c.channel,
            ITEMS.c.queue,
            ITEMS.c.category,
            ITEMS.c.error,
            VERDICT.label("verdict"),
        ).where(ITEMS.c.id == item_id)
    ).first()
    if before is None or before.state not in expected:
        return False
    from_state: str = before.state  # the UPDATE's WHERE checks it still is
    result = conn.execute(
        update(ITEMS)
        .where(ITEMS.c.id == item_id, ITEMS.c.state == from_state, *extra_where)
        .values(
            state=to_state.value,
            state_changed_at=now,
            nudged_at=None,
            attempts=0,  # the step that moved it finished: a new state starts uncounted
            **(values or {}),
        )
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
    changed = {**(values or {})}
    said = detail or {}
    fields: dict[str, Any] = {
        "reg": before.registration_number,
        "state": to_state.value,
        "from_state": from_state,
        "channel": before.channel,
        "queue": changed.get("queue", before.queue),
        "category": changed.get("category", before.category),
        "verdict": said.get("verdict", before.verdict if "decision" not in changed else None),
        "actor": actor,
        "duration_ms": _ms(now, before.state_changed_at),  # time in the state left
        "since_receipt_ms": _ms(now, before.received_at),
    }
    reason = said.get("reason") or said.get("error") or changed.get("error")
    if not reason and to_state == State.QUARANTINED:
        reason = before.error  # the parse step's error, quarantined by the route step
    if reason:
        fields["reason"] = str(reason)[:300]
    _later(conn, {k: v for k, v in fields.items() if v is not None or k == "from_state"})
    return True
