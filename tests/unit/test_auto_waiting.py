"""Waiting on the requester pauses the clock by itself: an incomplete official request answered.

A response (Sent folder, journal, `registratura respond`) to a request of queue
law_enforcement whose signature verdict is `incomplete` records a `waiting`
event at the response's instant, once, in the same transaction; not for a
verified request, a suspicious one, a support item, a closed or already
waiting request. The report then subtracts the pause.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from ingest import Accepted, Channel, Envelope, accept
from registratura.clock_cmd import compute_report
from router.answers import JOURNAL, SENT_FOLDER, record_answer
from router.policy import load_policy
from router.responses import AUTO_WAITING, ClockRefused, record_clock, record_clock_in
from storage import Database, State
from storage.clock_events import CLOCK
from storage.items import ITEMS

OWN = ("okazii.ro",)
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a request's receipt (a Monday)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'w.db'}")
    database.migrate()
    yield database
    database.dispose()


def request(db: Database, n: int, queue: str, verdict: str | None) -> Accepted:
    """A routed request of `queue` with this signature verdict (what the route step stores)."""
    raw = f"From: politie{n}@politiaromana.ro\r\nMessage-ID: <req-{n}@politiaromana.ro>\r\nSubject: adresa {n}\r\n\r\nq\r\n"
    item = accept(db, raw.encode(), Envelope(channel=Channel.SMTP, received_at=T0), None)
    with db.begin() as conn:
        conn.execute(
            update(ITEMS)
            .where(ITEMS.c.id == item.item_id)
            .values(
                state=State.ROUTED.value,
                queue=queue,
                category=queue if queue != "support" else "support",
                decision={"signatures": {"verdict": verdict} if verdict else None},
            )
        )
    return item


def answer(item: Accepted, at: datetime, message_id: str = "<ans-1@okazii.ro>") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Registratura Okazii <registratura@okazii.ro>"
    msg["To"] = "politie@politiaromana.ro"
    msg["Subject"] = f"Re: [{item.registration_number}] adresa"
    msg["Date"] = format_datetime(at)
    msg["Message-ID"] = message_id
    msg.set_content("Buna ziua,\n\nVa rugam sa ne trimiteti adresa semnata.\n")
    return bytes(msg)


def seen(db: Database, raw: bytes, source: str = SENT_FOLDER) -> Any:
    return record_answer(
        db, raw, source=source, seen_at=T0 + timedelta(hours=6), own=OWN, origin={}
    )


def clock(db: Database, item: Accepted) -> list[Any]:
    with db.read() as conn:
        return list(
            conn.execute(
                select(CLOCK.c.kind, CLOCK.c.at, CLOCK.c.source)
                .where(CLOCK.c.item_id == item.item_id)
                .order_by(CLOCK.c.id)
            )
        )


def test_a_detected_answer_to_an_incomplete_official_request_pauses_its_clock_once(
    db: Database,
) -> None:
    le = request(db, 1, "law_enforcement", "incomplete")
    raw = answer(le, T0 + timedelta(hours=2))
    out = seen(db, raw)
    assert out.recorded == [le.registration_number]
    assert out.outcome["answered"][0]["waiting"] == AUTO_WAITING
    events = clock(db, le)
    assert [(e.kind, e.at, e.source) for e in events] == [
        ("responded", T0 + timedelta(hours=2), SENT_FOLDER),
        ("waiting", T0 + timedelta(hours=2), AUTO_WAITING),
    ]
    # The same answer again, from the Sent folder and from the journal: nothing more.
    assert seen(db, raw).recorded == []
    assert seen(db, b"Received: from mx\r\n" + raw, source=JOURNAL).recorded == []
    assert [e.kind for e in clock(db, le)] == ["responded", "waiting"]
    # Waiting now: `resume` is accepted (it would be refused on a clock not waiting).
    done = record_clock(db, le.registration_number, "resumed", T0 + timedelta(hours=20), "cli:ana")
    assert not done.timeline.waiting


@pytest.mark.parametrize(
    ("queue", "verdict"),
    [
        ("law_enforcement", "verified"),
        ("law_enforcement", "suspicious"),
        ("law_enforcement", None),
        ("support", "not_required"),
        ("support", "incomplete"),
    ],
)
def test_no_pause_for_other_requests(db: Database, queue: str, verdict: str | None) -> None:
    item = request(db, 2, queue, verdict)
    out = seen(db, answer(item, T0 + timedelta(hours=2)))
    assert out.recorded == [item.registration_number]
    assert "waiting" not in out.outcome["answered"][0]
    assert [e.kind for e in clock(db, item)] == ["responded"]
    with pytest.raises(ClockRefused, match="not waiting"):
        record_clock(db, item.registration_number, "resumed", T0 + timedelta(hours=3), "cli:ana")


def test_respond_by_hand_pauses_too_and_the_same_instant_twice_once(db: Database) -> None:
    le = request(db, 3, "law_enforcement", "incomplete")
    at = T0 + timedelta(hours=1)
    first = record_clock(db, le.registration_number, "responded", at, "cli:ana")
    assert first.auto_waiting and first.timeline.waiting
    again = record_clock(db, le.registration_number, "responded", at, "cli:ana")
    assert not again.auto_waiting
    assert [e.kind for e in clock(db, le)] == ["responded", "waiting", "responded"]
    # In the caller's transaction: rolled back with it, the pause goes too.
    other = request(db, 4, "law_enforcement", "incomplete")
    with pytest.raises(RuntimeError), db.begin() as conn:
        done = record_clock_in(conn, other.registration_number, "responded", at, "journal")
        assert done.auto_waiting
        raise RuntimeError("the caller's commit fails")
    assert clock(db, other) == []


def test_no_pause_when_already_waiting_or_closed_or_an_earlier_answer(db: Database) -> None:
    held = request(db, 5, "law_enforcement", "incomplete")
    record_clock(db, held.registration_number, "waiting", T0 + timedelta(hours=3), "cli:ana")
    # An answer dated before the hold: the request is still waiting after it.
    assert not record_clock(
        db, held.registration_number, "responded", T0 + timedelta(hours=2), "cli:ana"
    ).auto_waiting
    assert [e.kind for e in clock(db, held)] == ["waiting", "responded"]

    closed = request(db, 6, "law_enforcement", "incomplete")
    record_clock(db, closed.registration_number, "closed", T0 + timedelta(hours=1), "cli:ana")
    record_clock(db, closed.registration_number, "responded", T0 + timedelta(hours=2), "cli:ana")
    assert [e.kind for e in clock(db, closed)] == ["closed", "responded"]

    # A response found late, dated before a later one: the later one stands, no pause.
    late = request(db, 7, "law_enforcement", "incomplete")
    record_clock(db, late.registration_number, "responded", T0 + timedelta(hours=4), "cli:ana")
    record_clock(db, late.registration_number, "resumed", T0 + timedelta(hours=5), "cli:ana")
    earlier = record_clock(
        db, late.registration_number, "responded", T0 + timedelta(hours=2), "cli:ana"
    )
    assert not earlier.auto_waiting
    assert [e.kind for e in clock(db, late)] == ["responded", "waiting", "resumed", "responded"]


def test_the_report_subtracts_the_pause(db: Database) -> None:
    """Answered at 2 h (paused), resumed at 26 h, closed at 30 h: closing 6 h, first response 2 h;
    a verified request with the same answer and closing: 30 h."""
    incomplete = request(db, 8, "law_enforcement", "incomplete")
    verified = request(db, 9, "law_enforcement", "verified")
    for item, mid in ((incomplete, "<a-8@okazii.ro>"), (verified, "<a-9@okazii.ro>")):
        assert seen(db, answer(item, T0 + timedelta(hours=2), mid)).recorded
    record_clock(db, incomplete.registration_number, "resumed", T0 + timedelta(hours=26), "cli:ana")
    for item in (incomplete, verified):
        record_clock(db, item.registration_number, "closed", T0 + timedelta(hours=30), "cli:ana")

    def hours(target: str) -> float | None:
        _, figures = compute_report(
            db, load_policy(), T0 - timedelta(days=1), None, T0 + timedelta(days=3)
        )
        (queue,) = [q for q in figures if q.queue == "law_enforcement"]
        return next(t for t in queue.targets if t.target == target).calendar_hours.mean

    # Both requests in one queue: the mean of 6 h and 30 h is 18 h (30 h without the pause).
    assert hours("closing") == pytest.approx(18.0)
    assert hours("first_response") == pytest.approx(2.0)
    # And the incomplete one alone, once the verified one is out of the window.
    with db.begin() as conn:
        conn.execute(
            update(ITEMS)
            .where(ITEMS.c.id == verified.item_id)
            .values(received_at=T0 - timedelta(days=5))
        )
    assert hours("closing") == pytest.approx(6.0)
    assert hours("first_response") == pytest.approx(2.0)
