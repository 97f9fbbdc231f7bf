"""The SMTP door against PostgreSQL stopped mid-run: 451 while it is down, nothing 250'd is lost.

The PostgreSQL stopped is one the test starts itself (`bench.proof.common.ThrowawayPostgres`,
a cluster in a temporary directory on a free port), never the machine's shared one: the
suite runs on several workers at once (`make test`), and stopping the shared server
failed the tests beside it.
"""

from __future__ import annotations

import contextlib
import smtplib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bench.proof.common import Missing, ThrowawayPostgres, workdir
from registratura.runtime import Runtime
from registratura.settings import Settings
from storage import Item, State
from tests.conftest import IN_CI
from tests.helpers import text_mail
from tests.integration.smtp_support import door, port_of

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture
def own_pg() -> Iterator[ThrowawayPostgres]:
    """A PostgreSQL of the test's own, to stop and start."""
    with workdir("smtp-postgres") as base:
        try:
            pg = ThrowawayPostgres(base)
            pg.init()
        except (Missing, OSError) as exc:
            message = f"cannot start a PostgreSQL of our own: {exc}"
            if IN_CI:
                pytest.fail(message + " (CI=true)")
            pytest.skip(message)
        try:
            yield pg
        finally:
            with contextlib.suppress(Exception):
                pg.stop("fast")


def _wait_pg_up(rt: Runtime, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with rt.db.read() as conn:
                conn.exec_driver_sql("SELECT 1")
            return
        except Exception:
            time.sleep(0.2)
    raise TimeoutError("PostgreSQL did not come back in 30 s")


@pytest.fixture
def pg_rt(own_pg: ThrowawayPostgres, tmp_path: Path) -> Iterator[Runtime]:
    rt = Runtime(Settings(data_dir=tmp_path, database_url=own_pg.url, worker_threads=2))
    rt.start_workers()
    try:
        yield rt
    finally:
        rt.close()


def _send(client: smtplib.SMTP, n: int) -> tuple[int, bytes]:
    try:
        client.mail(f"client{n}@example.ro")
        client.rcpt("support@okazii.ro")
        return client.data(text_mail(n))
    except smtplib.SMTPResponseException as exc:
        return exc.smtp_code, exc.smtp_error


def test_postgres_stopped_mid_session_gives_451_and_loses_nothing(
    pg_rt: Runtime, own_pg: ThrowawayPostgres
) -> None:
    """While PostgreSQL is stopped the same session gets 451 4.3.0; after restart every 250'd message is routed."""
    rt = pg_rt
    accepted: list[str] = []
    refused = 0
    with door(rt) as server, smtplib.SMTP("127.0.0.1", port_of(server), timeout=30) as client:
        client.ehlo("client.example.ro")
        for n in range(5):
            code, reply = _send(client, n)
            assert code == 250, reply
            accepted.append(reply.decode().rsplit(" ", 1)[1])
        # Let the first ones finish, so the outage only meets the door.
        assert not rt.wait_final(_ids(rt, accepted), timeout=30)
        try:
            own_pg.stop("fast")
            for n in range(5, 10):
                code, reply = _send(client, n)
                assert code == 451 and b"4.3.0" in reply, (code, reply)
                refused += 1
        finally:
            own_pg.start()
        _wait_pg_up(rt)
        for n in range(10, 15):
            code, reply = _send(client, n)
            assert code == 250, reply
            accepted.append(reply.decode().rsplit(" ", 1)[1])
        # The refused ones, retried as an MTA would, are now accepted too.
        for n in range(5, 10):
            code, reply = _send(client, n)
            assert code == 250, reply
            accepted.append(reply.decode().rsplit(" ", 1)[1])
    assert refused == 5
    ids = _ids(rt, accepted)
    assert len(ids) == 15
    assert not rt.wait_final(ids, timeout=30)
    with rt.db.reader() as s:
        states = list(s.scalars(select(Item.state)))
    assert len(states) == 15 and set(states) == {State.ROUTED.value}


def _ids(rt: Runtime, numbers: list[str]) -> list[int]:
    with rt.db.reader() as s:
        return list(s.scalars(select(Item.id).where(Item.registration_number.in_(numbers))))
