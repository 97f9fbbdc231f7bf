"""Items stored while the broker refused their first message go out once it is back."""

from __future__ import annotations

from pathlib import Path

from ingest import Channel, Envelope
from registratura.runtime import Runtime
from registratura.settings import Settings
from tests.helpers import text_mail


class FlakyBroker:
    """`Actors.send_parse` of a broker that is down until `up` is set."""

    def __init__(self) -> None:
        self.up = False
        self.sent: list[int] = []

    def send_parse(self, item_id: int) -> None:
        if not self.up:
            raise ConnectionError("broker unreachable")
        self.sent.append(item_id)


def test_the_door_keeps_accepting_and_the_resend_delivers_after_the_broker_returns(
    tmp_path: Path,
) -> None:
    rt = Runtime(Settings(data_dir=tmp_path))
    broker = FlakyBroker()
    rt.__dict__["actors"] = broker  # the cached property: no real broker is declared
    try:
        env = Envelope(channel=Channel.CLI, filename="m.eml")
        ids = [rt.accept(text_mail(f"Mesaj {n}"), env).item_id for n in range(3)]
        assert rt.unsent == 3 and broker.sent == []  # stored, told "accepted", not sent
        assert rt.resend_unsent() == 0 and rt.unsent == 3  # still down: nothing lost
        broker.up = True
        assert rt.resend_unsent() == 3
        assert sorted(broker.sent) == sorted(ids) and rt.unsent == 0
        assert rt.resend_unsent() == 0  # each sent once
    finally:
        rt.db.dispose()
