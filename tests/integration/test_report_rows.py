"""The report's rows computed in SQL give the same timelines and figures as folding every event.

On real SQLite and PostgreSQL: requests routed by the pipeline's own steps,
then clock events of every shape written as stored history may hold them
(through the plain writer, so nothing is refused): acknowledgements and
several responses, a response dated before the receipt, pauses, a closing
reopened and closed again, two closings, an unknown kind, a request outside
the window.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from ingest import Channel, Envelope, accept
from registratura.clock_cmd import compute_report, load_requests
from router import steps
from router.policy import load_policy
from router.report import Request, report
from router.steps import Pipeline
from router.timeline import ClockEvent, timeline
from storage import Database
from storage.clock_events import record, requests_since
from tests.helpers import text_mail

START = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)  # a Monday
H = timedelta(hours=1)

# Per request: hours after START it was received, then (kind, hours after its receipt).
SHAPES: dict[str, tuple[float, list[tuple[str, float]]]] = {
    "simple": (0, [("acknowledged", 0.1), ("responded", 3), ("responded", 9), ("closed", 30)]),
    "before_receipt": (1, [("responded", -2), ("acknowledged", 0.5), ("responded", 14)]),
    "paused": (2, [("waiting", 1), ("resumed", 4), ("responded", 6), ("closed", 50)]),
    "still_waiting": (3, [("acknowledged", 0.2), ("waiting", 2)]),
    "reopened": (4, [("responded", 2), ("closed", 5), ("reopened", 20), ("closed", 70)]),
    "reopened_open": (5, [("responded", 2), ("closed", 5), ("reopened", 20)]),
    "closed_twice": (6, [("responded", 1), ("closed", 8), ("closed", 12)]),
    "unknown_kind": (7, [("escalated", 1), ("responded", 30)]),
    "nothing": (8, []),
    "outside_window": (-24 * 20, [("responded", 1), ("closed", 2)]),
}


@pytest.fixture
def pipeline(database_url: str) -> Iterator[Pipeline]:
    db = Database(database_url)
    db.migrate()
    yield Pipeline(db=db, policy=load_policy())
    db.dispose()


def _populate(p: Pipeline) -> dict[str, str]:
    """Route one support mail per shape, received when it says, and write its events."""
    numbers: dict[str, str] = {}
    for n, (name, (offset, events)) in enumerate(SHAPES.items()):
        received = START + offset * H
        envelope = Envelope(channel=Channel.SMTP, received_at=received)
        acc = accept(p.db, text_mail(900 + n), envelope, None)
        assert steps.parse(p, acc.item_id)
        queue = steps.route(p, acc.item_id)
        assert queue == "support" and steps.deliver(p, acc.item_id, queue)
        with p.db.begin() as conn:
            for kind, hours in events:
                record(conn, acc.item_id, kind, received + hours * H, "test")
        numbers[name] = acc.registration_number
    return numbers


def _legacy(p: Pipeline, since: datetime) -> list[Request]:
    with p.db.read() as conn:
        rows = requests_since(conn, since)
    return [
        Request(
            r.registration_number,
            r.queue,
            r.received_at,
            tuple(ClockEvent(e.kind, e.at) for e in r.events),
        )
        for r in rows
    ]


@pytest.mark.integration
def test_summary_rows_fold_as_the_events_do(pipeline: Pipeline) -> None:
    """Every request's timeline and every figure match the fold of all its events."""
    numbers = _populate(pipeline)
    since = START - 24 * H
    statements: list[str] = []

    @event.listens_for(pipeline.db.engine, "before_cursor_execute")
    def count(_c: object, _cur: object, statement: str, *_: object) -> None:
        statements.append(statement)

    with pipeline.db.read() as conn:
        new = load_requests(conn, since)
    event.remove(pipeline.db.engine, "before_cursor_execute", count)
    # Two queries whatever the number of requests (the read transaction adds none of its own
    # on PostgreSQL; SQLite's BEGIN is a statement too).
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 2

    old = _legacy(pipeline, since)
    assert [r.registration_number for r in new] == [r.registration_number for r in old]
    assert numbers["outside_window"] not in {r.registration_number for r in new}
    by_number = {r.registration_number: r for r in new}
    for r in old:
        got, want = by_number[r.registration_number].timeline(), timeline(r.received_at, r.events)
        assert (got.received_at, got.acknowledged_at, got.first_response_at) == (
            want.received_at,
            want.acknowledged_at,
            want.first_response_at,
        ), r.registration_number
        assert (got.closed_at, got.pauses, got.waiting, got.open) == (
            want.closed_at,
            want.pauses,
            want.waiting,
            want.open,
        ), r.registration_number

    # Only the requests whose clock is not simple carry their events to Python.
    folded = {n for n, r in by_number.items() if r.folded is not None}
    simple = {"simple", "before_receipt", "closed_twice", "nothing"}
    assert folded == {numbers[name] for name in simple}
    t = by_number[numbers["before_receipt"]].timeline()
    assert t.first_response_at == START + 1 * H + 14 * H  # the one before the receipt ignored
    assert by_number[numbers["closed_twice"]].timeline().closed_at == START + 6 * H + 12 * H

    policy = pipeline.policy
    now = START + 24 * 5 * H
    _, figures = compute_report(pipeline.db, policy, since, None, now)
    assert figures == report(old, policy.sla, policy.calendars, now)
    (support,) = figures
    assert (support.received, support.open, support.waiting) == (9, 5, 1)
    assert compute_report(pipeline.db, policy, since, "complaint", now)[1] == []
