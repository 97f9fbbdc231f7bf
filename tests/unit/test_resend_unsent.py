"""Items whose message the broker refused go out once it is back: at the door and after a step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingest import Channel, Envelope
from registratura.runtime import Runtime
from registratura.settings import Settings
from tests.helpers import text_mail


class Outage:
    """The broker's `enqueue`, refusing every message while `down`."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.down = True
        self.sent: list[tuple[str, int]] = []

    def __call__(self, message: Any, *, delay: int | None = None) -> Any:
        if self.down:
            raise ConnectionError("broker unreachable")
        self.sent.append((message.actor_name, message.args[0]))
        return message


@pytest.fixture
def rt(tmp_path: Path) -> Any:
    runtime = Runtime(Settings(data_dir=tmp_path))
    yield runtime
    runtime.close()


def test_the_door_keeps_accepting_and_the_resend_delivers_after_the_broker_returns(
    rt: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    outage = Outage(rt.actors.broker.enqueue)
    monkeypatch.setattr(rt.actors.broker, "enqueue", outage)
    env = Envelope(channel=Channel.CLI, filename="m.eml")
    ids = [rt.accept(text_mail(f"Mesaj {n}"), env).item_id for n in range(3)]
    assert rt.unsent == 3 and outage.sent == []  # stored, told "accepted", not sent
    assert rt.resend_unsent() == 0 and rt.unsent == 3  # still down: nothing forgotten
    outage.down = False
    assert rt.resend_unsent() == 3 and rt.unsent == 0
    # Each is sent what it waits for now (a received item: parse), once.
    assert sorted(outage.sent) == sorted(("parse", i) for i in ids)
    assert rt.resend_unsent() == 0


def test_a_steps_next_message_refused_after_its_commit_is_sent_on_the_brokers_return(
    rt: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parse step commits, then its `route` message is refused: remembered, not lost."""
    item_id = rt.accept(text_mail("Mesaj"), Envelope(channel=Channel.CLI, filename="m.eml")).item_id
    outage = Outage(rt.actors.broker.enqueue)
    monkeypatch.setattr(rt.actors.broker, "enqueue", outage)
    with pytest.raises(ConnectionError):
        rt.actors.parse.fn(item_id)
    assert item_id in rt.actors.unsent
    outage.down = False
    assert rt.resend_unsent() == 1
    assert outage.sent == [("route", item_id)]  # what a parsed item waits for
