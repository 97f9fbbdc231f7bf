"""/healthz and /readyz over a real socket: the database, the broker, live workers, the SMTP
door and the backlogs; 503 with a reason when one is down."""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest import Channel, Envelope
from registratura.http import Health, heartbeat_key, start_http
from registratura.runtime import Runtime
from registratura.service import smtp_accepting
from registratura.settings import Settings
from registratura.workers import _start_heartbeat
from storage import Database
from tests.helpers import free_port, text_mail
from tests.integration.smtp_support import door

pytestmark = pytest.mark.integration


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=20) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A port on 127.0.0.1 bound by nobody who listens: connecting to it is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield s.getsockname()[1]


def _serve(health: Health) -> tuple[str, object]:
    port = free_port()
    server = start_http(health.db, "127.0.0.1", port, health)
    return f"http://127.0.0.1:{port}", server


def test_all_up_in_process(tmp_path: Path) -> None:
    """In-process workers, a running SMTP door: 200 ok everywhere; the door stopped: 503."""
    rt = Runtime(Settings(data_dir=tmp_path))
    try:
        workers = rt.start_workers()
        acc = rt.accept(text_mail(1), Envelope(channel=Channel.CLI))
        assert rt.wait_final([acc.item_id], 60) == set()
        with door(rt) as smtp:
            health = Health(
                rt.db,
                queues=rt.actors.queue_names,
                workers=workers,
                smtp=lambda: smtp_accepting(smtp),
                unsent=lambda: rt.unsent,
            )
            base, server = _serve(health)
            try:
                status, body = _get(base + "/healthz")
                assert status == 200, body
                report = json.loads(body)
                assert report["status"] == "ok"
                checks = report["checks"]
                assert checks["database"]["status"] == "ok"
                assert checks["broker"] == {"status": "ok", "kind": "inprocess"}
                assert checks["workers"]["status"] == "ok" and checks["workers"]["live"] >= 2
                assert checks["smtp"] == {"status": "ok"}
                assert checks["outbox"]["pending"] >= 0 and "failed" in checks["outbox"]
                assert checks["resend"] == {"status": "ok", "unsent": 0}
                assert _get(base + "/readyz") == (200, "ready\n")
                for ctl in smtp.controllers:  # the door stops listening
                    ctl.stop()
                smtp.controllers.clear()  # (the fixture's stop then has nothing left to stop)
                status, body = _get(base + "/readyz")
                assert status == 503 and body.startswith("not ready: smtp"), body
                status, body = _get(base + "/healthz")
                assert status == 503 and json.loads(body)["failed"] == ["smtp"]
            finally:
                server.shutdown()  # type: ignore[attr-defined]
    finally:
        rt.close()


def test_smtp_disabled_is_ready(tmp_path: Path) -> None:
    rt = Runtime(Settings(data_dir=tmp_path))
    try:
        health = Health(rt.db, workers=rt.start_workers(), smtp=None)
        base, server = _serve(health)
        try:
            assert _get(base + "/readyz") == (200, "ready\n")
            report = json.loads(_get(base + "/healthz")[1])
            assert report["checks"]["smtp"] == {"status": "disabled"}
        finally:
            server.shutdown()  # type: ignore[attr-defined]
    finally:
        rt.close()


def test_database_down_is_503_with_a_reason(closed_port: int) -> None:
    """DATABASE_URL at a closed port: both endpoints answer 503 and say it is the database."""
    db = Database(f"postgresql+psycopg://postgres@127.0.0.1:{closed_port}/registratura")
    health = Health(db, workers=[], smtp=None, timeout=5)
    base, server = _serve(health)
    try:
        status, body = _get(base + "/readyz")
        assert status == 503 and body.startswith("not ready: database: "), body
        assert len(body) < 400
        status, body = _get(base + "/healthz")
        assert status == 503, body
        report = json.loads(body)
        assert report["status"] == "fail" and "database" in report["failed"]
        reason = report["checks"]["database"]["reason"]
        assert str(closed_port) in reason or "refused" in reason.lower(), reason
    finally:
        server.shutdown()  # type: ignore[attr-defined]
        db.dispose()


def test_in_process_without_workers_is_not_healthy(tmp_path: Path) -> None:
    rt = Runtime(Settings(data_dir=tmp_path))
    try:
        ok, report = Health(rt.db, workers=[]).report()
        assert not ok and report["failed"] == ["workers"]
    finally:
        rt.close()


def test_redis_worker_heartbeat(tmp_path: Path, redis_broker_url: str, run_id: str) -> None:
    """A worker process's heartbeat key makes its queues live; gone when it stops."""
    settings = Settings(data_dir=tmp_path, broker_url=redis_broker_url, queue_prefix=run_id)
    queues = [f"{run_id}.parse", f"{run_id}.route"]
    db = Database(settings.resolved_database_url)
    health = Health(db, broker_url=redis_broker_url, queue_prefix=run_id, queues=queues)
    try:
        _, report = health.report()
        assert report["checks"]["broker"] == {"status": "ok", "kind": "redis"}
        assert report["checks"]["workers"]["status"] == "fail"
        assert report["checks"]["workers"]["reason"] == "no live worker"
        stop = threading.Event()
        beat = _start_heartbeat(settings, queues[:1], stop)
        assert beat is not None
        import redis

        client = redis.Redis.from_url(redis_broker_url)
        try:
            pattern = heartbeat_key(run_id, "*", 0).removesuffix(":0") + ":*"
            for _ in range(50):
                if list(client.scan_iter(match=pattern)):
                    break
                stop.wait(0.1)
            workers = health.report()[1]["checks"]["workers"]
            assert workers["live"] == 1 and workers["reason"] == f"no worker for {run_id}.route"
            stop2 = threading.Event()
            beat2 = _start_heartbeat(settings, queues, stop2)
            assert beat2 is not None
            for _ in range(50):
                if health.report()[1]["checks"]["workers"]["status"] == "ok":
                    break
                stop.wait(0.1)
            assert health.report()[1]["checks"]["workers"]["status"] == "ok"
            stop.set()
            beat.join(10)
            # stopped on purpose: its key (this pid's, shared by the second) is deleted at once
            assert not list(client.scan_iter(match=pattern))
        finally:
            stop.set()
            if "stop2" in locals():
                stop2.set()
                beat2.join(10)
            for key in client.scan_iter(match=f"{run_id}*"):
                client.delete(key)
            client.close()
    finally:
        db.dispose()


def test_rabbitmq_consumers(tmp_path: Path, amqp_broker_url: str, run_id: str) -> None:
    """On RabbitMQ the broker counts the consumers: none before the workers, every queue after."""
    settings = Settings(data_dir=tmp_path, broker_url=amqp_broker_url, queue_prefix=run_id)
    rt = Runtime(settings)
    try:
        queues = rt.actors.queue_names
        health = Health(rt.db, broker_url=amqp_broker_url, queue_prefix=run_id, queues=queues)
        _, report = health.report()
        assert report["checks"]["broker"] == {"status": "ok", "kind": "rabbitmq"}
        assert report["checks"]["workers"]["status"] == "fail"
        rt.start_workers()
        workers: dict[str, object] = {}
        for _ in range(100):
            workers = health.report()[1]["checks"]["workers"]
            if workers["status"] == "ok":
                break
            threading.Event().wait(0.1)
        assert workers["status"] == "ok", workers
    finally:
        rt.close()


def test_broker_down_fails_broker_and_workers(tmp_path: Path, closed_port: int) -> None:
    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        health = Health(db, broker_url=f"redis://127.0.0.1:{closed_port}/0", timeout=2)
        ok, report = health.report()
        assert not ok and {"broker", "workers"} <= set(report["failed"])
        assert report["checks"]["broker"]["reason"]
    finally:
        db.dispose()
