"""Apply the Alembic migrations shipped in `storage/migrations` at start-up.

Several processes may start at once (service, workers): on PostgreSQL an
advisory lock serialises them; on SQLite the write transaction does.
`registratura db upgrade` and `alembic -c alembic.ini upgrade heads` take
the same lock (`locked`).
"""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import Script, ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS = Path(__file__).with_name("migrations")
_PG_LOCK_KEY = 0x7265_6769  # "regi": any constant shared by every process of this app


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def locked(conn: Connection) -> None:
    """Take the migration lock for the rest of `conn`'s transaction (PostgreSQL; SQLite: no-op)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})


# Alembic runs a migration through module-level state (`alembic.context`): two threads of
# one process migrating at once (two databases, as `make proof --only redis rabbitmq` does)
# trip over each other ("KeyError: 'script'"). Processes are kept apart by `locked`.
_IN_PROCESS = threading.Lock()


def upgrade(engine: Engine) -> None:
    cfg = alembic_config()
    with _IN_PROCESS, engine.begin() as conn:
        locked(conn)
        cfg.attributes["connection"] = conn
        # "heads": independent branches (one per feature) may each add tables.
        command.upgrade(cfg, "heads")


def current(engine: Engine) -> tuple[str, ...]:
    """The revisions the database is at (empty: no migration applied yet), sorted."""
    with engine.connect() as conn:
        return tuple(sorted(MigrationContext.configure(conn).get_current_heads()))


def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def heads() -> tuple[str, ...]:
    """The newest revisions shipped (one per branch not merged), sorted."""
    return tuple(sorted(scripts().get_heads()))


def history() -> list[Script]:
    """Every shipped revision, newest first (a merge after all it merges)."""
    return list(scripts().walk_revisions())
