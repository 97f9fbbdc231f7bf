"""The shipped migrations' heads and the database's, without importing Alembic.

Alembic's import is a third of a second (its DDL modules pull in every
dialect). A command that only reads (`show`) needs to know just whether the
database is at the shipped heads; only when it is not does it migrate
(`Database.ensure_current`). The heads come from the revision files' own
`revision`/`down_revision` lines; `tests/unit/test_migrations_heads.py`
holds them equal to Alembic's `heads()`.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

VERSIONS = Path(__file__).with_name("migrations") / "versions"
_ASSIGN = re.compile(r"^(revision|down_revision)\s*(?::[^=]+)?=\s*(.+)$", re.MULTILINE)


def shipped_heads() -> tuple[str, ...]:
    """The revisions no other revision builds on, sorted."""
    revisions: set[str] = set()
    below: set[str] = set()
    for path in VERSIONS.glob("*.py"):
        found = dict(_ASSIGN.findall(path.read_text("utf-8")))
        if "revision" not in found:
            continue
        revisions.add(ast.literal_eval(found["revision"]))
        down = ast.literal_eval(found.get("down_revision", "None"))
        below |= set(down) if isinstance(down, tuple | list) else ({down} if down else set())
    return tuple(sorted(revisions - below))


def database_heads(engine: Engine) -> tuple[str, ...] | None:
    """The revisions the database is at, sorted; None when it has no version table yet."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            return tuple(sorted(str(r) for r in rows))
    except DBAPIError:
        return None
