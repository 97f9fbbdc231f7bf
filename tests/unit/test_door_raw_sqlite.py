"""The door's writes on pysqlite's own cursor store what SQLAlchemy Core would have stored.

`storage.items.insert_items` runs its statements on the SQLite connection's
cursor (issue 13: SQLAlchemy's execution was most of the door's Python per
batch). The same batches go through both paths into two fresh databases, and
every row of every table the door writes must be the same, value for value
and type for type; a refused insert must still be SQLAlchemy's IntegrityError
(what `ingest.accept` retries on).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from storage import Database
from storage import items as items_module
from storage.items import NewItem, Stored, insert_items

TABLES = ("originals", "items", "events", "registration_counters")


def _new(raw: bytes, when: datetime, **over: Any) -> NewItem:
    values: dict[str, Any] = {
        "raw": raw,
        "digest": hashlib.sha256(raw).hexdigest(),
        "channel": "smtp",
        "filename": None,
        "envelope": {
            "channel": "smtp",
            "mail_from": "ana@example.ro",
            "rcpt_to": ["support@okazii.ro"],
            "received_at": when.isoformat(),
            "extra": {"note": "ăîșț \x00 nul, \udcff lone surrogate", "n": [1, 2.5, None, True]},
        },
        "received_at": when,
        "year": when.year,
        "actor": "ingest.smtp",
    }
    values.update(over)
    return NewItem(**values)


def _batches() -> list[list[NewItem]]:
    t = datetime(2026, 12, 31, 21, 59, 59, 999_999, tzinfo=UTC)
    bucharest = timezone(timedelta(hours=2))
    return [
        [_new(b"first", t), _new(b"second", t + timedelta(microseconds=1))],
        [
            _new(b"first", t + timedelta(seconds=1)),  # stored before: a duplicate
            _new(b"third", datetime(2027, 1, 1, 0, 0, tzinfo=bucharest), year=2027),
            _new(b"third", datetime(2027, 1, 1, 0, 0, 1, tzinfo=UTC), year=2027),  # twice here
            _new(b"\x00\xff bytes", t, channel="folder", filename="scan\u0000 ă.pdf"),
        ],
        [_new(b"fourth", datetime(2026, 1, 1, tzinfo=UTC), envelope={})],
    ]


def _store(db: Database, batches: list[list[NewItem]]) -> list[list[Stored]]:
    out = []
    for batch in batches:
        with db.begin() as conn:
            out.append(insert_items(conn, batch))
    return out


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(path)
    try:
        return {
            t: [
                tuple((type(v).__name__, v) for v in row)
                for row in con.execute(f"SELECT * FROM {t} ORDER BY rowid")  # noqa: S608
            ]
            for t in TABLES
        }
    finally:
        con.close()


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    dbs = []
    for name in ("core", "raw"):
        db = Database(f"sqlite:///{tmp_path / name}.db")
        db.migrate()
        dbs.append(db)
    yield dbs[0], dbs[1]
    for db in dbs:
        db.dispose()


def test_raw_cursor_stores_the_rows_core_would(
    two: tuple[Database, Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    core, raw = two
    with monkeypatch.context() as m:
        m.setattr(items_module, "_writes", items_module._CoreWrites)
        via_core = _store(core, _batches())
    with raw.begin() as conn:
        assert isinstance(items_module._writes(conn), items_module._SqliteWrites)
    via_raw = _store(raw, _batches())
    assert via_raw == via_core
    assert [[s.duplicate for s in b] for b in via_raw] == [
        [False, False],
        [True, False, True, False],
        [False],
    ]
    got, want = _rows(tmp_path / "raw.db"), _rows(tmp_path / "core.db")
    for table in TABLES:
        assert got[table] == want[table], table
    assert len(got["items"]) == 5 and len(got["events"]) == 7


def test_a_refused_insert_is_sqlalchemys_integrity_error(two: tuple[Database, Database]) -> None:
    _, raw = two
    _store(raw, [[_new(b"one", datetime(2026, 5, 1, tzinfo=UTC))]])
    with raw.begin() as conn:
        conn.exec_driver_sql("UPDATE registration_counters SET last = 0")  # numbers taken again
    with pytest.raises(IntegrityError), raw.begin() as conn:
        insert_items(conn, [_new(b"two", datetime(2026, 5, 2, tzinfo=UTC))])
    with raw.read() as conn:  # rolled back, nothing half-written
        assert conn.exec_driver_sql("SELECT count(*) FROM originals").scalar_one() == 1
