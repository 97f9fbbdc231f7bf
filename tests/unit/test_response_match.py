"""Responses detected from outgoing mail (router/response_match.py, router/answers.py,
ingest/journal.py): what an answer names, what is no answer, when it counts, and once only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from ingest import Accepted, Channel, Envelope, accept
from ingest.journal import JournalDoor
from router.answers import ANSWERS, JOURNAL, KEYS, OUTBOX, SENT_FOLDER, record_answer
from router.response_match import clamp, read_answer, why_no_response
from router.responses import record_clock
from storage import Database
from storage.clock_events import CLOCK
from storage.items import ITEMS

OWN = ("okazii.ro",)
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a request's receipt


def answer(
    *,
    subject: str = "Re: intrebare",
    message_id: str | None = "<ans-1@okazii.ro>",
    date: datetime | None = T0 + timedelta(hours=2),
    to: str = "client1@example.ro",
    sender: str = "Suport Okazii <support@okazii.ro>",
    **headers: str,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if message_id:
        msg["Message-ID"] = message_id
    if date is not None:
        msg["Date"] = format_datetime(date)
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content("Buna ziua,\n\nV-am schimbat numarul de telefon.\n")
    return bytes(msg)


# --------------------------------------------------------------------------- reading headers


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("[REG-2026-000123] Am primit mesajul dumneavoastră", ("REG-2026-000123",)),
        ("Re: Fwd: răspuns la REG-2026-000123", ("REG-2026-000123",)),
        ("RE: reg-2026-000123 (cont)", ("REG-2026-000123",)),
        (
            "Re: [REG-2026-000123] și REG-2026-000124, REG-2026-000123",
            ("REG-2026-000123", "REG-2026-000124"),
        ),
        ("Re: REG-2026-0001234 is no number of ours", ()),
        ("Re: XREG-2026-000123", ()),
        ("Re: intrebare despre cont", ()),
    ],
)
def test_registration_numbers_in_the_subject(subject: str, expected: tuple[str, ...]) -> None:
    assert read_answer(answer(subject=subject)).registrations == expected


def test_an_encoded_subject_is_decoded() -> None:
    raw = answer().replace(
        b"Subject: Re: intrebare", b"Subject: =?utf-8?q?R=C4=83spuns_=5BREG-2026-000123=5D?="
    )
    assert b"=?utf-8?q?" in raw
    facts = read_answer(raw)
    assert facts.registrations == ("REG-2026-000123",) and facts.subject.startswith("Răspuns")


def test_thread_headers_are_normalised_and_references_kept_in_order() -> None:
    facts = read_answer(
        answer(
            In_Reply_To="<Req-1@Example.RO> (the mail you wrote)",
            References="<root@example.ro> <ACK-1@okazii.ro>  <req-1@example.ro>",
        )
    )
    assert facts.in_reply_to == ("req-1@example.ro",)
    assert facts.references == ("root@example.ro", "ack-1@okazii.ro", "req-1@example.ro")
    assert facts.message_id == "<ans-1@okazii.ro>" and facts.key == "ans-1@okazii.ro"
    assert facts.date == T0 + timedelta(hours=2)
    assert facts.recipients == ("client1@example.ro",)


def test_a_date_without_zone_or_unreadable() -> None:
    raw = answer(date=None, Date="Mon, 2 Mar 2026 10:00:00 -0000")
    assert read_answer(raw).date == datetime(2026, 3, 2, 10, tzinfo=UTC)
    assert read_answer(answer(date=None, Date="yesterday, around noon")).date is None


@pytest.mark.parametrize(
    ("headers", "why"),
    [
        ({"Auto_Submitted": "auto-replied"}, "Auto-Submitted: auto-replied"),
        ({"Auto_Submitted": "auto-generated; owner-email=x@okazii.ro"}, "auto-generated"),
        ({"X_Autoreply": "yes"}, "X-Autoreply"),
        ({"Precedence": "bulk"}, "Precedence: bulk"),
    ],
)
def test_automatic_mail_is_never_a_response(headers: dict[str, str], why: str) -> None:
    reason = why_no_response(read_answer(answer(**headers)), OWN)
    assert reason is not None and why in reason


def test_a_person_s_answer_and_auto_submitted_no_are_responses() -> None:
    assert why_no_response(read_answer(answer()), OWN) is None
    assert why_no_response(read_answer(answer(Auto_Submitted="no")), OWN) is None


def test_a_delivery_report_is_no_response() -> None:
    raw = (
        b"From: MAILER-DAEMON@okazii.ro\r\nTo: client1@example.ro\r\nSubject: [REG-2026-000001]\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n--b--\r\n'
    )
    assert "report" in (why_no_response(read_answer(raw), OWN) or "")


def test_mail_only_to_our_own_domains_is_internal() -> None:
    internal = read_answer(answer(to="juridic@okazii.ro, Ana <ana@mail.okazii.ro>"))
    assert "internal" in (why_no_response(internal, OWN) or "")
    mixed = read_answer(answer(to="juridic@okazii.ro", Cc="client1@example.ro"))
    assert why_no_response(mixed, OWN) is None
    # A look-alike domain is not ours.
    assert why_no_response(read_answer(answer(to="x@okazii.ro.example.com")), OWN) is None


def test_clamping() -> None:
    seen = T0 + timedelta(hours=5)

    def at(date: datetime | None, first: datetime | None = None) -> datetime:
        return clamp(date, received_at=T0, seen_at=seen, first_response_at=first).at

    assert at(T0 + timedelta(hours=2)) == T0 + timedelta(hours=2)
    assert at(T0 + timedelta(days=3)) == seen, "a Date in the future is when we saw it"
    assert at(T0 - timedelta(days=1)) == T0, "never before the request arrived"
    assert at(None) == seen
    first = T0 + timedelta(hours=3)
    assert at(T0 + timedelta(hours=1), first) == first, "the first response never moves"
    assert at(T0 + timedelta(hours=4), first) == T0 + timedelta(hours=4)
    assert clamp(T0 - timedelta(days=1), received_at=T0, seen_at=seen, first_response_at=None).note


# --------------------------------------------------------------------------- in the database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'r.db'}")
    database.migrate()
    yield database
    database.dispose()


def request(db: Database, n: int, received: datetime = T0) -> Accepted:
    raw = f"From: client{n}@example.ro\r\nMessage-ID: <req-{n}@example.ro>\r\nSubject: q{n}\r\n\r\nq\r\n"
    return accept(db, raw.encode(), Envelope(channel=Channel.SMTP, received_at=received), None)


def index_message_id(db: Database, item: Accepted, message_id: str) -> None:
    """What the route step's case index (router.cases) holds for a routed request."""
    with db.begin() as conn:
        conn.execute(
            insert(KEYS).values(
                item_id=item.item_id,
                kind="message_id",
                value=message_id.strip("<>").lower(),
                case_id=item.registration_number,
                registration_number=item.registration_number,
                category="support",
                created_at=T0,
            )
        )


def clock(db: Database, item: Accepted) -> list[Any]:
    with db.read() as conn:
        return list(
            conn.execute(
                select(CLOCK.c.kind, CLOCK.c.at, CLOCK.c.source, CLOCK.c.ref)
                .where(CLOCK.c.item_id == item.item_id)
                .order_by(CLOCK.c.id)
            )
        )


def first_response(db: Database, item: Accepted) -> datetime | None:
    with db.read() as conn:
        return conn.execute(
            select(ITEMS.c.first_response_at).where(ITEMS.c.id == item.item_id)
        ).scalar()


def seen(db: Database, raw: bytes, source: str = SENT_FOLDER, at: datetime | None = None) -> Any:
    return record_answer(
        db, raw, source=source, seen_at=at or T0 + timedelta(hours=6), own=OWN, origin={}
    )


def test_an_answer_naming_the_request_in_its_subject_is_its_first_response(db: Database) -> None:
    req = request(db, 1)
    out = seen(db, answer(subject=f"Re: [{req.registration_number}] intrebare"))
    assert out.recorded == [req.registration_number] and not out.duplicate
    (event,) = clock(db, req)
    assert (event.kind, event.source, event.ref) == (
        "responded",
        "sent-folder",
        "<ans-1@okazii.ro>",
    )
    assert event.at == T0 + timedelta(hours=2)
    assert first_response(db, req) == T0 + timedelta(hours=2)


def test_the_same_answer_seen_again_is_recorded_once(db: Database) -> None:
    req = request(db, 1)
    raw = answer(subject=f"Re: {req.registration_number}")
    assert seen(db, raw).recorded == [req.registration_number]
    again = seen(db, raw)  # a re-scan, a new UIDVALIDITY: the same bytes
    assert again.duplicate and again.recorded == [] and again.answered == [req.registration_number]
    # The same Message-ID from the journal (other bytes: the whole message, another
    # Received line) is the same answer too.
    journal = seen(db, b"Received: from mx\r\n" + raw, source=JOURNAL)
    assert not journal.duplicate and journal.recorded == []
    assert [e.kind for e in clock(db, req)] == ["responded"]
    with db.read() as conn:
        assert conn.execute(select(ANSWERS.c.source).order_by(ANSWERS.c.id)).scalars().all() == [
            "sent-folder",
            "journal",
        ]


def test_a_response_recorded_by_hand_with_the_same_message_id_is_not_recorded_again(
    db: Database,
) -> None:
    req = request(db, 1)
    record_clock(
        db,
        req.registration_number,
        "responded",
        T0 + timedelta(hours=1),
        "cli:ana",
        "<ANS-1@okazii.ro>",
    )
    assert seen(db, answer(subject=f"Re: {req.registration_number}")).recorded == []
    assert len(clock(db, req)) == 1


def test_later_answers_add_responses_and_the_first_never_moves(db: Database) -> None:
    req = request(db, 1)
    reg = req.registration_number
    seen(db, answer(subject=f"Re: {reg}", date=T0 + timedelta(hours=2)))
    seen(
        db,
        answer(subject=f"Re: {reg}", message_id="<ans-2@okazii.ro>", date=T0 + timedelta(hours=4)),
    )
    # Seen last but dated first (a client with a wrong clock, a late journal copy):
    # recorded as a later response at the first response's instant.
    late = seen(
        db,
        answer(subject=f"Re: {reg}", message_id="<ans-3@okazii.ro>", date=T0 + timedelta(hours=1)),
    )
    assert late.recorded == [reg] and "never moves" in late.outcome["answered"][0]["clamped"]
    assert [e.at for e in clock(db, req)] == [T0 + timedelta(hours=h) for h in (2, 4, 2)]
    assert first_response(db, req) == T0 + timedelta(hours=2)


def test_dates_out_of_bounds_are_clamped(db: Database) -> None:
    req = request(db, 1)
    seen_at = T0 + timedelta(hours=6)
    seen(
        db,
        answer(subject=f"Re: {req.registration_number}", date=T0 + timedelta(days=30)),
        at=seen_at,
    )
    assert first_response(db, req) == seen_at
    other = request(db, 2)
    seen(
        db,
        answer(
            subject=f"Re: {other.registration_number}",
            message_id="<b@okazii.ro>",
            date=T0 - timedelta(days=2),
        ),
    )
    assert first_response(db, other) == T0


def test_unknown_registration_numbers_answer_nothing(db: Database) -> None:
    req = request(db, 1)
    out = seen(db, answer(subject="Re: [REG-2019-999999] vechi"))
    assert out.answered == [] and out.outcome["unmatched"] == ["REG-2019-999999"]
    assert "REG-2019-999999 unknown" in out.summary()
    assert clock(db, req) == []


def test_in_reply_to_the_request_s_own_mail(db: Database) -> None:
    req = request(db, 1)
    index_message_id(db, req, "<req-1@example.ro>")
    out = seen(db, answer(In_Reply_To="<REQ-1@example.ro>"))
    assert out.recorded == [req.registration_number]
    assert out.outcome["answered"][0]["via"] == "in-reply-to"


def test_references_the_newest_known_id_wins(db: Database) -> None:
    old, new = request(db, 1), request(db, 2)
    index_message_id(db, old, "<req-1@example.ro>")
    index_message_id(db, new, "<req-2@example.ro>")
    raw = answer(References="<req-1@example.ro> <req-2@example.ro> <unknown@example.ro>")
    out = seen(db, raw)
    assert out.recorded == [new.registration_number]
    assert out.outcome["answered"][0]["via"] == "references"
    assert clock(db, old) == []


def outbox_row(db: Database, item: Accepted, message_id: str) -> None:
    with db.begin() as conn:
        conn.execute(
            insert(OUTBOX).values(
                kind="acknowledgement",
                dedupe_key=item.registration_number,
                item_id=item.item_id,
                registration_number=item.registration_number,
                status="sent",
                mail_from="",
                rcpt_to="client1@example.ro",
                message_id=message_id,
                message=b"",
                created_at=T0,
                attempts=1,
                next_attempt_at=T0,
            )
        )


def test_a_reply_under_our_acknowledgement_and_under_an_earlier_answer(db: Database) -> None:
    req = request(db, 1)
    outbox_row(db, req, "<ack-1@okazii.ro>")
    first = seen(db, answer(In_Reply_To="<ack-1@okazii.ro>"))
    assert first.recorded == [req.registration_number]
    # A second answer in the thread, replying to our first answer.
    second = seen(
        db,
        answer(
            message_id="<ans-2@okazii.ro>",
            In_Reply_To="<ans-1@okazii.ro>",
            date=T0 + timedelta(hours=3),
        ),
    )
    assert second.recorded == [req.registration_number]
    assert len(clock(db, req)) == 2


def test_our_acknowledgement_is_never_a_response(db: Database) -> None:
    req = request(db, 1)
    outbox_row(db, req, "<ack-1@okazii.ro>")
    # Even were its Auto-Submitted header lost on the way: its Message-ID is ours.
    ack = answer(subject=f"[{req.registration_number}] Am primit", message_id="<ack-1@okazii.ro>")
    out = seen(db, ack)
    assert "our acknowledgement" in out.outcome["ignored"] and out.answered == []
    auto = answer(
        subject=f"[{req.registration_number}] Am primit",
        message_id="<ack-x@okazii.ro>",
        Auto_Submitted="auto-replied",
    )
    assert "Auto-Submitted" in seen(db, auto).outcome["ignored"]
    assert clock(db, req) == []


# --------------------------------------------------------------------------- the journal door


class Ordinary:
    """The rest of the door: counts what would have become items."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.stored: list[bytes] = []

    def __call__(self, batch: Any) -> list[Accepted]:
        self.stored += [raw for raw, _ in batch]
        return [accept(self.db, raw, env, None) for raw, env in batch]


def journal_door(db: Database, **overrides: Any) -> tuple[JournalDoor, Ordinary]:
    ordinary = Ordinary(db)
    options: dict[str, Any] = {
        "addresses": ["journal@okazii.ro"],
        "networks": ["10.1.2.0/24"],
        "auth_users": ["mta"],
        "own_domains": lambda: OWN,
    }
    options.update(overrides)
    return JournalDoor(db, ordinary, **options), ordinary


def env(
    ip: str = "10.1.2.3", rcpt: tuple[str, ...] = ("journal@okazii.ro",), **kw: Any
) -> Envelope:
    return Envelope(
        channel=Channel.SMTP, client_ip=ip, rcpt_to=rcpt, received_at=T0 + timedelta(hours=6), **kw
    )


def test_a_journal_copy_from_a_journal_client_is_an_answer_and_no_item(db: Database) -> None:
    req = request(db, 1)
    door, ordinary = journal_door(db)
    result = door.accept(answer(subject=f"Re: {req.registration_number}"), env())
    assert result.registration_number.startswith("journal copy ")
    assert ordinary.stored == []
    (event,) = clock(db, req)
    assert event.source == "journal"
    with db.read() as conn:
        assert conn.execute(select(ITEMS.c.id)).scalars().all() == [req.item_id]
    # Authenticated as a journal user, from anywhere: believed too.
    door.accept(
        answer(subject=f"Re: {req.registration_number}", message_id="<a2@okazii.ro>"),
        env(ip="203.0.113.9", auth_user="mta"),
    )
    assert len(clock(db, req)) == 2


@pytest.mark.parametrize(
    ("envelope", "sender", "why"),
    [
        (env(ip="203.0.113.9"), "support@okazii.ro", "not a journal client"),
        (env(ip="203.0.113.9", auth_user="someone"), "support@okazii.ro", "not a journal client"),
        (env(), "client1@example.ro", "not at our own domains"),
        (env(), "support@okazii.ro.evil.example", "not at our own domains"),
    ],
)
def test_journal_copies_that_stop_no_clock(
    db: Database, envelope: Envelope, sender: str, why: str
) -> None:
    req = request(db, 1)
    door, ordinary = journal_door(db)
    result = door.accept(answer(subject=f"Re: {req.registration_number}", sender=sender), envelope)
    assert result.registration_number.startswith("journal copy ")
    assert clock(db, req) == [] and ordinary.stored == []
    with db.read() as conn:
        (outcome,) = conn.execute(select(ANSWERS.c.outcome)).scalars().all()
    assert why in outcome["ignored"]


def test_a_message_to_the_journal_and_to_an_ordinary_address_is_both(db: Database) -> None:
    req = request(db, 1)
    door, ordinary = journal_door(db)
    raw = answer(
        subject=f"Re: {req.registration_number}", to="client1@example.ro", Cc="support@okazii.ro"
    )
    results = door.accept_many(
        [
            (raw, env(rcpt=("support@okazii.ro", "journal@okazii.ro"))),
            (b"From: x@example.ro\r\nSubject: hi\r\n\r\nhi\r\n", env(rcpt=("support@okazii.ro",))),
        ]
    )
    assert [r.registration_number.startswith("REG-") for r in results] == [True, True]
    assert len(ordinary.stored) == 2
    assert [e.source for e in clock(db, req)] == ["journal"]
