"""The light reading of the shipped migrations' heads agrees with Alembic's."""

from __future__ import annotations

from pathlib import Path

from storage import Database
from storage.heads import database_heads, shipped_heads
from storage.migrate import heads


def test_the_light_heads_are_alembics() -> None:
    assert shipped_heads() == heads()


def test_a_read_start_migrates_only_a_database_behind(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        assert database_heads(db.engine) is None  # a new file: no version table yet
        db.ensure_current()
        assert database_heads(db.engine) == shipped_heads()
        db.ensure_current()  # at the heads: nothing to do, and nothing goes wrong
        assert database_heads(db.engine) == shipped_heads()
    finally:
        db.dispose()
