"""Issue 13: an item whose step kills its process every time is quarantined after a bounded count.

No broker counts a delivery whose worker died (the message is simply
redelivered, its `retries` unchanged), so the count is kept in the database:
`items.attempts` is raised before the step's work and set back to 0 when the
step moves the item or ends in an exception. A process that dies leaves it
raised. Here a death is what it leaves behind (a start counted, nothing
finished), recorded with `steps.begin_attempt` as the dead process did;
`make proof` kills real worker processes with such an item.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dramatiq
import pytest

from ingest import Channel, Envelope, accept
from router import steps
from router.actors import MAX_UNFINISHED_STARTS, declare_actors
from router.broker import make_broker
from router.policy import load_policy
from router.steps import Pipeline
from storage import Database, Item
from tests.helpers import text_mail


@pytest.fixture
def pipeline(tmp_path: Path) -> Iterator[Pipeline]:
    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    db.migrate()
    yield Pipeline(db=db, policy=load_policy())
    db.dispose()


def _run(pipeline: Pipeline, item_id: int, **options: int) -> None:
    broker = make_broker("inprocess://")
    actors = declare_actors(broker, pipeline, prefix="t", min_backoff_ms=10, **options)
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        actors.send_parse(item_id)
        for queue in ("t.parse", "t.route", "t.support", "t.quarantine"):
            broker.join(queue, timeout=30_000)
        worker.join()
    finally:
        worker.stop()
        broker.close()


class _Row:
    def __init__(self, item: Item) -> None:
        self.state, self.queue, self.error, self.attempts = (
            item.state,
            item.queue,
            item.error,
            item.attempts,
        )


def _item(pipeline: Pipeline, item_id: int) -> _Row:
    with pipeline.db.reader() as s:
        item = s.get(Item, item_id)
        assert item is not None
        return _Row(item)


def test_an_item_whose_step_died_each_time_is_quarantined_unread(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three starts that never finished: the fourth delivery quarantines, the step is not run."""
    calls: list[int] = []
    real_parse = steps.parse

    def parse(p: Pipeline, item_id: int) -> bool:
        calls.append(item_id)
        return real_parse(p, item_id)

    monkeypatch.setattr(steps, "parse", parse)
    acc = accept(pipeline.db, text_mail(1), Envelope(channel=Channel.CLI), None)
    for n in range(1, MAX_UNFINISHED_STARTS + 1):  # what three dead workers left behind
        assert steps.begin_attempt(pipeline, acc.item_id, "received") == n
    _run(pipeline, acc.item_id)
    item = _item(pipeline, acc.item_id)
    assert calls == []
    assert item.state == "quarantined" and item.queue == "quarantine"
    assert "parse was started 3 times and never finished" in (item.error or "")


def test_fewer_deaths_than_the_bound_are_resumed(pipeline: Pipeline) -> None:
    """Two deaths, then a worker that finishes: routed, and the count is back to 0."""
    acc = accept(pipeline.db, text_mail(2), Envelope(channel=Channel.CLI), None)
    for _ in range(MAX_UNFINISHED_STARTS - 1):
        steps.begin_attempt(pipeline, acc.item_id, "received")
    _run(pipeline, acc.item_id)
    item = _item(pipeline, acc.item_id)
    assert item.state == "routed" and item.attempts == 0


def test_exceptions_are_counted_by_the_retries_not_as_deaths(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step that raises on every try is retried its five times (more than the death bound)."""
    calls: list[int] = []

    def broken(p: Pipeline, item_id: int) -> bool:
        calls.append(item_id)
        raise RuntimeError("tesseract exploded")

    monkeypatch.setattr(steps, "parse", broken)
    acc = accept(pipeline.db, text_mail(3), Envelope(channel=Channel.CLI), None)
    _run(pipeline, acc.item_id, max_retries=MAX_UNFINISHED_STARTS + 1)
    item = _item(pipeline, acc.item_id)
    assert len(calls) == MAX_UNFINISHED_STARTS + 2
    assert item.state == "quarantined" and "tesseract exploded" in (item.error or "")


def test_a_start_on_an_item_that_moved_on_counts_nothing(pipeline: Pipeline) -> None:
    """A late duplicate message for a parsed item neither counts nor runs the step."""
    acc = accept(pipeline.db, text_mail(4), Envelope(channel=Channel.CLI), None)
    steps.parse(pipeline, acc.item_id)
    assert steps.begin_attempt(pipeline, acc.item_id, "received") is None
    assert _item(pipeline, acc.item_id).attempts == 0


def test_a_redelivered_message_sends_what_a_dead_worker_did_not(pipeline: Pipeline) -> None:
    """A worker died after parse's commit, before sending route: the parse message, delivered
    again, finds the item parsed and sends the route message itself (no sweep needed)."""
    acc = accept(pipeline.db, text_mail(5), Envelope(channel=Channel.CLI), None)
    assert steps.parse(pipeline, acc.item_id)  # committed; its route message never sent
    _run(pipeline, acc.item_id)  # the parse message again
    assert _item(pipeline, acc.item_id).state == "routed"


def test_a_suspect_runs_alone_and_fresh_steps_wait_for_it(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An item whose last start never finished (a worker died holding it) is parsed with no
    other counted step running in its process: a death then is charged to it alone, not to
    an innocent item that happened to be in flight beside it (issue 13, `make proof`'s
    RabbitMQ row). Four worker threads, five fresh items and one suspect."""
    import threading
    import time

    lock = threading.Lock()
    running: set[int] = set()
    beside_suspect: list[set[int]] = []
    real_parse = steps.parse

    fresh = [
        accept(pipeline.db, text_mail(10 + k), Envelope(channel=Channel.CLI), None)
        for k in range(5)
    ]
    suspect = accept(pipeline.db, text_mail(20), Envelope(channel=Channel.CLI), None)
    steps.begin_attempt(pipeline, suspect.item_id, "received")  # what a dead worker left

    def parse(p: Pipeline, item_id: int) -> bool:
        with lock:
            if item_id == suspect.item_id or suspect.item_id in running:
                beside_suspect.append(set(running))
            running.add(item_id)
        time.sleep(0.2)  # long enough for the other threads to start beside it, if let
        with lock:
            running.discard(item_id)
        return real_parse(p, item_id)

    monkeypatch.setattr(steps, "parse", parse)
    broker = make_broker("inprocess://")
    actors = declare_actors(broker, pipeline, prefix="t", min_backoff_ms=10)
    worker = dramatiq.Worker(broker, worker_threads=4, worker_timeout=50)
    worker.start()
    try:
        actors.send_parse(fresh[0].item_id)
        actors.send_parse(fresh[1].item_id)
        actors.send_parse(suspect.item_id)
        for acc in fresh[2:]:
            actors.send_parse(acc.item_id)
        for queue in ("t.parse", "t.route", "t.support", "t.quarantine"):
            broker.join(queue, timeout=30_000)
        worker.join()
    finally:
        worker.stop()
        broker.close()
    for acc in (*fresh, suspect):
        assert _item(pipeline, acc.item_id).state == "routed"
    assert beside_suspect == [set()]  # when the suspect started, nothing else ran …
    # … and nothing started while it ran (an entry would have been recorded for it)
