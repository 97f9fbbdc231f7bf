"""SIGKILL `registratura serve` between the decision and the sending: after a restart the
acknowledgement still goes out, once, and `report` sees it as the acknowledgement time."""

from __future__ import annotations

import json
import os
import signal
import smtplib
import subprocess
import sys
from pathlib import Path

import pytest

from router import outbox
from storage import Database
from tests.conftest import ROOT
from tests.helpers import cli_env, free_port, run_cli, text_mail, wait_for
from tests.integration.test_outbox import Sink

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _serve(tmp_path: Path, env: dict[str, str], log_name: str) -> subprocess.Popen[bytes]:
    log = (tmp_path / log_name).open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "registratura", "serve"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_sigkill_between_decision_and_sending_then_exactly_one_acknowledgement(
    tmp_path: Path,
) -> None:
    zone = tmp_path / "empty.zone"
    zone.write_text("")
    relay_port, smtp_port = free_port(), free_port()
    env = cli_env(
        tmp_path,
        REGISTRATURA_SMTP_PORT=str(smtp_port),
        REGISTRATURA_HTTP_PORT=str(free_port()),
        REGISTRATURA_WORKER_THREADS="2",
        REGISTRATURA_DNS_ZONE_FILE=str(zone),
        # The relay host is down for the first process: the row is decided, never sent.
        REGISTRATURA_SMTP_RELAY_HOST="127.0.0.1",
        REGISTRATURA_SMTP_RELAY_PORT=str(relay_port),
        REGISTRATURA_RELAY_INTERVAL_SECONDS="0.2",
        REGISTRATURA_RELAY_BACKOFF_SECONDS="0.2",
    )
    db = Database(f"sqlite:///{tmp_path / 'var' / 'registratura.db'}")

    def rows() -> list[dict[str, object]]:
        try:
            return outbox.rows(db)
        except Exception:  # not migrated yet
            return []

    first = _serve(tmp_path, env, "first.log")
    try:
        wait_for(lambda: _accepting(smtp_port), 60, 0.1, "the SMTP door")
        with smtplib.SMTP("127.0.0.1", smtp_port, timeout=10) as client:
            client.sendmail("client5@example.ro", ["support@okazii.ro"], text_mail(5))
        # One attempt made AND failed: the claim is counted in `attempts` before the send,
        # and its lease is let go only once the relay's refusal is recorded. Killed in
        # between, the row would wait out the dead process's lease (minutes): a slow
        # machine hit that window and the second process sent nothing for 60 s.
        wait_for(
            lambda: any(
                int(str(r["attempts"])) >= 1 and r["last_error"] and r["lease_until"] is None
                for r in rows()
            ),
            60,
            0.1,
            "the decision committed with its outbox row, one failed attempt",
        )
        os.kill(first.pid, signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    [row] = rows()
    assert row["status"] == "pending" and row["sent_at"] is None

    with Sink(relay_port) as sink:
        second = _serve(tmp_path, env, "second.log")
        try:
            wait_for(lambda: len(sink.handler.messages) >= 1, 60, 0.1, "the acknowledgement")
            wait_for(lambda: rows()[0]["status"] == "sent", 10, 0.1, "marked sent")
            import time

            time.sleep(1.5)  # several more relay passes: nothing else goes out
        finally:
            _stop(second)
        assert len(sink.handler.messages) == 1
        [msg] = sink.handler.parsed()
    reg = str(row["registration_number"])
    assert msg["Subject"].startswith(f"[{reg}]")
    assert msg["In-Reply-To"] == "<test-5@example.ro>"
    assert msg["Auto-Submitted"] == "auto-replied"
    shown = json.loads(run_cli(["show", reg], env).stdout)
    assert shown["sla"]["acknowledged_at"] is not None
    assert shown["sla"]["first_response_at"] is None
    out = run_cli(["report", "--since", "1d", "--format", "json"], env)
    assert out.returncode == 0, out.stderr
    listed = run_cli(["outbox", "list"], env).stdout
    assert "0 unsent, 1 sent, 0 failed" in listed
    db.dispose()


def _accepting(port: int) -> bool:
    import socket

    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False
