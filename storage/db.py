"""Engine and session setup, for SQLite (embedded default) and PostgreSQL.

SQLite runs in WAL mode. Writes that a sender is told about (the door in)
commit with `synchronous=FULL`: an acknowledged item must survive a power
cut, not only a crash. The pipeline's own steps commit with `NORMAL` (no
fsync per commit; still safe against a process crash): after a power cut the
worst case is a step done again, which every step tolerates (idempotent, and
the sweep re-sends). The next durable commit flushes them too. Write transactions start
with `BEGIN IMMEDIATE` so two writers queue on the busy timeout instead of
failing when a read lock would have to be upgraded. Read-only sessions
(`Database.reader`) begin deferred so they never wait for writers.

The doors' stores (`Database.door_begin`, every item received) run on SQLite
on one connection of their own, kept open, in plain `BEGIN IMMEDIATE` and
`COMMIT` on pysqlite: SQLAlchemy's begin, commit, pool checkout and reset
were a third of the SMTP door's Python per batch (issue 13). Same
durability, same lock, same errors (SQLAlchemy's, wrapped as `begin` does).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import PoolProxiedConnection

from storage import statelog

SQLITE_BUSY_TIMEOUT_MS = 30_000


class DoorTx:
    """One write transaction on the doors' own SQLite connection (`Database.door_begin`).

    What `storage.items.insert_items` reads of a Connection: the dialect, the
    pooled connection (its pysqlite connection) and an `info` dict for the
    state lines waiting for the COMMIT (`statelog.PENDING`).
    """

    __slots__ = ("connection", "dialect", "info")

    def __init__(self, connection: PoolProxiedConnection, dialect: Any) -> None:
        self.connection = connection
        self.dialect = dialect
        self.info: dict[str, Any] = {}


class Database:
    """One engine and its two session factories (writer, reader)."""

    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.url = url
        self.is_sqlite = make_url(url).get_backend_name() == "sqlite"
        self.engine = _make_engine(url, pool_size=pool_size)
        # PostgreSQL has row locks; for SQLite one writer at a time is the rule anyway.
        self._write_lock: AbstractContextManager[Any] = (
            threading.RLock() if self.is_sqlite else nullcontext()
        )
        self._step_engine = self.engine.execution_options(registratura_durable=False)
        self._read_engine = self.engine.execution_options(registratura_readonly=True)
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._step_writer = sessionmaker(self._step_engine, expire_on_commit=False)
        self._reader = sessionmaker(self._read_engine, expire_on_commit=False)
        # The doors' own connection (`door_begin`), opened on first use; file databases
        # on pysqlite only (an in-memory database is one per connection).
        u = make_url(url)
        self._door_raw = (
            self.is_sqlite
            and self.engine.dialect.driver == "pysqlite"
            and bool(u.database)
            and u.database != ":memory:"
        )
        self._door: PoolProxiedConnection | None = None

    @contextmanager
    def writer(self, *, durable: bool = True) -> Iterator[Session]:
        """A session in one write transaction: committed on success, rolled back on error.

        `durable=False` is for work that may be redone after a power cut (see above).
        """
        factory = self._writer if durable else self._step_writer
        try:
            with self._write_lock, factory() as session, session.begin():
                yield session
        except BaseException:
            statelog.drop()
            raise
        statelog.write_committed()  # the COMMIT returned (`storage.statelog`)

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading only; never blocks behind a writer."""
        with self._reader() as session:
            yield session
            session.rollback()

    @contextmanager
    def begin(self, *, durable: bool = True) -> Iterator[Connection]:
        """A Core connection in one write transaction (the hot path: no ORM unit of work)."""
        engine = self.engine if durable else self._step_engine
        try:
            with self._write_lock, engine.begin() as conn:
                yield conn
        except BaseException:
            statelog.drop()
            raise
        statelog.write_committed()

    @contextmanager
    def door_begin(self) -> Iterator[Connection | DoorTx]:
        """One durable write transaction for a door's store (`storage.items.insert_items`).

        On PostgreSQL, `begin`. On a SQLite file, the doors' own connection:
        `BEGIN IMMEDIATE` under the same in-process write lock, `COMMIT` with
        `synchronous=FULL`, the state lines written after the COMMIT returned,
        a failure rolled back and raised as SQLAlchemy's error (an
        `IntegrityError` stays one); a connection that failed is not used again.
        """
        if not self._door_raw:
            with self.begin() as conn:
                yield conn
            return
        with self._write_lock:
            tx = DoorTx(self._door_connection(), self.engine.dialect)
            driver = tx.connection.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            try:
                driver.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                statelog.drop()
                self._close_door(invalidate=True)
                raise self._dbapi_error("BEGIN IMMEDIATE", exc) from exc
            try:
                yield tx
            except BaseException as exc:
                statelog.drop()
                try:
                    driver.execute("ROLLBACK")
                except sqlite3.Error:  # the connection's state is unknown: a fresh one next time
                    self._close_door(invalidate=True)
                if isinstance(exc, sqlite3.Error):
                    raise self._dbapi_error(None, exc) from exc
                raise
            try:
                driver.execute("COMMIT")
            except sqlite3.Error as exc:
                statelog.drop()
                self._close_door(invalidate=True)  # closing rolls back what is still open
                raise self._dbapi_error("COMMIT", exc) from exc
        statelog.set_aside(tx.info.pop(statelog.PENDING, None) or [])
        statelog.write_committed()

    def _dbapi_error(self, statement: str | None, exc: sqlite3.Error) -> StatementError:
        """SQLAlchemy's error for a pysqlite one, as `begin` would raise it (a DBAPIError)."""
        return DBAPIError.instance(
            statement, None, exc, sqlite3.Error, hide_parameters=True, dialect=self.engine.dialect
        )

    def _door_connection(self) -> PoolProxiedConnection:
        if self._door is None:
            conn = self.engine.raw_connection()  # the "connect" listener has run
            try:
                cur = conn.driver_connection.cursor()  # type: ignore[union-attr]
                cur.execute("PRAGMA synchronous=FULL")  # an acknowledged item survives a power cut
                cur.close()
            except BaseException:
                conn.invalidate()
                raise
            conn.info["synchronous"] = "FULL"
            self._door = conn
        return self._door

    def _close_door(self, *, invalidate: bool = False) -> None:
        door, self._door = self._door, None
        if door is None:
            return
        try:
            if invalidate:
                door.invalidate()
            else:
                door.close()
        except Exception:  # closing what already failed: nothing more to do
            pass

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A Core connection for reading only."""
        with self._read_engine.connect() as conn:
            yield conn
            conn.rollback()

    def migrate(self) -> None:
        """Bring the schema to the newest migration (safe to call from several processes)."""
        from storage.migrate import upgrade

        upgrade(self.engine)

    def ensure_current(self) -> None:
        """`migrate` only when the database is not at the shipped heads (checked without
        importing Alembic: a command that only reads starts in a fraction of the time)."""
        from storage.heads import database_heads, shipped_heads

        if database_heads(self.engine) != shipped_heads():
            self.migrate()

    def dispose(self) -> None:
        with self._write_lock:
            self._close_door()
        self.engine.dispose()


def _make_engine(url: str, *, pool_size: int) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        pool_size=pool_size,
        max_overflow=pool_size,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below emit BEGIN itself (pysqlite's own
        # transaction handling would issue a deferred BEGIN behind our back).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        options = conn.get_execution_options()
        if options.get("registratura_readonly", False):
            conn.exec_driver_sql("BEGIN")
            return
        # Each statement is a GIL hand-off between threads (pysqlite releases it
        # around every call): set the level only when it changes.
        level = "FULL" if options.get("registratura_durable", True) else "NORMAL"
        info = conn.connection.info  # per DBAPI connection, kept by the pool
        if info.get("synchronous") != level:
            conn.exec_driver_sql(f"PRAGMA synchronous={level}")
            info["synchronous"] = level
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
