"""Replies and loops end to end: a bounce sent to the SMTP door comes out auto-submitted."""

from __future__ import annotations

import smtplib
from collections.abc import Iterator
from pathlib import Path

import pytest

from registratura.runtime import Runtime
from registratura.settings import Settings
from router.acknowledge import should_acknowledge
from router.request import build
from storage import Item
from tests.conftest import corpus
from tests.helpers import text_mail
from tests.integration.smtp_support import door, port_of

pytestmark = pytest.mark.integration


@pytest.fixture
def running_rt(tmp_path: Path) -> Iterator[Runtime]:
    runtime = Runtime(Settings(data_dir=tmp_path, worker_threads=2))
    runtime.start_workers()
    try:
        yield runtime
    finally:
        runtime.close()


def test_bounce_over_smtp_is_routed_auto_submitted_and_not_acknowledged(
    running_rt: Runtime,
) -> None:
    """A real DSN (MAIL FROM:<>) and a person's mail go through; only the person's may be acknowledged."""
    rt = running_rt
    bounce = corpus("flanker/tests/fixtures/messages/bounce/gmail-no-dns.eml").read_bytes()
    dsn = corpus("mimekit/UnitTests/TestData/messages/delivery-status.txt").read_bytes()
    ids: dict[str, int] = {}
    with door(rt) as server, smtplib.SMTP("127.0.0.1", port_of(server), timeout=10) as client:
        client.ehlo("mx.example.net")
        for label, sender, raw in (
            ("bounce", "", bounce),
            ("dsn", "", dsn),
            ("person", "ion@example.ro", text_mail(7)),
        ):
            client.mail(sender)
            client.rcpt("support@okazii.ro")
            code, reply = client.data(raw)
            assert code == 250, reply
            with rt.db.reader() as s:
                number = reply.decode().rsplit(" ", 1)[1]
                item = s.query(Item).filter_by(registration_number=number).one()
                ids[label] = item.id
    assert not rt.wait_final(list(ids.values()), timeout=30)
    with rt.db.reader() as s:
        requests = {label: build(s.get_one(Item, item_id)) for label, item_id in ids.items()}
    assert requests["bounce"]["source"]["auto_submitted"] is True
    assert requests["dsn"]["source"]["auto_submitted"] is True
    assert requests["person"]["source"]["auto_submitted"] is False
    assert [should_acknowledge(r) for r in requests.values()] == [False, False, True]
