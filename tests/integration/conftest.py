"""Fixtures the integration tests share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from registratura.runtime import Runtime
from registratura.settings import Settings
from storage import Database


@pytest.fixture
def db(sqlite_url: str) -> Iterator[Database]:
    """A migrated SQLite database of this test's own."""
    database = Database(sqlite_url)
    database.migrate()
    yield database
    database.dispose()


@pytest.fixture
def rt(tmp_path: Path) -> Iterator[Runtime]:
    """A Runtime on the embedded defaults in this test's own folder (no workers started)."""
    runtime = Runtime(Settings(data_dir=tmp_path))
    try:
        yield runtime
    finally:
        runtime.close()
