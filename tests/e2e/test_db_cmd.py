"""`registratura db upgrade|current|history` and `alembic -c alembic.ini`, on real databases.

SQLite and PostgreSQL (a database of each test's own; PostgreSQL missing
skips locally and fails under CI=true, tests/conftest.py). The commands run
as an operator runs them, in a subprocess with only the settings in the
environment.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from storage.db import Database
from storage.migrate import _PG_LOCK_KEY, alembic_config, heads, history
from tests.conftest import ROOT
from tests.helpers import cli_env, run_cli, wait_for

pytestmark = [pytest.mark.e2e]


def _ok(args: list[str], env: dict[str, str]) -> list[str]:
    proc = run_cli(args, env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.splitlines()


def _alembic(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The `alembic` command on the repository's alembic.ini, from another directory."""
    return subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(ROOT / "alembic.ini"), *args],
        cwd=ROOT.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_history_lists_every_revision_without_a_database(tmp_path: Path) -> None:
    """Newest first, each with what it revises; the heads marked; no database touched."""
    env = cli_env(tmp_path, REGISTRATURA_DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/x")
    lines = _ok(["db", "history"], env)
    shipped = [s.revision for s in history()]
    assert [line.split(" -> ")[1].split()[0].rstrip(":") for line in lines] == shipped
    assert lines[-1].startswith("<base> -> 0001")
    for head in heads():
        assert any(line.split(" -> ")[1].startswith(f"{head} (head") for line in lines), head
    assert any("0002_imap, 0003_cases -> 0004_clock (merge)" in line for line in lines)

    # Alembic's own command reads the same scripts through alembic.ini.
    proc = _alembic(["history"], env)
    assert proc.returncode == 0, proc.stderr
    assert [
        line.split(" -> ")[1].split(" ")[0].rstrip(",") for line in proc.stdout.splitlines()
    ] == shipped


def test_upgrade_and_current(tmp_path: Path, database_url: str) -> None:
    """An empty database, one left at an old revision, one at the heads: each said as it is."""
    env = cli_env(tmp_path, REGISTRATURA_DATABASE_URL=database_url)
    newest = ", ".join(heads())
    (line,) = _ok(["db", "current"], env)
    assert "no revision" in line and "db upgrade" in line

    # Left at 0005_audit, as a database an older release migrated.
    db = Database(database_url)
    try:
        cfg = alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0005_audit")
    finally:
        db.dispose()
    assert _ok(["db", "current"], env) == ["0005_audit (an upgrade is pending)"]
    proc = _alembic(["current"], env)  # alembic.ini has no URL: the settings' database
    assert proc.returncode == 0 and proc.stdout.split() == ["0005_audit"], proc.stderr

    (line,) = _ok(["db", "upgrade"], env)
    assert line.endswith(f"upgraded from 0005_audit to {newest}"), line
    assert "nobody" not in line
    assert _ok(["db", "current"], env) == [f"{h} (head)" for h in heads()]
    (again,) = _ok(["db", "upgrade"], env)
    assert again.endswith(f"already at the newest revision: {newest}")
    proc = _alembic(["current"], env)
    assert proc.returncode == 0 and proc.stdout.split() == [*heads(), "(head)"], proc.stderr
    # What the upgrade made is what the application uses: a command works on it.
    assert run_cli(["outbox", "list"], env, timeout=120).returncode == 0


@pytest.fixture
def dead_port() -> Iterator[int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield s.getsockname()[1]


@pytest.mark.parametrize("action", ["upgrade", "current"])
def test_an_unreachable_database_is_one_line_and_exit_2(
    tmp_path: Path, dead_port: int, action: str
) -> None:
    url = f"postgresql+psycopg://ana:secret@127.0.0.1:{dead_port}/registratura"
    proc = run_cli(["db", action], cli_env(tmp_path, REGISTRATURA_DATABASE_URL=url), timeout=120)
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("registratura: cannot open the database")
    assert "secret" not in proc.stderr and "REGISTRATURA_DATABASE_URL" in lines[0]
    assert proc.stdout == ""


@pytest.mark.integration
def test_upgrade_waits_for_the_start_up_lock(tmp_path: Path, postgres_url: str) -> None:
    """While another process holds the migration lock, `db upgrade` waits for it, then runs."""
    import psycopg

    env = cli_env(tmp_path, REGISTRATURA_DATABASE_URL=postgres_url)
    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (_PG_LOCK_KEY,))
        proc = subprocess.Popen(
            [sys.executable, "-m", "registratura", "db", "upgrade"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:

            def waiting() -> bool:
                row = holder.execute(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                    "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                ).fetchone()
                return bool(row and row[0])

            wait_for(waiting, timeout=60, what="`db upgrade` waiting on the advisory lock")
            assert proc.poll() is None
            with psycopg.connect(plain) as other:  # nothing migrated while it waits
                assert other.execute("SELECT to_regclass('items')").fetchone() == (None,)
            holder.execute("SELECT pg_advisory_unlock(%s)", (_PG_LOCK_KEY,))
            out, err = proc.communicate(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert proc.returncode == 0, err
    assert "upgraded from an empty database" in out
