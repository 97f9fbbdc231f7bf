"""The SMTP door with a real aiosmtpd server and smtplib as the client."""

from __future__ import annotations

import smtplib
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from ingest.smtp import recipient_allowed, start_smtp
from registratura.runtime import Runtime
from storage import Item, StorageUnavailable
from tests.helpers import free_port, text_mail
from tests.integration.smtp_support import BASE, door, items, port_of, stored_bytes

pytestmark = pytest.mark.integration


def test_accepted_message_is_stored_before_250(rt: Runtime) -> None:
    """A 250 reply names a registration number whose item and original bytes are already committed."""
    raw = text_mail(1)
    with door(rt) as server, smtplib.SMTP("127.0.0.1", port_of(server), timeout=10) as client:
        client.ehlo("client.example.ro")
        client.mail("client1@example.ro")
        client.rcpt("support@okazii.ro")
        code, reply = client.data(raw)
        assert code == 250
        number = reply.decode().rsplit(" ", 1)[1]
        with rt.db.reader() as s:
            item = s.scalar(select(Item).where(Item.registration_number == number))
            assert item is not None and item.channel == "smtp"


def test_envelope_and_trace_header_are_recorded_and_bytes_kept(rt: Runtime) -> None:
    """MAIL FROM, RCPT TO, IP, HELO, TLS, time and a Received: line go with the item; the bytes stay as sent."""
    raw = text_mail(2).replace(b"\n", b"\r\n")
    with door(rt) as server, smtplib.SMTP("127.0.0.1", port_of(server), timeout=10) as client:
        client.ehlo("client.example.ro")
        client.sendmail("client2@example.ro", ["support@okazii.ro"], raw)
    (item,) = items(rt)
    env = item.envelope
    assert env["mail_from"] == "client2@example.ro"
    assert env["rcpt_to"] == ["support@okazii.ro"]
    assert env["client_ip"] == "127.0.0.1"
    assert env["helo"] == "client.example.ro"
    assert env["tls"] is False and env["auth_user"] is None
    assert env["received_at"]
    received = env["extra"]["received_header"]
    assert received.startswith("Received: from client.example.ro ([127.0.0.1])")
    assert "by mx.test (registratura) with ESMTP" in received
    assert "for <support@okazii.ro>" in received
    assert stored_bytes(rt, item) == raw


def test_foreign_recipient_is_refused(rt: Runtime) -> None:
    """Mail for a domain that is not ours gets 550 5.7.1 (no open relay)."""
    with door(rt) as server, smtplib.SMTP("127.0.0.1", port_of(server), timeout=10) as client:
        client.ehlo()
        client.mail("x@example.com")
        code, reply = client.rcpt("victim@example.net")
    assert code == 550 and b"5.7.1" in reply


def test_size_is_advertised_and_enforced(rt: Runtime) -> None:
    """EHLO advertises SIZE, 8BITMIME and SMTPUTF8; a declared or actual oversize message gets 552 5.3.4."""
    with (
        door(rt, max_message_bytes=50_000) as server,
        smtplib.SMTP("127.0.0.1", port_of(server), timeout=10) as client,
    ):
        client.ehlo()
        assert client.esmtp_features["size"] == "50000"
        assert client.has_extn("8bitmime") and client.has_extn("smtputf8")
        code, reply = client.mail("a@example.ro", ["SIZE=60000"])
        assert code == 552 and b"5.3.4" in reply
        client.rset()
        client.mail("a@example.ro")
        client.rcpt("support@okazii.ro")
        code, reply = client.data(b"Subject: big\r\n\r\n" + (b"x" * 70 + b"\r\n") * 1000)
        assert code == 552 and b"5.3.4" in reply
    assert items(rt) == []


def test_utf8_envelope_and_8bit_body_are_accepted(rt: Runtime) -> None:
    """An SMTPUTF8 sender address and an 8-bit body are taken in unchanged."""
    raw = "From: ștefan@exemplu.ro\r\nSubject: reclamație\r\n\r\nȚeapă la comanda 123.\r\n".encode()
    with door(rt) as server, smtplib.SMTP("127.0.0.1", port_of(server), timeout=10) as client:
        client.ehlo()
        client.sendmail(
            "ștefan@exemplu.ro",
            ["legal@okazii.ro"],
            raw,
            mail_options=["SMTPUTF8", "BODY=8BITMIME"],
        )
    (item,) = items(rt)
    assert item.envelope["mail_from"] == "ștefan@exemplu.ro"
    assert item.envelope["extra"]["smtputf8"] is True
    assert "with UTF8SMTP" in item.envelope["extra"]["received_header"]
    assert stored_bytes(rt, item) == raw


def test_storage_failure_answers_451(tmp_path: Path) -> None:
    """When the door cannot store, the client is told 451 4.3.0 (try later), never 250."""

    def refuse(raw: bytes, env: object) -> object:
        raise StorageUnavailable("disk full")

    from dataclasses import replace

    server = start_smtp(refuse, replace(BASE, port=free_port()))  # type: ignore[arg-type]
    try:
        with smtplib.SMTP("127.0.0.1", port_of(server), timeout=10) as client:
            client.ehlo()
            client.mail("a@example.ro")
            client.rcpt("legal@okazii.ro")
            code, reply = client.data(text_mail(3))
        assert code == 451 and b"4.3.0" in reply
    finally:
        server.stop()


def test_concurrent_clients_share_commits_and_all_get_250(rt: Runtime) -> None:
    """Eight clients sending at once each get 250 for a distinct committed item, in fewer commits than messages."""
    commits: list[int] = []
    original = rt.accept_many

    def counting(batch):  # type: ignore[no-untyped-def]
        commits.append(len(batch))
        return original(batch)

    rt.accept_many = counting  # type: ignore[method-assign]
    numbers: list[str] = []
    errors: list[BaseException] = []

    def client(k: int, port: int) -> None:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=20) as c:
                c.ehlo()
                for i in range(15):
                    c.mail(f"c{k}@example.ro")
                    c.rcpt("support@okazii.ro")
                    code, reply = c.data(text_mail(k * 1000 + i))
                    assert code == 250, reply
                    numbers.append(reply.decode().rsplit(" ", 1)[1])
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    with door(rt) as server:
        threads = [threading.Thread(target=client, args=(k, port_of(server))) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
    assert not errors and len(numbers) == 120 and len(set(numbers)) == 120
    assert len(items(rt)) == 120
    assert sum(commits) == 120 and len(commits) < 120


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("support@okazii.ro", True),
        ("LEGAL@OKAZII.RO", True),
        ("x@sub.okazii.ro", False),
        ("x@okazii.ro.evil.com", False),
        ("nobody", False),
    ],
)
def test_recipient_allowed(address: str, allowed: bool) -> None:
    """Only our own domain is accepted; look-alike and sub-domains are not."""
    assert recipient_allowed(address, ("okazii.ro",)) is allowed
