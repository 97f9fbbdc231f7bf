"""The steps' middleware on each broker: retried with back-off on Redis and RabbitMQ as on
the in-process one, then quarantined, and the message acknowledged (no dead letter)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import dramatiq
import pytest
from sqlalchemy import select

from ingest import Channel, Envelope, accept
from router import steps
from router.actors import declare_actors
from router.broker import make_broker
from router.middleware import RETRY_EVENT
from router.policy import load_policy
from router.steps import Pipeline
from storage import Database, Event, Item
from tests.conftest import AMQP_URL, REDIS_URL
from tests.helpers import text_mail

pytestmark = pytest.mark.integration


@pytest.fixture
def pipeline(tmp_path: Path) -> Iterator[Pipeline]:
    db = Database(f"sqlite:///{tmp_path / 'b.db'}")
    db.migrate()
    yield Pipeline(db=db, policy=load_policy())
    db.dispose()


def _dead_letters(url: str, queue: str, namespace: str) -> int:
    """Messages in `queue`'s dead-letter queue on the broker at `url`."""
    if url.startswith("redis://"):
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        try:
            return int(client.zcard(f"{namespace}:{queue}.XQ"))
        finally:
            client.close()
    if url.startswith("amqp://"):
        import pika

        conn = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
        try:
            ok = conn.channel().queue_declare(queue=f"{queue}.XQ", passive=True)
            return int(ok.method.message_count)
        finally:
            conn.close()
    return -1


def test_last_failure_quarantines_and_acknowledges_on_every_broker(
    pipeline: Pipeline, broker_url: str, run_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[float] = []

    def broken(p: Pipeline, item_id: int) -> bool:
        calls.append(time.monotonic())
        raise RuntimeError("tesseract exploded")

    monkeypatch.setattr(steps, "parse", broken)
    broker = make_broker(broker_url, namespace=run_id)
    actors = declare_actors(broker, pipeline, prefix=run_id, max_retries=1, min_backoff_ms=200)
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    item_id = accept(pipeline.db, text_mail(1), Envelope(channel=Channel.CLI), None).item_id
    try:
        actors.send_parse(item_id)
        deadline = time.monotonic() + 60
        state = None
        while time.monotonic() < deadline:
            with pipeline.db.reader() as s:
                item = s.get(Item, item_id)
                assert item is not None
                state, error = item.state, item.error
            if state == "quarantined":
                break
            time.sleep(0.1)
        assert state == "quarantined"
        assert error == "parse failed 2 times: RuntimeError('tesseract exploded')"
        broker.join(f"{run_id}.parse", timeout=30_000)
        worker.join()
    finally:
        worker.stop()
    try:
        assert len(calls) == 2
        assert calls[1] - calls[0] >= 0.1  # the retry waited out a back-off
        with pipeline.db.reader() as s:
            trail = [
                (e.actor, e.to_state)
                for e in s.scalars(select(Event).where(Event.item_id == item_id).order_by(Event.id))
            ]
        assert trail == [
            ("ingest.cli", "received"),
            ("router.parse", RETRY_EVENT),
            ("router.parse", "quarantined"),
        ]
        assert _dead_letters(broker_url, f"{run_id}.parse", run_id) in (0, -1)
    finally:
        if broker_url.startswith("amqp://"):
            # The conftest's clean-up knows no `ocr` lane; its queues go here.
            import pika

            conn = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
            try:
                for suffix in ("", ".DQ", ".XQ"):
                    conn.channel().queue_delete(queue=f"{run_id}.ocr{suffix}")
            finally:
                conn.close()
        broker.close()
