"""Responses detected from outgoing mail, end to end on real servers.

A request comes in over the real SMTP door and is routed by the real
pipeline; its answer is then APPENDed to a real Dovecot's Sent folder (read
by `ingest.sent`, read only) or sent to the journal address of the SMTP door
(`ingest.journal`). The first response must appear in the database, in
`registratura report --format json` and in `/metrics`; the Sent folder must
be left exactly as it was.
"""

from __future__ import annotations

import dataclasses
import json
import re
import smtplib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from ingest import imap_state as state
from ingest.sent import start_sent
from ingest.smtp import SmtpServer, start_smtp
from registratura.http import start_http
from registratura.runtime import Runtime
from registratura.service import journal_door
from registratura.settings import Settings
from router.answers import ANSWERS
from storage import utcnow
from storage.clock_events import CLOCK
from storage.items import ITEMS
from tests.helpers import cli_env, free_port, run_cli, text_mail
from tests.integration.dovecot import Dovecot
from tests.integration.test_imap import FAST, client, dovecot, flags, wait_for
from tests.metrics_support import sample, scrape

pytestmark = pytest.mark.integration

__all__ = ["dovecot"]  # the fixture, shared with the IMAP door's tests

JOURNAL = "journal@okazii.ro"


@contextmanager
def running(
    tmp_path: Path, database_url: str | None = None, **settings: Any
) -> Iterator[tuple[Runtime, SmtpServer]]:
    """The service's parts as `serve` wires them: workers, and the SMTP door with its journal."""
    rt = Runtime(Settings(data_dir=tmp_path / "var", database_url=database_url, **settings))
    smtp: SmtpServer | None = None
    try:
        rt.start_workers()
        door = journal_door(rt)
        options = dataclasses.replace(
            rt.settings.smtp_options(), port=free_port(), server_name="mx.test"
        )
        smtp = start_smtp(door.accept, options, accept_many=door.accept_many)
        yield rt, smtp
    finally:
        if smtp is not None:
            smtp.stop()
        rt.close()


def send(smtp: SmtpServer, raw: bytes, rcpt: str = "support@okazii.ro") -> str:
    """One message over SMTP; the door's reply to DATA."""
    port = int(smtp.controllers[0].port)  # type: ignore[attr-defined]
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as s:
        s.ehlo("client.test")
        s.mail("someone@example.ro")
        code, _ = s.rcpt(rcpt)
        assert code == 250
        code, reply = s.data(raw)
        assert code == 250, reply
        return reply.decode()


def request_in(rt: Runtime, smtp: SmtpServer, n: int) -> tuple[str, int, datetime]:
    """A request over SMTP, routed: (registration number, item id, received_at)."""
    reply = send(smtp, text_mail(n))
    reg = re.search(r"REG-\d{4}-\d{6}", reply)
    assert reg is not None, reply
    with rt.db.read() as conn:
        row = conn.execute(
            select(ITEMS.c.id, ITEMS.c.received_at).where(
                ITEMS.c.registration_number == reg.group(0)
            )
        ).one()
    assert rt.wait_final([row.id], 120) == set()
    with rt.db.read() as conn:
        queue = conn.execute(select(ITEMS.c.queue).where(ITEMS.c.id == row.id)).scalar()
    assert queue == "support"
    return reg.group(0), row.id, row.received_at


def reply(
    subject: str,
    message_id: str,
    date: datetime,
    *,
    sender: str = "Suport Okazii <support@okazii.ro>",
    to: str = "client1@example.ro",
    **headers: str,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content("Buna ziua,\n\nAm schimbat numarul de telefon din contul dumneavoastra.\n")
    return bytes(msg)


def responses(rt: Runtime, item_id: int) -> list[Any]:
    with rt.db.read() as conn:
        return list(
            conn.execute(
                select(CLOCK.c.kind, CLOCK.c.at, CLOCK.c.source, CLOCK.c.ref)
                .where(CLOCK.c.item_id == item_id, CLOCK.c.kind == "responded")
                .order_by(CLOCK.c.id)
            )
        )


def first_response_at(rt: Runtime, item_id: int) -> datetime | None:
    with rt.db.read() as conn:
        return conn.execute(select(ITEMS.c.first_response_at).where(ITEMS.c.id == item_id)).scalar()


def items(rt: Runtime) -> int:
    with rt.db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(ITEMS)).scalar_one())


def a_second_after(received: datetime) -> datetime:
    """A Date (whole seconds) after the receipt and not in the future: waits on the clock
    (not on the system under test) until such a second has begun."""
    wait_for(lambda: utcnow() >= received + timedelta(seconds=2), 5, "the clock")
    return utcnow().replace(microsecond=0)


def test_an_answer_in_the_sent_folder_is_the_first_response(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    """SMTP in, routed; the answer APPENDed to Sent; the poller records the first response
    once (a later answer adds one, a re-scan under a new UIDVALIDITY none); report and
    /metrics show it; the Sent folder is left as it was."""
    with client(dovecot) as c:
        c.create_folder("Sent")
    with running(
        tmp_path,
        sent_imap_host=dovecot.host,
        sent_imap_port=dovecot.port,
        sent_imap_tls="none",
        sent_imap_username=dovecot.user,
        sent_imap_password=dovecot.password,
        sent_imap_folders=["Sent"],
    ) as (rt, smtp):
        reg, item_id, received = request_in(rt, smtp, 7)
        stop = threading.Event()
        # A short period: the poller selects the folder again soon after it is recreated.
        timings = dataclasses.replace(FAST, idle_seconds=1.0)
        threads = start_sent(rt.db, rt.settings, lambda: ("okazii.ro",), stop, timings=timings)
        assert len(threads) == 1

        def examined() -> list[Any]:
            with rt.db.read() as conn:
                return list(conn.execute(select(state.SEEN).where(state.SEEN.c.folder == "Sent")))

        http = start_http(rt.db, "127.0.0.1", http_port := free_port())
        try:
            date = a_second_after(received)
            first = reply(f"Re: [{reg}] Intrebare despre contul meu #7", "<ans-7@okazii.ro>", date)
            ack = reply(
                f"[{reg}] Am primit mesajul dumneavoastră",
                "<ack-7@okazii.ro>",
                date,
                Auto_Submitted="auto-replied",
            )
            internal = reply(
                f"Fwd: [{reg}] de verificat", "<fwd-7@okazii.ro>", date, to="juridic@okazii.ro"
            )
            with client(dovecot) as c:
                for raw in (first, ack, internal):
                    c.append("Sent", raw)
            wait_for(lambda: first_response_at(rt, item_id) is not None, 30, "the first response")
            wait_for(lambda: len(examined()) == 3, 10, "all three Sent messages examined")
            (event,) = responses(rt, item_id)
            assert (event.source, event.ref, event.at) == ("sent-folder", "<ans-7@okazii.ro>", date)
            assert first_response_at(rt, item_id) == date
            notes = sorted(r.skipped for r in examined())
            assert any("Auto-Submitted" in n for n in notes), notes
            assert any("internal" in n for n in notes), notes
            assert all(r.item_id is None for r in examined()), "an answer is never an item"

            # A later answer adds a response; the first stays.
            later = date + timedelta(seconds=1)
            wait_for(lambda: utcnow() >= later, 5, "the clock")
            with client(dovecot) as c:
                c.append("Sent", reply(f"Re: {reg}", "<ans-7b@okazii.ro>", later))
            wait_for(lambda: len(responses(rt, item_id)) == 2, 30, "the later response")
            assert first_response_at(rt, item_id) == date

            # The folder recreated (a restore: new UIDVALIDITY) with the same answer in it:
            # examined again, recorded no second time.
            uidvalidity = {r.uidvalidity for r in examined()}
            with client(dovecot) as c:
                c.delete_folder("Sent")
                c.create_folder("Sent")
                c.append("Sent", first)
            wait_for(
                lambda: {r.uidvalidity for r in examined()} not in ({*uidvalidity}, set()),
                30,
                "the recreated folder examined",
            )
            assert len(responses(rt, item_id)) == 2

            # What the team sees: the report and the metrics.
            expected = (date - received).total_seconds()
            proc = run_cli(
                ["report", "--since", "1d", "--format", "json"],
                cli_env(tmp_path),  # DATA_DIR tmp_path/var: the service's SQLite
            )
            assert proc.returncode == 0, proc.stderr
            (support,) = [q for q in json.loads(proc.stdout)["queues"] if q["queue"] == "support"]
            (target,) = [t for t in support["targets"] if t["target"] == "first_response"]
            assert target["calendar_hours"]["count"] == 1
            assert target["calendar_hours"]["mean"] == pytest.approx(expected / 3600, abs=1e-3)
            _, text = scrape(http_port)
            name = "registratura_first_response_seconds"
            assert sample(text, f"{name}_count", queue="support") == 1
            assert sample(text, f"{name}_sum", queue="support") == pytest.approx(expected, abs=0.01)
        finally:
            stop.set()
            for t in threads:
                t.join(timeout=10)
            http.shutdown()
    # Read only: the Sent message is there, without \Seen, keyword or any flag of ours.
    with client(dovecot) as c:
        c.select_folder("Sent", readonly=True)
        assert len(c.search("ALL")) == 1
    assert all(set(f) <= {b"\\Recent"} for f in flags(dovecot, "Sent").values())


def test_a_journal_copy_over_smtp_is_a_response_and_never_a_request(
    tmp_path: Path, database_url: str
) -> None:
    """The answer, BCC'd to the journal address by our mail server, stops the clock; it is no
    item. The same copy again records nothing more; a forged one records nothing."""
    with running(
        tmp_path,
        database_url,
        journal_addresses=[JOURNAL],
        journal_networks=["127.0.0.1/32", "::1/128"],
    ) as (rt, smtp):
        reg, item_id, received = request_in(rt, smtp, 8)
        assert items(rt) == 1
        date = a_second_after(received)
        # No number in the subject: it is matched by In-Reply-To, the request's own
        # Message-ID, as the route step indexed it.
        copy = reply(
            "Re: Intrebare despre contul meu #8",
            "<ans-8@okazii.ro>",
            date,
            to="client8@example.ro",
            In_Reply_To="<test-8@example.ro>",
        )
        said = send(smtp, copy, rcpt=JOURNAL)
        assert "journal copy" in said and "REG-" not in said
        (event,) = responses(rt, item_id)
        assert (event.source, event.ref, event.at) == ("journal", "<ans-8@okazii.ro>", date)
        assert first_response_at(rt, item_id) == date
        send(smtp, copy, rcpt=JOURNAL)  # the mail server tried again
        forged = reply(f"Re: [{reg}] rezolvat", "<x@evil.example>", date, sender="x@evil.example")
        send(smtp, forged, rcpt=JOURNAL)
        auto = reply(f"[{reg}] Am primit", "<ack-8@okazii.ro>", date, Auto_Submitted="auto-replied")
        send(smtp, auto, rcpt=JOURNAL)
        assert len(responses(rt, item_id)) == 1
        assert items(rt) == 1, "a journal copy is never a request"
        with rt.db.read() as conn:
            outcomes = conn.execute(select(ANSWERS.c.outcome).order_by(ANSWERS.c.id)).scalars()
            kept = list(outcomes)
        assert len(kept) == 3  # the copy (once), the forged one, the acknowledgement
        assert "not at our own domains" in kept[1]["ignored"]
        assert "Auto-Submitted" in kept[2]["ignored"]


def test_journal_copies_from_outside_the_journal_networks_answer_nothing(tmp_path: Path) -> None:
    """Only the configured journal clients are believed: from anywhere else (here the
    loopback, outside 10.0.0.0/8), a perfect copy from our own domain stops no clock."""
    with running(tmp_path, journal_addresses=[JOURNAL], journal_networks=["10.0.0.0/8"]) as (
        rt,
        smtp,
    ):
        reg, item_id, received = request_in(rt, smtp, 9)
        copy = reply(f"Re: [{reg}]", "<ans-9@okazii.ro>", received + timedelta(seconds=1))
        assert "journal copy" in send(smtp, copy, rcpt=JOURNAL)
        assert responses(rt, item_id) == []
        assert items(rt) == 1
        with rt.db.read() as conn:
            (outcome,) = conn.execute(select(ANSWERS.c.outcome)).scalars()
        assert "not a journal client" in outcome["ignored"]


def test_the_same_answer_seen_at_once_by_several_processes_is_recorded_once(
    database_url: str,
) -> None:
    """The journal and the Sent folder (or two service processes) see one answer at the same
    moment, each as other bytes: (request, Message-ID) is recorded once, on both databases."""
    from ingest import Channel, Envelope, accept
    from router.answers import JOURNAL as JOURNAL_SOURCE
    from router.answers import record_answer
    from storage import Database

    db = Database(database_url)
    db.migrate()
    try:
        raw = text_mail(10)
        req = accept(db, raw, Envelope(channel=Channel.SMTP), None)
        copy = reply(f"Re: [{req.registration_number}]", "<ans-10@okazii.ro>", utcnow())
        start = threading.Barrier(8)
        errors: list[BaseException] = []

        def see(n: int) -> None:
            try:
                start.wait(timeout=30)
                record_answer(
                    db,
                    f"Received: from relay{n}.okazii.ro\r\n".encode() + copy,
                    source=JOURNAL_SOURCE,
                    seen_at=utcnow(),
                    own=("okazii.ro",),
                    origin={"n": n},
                )
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=see, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert errors == []
        with db.read() as conn:
            events = conn.execute(
                select(func.count())
                .select_from(CLOCK)
                .where(CLOCK.c.item_id == req.item_id, CLOCK.c.kind == "responded")
            ).scalar_one()
            kept = conn.execute(select(func.count()).select_from(ANSWERS)).scalar_one()
        assert (events, kept) == (1, 8)
    finally:
        db.dispose()
