"""The doors' own SQLite connection (`Database.door_begin`): same store, same errors, less Python.

Every item received is stored through `door_begin`. On a SQLite file it runs on one
connection of its own, kept open, in plain `BEGIN IMMEDIATE`/`COMMIT` (issue 13:
SQLAlchemy's begin, commit, pool checkout and reset were a third of the SMTP door's
Python per batch). What must not change: the rows, the `received` state line only
after the COMMIT, nothing left behind by a failed block, and SQLAlchemy's errors
(`ingest.accept` retries on an IntegrityError and reports a DBAPIError as storage
unavailable).
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from storage import Database
from storage.items import NewItem, insert_items


def _new(raw: bytes) -> NewItem:
    when = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
    return NewItem(
        raw=raw,
        digest=hashlib.sha256(raw).hexdigest(),
        channel="smtp",
        filename=None,
        envelope={"channel": "smtp", "mail_from": "a@example.ro"},
        received_at=when,
        year=2026,
        actor="ingest.smtp",
    )


@pytest.fixture
def db(tmp_path: Path) -> Database:
    d = Database(f"sqlite:///{tmp_path / 'door.db'}")
    d.migrate()
    yield d
    d.dispose()


def _count(db: Database, table: str) -> int:
    with db.read() as conn:
        return int(conn.execute(text(f"select count(*) from {table}")).scalar_one())


def _states(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.reg for r in caplog.records if r.name == "registratura.state"]  # type: ignore[attr-defined]


def test_the_door_keeps_one_connection_and_logs_after_the_commit(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="registratura.state"):
        with db.door_begin() as tx:
            first = tx.connection.driver_connection
            assert isinstance(first, sqlite3.Connection)
            stored = insert_items(tx, [_new(b"one"), _new(b"two")])
            assert _states(caplog) == []  # not before the COMMIT
        assert _states(caplog) == [s.registration_number for s in stored]
        with db.door_begin() as tx:
            assert tx.connection.driver_connection is first
            insert_items(tx, [_new(b"three")])
    assert _count(db, "items") == 3 and _count(db, "originals") == 3
    # the door's connection commits with synchronous=FULL (2): a 250 survives a power cut
    with db.door_begin() as tx:
        assert tx.connection.driver_connection.execute("PRAGMA synchronous").fetchone() == (2,)


def test_a_block_that_raises_leaves_nothing_and_logs_nothing(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="registratura.state"):
        with pytest.raises(RuntimeError), db.door_begin() as tx:
            insert_items(tx, [_new(b"lost")])
            raise RuntimeError("after the insert, before the commit")
        assert _states(caplog) == []
    assert _count(db, "items") == 0 and _count(db, "events") == 0
    with db.door_begin() as tx:  # the connection was rolled back, not broken
        insert_items(tx, [_new(b"kept")])
    assert _count(db, "items") == 1


def test_a_constraint_is_sqlalchemy_s_integrity_error_and_the_door_goes_on(db: Database) -> None:
    with db.door_begin() as tx:
        insert_items(tx, [_new(b"first")])
    with pytest.raises(IntegrityError), db.door_begin() as tx:
        # a second counter row for the year: the primary key refuses it
        tx.connection.driver_connection.execute(
            "INSERT INTO registration_counters (year, last) VALUES (2026, 99)"
        )
    with db.door_begin() as tx:
        stored = insert_items(tx, [_new(b"second")])
    assert stored[0].registration_number.endswith("2")  # the counter was not moved


def test_a_busy_database_is_sqlalchemy_s_error_and_a_fresh_connection_follows(
    db: Database, tmp_path: Path
) -> None:
    from sqlalchemy.exc import OperationalError

    with db.door_begin() as tx:
        first = tx.connection.driver_connection
    assert isinstance(first, sqlite3.Connection)
    first.execute("PRAGMA busy_timeout=50")  # not 30 s for this test
    other = sqlite3.connect(tmp_path / "door.db", isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        with pytest.raises(OperationalError), db.door_begin():
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()
    with db.door_begin() as tx:  # a new connection, with the shipped busy timeout again
        assert tx.connection.driver_connection is not first
        insert_items(tx, [_new(b"after")])
    assert _count(db, "items") == 1
