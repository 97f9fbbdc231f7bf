"""`registratura db upgrade|current|history`: the schema's migrations, by hand (issue 15).

Every command upgrades the database to the newest revisions when it starts
(`Runtime`); these are for an operator who wants to do it, or see it, apart:
before a release, from a machine that runs nothing else, or to find which
revision a database is at. The database is `REGISTRATURA_DATABASE_URL`, as
for every other command; `alembic -c alembic.ini …` reads the same setting
(storage/migrations/env.py).

- `upgrade`: apply what is missing, up to every head, under the lock start-up
  takes (`storage.migrate.upgrade`);
- `current`: the revision(s) the database is at, each marked `(head)` when it
  is a newest one;
- `history`: every shipped revision, newest first, with what it revises and
  its description (no database needed).
"""

from __future__ import annotations

from registratura.preflight import check_database, shown
from storage.db import Database
from storage.migrate import current, heads, history, upgrade


def run_db(action: str, url: str) -> int:
    if action == "history":
        return print_history()
    check_database(url)  # StartupError: one line, exit 2
    db = Database(url)
    try:
        if action == "current":
            return print_current(db)
        before = current(db.engine)
        upgrade(db.engine)
        after = current(db.engine)
    finally:
        db.dispose()
    where = shown(url)
    if before == after:
        print(f"{where}: already at the newest revision: {', '.join(after)}")
    else:
        was = ", ".join(before) or "an empty database"
        print(f"{where}: upgraded from {was} to {', '.join(after)}")
    return 0


def print_current(db: Database) -> int:
    at = current(db.engine)
    if not at:
        print(
            f"{shown(db.url)}: no revision (an empty database; `registratura db upgrade` "
            "creates the tables)"
        )
        return 0
    newest = set(heads())
    for rev in at:
        print(f"{rev} (head)" if rev in newest else f"{rev} (an upgrade is pending)")
    return 0


def print_history() -> int:
    newest = set(heads())
    for script in history():
        down = script.down_revision
        before = (
            "<base>" if down is None else ", ".join(down) if isinstance(down, tuple) else str(down)
        )
        marks = [
            m
            for m, on in (("head", script.revision in newest), ("merge", script.is_merge_point))
            if on
        ]
        mark = f" ({', '.join(marks)})" if marks else ""
        print(f"{before} -> {script.revision}{mark}: {script.doc}")
    return 0
