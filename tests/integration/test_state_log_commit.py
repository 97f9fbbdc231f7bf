"""A state line is logged only for a transaction whose COMMIT returned.

SQLAlchemy's "commit" event runs before the database's COMMIT, and a COMMIT can
fail: here a deferred foreign key, checked at COMMIT on both databases. The
line of a change that was never committed must not be logged; the lines of the
next transaction, committed, are.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from storage.db import Database
from storage.items import _later

# The same statements on both databases.
DDL = [
    "CREATE TABLE t_parent (id INTEGER PRIMARY KEY)",
    "CREATE TABLE t_child (id INTEGER PRIMARY KEY, parent INTEGER"
    " REFERENCES t_parent(id) DEFERRABLE INITIALLY DEFERRED)",
]


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
    database = Database(url)
    with database.begin() as conn:
        for statement in DDL:
            conn.exec_driver_sql(statement)
    yield database
    database.dispose()


def _logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.reg for r in caplog.records if r.name == "registratura.state"]  # type: ignore[attr-defined]


def test_a_commit_that_fails_logs_no_state_line(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="registratura.state"):
        with pytest.raises(IntegrityError), db.begin() as conn:
            _later(conn, {"reg": "REG-never", "state": "routed"})
            # Accepted by the statement, refused by the COMMIT.
            conn.execute(text("INSERT INTO t_child VALUES (1, 99)"))
        assert _logged(caplog) == []
        with db.begin() as conn:
            _later(conn, {"reg": "REG-kept", "state": "routed"})
            conn.execute(text("INSERT INTO t_parent VALUES (7)"))
        # Logged once the block ended, the COMMIT having returned.
        assert _logged(caplog) == ["REG-kept"]
        with db.begin() as conn:
            _later(conn, {"reg": "REG-rolled-back", "state": "routed"})
            conn.rollback()
        with db.begin() as conn:
            _later(conn, {"reg": "REG-second", "state": "parsed"})
    assert _logged(caplog) == ["REG-kept", "REG-second"]
    with db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM t_child")).scalar() == 0
