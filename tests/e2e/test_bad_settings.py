"""Bad settings and dead servers: one line saying what to fix, exit status 2, never a traceback.

Each case runs the real command. The unreachable servers are ports on
127.0.0.1 that a test socket holds bound but never accepts on (so nothing
answers there for certain), or a port the test binds itself (the HTTP port in use).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import cli_env, run_cli

pytestmark = [pytest.mark.e2e]


@pytest.fixture
def dead_port() -> Iterator[int]:
    """A port on 127.0.0.1 bound by nobody who listens: connecting to it is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield s.getsockname()[1]


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port on 127.0.0.1 that this test holds open (listening)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        yield s.getsockname()[1]


def _one_line_exit_2(tmp_path: Path, args: list[str], **env: str) -> str:
    proc = run_cli(args, cli_env(tmp_path, **env), timeout=120)
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("registratura: "), lines
    return lines[0]


def test_database_url_that_is_no_url(tmp_path: Path) -> None:
    """DATABASE_URL=garbage names the setting and an example of a right one."""
    line = _one_line_exit_2(tmp_path, ["export", "--jsonl"], REGISTRATURA_DATABASE_URL="garbage")
    assert "REGISTRATURA_DATABASE_URL" in line and "postgresql+psycopg://" in line


def test_database_url_without_its_driver(tmp_path: Path) -> None:
    """A mysql:// URL (no driver installed) says which drivers are supported."""
    line = _one_line_exit_2(
        tmp_path, ["show", "REG-2026-000001"], REGISTRATURA_DATABASE_URL="mysql://u:secret@h/db"
    )
    assert "no driver" in line and "secret" not in line


def test_database_server_down(tmp_path: Path, dead_port: int) -> None:
    """A PostgreSQL URL nobody answers on: cannot open the database, check the server."""
    url = f"postgresql+psycopg://postgres:pw@127.0.0.1:{dead_port}/x"
    line = _one_line_exit_2(tmp_path, ["export", "--jsonl"], REGISTRATURA_DATABASE_URL=url)
    assert "cannot open the database" in line and ":pw@" not in line


@pytest.mark.parametrize(
    "scheme", ["redis://127.0.0.1:{port}/0", "amqp://guest:guest@127.0.0.1:{port}/"]
)
def test_ingest_with_the_broker_down(tmp_path: Path, dead_port: int, scheme: str) -> None:
    """`ingest` with an unreachable broker refuses before storing anything."""
    mail = tmp_path / "m.eml"
    mail.write_bytes(b"From: a@example.ro\r\nSubject: x\r\n\r\nhello\r\n")
    line = _one_line_exit_2(
        tmp_path, ["ingest", str(mail)], REGISTRATURA_BROKER_URL=scheme.format(port=dead_port)
    )
    assert "cannot reach the broker" in line and "REGISTRATURA_BROKER_URL" in line
    proc = run_cli(["export", "--jsonl"], cli_env(tmp_path))
    assert proc.returncode == 0 and proc.stdout == "", "nothing was stored"


def test_worker_with_the_broker_down(tmp_path: Path, dead_port: int) -> None:
    """`worker` against a dead Redis exits 2 with one line instead of logging CRITICAL forever."""
    line = _one_line_exit_2(
        tmp_path, ["worker"], REGISTRATURA_BROKER_URL=f"redis://127.0.0.1:{dead_port}/0"
    )
    assert "cannot reach the broker" in line


def test_serve_with_the_http_port_in_use(tmp_path: Path, busy_port: int) -> None:
    """`serve` on an HTTP port that is taken names the setting and the port."""
    line = _one_line_exit_2(tmp_path, ["serve", "--no-smtp"], REGISTRATURA_HTTP_PORT=str(busy_port))
    assert "REGISTRATURA_HTTP_PORT" in line and str(busy_port) in line


def test_unknown_broker_scheme(tmp_path: Path) -> None:
    """A broker URL of no known kind lists the kinds."""
    line = _one_line_exit_2(
        tmp_path, ["ingest", str(tmp_path)], REGISTRATURA_BROKER_URL="kafka://h:9092"
    )
    assert "inprocess://" in line


def test_sweep_refuses_with_the_in_process_broker(tmp_path: Path) -> None:
    """`sweep` with the in-process broker would re-send into its own memory: it refuses, saying why."""
    line = _one_line_exit_2(tmp_path, ["sweep"])
    assert "shared broker" in line and "registratura serve" in line
