"""After an outage, what it held up is re-sent at once (`registratura.recovery`).

The whole story (Redis stopped, PostgreSQL killed, under a stream of SMTP mail,
every stored item routed within 30 s of each return) is `make proof`'s outage row;
these tests pin the parts: which items are re-sent, when, and how often.
"""

from __future__ import annotations

import socket
import time
from pathlib import Path

import dramatiq
import pytest

from ingest import Channel, Envelope, accept
from registratura.http import Health
from registratura.recovery import OutageWatch
from registratura.runtime import Runtime
from registratura.settings import Settings
from router import steps
from tests.helpers import text_mail


def _waiting(rt: Runtime, queue: str) -> list[int]:
    """Item ids of the messages waiting in the in-process broker's queue (no workers run)."""
    name = getattr(rt.actors, queue).queue_name
    q = rt.actors.broker.queues[name]  # type: ignore[attr-defined]
    return [dramatiq.Message.decode(data).args[0] for data in list(q.queue)]


def test_items_not_moved_since_the_outage_began_are_re_sent_once_it_ends(
    tmp_path: Path,
) -> None:
    rt = Runtime(Settings(data_dir=tmp_path))
    try:
        # Stored before the outage; their messages were lost with it (never sent here).
        held = [
            accept(rt.db, text_mail(n), Envelope(channel=Channel.CLI), None).item_id for n in (1, 2)
        ]
        steps.parse(rt.pipeline, held[1])  # one waits for route, the other for parse
        down = ["database"]
        watch = OutageWatch(lambda: list(down), rt.redrive_since)
        watch.tick()
        assert watch.since is not None and watch.down == ["database"]
        time.sleep(0.01)
        # Moved during the outage (the broker's, say): its own message carries it on.
        later = accept(rt.db, text_mail(3), Envelope(channel=Channel.CLI), None).item_id
        watch.tick()
        assert _waiting(rt, "parse") == [] and _waiting(rt, "route") == []  # still down
        down.clear()
        watch.tick()
        assert _waiting(rt, "parse") == [held[0]]
        assert _waiting(rt, "route") == [held[1]]
        assert later not in _waiting(rt, "parse")
        assert watch.since is None
        watch.tick()  # over: nothing sent twice
        assert _waiting(rt, "parse") == [held[0]] and _waiting(rt, "route") == [held[1]]
    finally:
        rt.close()


def test_a_refused_re_send_is_tried_again_until_every_held_item_is_out(tmp_path: Path) -> None:
    rt = Runtime(Settings(data_dir=tmp_path))
    try:
        held = accept(rt.db, text_mail(4), Envelope(channel=Channel.CLI), None).item_id
        refusals = [RuntimeError("broker not ready yet")]
        send = rt.actors.parse.send

        def flaky(item_id: int) -> object:
            if refusals:
                raise refusals.pop()
            return send(item_id)

        rt.actors.parse.send = flaky  # type: ignore[method-assign]
        down = ["broker"]
        watch = OutageWatch(lambda: list(down), rt.redrive_since)
        watch.tick()
        down.clear()
        watch.tick()  # answers again, but the first re-send is refused
        assert watch.since is not None and _waiting(rt, "parse") == []
        watch.tick()
        assert _waiting(rt, "parse") == [held] and watch.since is None
    finally:
        rt.close()


def test_a_failing_probe_counts_as_an_outage() -> None:
    def probe() -> list[str]:
        raise OSError("no route to host")

    sent: list[object] = []
    watch = OutageWatch(probe, lambda since: sent.append(since) or 0)
    watch.tick()
    assert watch.since is not None and watch.down[0].startswith("probe")
    assert sent == []


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("kind", ["redis", "rabbitmq"])
def test_health_says_which_dependency_does_not_answer(
    tmp_path: Path, kind: str, request: pytest.FixtureRequest
) -> None:
    url = request.getfixturevalue("redis_broker_url" if kind == "redis" else "amqp_broker_url")
    rt = Runtime(Settings(data_dir=tmp_path))
    try:
        assert Health(rt.db, broker_url=url, timeout=2).unreachable() == []
        port = _closed_port()
        away = (
            f"redis://127.0.0.1:{port}/0"
            if kind == "redis"
            else (f"amqp://guest:guest@127.0.0.1:{port}/")
        )
        assert Health(rt.db, broker_url=away, timeout=2).unreachable() == ["broker"]
        assert Health(rt.db, timeout=2).unreachable() == []  # in-process: nothing to ask
    finally:
        rt.close()


def test_health_says_the_database_does_not_answer(tmp_path: Path) -> None:
    from storage import Database

    db = Database(f"postgresql+psycopg://postgres@127.0.0.1:{_closed_port()}/none")
    try:
        assert Health(db, timeout=2).unreachable() == ["database"]
    finally:
        db.dispose()
