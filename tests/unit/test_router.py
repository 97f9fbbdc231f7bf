"""The router's promises: idempotent steps, retries then quarantine, and the sweep."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import dramatiq
import pytest
from sqlalchemy import func, select

from ingest import Channel, Envelope, accept
from router import steps
from router.actors import declare_actors
from router.broker import make_broker
from router.policy import load_policy
from router.steps import Pipeline
from router.sweep import stale_items, sweep
from storage import Database, Event, Item
from tests.helpers import text_mail


@pytest.fixture
def pipeline(tmp_path: Path) -> Iterator[Pipeline]:
    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    db.migrate()
    yield Pipeline(db=db, policy=load_policy())
    db.dispose()


def _events(p: Pipeline, item_id: int) -> list[tuple[str | None, str]]:
    with p.db.reader() as s:
        return [
            (e.from_state, e.to_state)
            for e in s.scalars(select(Event).where(Event.item_id == item_id).order_by(Event.id))
        ]


def test_each_step_twice_changes_nothing_the_second_time(pipeline: Pipeline) -> None:
    """Running parse, route and deliver twice leaves one event per transition and the same result."""
    acc = accept(pipeline.db, text_mail(1), Envelope(channel=Channel.CLI), None)
    assert steps.parse(pipeline, acc.item_id) is True
    assert steps.parse(pipeline, acc.item_id) is False
    queue = steps.route(pipeline, acc.item_id)
    assert queue == "support"
    assert steps.route(pipeline, acc.item_id) is None
    assert steps.deliver(pipeline, acc.item_id, queue) is True
    assert steps.deliver(pipeline, acc.item_id, queue) is False
    assert _events(pipeline, acc.item_id) == [
        (None, "received"),
        ("received", "parsed"),
        ("parsed", "decided"),
        ("decided", "routed"),
    ]


def test_deliver_to_the_wrong_queue_is_refused(pipeline: Pipeline) -> None:
    """A stray message for another queue cannot move an item that was decided elsewhere."""
    acc = accept(pipeline.db, text_mail(2), Envelope(channel=Channel.CLI), None)
    steps.parse(pipeline, acc.item_id)
    assert steps.route(pipeline, acc.item_id) == "support"
    assert steps.deliver(pipeline, acc.item_id, "law_enforcement") is False
    with pipeline.db.reader() as s:
        assert s.get(Item, acc.item_id).state == "decided"  # type: ignore[union-attr]


def test_failing_step_is_retried_then_quarantined(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step that always raises is retried, then the item is quarantined with the error as reason."""
    calls: list[int] = []

    def broken_parse(p: Pipeline, item_id: int) -> bool:
        calls.append(item_id)
        raise RuntimeError("tesseract exploded")

    monkeypatch.setattr(steps, "parse", broken_parse)
    broker = make_broker("inprocess://")
    actors = declare_actors(broker, pipeline, prefix="t", max_retries=2, min_backoff_ms=10)
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        acc = accept(pipeline.db, text_mail(3), Envelope(channel=Channel.CLI), actors.send_parse)
        broker.join("t.parse", timeout=30_000)
        worker.join()
    finally:
        worker.stop()
        broker.close()
    assert len(calls) == 3  # the first try and two retries
    with pipeline.db.reader() as s:
        item = s.get(Item, acc.item_id)
        assert item is not None and item.state == "quarantined" and item.queue == "quarantine"
        assert "tesseract exploded" in (item.error or "")


def test_a_last_try_failed_by_an_outage_quarantines_nothing(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database not answering on every try is not the item's fault: after the last
    try the item is still unfinished (sent again once the database answers), not quarantined."""
    from sqlalchemy.exc import OperationalError

    calls: list[int] = []

    def parse_without_database(p: Pipeline, item_id: int) -> bool:
        calls.append(item_id)
        raise OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))

    monkeypatch.setattr(steps, "parse", parse_without_database)
    broker = make_broker("inprocess://")
    actors = declare_actors(broker, pipeline, prefix="t", max_retries=2, min_backoff_ms=10)
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        acc = accept(pipeline.db, text_mail(7), Envelope(channel=Channel.CLI), actors.send_parse)
        broker.join("t.parse", timeout=30_000, fail_fast=False)  # the message is let go
        worker.join()
    finally:
        worker.stop()
        broker.close()
    assert len(calls) == 3
    with pipeline.db.reader() as s:
        item = s.get(Item, acc.item_id)
        assert item is not None and item.state == "received" and item.error is None
    assert [i for i, _, _ in stale_items(pipeline.db, timedelta(0))] == [acc.item_id]


def test_outage_errors_are_told_from_the_items_own() -> None:
    from sqlalchemy.exc import OperationalError

    from router.actors import StepFailed
    from router.middleware import StartNotCounted, outage_error

    refused = OperationalError("SELECT 1", {}, ConnectionRefusedError("refused"))
    try:
        try:
            raise refused
        except OperationalError as exc:
            raise StartNotCounted("route: the start could not be counted") from exc
    except StartNotCounted as wrapped:
        assert outage_error(wrapped)
    assert outage_error(ConnectionResetError("peer"))
    assert outage_error(StepFailed("OperationalError: connection failed: server closed"))
    assert not outage_error(StepFailed("ValueError: not a PDF"))
    assert not outage_error(RuntimeError("tesseract exploded"))
    assert not outage_error(MemoryError())


def test_sweep_resends_stale_items_once_per_interval(pipeline: Pipeline) -> None:
    """A stuck item is re-sent by the sweep, and not again until it has been stale for another interval."""
    sent: list[tuple[str, int]] = []

    class Recorder:
        def send_for_state(self, state: str, item_id: int, queue: str | None) -> None:
            sent.append((state, item_id))

    acc = accept(pipeline.db, text_mail(4), Envelope(channel=Channel.CLI), None)  # never enqueued
    assert stale_items(pipeline.db, timedelta(hours=1)) == []
    assert sweep(pipeline.db, Recorder(), timedelta(0)) == 1  # type: ignore[arg-type]
    assert sent == [("received", acc.item_id)]
    assert sweep(pipeline.db, Recorder(), timedelta(minutes=5)) == 0  # type: ignore[arg-type]
    steps.parse(pipeline, acc.item_id)
    assert sweep(pipeline.db, Recorder(), timedelta(0)) == 1  # type: ignore[arg-type]
    assert sent[-1] == ("parsed", acc.item_id)


def test_accepted_items_get_consecutive_registration_numbers(pipeline: Pipeline) -> None:
    """Numbers are REG-YYYY-NNNNNN, one gap-free sequence; a duplicate takes no number."""
    a = accept(pipeline.db, text_mail(5), Envelope(channel=Channel.CLI), None)
    accept(pipeline.db, text_mail(5), Envelope(channel=Channel.CLI), None)
    b = accept(pipeline.db, text_mail(6), Envelope(channel=Channel.CLI), None)
    year, seq = a.registration_number.split("-")[1:]
    assert b.registration_number == f"REG-{year}-{int(seq) + 1:06d}"
    with pipeline.db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 2


def test_sweep_pages_through_every_stale_item(pipeline: Pipeline) -> None:
    """More stale items than one page are all re-sent in one sweep, each once."""
    sent: list[int] = []

    class Recorder:
        def send_for_state(self, state: str, item_id: int, queue: str | None) -> None:
            sent.append(item_id)

    ids = [
        accept(pipeline.db, text_mail(100 + n), Envelope(channel=Channel.CLI), None).item_id
        for n in range(5)
    ]
    assert sweep(pipeline.db, Recorder(), timedelta(0), page_size=2) == 5  # type: ignore[arg-type]
    assert sent == ids


def test_group_accept_numbers_in_order_and_spots_repeats(pipeline: Pipeline) -> None:
    """One commit for a batch: consecutive numbers in batch order, repeats and old bytes as duplicates."""
    from ingest import accept_many

    old = accept(pipeline.db, text_mail(200), Envelope(channel=Channel.CLI), None)
    batch = [
        (text_mail(201), Envelope(channel=Channel.SMTP)),
        (text_mail(200), Envelope(channel=Channel.SMTP)),
        (text_mail(202), Envelope(channel=Channel.SMTP)),
        (text_mail(201), Envelope(channel=Channel.SMTP)),
    ]
    sent: list[int] = []
    got = accept_many(pipeline.db, batch, sent.append)
    assert [g.duplicate for g in got] == [False, True, False, True]
    assert got[1].item_id == old.item_id and got[3].item_id == got[0].item_id
    seq = [int(g.registration_number.rsplit("-", 1)[1]) for g in (old, got[0], got[2])]
    assert seq == [seq[0], seq[0] + 1, seq[0] + 2]
    assert sent == [got[0].item_id, got[2].item_id]  # only new items are enqueued, once each


def test_every_arrival_of_the_same_bytes_is_in_the_audit_trail(pipeline: Pipeline) -> None:
    """A copy that arrives again changes no state but is recorded with how it came."""
    first = Envelope(
        channel=Channel.SMTP, client_ip="198.51.100.66", mail_from="x@attacker.example"
    )
    again = Envelope(channel=Channel.SMTP, client_ip="192.0.2.10", mail_from="a@politiaromana.ro")
    a = accept(pipeline.db, text_mail(300), first, None)
    b = accept(pipeline.db, text_mail(300), again, None)
    assert b.duplicate and b.item_id == a.item_id
    with pipeline.db.reader() as s:
        events = s.scalars(select(Event).where(Event.item_id == a.item_id).order_by(Event.id)).all()
        item = s.get(Item, a.item_id)
        assert item is not None and item.state == "received"
        assert item.envelope["client_ip"] == "198.51.100.66"
        trail = [(e.from_state, e.to_state) for e in events]
        assert trail == [(None, "received"), (None, "duplicate")]
        assert events[1].detail["envelope"]["client_ip"] == "192.0.2.10"
        assert events[1].detail["envelope"]["mail_from"] == "a@politiaromana.ro"


@pytest.mark.slow
def test_ink_is_examined_only_for_a_request_that_needs_a_signature(pipeline: Pipeline) -> None:
    """The police fax's last pages carry ink marks; the mediation letter's scan is not examined."""
    from tests.conftest import SAMPLES

    marks: dict[str, list[bool]] = {}
    for name in ("le_fax.tif", "mediation_scan.pdf"):
        raw = (SAMPLES / name).read_bytes()
        acc = accept(pipeline.db, raw, Envelope(channel=Channel.FOLDER, filename=name), None)
        steps.parse(pipeline, acc.item_id)
        with pipeline.db.reader() as s:
            item = s.get(Item, acc.item_id)
            assert item is not None and item.parsed is not None
            (scan,) = item.parsed["document"]["scans"]
            marks[name] = [p["marks"] is not None for p in scan["read"]]
            category = item.parsed["understanding"]["category"]
        assert category == ("law_enforcement" if name == "le_fax.tif" else "mediation")
    assert marks == {"le_fax.tif": [True, True], "mediation_scan.pdf": [False]}


def test_an_unjudged_record_is_parsed_again_at_once_not_at_the_next_sweep(
    pipeline: Pipeline,
) -> None:
    """A record an older version parsed without a verdict: the route actor sends it back to
    parse, which judges it, and the item is delivered without waiting for the sweep."""
    acc = accept(pipeline.db, text_mail(4), Envelope(channel=Channel.CLI), None)
    assert steps.parse(pipeline, acc.item_id) is True
    with pipeline.db.begin() as conn:
        parsed = conn.execute(
            select(steps.ITEMS.c.parsed).where(steps.ITEMS.c.id == acc.item_id)
        ).scalar_one()
        parsed = {k: v for k, v in parsed.items() if k != "signatures"}
        conn.execute(
            steps.ITEMS.update().where(steps.ITEMS.c.id == acc.item_id).values(parsed=parsed)
        )
    broker = make_broker("inprocess://")
    actors = declare_actors(broker, pipeline, prefix="t")
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        actors.route.send(acc.item_id)
        for queue in ("t.route", "t.parse", "t.route"):
            broker.join(queue, timeout=30_000)
        worker.join()
    finally:
        worker.stop()
        broker.close()
    with pipeline.db.reader() as s:
        item = s.get(Item, acc.item_id)
        assert item is not None and item.state in ("decided", "routed")
        assert (item.parsed or {}).get("signatures") is not None


def test_the_audit_trail_quotes_none_of_the_mails_words(pipeline: Pipeline) -> None:
    """The route event says queue, category and verdict; the reasons (which quote the
    mail) stay on the item's record, which a purge redacts, not in the audit trail."""
    acc = accept(pipeline.db, text_mail(5), Envelope(channel=Channel.CLI), None)
    assert steps.parse(pipeline, acc.item_id) is True
    assert steps.route(pipeline, acc.item_id) is not None
    with pipeline.db.reader() as s:
        item = s.get(Item, acc.item_id)
        assert item is not None and (item.parsed or {}).get("understanding", {}).get("reasons")
        details = [
            e.detail
            for e in s.scalars(select(Event).where(Event.item_id == acc.item_id))
            if e.to_state == "decided"
        ]
    assert details and all(set(d) <= {"queue", "category", "verdict"} for d in details)
