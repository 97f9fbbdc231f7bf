"""The SMTP door, with a real aiosmtpd server and smtplib as the client."""

from __future__ import annotations

import smtplib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from ingest.smtp import recipient_allowed, start_smtp
from registratura.runtime import Runtime
from registratura.settings import Settings
from storage import Item, StorageUnavailable
from tests.helpers import free_port, text_mail

pytestmark = pytest.mark.integration


@pytest.fixture
def smtp_rt(tmp_path: Path) -> Iterator[tuple[Runtime, int]]:
    rt = Runtime(Settings(data_dir=tmp_path))
    port = free_port()
    ctl = start_smtp(
        rt.accept,
        host="127.0.0.1",
        port=port,
        accept_domains=("okazii.ro",),
        max_message_bytes=1_000_000,
    )
    try:
        yield rt, port
    finally:
        ctl.stop()
        rt.close()


def test_accepted_message_is_stored_before_250(smtp_rt: tuple[Runtime, int]) -> None:
    """A 250 reply names a registration number whose item and original bytes are already committed."""
    rt, port = smtp_rt
    raw = text_mail(1)
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        client.ehlo("client.example.ro")
        client.mail("client1@example.ro")
        client.rcpt("support@okazii.ro")
        code, reply = client.data(raw)
    assert code == 250
    number = reply.decode().rsplit(" ", 1)[1]
    with rt.db.reader() as s:
        item = s.scalar(select(Item).where(Item.registration_number == number))
        assert item is not None and item.channel == "smtp"
        assert item.envelope["mail_from"] == "client1@example.ro"
        assert item.envelope["rcpt_to"] == ["support@okazii.ro"]
        assert item.envelope["helo"] == "client.example.ro"


def test_foreign_recipient_is_refused(smtp_rt: tuple[Runtime, int]) -> None:
    """Mail for a domain that is not ours gets 550 5.7.1 (no open relay)."""
    _, port = smtp_rt
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        client.ehlo()
        client.mail("x@example.com")
        code, reply = client.rcpt("victim@example.net")
    assert code == 550 and b"5.7.1" in reply


def test_storage_failure_answers_451(tmp_path: Path) -> None:
    """When the door cannot store, the client is told 451 (try later), never 250."""

    def refuse(raw: bytes, env: object) -> object:
        raise StorageUnavailable("disk full")

    port = free_port()
    ctl = start_smtp(
        refuse,
        host="127.0.0.1",
        port=port,
        accept_domains=("okazii.ro",),  # type: ignore[arg-type]
        max_message_bytes=1_000_000,
    )
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            client.ehlo()
            client.mail("a@example.ro")
            client.rcpt("legal@okazii.ro")
            code, reply = client.data(text_mail(2))
        assert code == 451 and b"4.3.0" in reply
    finally:
        ctl.stop()


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
