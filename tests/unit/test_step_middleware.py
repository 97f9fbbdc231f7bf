"""The steps' middleware (`router.middleware`) on a StubBroker with a real Worker.

Each test declares the real actors (`declare_actors`), which put the middleware
on the broker, replaces a step of `router.steps` where it needs a failure, and
reads what the database and the logs say afterwards.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dramatiq
import pytest
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import Retries, TimeLimit
from sqlalchemy import select

from ingest import Channel, Envelope, accept
from registratura.metrics import metrics_text
from router import steps
from router.actors import StepProcessDied, declare_actors
from router.broker import make_broker
from router.middleware import (
    RETRY_EVENT,
    RetryOrQuarantine,
    StepAudit,
    StepTiming,
    UnfinishedStarts,
)
from router.policy import load_policy
from router.steps import Pipeline
from storage import Database, Event, Item
from tests.helpers import text_mail

QUEUES = ("t.parse", "t.ocr", "t.route", "t.support", "t.quarantine")


@pytest.fixture
def pipeline(tmp_path: Path) -> Iterator[Pipeline]:
    db = Database(f"sqlite:///{tmp_path / 'm.db'}")
    db.migrate()
    yield Pipeline(db=db, policy=load_policy())
    db.dispose()


def _run(pipeline: Pipeline, item_id: int, **options: Any) -> StubBroker:
    """Send the item's parse message through the real actors; wait until every queue is idle."""
    broker = make_broker("inprocess://")
    assert isinstance(broker, StubBroker)
    actors = declare_actors(broker, pipeline, prefix="t", min_backoff_ms=10, **options)
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        actors.send_parse(item_id)
        for _ in range(2):  # a retry's delayed message lands in a queue already joined
            for queue in QUEUES:
                broker.join(queue, timeout=30_000)
            worker.join()
    finally:
        worker.stop()
        broker.close()
    return broker


def _item(pipeline: Pipeline, item_id: int) -> tuple[str, str | None, int]:
    with pipeline.db.reader() as s:
        item = s.get(Item, item_id)
        assert item is not None
        return item.state, item.error, item.attempts


def _trail(pipeline: Pipeline, item_id: int) -> list[tuple[str, str | None, str, Any]]:
    with pipeline.db.reader() as s:
        events = s.scalars(select(Event).where(Event.item_id == item_id).order_by(Event.id))
        return [(e.actor, e.from_state, e.to_state, e.detail) for e in events]


def _reg(pipeline: Pipeline, item_id: int) -> str:
    with pipeline.db.reader() as s:
        item = s.get(Item, item_id)
        assert item is not None
        return item.registration_number


def _mail(pipeline: Pipeline, n: int) -> int:
    return accept(pipeline.db, text_mail(n), Envelope(channel=Channel.CLI), None).item_id


def _dead(broker: StubBroker) -> int:
    return len(broker.dead_letters)


def test_the_middleware_replaces_retries_and_runs_before_the_time_limit(
    pipeline: Pipeline,
) -> None:
    """Retries is replaced; the three with database work sit before TimeLimit (their
    after-hooks run once it is disarmed); timing last; a second declaration is refused."""
    broker = make_broker("inprocess://")
    declare_actors(broker, pipeline, prefix="t")
    kinds = [type(m) for m in broker.middleware]
    assert Retries not in kinds and kinds.count(RetryOrQuarantine) == 1
    limit = kinds.index(TimeLimit)
    assert kinds.index(RetryOrQuarantine) < kinds.index(StepAudit) < limit
    assert kinds.index(UnfinishedStarts) < limit
    assert kinds[-1] is StepTiming
    with pytest.raises(RuntimeError, match="declared twice"):
        declare_actors(broker, pipeline, prefix="t2")
    broker.close()


def test_a_step_failing_every_time_is_retried_then_quarantined_and_audited(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Two retries, then quarantine with the reason; each retry is an audit event with its
    log line, the last failure is the quarantine's own event; the message is acknowledged,
    not dead-lettered."""
    calls: list[int] = []

    def broken(p: Pipeline, item_id: int) -> bool:
        calls.append(item_id)
        raise RuntimeError("tesseract exploded")

    monkeypatch.setattr(steps, "parse", broken)
    item_id = _mail(pipeline, 1)
    # The door's own state line is logged too when an earlier test left the logger at
    # INFO (the whole suite's order): only the lines of the steps are looked at.
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="registratura.state"):
        broker = _run(pipeline, item_id, max_retries=2)
    assert len(calls) == 3
    state, error, attempts = _item(pipeline, item_id)
    assert state == "quarantined" and attempts == 0
    assert error == "parse failed 3 times: RuntimeError('tesseract exploded')"
    trail = _trail(pipeline, item_id)
    retries = [t for t in trail if t[2] == RETRY_EVENT]
    assert [(a, f, d["try"], d["tries"]) for a, f, _, d in retries] == [
        ("router.parse", "received", 1, 3),
        ("router.parse", "received", 2, 3),
    ]
    assert all("tesseract exploded" in d["error"] for *_, d in retries)
    lines = [r for r in caplog.records if r.name == "registratura.state"]
    logged = [(r.getMessage(), r.state, getattr(r, "try", None)) for r in lines]  # type: ignore[attr-defined]
    assert logged == [
        ("retry", "received", 1),
        ("retry", "received", 2),
        ("state", "quarantined", None),
    ]
    assert {r.reg for r in lines} == {_reg(pipeline, item_id)}  # type: ignore[attr-defined]
    quarantined = [t for t in trail if t[2] == "quarantined"]
    assert quarantined == [
        ("router.parse", "received", "quarantined", {"reason": error}),
    ]
    assert _dead(broker) == 0


def test_a_step_that_fails_once_is_routed_with_one_retry_on_record(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_route = steps.route
    calls: list[int] = []

    def flaky(p: Pipeline, item_id: int) -> str | None:
        calls.append(item_id)
        if len(calls) == 1:
            raise ConnectionError("DNS resolver away")
        return real_route(p, item_id)

    monkeypatch.setattr(steps, "route", flaky)
    item_id = _mail(pipeline, 2)
    _run(pipeline, item_id)
    assert _item(pipeline, item_id)[0] == "routed" and len(calls) == 2
    trail = _trail(pipeline, item_id)
    assert [(a, f, t) for a, f, t, _ in trail] == [
        ("ingest.cli", None, "received"),
        ("router.parse", "received", "parsed"),
        ("router.route", "parsed", RETRY_EVENT),
        ("router.route", "parsed", "decided"),
        ("router.support", "decided", "routed"),
    ]
    # The retries counter is read from those events, by step (any process answers it).
    text = metrics_text(pipeline.db)
    assert 'registratura_step_retries_total{step="route"} 1.0' in text
    assert 'registratura_step_retries_total{step="parse"} 0.0' in text


def test_a_step_over_its_time_limit_is_quarantined_at_once(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TimeLimitExceeded (raised in the worker thread) quarantines without a retry or a
    retry event, and the worker thread lives on to route the next item."""
    real_parse = steps.parse
    stuck: list[int] = []

    def parse(p: Pipeline, item_id: int) -> bool:
        if not stuck:
            stuck.append(item_id)
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                time.sleep(0.01)  # Python between sleeps: the time limit lands here
        return real_parse(p, item_id)

    monkeypatch.setattr(steps, "parse", parse)
    slow, fine = _mail(pipeline, 3), _mail(pipeline, 4)
    broker = make_broker("inprocess://")
    actors = declare_actors(broker, pipeline, prefix="t", text_parse_time_limit_ms=500)
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        actors.send_parse(slow)
        actors.send_parse(fine)
        for queue in QUEUES:
            broker.join(queue, timeout=30_000)
        worker.join()
    finally:
        worker.stop()
        broker.close()
    state, error, _ = _item(pipeline, slow)
    assert state == "quarantined"
    assert error == (
        "parse exceeded its time limit of 0.5 s; not retried (the same input would take as "
        "long again)"
    )
    assert stuck == [slow]
    assert RETRY_EVENT not in [t for _, _, t, _ in _trail(pipeline, slow)]
    assert _item(pipeline, fine)[0] == "routed"  # the one worker thread survived
    assert isinstance(broker, StubBroker) and _dead(broker) == 0


def test_a_start_the_database_could_not_count_is_retried_unrun(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """begin_attempt refused: the step does not run uncounted; the delivery is retried."""
    real_begin = steps.begin_attempt
    real_parse = steps.parse
    begun: list[int] = []
    parsed: list[int] = []

    def begin(p: Pipeline, item_id: int, state: str) -> int | None:
        begun.append(item_id)
        if len(begun) == 1:
            raise OSError("database is locked")
        return real_begin(p, item_id, state)

    def parse(p: Pipeline, item_id: int) -> bool:
        parsed.append(item_id)
        return real_parse(p, item_id)

    monkeypatch.setattr(steps, "begin_attempt", begin)
    monkeypatch.setattr(steps, "parse", parse)
    item_id = _mail(pipeline, 5)
    _run(pipeline, item_id)
    assert _item(pipeline, item_id)[0] == "routed"
    assert parsed == [item_id]  # once: not in the delivery whose start was not counted
    (retry,) = [d for _, _, t, d in _trail(pipeline, item_id) if t == RETRY_EVENT]
    assert "could not be counted" in retry["error"] and "database is locked" in retry["error"]


def test_a_redelivery_that_cannot_send_the_next_message_is_retried(pipeline: Pipeline) -> None:
    """The item moved on (parsed by a process that died before sending route); the parse
    message again finds the broker refusing the route message: retried, then sent."""
    item_id = _mail(pipeline, 8)
    assert steps.parse(pipeline, item_id)  # committed; its route message never sent
    broker = make_broker("inprocess://")
    actors = declare_actors(broker, pipeline, prefix="t", min_backoff_ms=10)
    real_send = actors.route.send
    refused: list[int] = []

    def send(*args: Any, **kwargs: Any) -> Any:
        if not refused:
            refused.append(1)
            raise ConnectionError("broker away")
        return real_send(*args, **kwargs)

    actors.route.send = send  # type: ignore[method-assign]
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        actors.send_parse(item_id)
        for _ in range(2):
            for queue in QUEUES:
                broker.join(queue, timeout=30_000)
            worker.join()
    finally:
        worker.stop()
        broker.close()
    assert refused == [1]
    assert _item(pipeline, item_id)[0] == "routed"
    (retry,) = [(a, d) for a, _, t, d in _trail(pipeline, item_id) if t == RETRY_EVENT]
    assert retry[0] == "router.parse" and "broker away" in retry[1]["error"]


def test_a_child_that_dies_each_time_leaves_its_starts_counted(pipeline: Pipeline) -> None:
    """StepProcessDied is a death, not a finish: its start stays counted, and the item is
    quarantined unrun once the count passes the bound, before the retries run out."""
    runs: list[tuple[str, int]] = []

    def dying(name: str, item_id: int) -> Any:
        runs.append((name, item_id))
        raise StepProcessDied(f"{name} of item {item_id}: exit code -9")

    item_id = _mail(pipeline, 6)
    _run(pipeline, item_id, max_unfinished=2, max_retries=5, run_step=dying)
    state, error, _ = _item(pipeline, item_id)
    assert runs == [("parse", item_id)] * 2
    assert state == "quarantined"
    assert error is not None and error.startswith("parse was started 2 times and never finished")


def test_each_delivery_is_timed_per_actor_and_outcome(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real_parse = steps.parse
    calls: list[int] = []

    def flaky(p: Pipeline, item_id: int) -> bool:
        calls.append(item_id)
        if len(calls) == 1:
            raise RuntimeError("once")
        return real_parse(p, item_id)

    monkeypatch.setattr(steps, "parse", flaky)
    item_id = _mail(pipeline, 7)
    with caplog.at_level(logging.INFO, logger="registratura.steps"):
        _run(pipeline, item_id)
    steps_logged = [
        (r.step, r.outcome, r.retries)  # type: ignore[attr-defined]
        for r in caplog.records
        if r.name == "registratura.steps" and r.getMessage() == "step"
    ]
    assert steps_logged == [
        ("parse", "failed", 0),
        ("parse", "done", 1),
        ("route", "done", 0),
        ("support", "done", 0),
    ]
    for r in caplog.records:
        if r.name == "registratura.steps":
            assert isinstance(r.duration_ms, int) and r.duration_ms >= 0  # type: ignore[attr-defined]
            assert r.item_id == item_id  # type: ignore[attr-defined]
