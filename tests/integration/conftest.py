"""Fixtures the integration tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from storage import Database


@pytest.fixture
def db(sqlite_url: str) -> Iterator[Database]:
    """A migrated SQLite database of this test's own."""
    database = Database(sqlite_url)
    database.migrate()
    yield database
    database.dispose()
