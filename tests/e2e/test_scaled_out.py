"""Scaled out: `registratura worker` processes on a real broker, `ingest --wait` in another process."""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.helpers import cli_env, run_cli

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.mark.parametrize("broker", ["redis", "rabbitmq"])
def test_worker_processes_route_what_ingest_sends(
    tmp_path: Path, broker: str, postgres_url: str, run_id: str, request: pytest.FixtureRequest
) -> None:
    """Items ingested by one process are routed by two separate worker processes sharing PostgreSQL."""
    broker_url = request.getfixturevalue(
        "redis_broker_url" if broker == "redis" else "amqp_broker_url"
    )
    env = cli_env(
        tmp_path,
        REGISTRATURA_DATABASE_URL=postgres_url,
        REGISTRATURA_BROKER_URL=broker_url,
        REGISTRATURA_QUEUE_PREFIX=run_id,
        REGISTRATURA_WORKER_THREADS="2",
    )
    log = (tmp_path / "worker.log").open("wb")
    worker = subprocess.Popen(
        [sys.executable, "-m", "registratura", "worker", "--processes", "2"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        files = [
            str(SAMPLES / n)
            for n in ("le_police_email.eml", "complaint_text.pdf", "support_html.eml")
        ]
        proc = run_cli(["ingest", "--wait", "--json", "--timeout", "120", *files], env, timeout=180)
        assert proc.returncode == 0, proc.stderr + (tmp_path / "worker.log").read_text()
        queues = [json.loads(line)["queue"] for line in proc.stdout.splitlines()]
        assert queues == ["law_enforcement", "complaint", "support"]
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            assert worker.wait(60) == 0
        finally:
            if worker.poll() is None:
                worker.kill()


def _children(pid: int) -> list[str]:
    """The command lines of a process's children (Linux /proc)."""
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            with contextlib.suppress(OSError):
                cmd = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
                out.append(cmd.decode(errors="replace"))
    return out


def test_a_worker_runs_its_steps_in_step_children(
    tmp_path: Path, postgres_url: str, redis_broker_url: str, run_id: str
) -> None:
    """`registratura worker` as `serve`: the steps' work in child processes of the worker
    (memory back when a child is replaced, a step over its time limit stopped with its
    child). The old worker ran them in its own threads and had no such child."""
    env = cli_env(
        tmp_path,
        REGISTRATURA_DATABASE_URL=postgres_url,
        REGISTRATURA_BROKER_URL=redis_broker_url,
        REGISTRATURA_QUEUE_PREFIX=run_id,
        REGISTRATURA_WORKER_THREADS="1",
    )
    log = (tmp_path / "worker.log").open("wb")
    worker = subprocess.Popen(
        [sys.executable, "-m", "registratura", "worker", "--processes", "1"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        proc = run_cli(
            ["ingest", "--wait", "--json", "--timeout", "120", str(SAMPLES / "support_html.eml")],
            env,
            timeout=180,
        )
        assert proc.returncode == 0, proc.stderr + (tmp_path / "worker.log").read_text()
        assert json.loads(proc.stdout.splitlines()[0])["queue"] == "support"
        spawned = [c for c in _children(worker.pid) if "multiprocessing" in c]
        steps = [c for c in spawned if "resource_tracker" not in c]
        assert steps, f"no step child under the worker: {_children(worker.pid)}"
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            assert worker.wait(60) == 0
        finally:
            if worker.poll() is None:
                worker.kill()


def test_worker_refuses_the_in_process_broker(tmp_path: Path) -> None:
    """`worker` with the in-process broker explains that workers then run inside `serve`."""
    proc = run_cli(["worker"], cli_env(tmp_path))
    assert proc.returncode == 2 and "in-process" in proc.stderr
