"""Acknowledgements out through the outbox, on real parts: an aiosmtpd sink on a free port
as the relay host (real SMTP), SQLite and PostgreSQL, the real SMTP door and workers.

What it shows: one acknowledgement per case with the right headers, none to
robots or suspicious senders, the request's `acknowledged` clock set (never a
first response), a relay that dies holding a claim (the lease runs out, the
message goes once), a relay host that is down (rows stay unsent with their
attempts, the next pass sends them), 4xx retried then failed, 5xx failed at
once.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import smtplib
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from ingest import Channel, Envelope, accept
from registratura.relay import RelayConfig, run_once, start_relay
from registratura.runtime import Runtime
from registratura.settings import Settings
from router import outbox, steps
from router.policy import load_policy
from router.signatures import SignatureConfig
from router.steps import Pipeline
from storage import Database, Item
from storage.clock_models import ClockEventRow
from tests.conftest import ROOT, SAMPLES
from tests.helpers import free_port, wait_for
from tests.integration.smtp_support import door, port_of

pytestmark = pytest.mark.integration


class SinkHandler:
    """Records every message; refuses the recipients it is told to."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse: dict[str, str] = {}

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK queued"

    def parsed(self) -> list[Message]:
        return [
            email.message_from_bytes(m, policy=email.policy.default) for _, _, m in self.messages
        ]


class Sink:
    """An SMTP server on 127.0.0.1: the relay host the acknowledgements go to."""

    def __init__(self, port: int | None = None) -> None:
        self.handler = SinkHandler()
        self.port = port or free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> Sink:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


@pytest.fixture
def sink() -> Iterator[Sink]:
    with Sink() as s:
        yield s


@pytest.fixture
def zone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """DNS answered from an empty zone file: no test waits on the network."""
    path = tmp_path / "empty.zone"
    path.write_text("")
    monkeypatch.setenv("REGISTRATURA_DNS_ZONE_FILE", str(path))
    return path


@pytest.fixture
def pipeline(database_url: str, zone: Path) -> Iterator[Pipeline]:
    db = Database(database_url)
    db.migrate()
    yield Pipeline(db=db, policy=load_policy(), trust=SignatureConfig(dns_zone_file=zone))
    db.dispose()


def mail(sender: str, n: int, **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "support@okazii.ro"
    msg["Subject"] = headers.pop("Subject", f"Intrebare despre contul meu #{n}")
    msg["Message-ID"] = f"<outbox-{n}@example.ro>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(f"Buna ziua,\n\nCum pot schimba parola contului meu? ({n})\n\nMultumesc\n")
    return bytes(msg)


def routed(p: Pipeline, raw: bytes, mail_from: str, rcpt: str = "support@okazii.ro") -> Item:
    """accept → parse → route → deliver, as the workers do, over the SMTP channel."""
    env = Envelope(
        channel=Channel.SMTP,
        mail_from=mail_from,
        rcpt_to=(rcpt,),
        client_ip="203.0.113.7",
        helo="mx.example.ro",
    )
    acc = accept(p.db, raw, env, None)
    assert steps.parse(p, acc.item_id)
    queue = steps.route(p, acc.item_id)
    assert queue is not None
    steps.deliver(p, acc.item_id, queue)
    with p.db.reader() as s:
        item = s.get(Item, acc.item_id)
        assert item is not None
        s.expunge(item)
        return item


def relay_config(sink: Sink | None = None, port: int | None = None, **kw: Any) -> RelayConfig:
    return RelayConfig(
        host="127.0.0.1",
        port=port or (sink.port if sink else free_port()),
        timeout=5,
        backoff=kw.pop("backoff", timedelta(0)),
        **kw,
    )


def outbox_rows(db: Database) -> list[dict[str, Any]]:
    return sorted(outbox.rows(db, limit=1000), key=lambda r: r["id"])


def clock_events(db: Database, item_id: int) -> list[tuple[str, str, str | None]]:
    with db.reader() as s:
        rows = s.scalars(select(ClockEventRow).where(ClockEventRow.item_id == item_id))
        return [(r.kind, r.source, r.ref) for r in rows]


# --------------------------------------------------------------------------- end to end


def _send(port: int, sender: str, raw: bytes) -> str:
    """One message through the SMTP door; returns its registration number."""
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        client.ehlo("mx.example.ro")
        client.mail(sender)
        client.rcpt("support@okazii.ro")
        code, reply = client.data(raw)
        assert code == 250, reply
        return reply.decode().rsplit(" ", 1)[1]


def test_support_mail_in_over_smtp_one_acknowledgement_out(
    tmp_path: Path, database_url: str, zone: Path, sink: Sink
) -> None:
    """Mail in at the door → routed → one acknowledgement at the relay host, with the right
    headers; the request is acknowledged (not answered); the same case again, a robot's
    mail: nothing more goes out."""
    settings = Settings(
        data_dir=tmp_path,
        database_url=database_url,
        worker_threads=2,
        smtp_relay_host="127.0.0.1",
        smtp_relay_port=sink.port,
        relay_interval_seconds=0.1,
    )
    rt = Runtime(settings)
    stop = threading.Event()
    relay = None
    try:
        rt.start_workers()
        relay = start_relay(rt.db, settings, stop)
        assert relay is not None
        with door(rt) as server:
            port = port_of(server)
            first = _send(port, "ana@example.ro", mail("Ana Pop <ana@example.ro>", 1))
            wait_for(lambda: len(sink.handler.messages) == 1, 30, what="the acknowledgement")
            (mail_from, rcpts, _), msg = sink.handler.messages[0], sink.handler.parsed()[0]
            assert mail_from == "<>"  # RFC 3834: an automatic reply has a null reverse-path
            assert rcpts == ["ana@example.ro"]
            assert msg["Subject"].startswith(f"[{first}] ")
            assert msg["In-Reply-To"] == "<outbox-1@example.ro>"
            assert msg["References"] == "<outbox-1@example.ro>"
            assert msg["Auto-Submitted"] == "auto-replied"
            assert msg["From"] == "Registratura Okazii <registratura@okazii.ro>"
            assert msg["Message-ID"].endswith("@okazii.ro>")
            assert first in msg.get_content()

            # The same case again (a reply naming the registration number), and a robot.
            again = _send(
                port,
                "ana@example.ro",
                mail(
                    "ana@example.ro",
                    2,
                    Subject=f"Re: [{first}] Am primit mesajul",
                    In_Reply_To=msg["Message-ID"],
                ),
            )
            robot = _send(
                port, "ana@example.ro", mail("ana@example.ro", 3, Auto_Submitted="auto-replied")
            )
        with rt.db.reader() as s:
            ids = {
                n: s.scalar(select(Item.id).where(Item.registration_number == n))
                for n in (first, again, robot)
            }
        assert not rt.wait_final([i for i in ids.values() if i is not None], timeout=30)
        time.sleep(0.5)  # several relay passes
        assert len(sink.handler.messages) == 1
        with rt.db.reader() as s:
            items = {n: s.get_one(Item, i) for n, i in ids.items()}
            assert items[first].acknowledged_at is not None
            assert items[first].first_response_at is None  # an acknowledgement is no response
            assert (items[again].decision or {})["thread"]["case_id"] == first
            assert "already acknowledged" in items[again].decision["acknowledgement"]["why"]
            # An out-of-office reply is nobody's question (unknown, triage): no
            # acknowledgement is considered, or it is refused as automatic.
            ack = (items[robot].decision or {}).get("acknowledgement")
            assert ack is None or "auto-submitted" in ack["why"]
            assert items[robot].acknowledged_at is None
        assert clock_events(rt.db, ids[first]) == [("acknowledged", "outbox", msg["Message-ID"])]
        [row] = outbox_rows(rt.db)
        assert row["status"] == "sent" and row["attempts"] == 1 and row["sent_at"] is not None
    finally:
        stop.set()
        if relay is not None:
            relay.join(timeout=10)
        rt.close()


# --------------------------------------------------------------------------- never acknowledged


def test_no_acknowledgement_to_robots_or_suspicious_senders(pipeline: Pipeline, sink: Sink) -> None:
    """Auto-submitted, a bounce, a look-alike domain, a suspicious official request: no row,
    and the decision says why; a plausible official request gets a receipt, never the draft."""
    le = (SAMPLES / "le_police_email.eml").read_bytes()
    cases = {
        "auto": routed(
            pipeline, mail("ion@example.ro", 10, Auto_Submitted="auto-generated"), "ion@example.ro"
        ),
        "list": routed(pipeline, mail("ion@example.ro", 11, Precedence="list"), "ion@example.ro"),
        "bounce": routed(pipeline, mail("ion@example.ro", 12), ""),
        "lookalike": routed(
            pipeline, mail("ion@cj.politiaromama.ro", 13), "ion@cj.politiaromama.ro"
        ),
        "suspicious": routed(
            pipeline,
            le.replace(b"cj.politiaromana.ro", b"cj.politiaromama.ro"),
            "politia.cluj@cj.politiaromama.ro",
            "legal@okazii.ro",
        ),
        "incomplete": routed(pipeline, le, "politia.cluj@cj.politiaromana.ro", "legal@okazii.ro"),
    }
    why = {k: (v.decision or {}).get("acknowledgement", {}).get("why") for k, v in cases.items()}
    assert "auto-submitted" in why["auto"]
    assert "auto-submitted" in why["list"]
    assert "auto-submitted" in why["bounce"]
    assert "look-alike" in why["lookalike"]
    assert cases["suspicious"].decision["signatures"]["verdict"] == "suspicious"
    assert "suspicious" in why["suspicious"]
    # The unsigned official request is `incomplete`: a receipt goes, its reply draft does not.
    incomplete = cases["incomplete"]
    assert incomplete.decision["signatures"]["verdict"] == "incomplete"
    draft = incomplete.decision["signatures"]["reply_draft"]
    assert draft and why["incomplete"] is None
    assert [r["registration_number"] for r in outbox_rows(pipeline.db)] == [
        incomplete.registration_number
    ]
    assert str(run_once(pipeline.db, relay_config(sink))) == "sent 1, to retry 0, failed 0"
    [msg] = sink.handler.parsed()
    body = msg.get_content()
    assert incomplete.registration_number in body
    first_line = next(line for line in str(draft).splitlines() if len(line.strip()) > 20)
    assert first_line.strip() not in body
    assert msg["To"] == "politia.cluj@cj.politiaromana.ro"


def test_one_row_per_case_even_when_the_insert_runs_twice(pipeline: Pipeline) -> None:
    """The unique (kind, case) key: a second insert for the case is a no-op, not an error."""
    item = routed(pipeline, mail("dan@example.ro", 20), "dan@example.ro")
    [row] = outbox_rows(pipeline.db)
    plan = outbox.AckPlan(
        note={},
        item_id=item.id,
        registration_number=item.registration_number,
        case_id=row["dedupe_key"],
        rendered=outbox.Rendered("dan@example.ro", "<other@okazii.ro>", b"x"),
    )
    with pipeline.db.begin() as conn:
        assert plan.queue(conn) is False
    assert len(outbox_rows(pipeline.db)) == 1


# --------------------------------------------------------------------------- the relay's failures


_CLAIM_AND_DIE = """
import os, signal, sys
from datetime import timedelta
from router import outbox
from storage import Database
claimed = outbox.claim(Database(sys.argv[1]), lease=timedelta(seconds=float(sys.argv[2])))
print(claimed.id if claimed else "none", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # dead before sending or marking anything
"""


def test_a_relay_killed_holding_a_claim_the_lease_runs_out_and_it_goes_once(
    pipeline: Pipeline, sink: Sink, database_url: str
) -> None:
    routed(pipeline, mail("eva@example.ro", 30), "eva@example.ro")
    proc = subprocess.run(
        [sys.executable, "-c", _CLAIM_AND_DIE, database_url, "2"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == -9, proc.stderr
    [row] = outbox_rows(pipeline.db)
    assert proc.stdout.strip() == str(row["id"])
    assert row["claimed_by"] and row["attempts"] == 1
    config = relay_config(sink)
    assert str(run_once(pipeline.db, config)) == "sent 0, to retry 0, failed 0"  # still leased
    wait_for(
        lambda: run_once(pipeline.db, config).sent == 1, 10, interval=0.25, what="lease expiry"
    )
    assert len(sink.handler.messages) == 1
    [row] = outbox_rows(pipeline.db)
    assert row["status"] == "sent" and row["attempts"] == 2
    time.sleep(0.2)
    assert run_once(pipeline.db, config).sent == 0
    assert len(sink.handler.messages) == 1


def test_killed_after_the_relay_host_took_it_it_goes_again_with_the_same_message_id(
    pipeline: Pipeline, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At least once: between the relay host's 250 and our commit a crash sends it twice,
    byte for byte (the same Message-ID, which receivers deduplicate by)."""
    item = routed(pipeline, mail("eva@example.ro", 31), "eva@example.ro")
    config = relay_config(sink, lease=timedelta(seconds=1))

    def crash(*_a: Any, **_k: Any) -> bool:
        raise KeyboardInterrupt("killed before marking sent")

    with monkeypatch.context() as m:
        m.setattr(outbox, "mark_sent", crash)
        with pytest.raises(KeyboardInterrupt):
            run_once(pipeline.db, config)
    assert len(sink.handler.messages) == 1
    assert outbox_rows(pipeline.db)[0]["status"] == "pending"
    wait_for(lambda: run_once(pipeline.db, config).sent == 1, 10, interval=0.25, what="resend")
    first, second = sink.handler.parsed()
    assert first["Message-ID"] == second["Message-ID"]
    assert sink.handler.messages[0][2] == sink.handler.messages[1][2]
    assert [e[0] for e in clock_events(pipeline.db, item.id)] == ["acknowledged"]


def test_relay_host_down_rows_stay_unsent_then_the_next_pass_sends_them(
    pipeline: Pipeline,
) -> None:
    for n in (40, 41):
        routed(pipeline, mail(f"user{n}@example.ro", n), f"user{n}@example.ro")
    port = free_port()  # nothing listens there yet
    config = relay_config(port=port, backoff=timedelta(seconds=1))
    stats = run_once(pipeline.db, config)
    assert (stats.sent, stats.retried, stats.failed) == (0, 1, 0)  # unreachable: the pass stops
    rows = outbox_rows(pipeline.db)
    assert [r["status"] for r in rows] == ["pending", "pending"]
    assert rows[0]["attempts"] == 1 and "refused" in (rows[0]["last_error"] or "").lower()
    assert rows[0]["next_attempt_at"] > rows[0]["created_at"]
    assert rows[0]["claimed_by"] is None

    def both_sent() -> bool:
        run_once(pipeline.db, config)
        return [r["status"] for r in outbox_rows(pipeline.db)] == ["sent", "sent"]

    with Sink(port) as sink:
        wait_for(both_sent, 10, interval=0.3, what="both sent once the relay host is up")
        assert sorted(r[0] for _, r, _ in sink.handler.messages) == [
            "user40@example.ro",
            "user41@example.ro",
        ]
    rows = outbox_rows(pipeline.db)
    assert [r["attempts"] for r in rows] == [2, 1]


def test_4xx_is_retried_until_failed_5xx_fails_at_once(pipeline: Pipeline, sink: Sink) -> None:
    sink.handler.refuse = {
        "later@example.ro": "450 4.2.0 greylisted, try again later",
        "nobody@example.ro": "550 5.1.1 no such user",
    }
    for n, who in ((50, "later"), (51, "nobody"), (52, "fine")):
        routed(pipeline, mail(f"{who}@example.ro", n), f"{who}@example.ro")
    config = relay_config(sink, max_attempts=2)
    assert str(run_once(pipeline.db, config)) == "sent 1, to retry 1, failed 1"
    by = {r["rcpt_to"]: r for r in outbox_rows(pipeline.db)}
    assert by["nobody@example.ro"]["status"] == "failed"
    assert "550" in by["nobody@example.ro"]["last_error"]
    assert by["later@example.ro"]["status"] == "pending"
    assert "450" in by["later@example.ro"]["last_error"]
    assert by["fine@example.ro"]["status"] == "sent"
    assert str(run_once(pipeline.db, config)) == "sent 0, to retry 0, failed 1"
    by = {r["rcpt_to"]: r for r in outbox_rows(pipeline.db)}
    assert by["later@example.ro"]["status"] == "failed"
    assert by["later@example.ro"]["attempts"] == 2
    assert "gave up after 2 attempts" in by["later@example.ro"]["last_error"]
    assert str(run_once(pipeline.db, config)) == "sent 0, to retry 0, failed 0"
    # Failed rows are never acknowledged on the clock.
    with pipeline.db.reader() as s:
        acked = s.scalar(
            select(func.count()).select_from(Item).where(Item.acknowledged_at.is_not(None))
        )
    assert acked == 1


def test_two_relays_never_take_the_same_row(pipeline: Pipeline) -> None:
    """Claims are exclusive while the lease runs (SKIP LOCKED / compare-and-set)."""
    for n in range(60, 66):
        routed(pipeline, mail(f"u{n}@example.ro", n), f"u{n}@example.ro")
    taken: list[int] = []
    lock = threading.Lock()

    def grab() -> None:
        while (c := outbox.claim(pipeline.db, lease=timedelta(minutes=5))) is not None:
            with lock:
                taken.append(c.id)

    threads = [threading.Thread(target=grab) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(taken) == sorted(r["id"] for r in outbox_rows(pipeline.db))
    assert len(taken) == len(set(taken)) == 6


def test_without_a_relay_host_nothing_is_sent_and_the_cli_says_so(
    tmp_path: Path, zone: Path
) -> None:
    from tests.helpers import cli_env, run_cli

    env = cli_env(tmp_path, REGISTRATURA_DNS_ZONE_FILE=str(zone))
    db = Database(f"sqlite:///{tmp_path / 'var' / 'registratura.db'}")
    db.migrate()
    p = Pipeline(db=db, policy=load_policy(), trust=SignatureConfig(dns_zone_file=zone))
    routed(p, mail("ion@example.ro", 70), "ion@example.ro")
    assert start_relay(db, Settings(data_dir=tmp_path), threading.Event()) is None
    out = run_cli(["relay", "--once"], env)
    assert out.returncode == 2 and "REGISTRATURA_SMTP_RELAY_HOST" in out.stderr
    out = run_cli(["outbox", "list"], env)
    assert out.returncode == 0, out.stderr
    assert "1 unsent" in out.stdout and "NOT CONFIGURED" in out.stdout
    # Nothing was dropped: the row waits, untouched, for a relay to be configured.
    assert [(r["status"], r["attempts"]) for r in outbox_rows(db)] == [("pending", 0)]
    with Sink() as sink:
        relay_env = {
            **env,
            "REGISTRATURA_SMTP_RELAY_HOST": "127.0.0.1",
            "REGISTRATURA_SMTP_RELAY_PORT": str(sink.port),
        }
        out = run_cli(["relay", "--once"], relay_env)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == "sent 1, to retry 0, failed 0"
        assert len(sink.handler.messages) == 1
    out = run_cli(["outbox", "list", "--status", "sent", "--json"], relay_env)
    [line] = [json.loads(x) for x in out.stdout.splitlines()]
    assert line["status"] == "sent" and line["rcpt_to"] == "ion@example.ro"
    bad = run_cli(["outbox", "list"], {**env, "REGISTRATURA_SMTP_RELAY_SECURITY": "tls"})
    assert bad.returncode == 2 and "SMTP_RELAY_SECURITY" in bad.stderr.upper()
    db.dispose()
