"""Retention on real SQLite and PostgreSQL: what a purge removes, what it keeps, and what it never breaks.

Requests go through the pipeline's own steps (accept, parse, route, deliver),
received two years ago, with their clock events written as history; then
`storage.retention.run` purges what is past its period. Held, open and
unfinished requests stay whole; the response-time report computes the same
figures after the purge; the audit chain verifies after it and still catches
an edited event; a dry run changes nothing; a second run purges nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

import pytest
from sqlalchemy import select, update

from ingest import Channel, Envelope, accept
from registratura.clock_cmd import compute_report
from router import steps
from router.policy import load_policy
from router.steps import Pipeline
from storage import Database, State
from storage.audit import seal, verify
from storage.case_models import CaseKey
from storage.clock_events import record
from storage.items import EVENTS, ITEMS, ORIGINALS
from storage.outbox_models import OutboxRow
from storage.retention import (
    CASE,
    HELD,
    OPEN,
    Cutoffs,
    Schedule,
    place_hold,
    release_hold,
    run,
)
from storage.retention_models import Purge
from tests.helpers import text_mail

pytestmark = pytest.mark.integration

NOW = datetime.now(UTC)
LONG_AGO = NOW - timedelta(days=730)
H = timedelta(hours=1)


@pytest.fixture
def pipeline(database_url: str) -> Iterator[Pipeline]:
    db = Database(database_url)
    db.migrate()
    yield Pipeline(db=db, policy=load_policy())
    db.dispose()


def _route(
    p: Pipeline, raw: bytes, received: datetime, events: list[tuple[str, float]]
) -> tuple[int, str]:
    acc = accept(p.db, raw, Envelope(channel=Channel.SMTP, received_at=received), None)
    assert steps.parse(p, acc.item_id)
    queue = steps.route(p, acc.item_id)
    assert queue and steps.deliver(p, acc.item_id, queue)
    with p.db.begin() as conn:
        for kind, hours in events:
            record(conn, acc.item_id, kind, received + hours * H, "test")
    return acc.item_id, acc.registration_number


def _reply(n: int, to_n: int) -> bytes:
    """A second mail of the sender of `text_mail(to_n)`, in reply to it: the same case."""
    msg = EmailMessage()
    msg["From"] = f"client{to_n}@example.ro"
    msg["To"] = "support@okazii.ro"
    msg["Subject"] = f"Re: Intrebare despre contul meu #{to_n}"
    msg["Message-ID"] = f"<reply-{n}@example.ro>"
    msg["In-Reply-To"] = f"<test-{to_n}@example.ro>"
    msg["References"] = f"<test-{to_n}@example.ro>"
    msg.set_content(f"Revin cu o intrebare despre telefonul din cont (mesajul {n}).\n")
    return bytes(msg)


def _cutoffs(days: int = 365) -> Cutoffs:
    return Cutoffs(now=NOW, schedule=Schedule(days=days))


def _purge(p: Pipeline, *, dry_run: bool = False, batch: int = 500, days: int = 365) -> Any:
    purged, kept, looked = [], [], 0
    for plan, _done in run(p.db, _cutoffs(days), by="test", dry_run=dry_run, batch=batch):
        purged += [c.registration_number for c in plan.purge]
        kept += [(c.registration_number, why) for c, why in plan.kept]
        looked += plan.looked
    return purged, dict(kept), looked


def _snapshot(db: Database) -> dict[str, Any]:
    """Every row a purge may touch, as data (to compare before and after a dry run)."""
    with db.read() as conn:
        return {
            "items": [tuple(r) for r in conn.execute(select(ITEMS).order_by(ITEMS.c.id))],
            "originals": sorted(tuple(r) for r in conn.execute(select(ORIGINALS))),
            "events": [tuple(r) for r in conn.execute(select(EVENTS).order_by(EVENTS.c.id))],
            "keys": sorted(
                (r.item_id, r.kind, r.value) for r in conn.execute(select(CaseKey.__table__))
            ),
            "outbox": sorted(tuple(r) for r in conn.execute(select(OutboxRow.__table__))),
            "purges": [tuple(r) for r in conn.execute(select(Purge.__table__))],
        }


@pytest.fixture
def history(pipeline: Pipeline) -> dict[str, tuple[int, str]]:
    """Old requests of every kind a purge must tell apart."""
    p = pipeline
    out = {
        "closed": _route(p, text_mail(1), LONG_AGO, [("responded", 3), ("closed", 30)]),
        "answered": _route(p, text_mail(2), LONG_AGO, [("responded", 5)]),
        "open": _route(p, text_mail(3), LONG_AGO, [("acknowledged", 0.1)]),
        "held": _route(p, text_mail(4), LONG_AGO, [("responded", 2), ("closed", 4)]),
        "recent_activity": _route(p, text_mail(5), LONG_AGO, [("closed", 2), ("responded", 9000)]),
        "young": _route(p, text_mail(6), NOW - timedelta(days=30), [("closed", 1)]),
        # Its case has a later letter still open: the whole case stays.
        "case_first": _route(p, text_mail(7), LONG_AGO, [("responded", 1), ("closed", 2)]),
    }
    out["case_second"] = _route(p, _reply(70, 7), LONG_AGO + 48 * H, [])
    with p.db.begin() as conn:
        place_hold(conn, out["held"][1], "Parchet: dosar 123/P/2026, ordin de conservare", "test")
    return out


def _item(db: Database, item_id: int) -> Any:
    with db.read() as conn:
        return conn.execute(select(ITEMS).where(ITEMS.c.id == item_id)).one()


def test_purge_removes_what_is_past_the_policy_and_keeps_the_rest(
    pipeline: Pipeline, history: dict[str, tuple[int, str]]
) -> None:
    """Closed and answered requests go; held, open, active and young ones stay, whole."""
    db = pipeline.db
    number = {k: v[1] for k, v in history.items()}
    with db.read() as conn:
        case_ids = {
            r.item_id: r.case_id for r in conn.execute(select(CaseKey.__table__)) if r.item_id
        }
    assert case_ids[history["case_first"][0]] == case_ids[history["case_second"][0]]
    before_held = _item(db, history["held"][0])

    purged, kept, _ = _purge(pipeline)

    assert sorted(purged) == sorted([number["closed"], number["answered"]])
    assert kept == {
        number["open"]: OPEN,
        number["held"]: HELD,
        number["case_first"]: CASE,
        number["case_second"]: OPEN,
    }
    # The held request is untouched, byte for byte.
    assert tuple(_item(db, history["held"][0])) == tuple(before_held)

    closed = _item(db, history["closed"][0])
    # Kept: what the report, the metrics and export filters read.
    assert closed.registration_number == number["closed"]
    assert (closed.state, closed.queue, closed.category) == ("routed", "support", "support")
    assert closed.received_at == LONG_AGO and closed.due_at is not None
    assert closed.decision["policy_digest"] == pipeline.policy.digest
    assert closed.decision["signatures"]["checks"] == []
    # Gone: the bytes, the sender, the text, the fields.
    assert closed.filename is None and closed.envelope == {} and closed.error is None
    assert closed.parsed["understanding"]["fields"] == {}
    assert closed.parsed["document"]["headers"] is None
    with db.read() as conn:
        data, size = conn.execute(
            select(ORIGINALS.c.data, ORIGINALS.c.size).where(ORIGINALS.c.sha256 == closed.sha256)
        ).one()
        assert bytes(data) == b"" and size == len(text_mail(1))
        keys = conn.execute(
            select(CaseKey.kind).where(CaseKey.item_id == history["closed"][0])
        ).scalars()
        assert set(keys) == {"registration"}
        outbox = conn.execute(
            select(OutboxRow.message, OutboxRow.rcpt_to, OutboxRow.status).where(
                OutboxRow.item_id == history["closed"][0]
            )
        ).all()
        # The acknowledgement was never sent (no relay in the tests): it never will be.
        assert [(bytes(r.message), r.rcpt_to, r.status) for r in outbox] == [(b"", "", "failed")]
        last = conn.execute(
            select(EVENTS)
            .where(EVENTS.c.item_id == history["closed"][0])
            .order_by(EVENTS.c.id.desc())
            .limit(1)
        ).one()
    assert last.actor == "test" and last.detail["retention"] == "purged"
    assert last.detail["sha256"] == closed.sha256 and last.from_state == last.to_state == "routed"
    assert "client1@example.ro" not in repr(tuple(closed))

    # Idempotent: nothing more to do; then a released hold lets its case go.
    assert _purge(pipeline)[0] == []
    with db.begin() as conn:
        release_hold(conn, number["held"], "order lifted", "test")
    assert _purge(pipeline)[0] == [number["held"]]


def test_report_computes_the_same_after_a_purge(
    pipeline: Pipeline, history: dict[str, tuple[int, str]]
) -> None:
    """The response-time figures read nothing a purge removes."""
    since = LONG_AGO - 24 * H
    requests, figures = compute_report(pipeline.db, pipeline.policy, since, None, NOW)
    purged, _, _ = _purge(pipeline)
    assert purged
    again, after = compute_report(pipeline.db, pipeline.policy, since, None, NOW)
    assert [asdict(f) for f in after] == [asdict(f) for f in figures]
    assert [r.registration_number for r in again] == [r.registration_number for r in requests]


def test_audit_chain_verifies_after_a_purge_and_still_catches_tampering(
    pipeline: Pipeline, history: dict[str, tuple[int, str]]
) -> None:
    """Events stay as they were (sealed ones included); the purge's own are sealed after."""
    db = pipeline.db
    with db.begin() as conn:
        assert seal(conn, margin=timedelta(0)) is not None
    assert _purge(pipeline)[0]
    with db.begin() as conn:
        assert seal(conn, margin=timedelta(0)) is not None
    with db.read() as conn:
        result = verify(conn)
    assert result.ok and result.seals == 2 and result.unsealed == 0
    with db.begin() as conn:
        purge_event = conn.execute(
            select(EVENTS.c.id).where(EVENTS.c.actor == "test").order_by(EVENTS.c.id.desc())
        ).first()
        assert purge_event is not None
        # Someone hides that a request was purged (or when): the chain says so.
        conn.execute(update(EVENTS).where(EVENTS.c.id == purge_event.id).values(actor="nobody"))
    with db.read() as conn:
        tampered = verify(conn)
    assert not tampered.ok and "edited" in (tampered.problem or "")


def test_dry_run_changes_nothing(pipeline: Pipeline, history: dict[str, tuple[int, str]]) -> None:
    """A dry run names what would go, and the database is as it was, row for row."""
    before = _snapshot(pipeline.db)
    would, kept, _ = _purge(pipeline, dry_run=True)
    assert len(would) == 2 and kept
    assert _snapshot(pipeline.db) == before
    assert sorted(_purge(pipeline)[0]) == sorted(would)


def test_batches_cover_every_item_once(pipeline: Pipeline) -> None:
    """Many items, small batches: each purged once, in id order, nothing skipped."""
    p = pipeline
    numbers = []
    for n in range(40):
        item_id, number = _route(p, text_mail(100 + n), LONG_AGO, [("closed", 1)])
        numbers.append(number)
    _route(p, text_mail(999), LONG_AGO, [])  # open: never purged, never in the way
    purged, kept, looked = _purge(p, batch=7)
    assert purged == numbers and len(kept) == 1 and looked == 41
    assert _purge(p, batch=7) == ([], kept, 1)
    with p.db.read() as conn:
        assert conn.execute(select(Purge.item_id)).scalars().all()
        digests = {hashlib.sha256(text_mail(100 + n)).hexdigest() for n in range(40)}
        emptied = conn.execute(
            select(ORIGINALS.c.sha256).where(ORIGINALS.c.sha256.in_(digests))
        ).scalars()
        assert set(emptied) == digests


def test_a_policy_period_longer_than_asked_wins(
    pipeline: Pipeline, history: dict[str, tuple[int, str]]
) -> None:
    """`--older-than 365d` with the policy keeping support for 1000 days purges nothing."""
    cutoffs = Cutoffs(
        now=NOW,
        schedule=Schedule(queues={"support": 1000}),
        asked=NOW - timedelta(days=365),
        asked_rule="--older-than 365d",
    )
    plans = list(run(pipeline.db, cutoffs, by="test"))
    assert plans and all(not plan.purge for plan, _ in plans)
    # Where the policy names no period, the command line's applies.
    cutoffs = Cutoffs(
        now=NOW, schedule=Schedule(queues={"complaint": 1000}), asked=NOW - 365 * 24 * H
    )
    assert sum(len(plan.purge) for plan, _ in run(pipeline.db, cutoffs, by="test")) == 2


def test_a_hold_after_a_purge_is_refused_and_holds_keep_their_history(
    pipeline: Pipeline, history: dict[str, tuple[int, str]]
) -> None:
    from storage.retention import RetentionError, describe, holds

    db = pipeline.db
    _purge(pipeline)
    with pytest.raises(RetentionError, match="already purged"), db.begin() as conn:
        place_hold(conn, history["closed"][1], "too late", "test")
    with pytest.raises(RetentionError, match="not under a legal hold"), db.begin() as conn:
        release_hold(conn, history["open"][1], "nothing", "test")
    with db.begin() as conn:
        release_hold(conn, history["held"][1], "order lifted", "legal:ana")
    with db.read() as conn:
        assert holds(conn) == []
        (h,) = holds(conn, active_only=False)
        assert h.released_by == "legal:ana" and h.release_reason == "order lifted"
        said = describe(conn, history["closed"][0])
        assert said["purged"] and said["purged"]["rule"] == "retention.days = 365 days"
        assert describe(conn, history["held"][0])["legal_holds"][0]["placed_by"] == "test"


def test_a_quarantined_item_past_its_period_is_purged(pipeline: Pipeline) -> None:
    """Quarantined items have no clock: final, never open, purged when old enough."""
    p = pipeline
    acc = accept(
        p.db, b"\x00\x01 not a mail", Envelope(channel=Channel.CLI, received_at=LONG_AGO), None
    )
    assert steps.quarantine(p, acc.item_id, "unreadable input: test", actor="test")
    with p.db.begin() as conn:
        # quarantine() writes `now` as the state change; the item itself is old.
        conn.execute(update(ITEMS).where(ITEMS.c.id == acc.item_id).values(received_at=LONG_AGO))
    purged, kept, _ = _purge(p)
    assert purged == [acc.registration_number] and not kept
    assert _item(p.db, acc.item_id).error is None


def test_unfinished_items_are_never_looked_at(pipeline: Pipeline) -> None:
    p = pipeline
    acc = accept(p.db, text_mail(500), Envelope(channel=Channel.SMTP, received_at=LONG_AGO), None)
    assert _purge(p) == ([], {}, 0)
    assert _item(p.db, acc.item_id).state == State.RECEIVED.value
