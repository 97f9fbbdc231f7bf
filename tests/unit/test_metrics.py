"""registratura.metrics on a real SQLite database through the real pipeline steps (no HTTP)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, select

from ingest import Channel, Envelope, accept
from registratura.metrics import OTHER, QUEUES, bounded, metrics_text
from router import steps
from router.policy import load_policy
from router.responses import record_clock
from router.steps import Pipeline
from storage import Database
from storage.items import ITEMS
from tests.helpers import text_mail
from tests.metrics_support import by_label, sample, samples


@pytest.fixture
def pipeline(tmp_path: Path) -> Iterator[Pipeline]:
    db = Database(f"sqlite:///{tmp_path / 'm.db'}")
    db.migrate()
    yield Pipeline(db=db, policy=load_policy())
    db.dispose()


def _routed(p: Pipeline, n: int) -> tuple[int, str]:
    """One support mail through parse, route and deliver: (item id, registration number)."""
    acc = accept(p.db, text_mail(n), Envelope(channel=Channel.SMTP), None)
    assert steps.parse(p, acc.item_id)
    queue = steps.route(p, acc.item_id)
    assert queue == "support" and steps.deliver(p, acc.item_id, queue)
    return acc.item_id, acc.registration_number


def test_bounded_labels() -> None:
    assert bounded("support", QUEUES) == "support"
    assert bounded("ana@example.ro", QUEUES) == OTHER
    assert bounded(None, QUEUES, "unrouted") == "unrouted"


def test_quarantine_reasons_become_kinds_never_text(pipeline: Pipeline) -> None:
    """The actors' own reason texts map to their kinds; the text itself never reaches a label."""
    reasons = {
        "time_limit": "ocr exceeded its time limit of 1800 s; not retried (the same input "
        "would take as long again)",
        "retries_exhausted": "route failed 6 times: ValueError('ana@example.ro wrote REG-2026-1')",
        OTHER: "operator: ana@example.ro asked us to hold it",
    }
    for n, (kind, reason) in enumerate(reasons.items()):
        acc = accept(pipeline.db, text_mail(50 + n), Envelope(channel=Channel.CLI), None)
        assert steps.quarantine(pipeline, acc.item_id, reason, actor="router.test"), kind
    garbage = accept(pipeline.db, b"\x00\x01\x02 nothing", Envelope(channel=Channel.FAX), None)
    assert steps.parse(pipeline, garbage.item_id)
    assert steps.route(pipeline, garbage.item_id) == "quarantine"
    assert steps.deliver(pipeline, garbage.item_id, "quarantine")

    text = metrics_text(pipeline.db)
    assert by_label(text, "registratura_quarantined_total", "reason") == {
        "time_limit": 1,
        "retries_exhausted": 1,
        OTHER: 1,
        "unreadable": 1,
    }
    assert "ana@example.ro" not in text and "REG-" not in text
    assert sample(text, "registratura_received_total", channel="fax") == 1


def test_histograms_are_cumulative_per_queue(pipeline: Pipeline) -> None:
    """First responses after 30 s, 10 min, 3 h and 2 days land in their buckets, cumulated."""
    offsets = [timedelta(seconds=30), timedelta(minutes=10), timedelta(hours=3), timedelta(days=2)]
    for n, offset in enumerate(offsets):
        item_id, number = _routed(pipeline, 10 + n)
        with pipeline.db.read() as conn:
            received = conn.execute(
                select(ITEMS.c.received_at).where(ITEMS.c.id == item_id)
            ).scalar_one()
        record_clock(pipeline.db, number, "responded", received + offset, "test")
    _routed(pipeline, 20)  # no response yet: not in the histogram, waiting
    text = metrics_text(pipeline.db)

    def bucket(le: str) -> float:
        return sample(text, "registratura_first_response_seconds_bucket", queue="support", le=le)

    assert [bucket(le) for le in ("60.0", "900.0", "14400.0", "172800.0", "+Inf")] == [
        1,
        2,
        3,
        4,
        4,
    ]
    assert bucket("3600.0") == 2 and bucket("86400.0") == 3
    total = 30 + 600 + 3 * 3600 + 2 * 86400
    assert sample(
        text, "registratura_first_response_seconds_sum", queue="support"
    ) == pytest.approx(total, abs=0.01)
    assert sample(text, "registratura_first_response_seconds_count", queue="support") == 4
    assert sample(text, "registratura_waiting", queue="support") == 1
    assert sample(text, "registratura_route_latency_seconds_count", queue="support") == 5
    routed = by_label(text, "registratura_routed_total", "verdict")
    assert routed == {"not_required": 5}


def test_a_scrape_is_the_same_few_queries_whatever_the_number_of_items(
    pipeline: Pipeline,
) -> None:
    """Aggregates only: ten times the items, the same statements and the same exposition size."""
    statements: list[str] = []

    @event.listens_for(pipeline.db.engine, "before_cursor_execute")
    def count(_c: object, _cur: object, statement: str, *_: object) -> None:
        statements.append(statement)

    sizes, counts = [], []
    for first, last in ((0, 3), (3, 30)):
        for n in range(first, last):
            _routed(pipeline, 200 + n)
        statements.clear()
        text = metrics_text(pipeline.db)
        counts.append(len(statements))
        sizes.append(
            len([s for s in samples(text) if s.name != "registratura_metrics_query_seconds"])
        )
    assert counts[0] == counts[1] and counts[0] <= 12
    assert sizes[0] == sizes[1]
