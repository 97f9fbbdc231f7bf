"""Apply the Alembic migrations shipped in `storage/migrations` at start-up.

Several processes may start at once (service, workers): on PostgreSQL an
advisory lock serialises them; on SQLite the write transaction does.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

MIGRATIONS = Path(__file__).with_name("migrations")
_PG_LOCK_KEY = 0x7265_6769  # "regi": any constant shared by every process of this app


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(engine: Engine) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        cfg.attributes["connection"] = conn
        # "heads": independent branches (one per feature) may each add tables.
        command.upgrade(cfg, "heads")
