"""The IMAP door over TLS against a real Dovecot: implicit TLS, STARTTLS, refusals.

Each test makes a throw-away CA and gives it to the Dovecot fixture, which
gets a server certificate for 127.0.0.1 from it. Accounts are built the way an
operator writes them: an `[[imap]]` table parsed by `parse_accounts` (or
started by `start_imap`), the password in the variable `password_env` names.
Mail is dropped into the Maildir directly (or appended over TLS), so no test
opens a plaintext session of its own, and the server's log says whether each
login used TLS.
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
import ssl
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient
from sqlalchemy import select

from ingest.errors import ImapConnectionError
from ingest.imap import FolderPoller, start_imap
from ingest.imap_config import ImapAccount, parse_accounts
from router.policy import load_policy
from storage import Database, Item
from tests.conftest import IN_CI
from tests.helpers import text_mail
from tests.integration.dovecot import PASSWORD, CertificateAuthority, Dovecot, dovecot_binary
from tests.integration.test_imap import FAST, Door, seen_rows, wait_for

pytestmark = pytest.mark.integration

PASSWORD_ENV = "TEST_IMAP_TLS_PASSWORD"

ServerFactory = Callable[..., Dovecot]


def require_dovecot() -> None:
    """Skip locally, fail under CI=true, when Debian's dovecot-imapd is not installed."""
    if dovecot_binary() is None:
        message = "dovecot is not installed (apt-get install dovecot-imapd)"
        if IN_CI:
            pytest.fail(message + " (CI=true: a missing service is a failure, not a skip)")
        pytest.skip(message)


@pytest.fixture
def make_server() -> Iterator[ServerFactory]:
    """Start Dovecots (plain, or TLS with a given CA); all are stopped and removed afterwards."""
    require_dovecot()
    started: list[Dovecot] = []

    def make(tls: CertificateAuthority | None = None, **kwargs: Any) -> Dovecot:
        # Not pytest's tmp_path: its parents are private to root, and Dovecot's
        # mail processes run as another user when the tests run as root.
        root = Path(tempfile.mkdtemp(prefix="registratura-dovecot-", dir="/tmp"))
        server = Dovecot(root, tls, **kwargs)
        started.append(server)
        server.start()
        return server

    try:
        yield make
    finally:
        for server in started:
            server.stop()
            shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def ca() -> CertificateAuthority:
    return CertificateAuthority()


@pytest.fixture
def tls_dovecot(make_server: ServerFactory, ca: CertificateAuthority) -> Dovecot:
    return make_server(ca)


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    """The password reaches the poller the operator's way: through `password_env`."""
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


def table(server: Dovecot, tls: str, **extra: Any) -> dict[str, Any]:
    """An `[[imap]]` table as it would stand in the policy file."""
    port = server.tls_port if tls == "ssl" else server.port
    return {
        "name": "sesizari",
        "host": server.host,
        "port": port,
        "tls": tls,
        "username": server.user,
        "password_env": PASSWORD_ENV,
        "folders": ["INBOX"],
        **extra,
    }


def operator_account(server: Dovecot, tls: str, **extra: Any) -> ImapAccount:
    (acct,) = parse_accounts([table(server, tls, **extra)])
    return acct


def one_pass(acct: ImapAccount, db: Database, door: Door) -> int:
    """`sync_once` of a poller built as start_imap builds it (password from the environment)."""
    p = FolderPoller(acct, "INBOX", db, door, stop=threading.Event(), owner="t", timings=FAST)
    return p.sync_once()


def run_policy(door: Door, db: Database, tables: list[dict[str, Any]]) -> Callable[[], None]:
    """start_imap on a policy holding `tables`; returns the function that stops it."""
    policy = dataclasses.replace(load_policy(), raw={"imap": tables})
    stop = threading.Event()
    threads = start_imap(door, db, policy, stop, timings=FAST, owner="svc-tls")
    assert len(threads) == 1

    def halt() -> None:
        stop.set()
        for t in threads:
            t.join(timeout=10)
        assert not any(t.is_alive() for t in threads)

    return halt


def tls_client(server: Dovecot) -> IMAPClient:
    """A logged-in helper session over implicit TLS (so the log shows only TLS logins)."""
    context = ssl.create_default_context(cafile=str(server.ca_file))
    c = IMAPClient(server.host, port=server.tls_port, ssl=True, ssl_context=context, timeout=10)
    c.login(server.user, server.password)
    return c


def stored_envelopes(db: Database) -> list[dict[str, Any]]:
    with db.reader() as s:
        return [dict(i.envelope) for i in s.scalars(select(Item).order_by(Item.id))]


def assert_nothing_stored(server: Dovecot, db: Database, door: Door) -> None:
    """No item, no recorded UID, no login; stops the server to read its complete log."""
    assert door.items() == 0 and door.enqueued == []
    assert seen_rows(db) == []
    server.stop()  # Dovecot's log process writes asynchronously; stopping flushes it
    # The password never reached the server: no login, not even a failed attempt.
    assert server.logins() == []
    assert f"user=<{server.user}>" not in server.log.read_text("utf-8", "replace")


# --- (a), (b): a trusted certificate -------------------------------------------------


@pytest.mark.parametrize("tls", ["ssl", "starttls"], ids=["implicit-TLS", "STARTTLS"])
def test_tls_with_the_configured_ca_fetches_and_stores(
    tls_dovecot: Dovecot, db: Database, tls: str
) -> None:
    """With ca_file = the CA that signed the server's certificate, delivered mail is stored over TLS."""
    tls_dovecot.deliver(text_mail(1))
    door = Door(db)
    assert tls_dovecot.ca_file is not None
    halt = run_policy(door, db, [table(tls_dovecot, tls, ca_file=str(tls_dovecot.ca_file))])
    try:
        wait_for(lambda: door.items() == 1, 15, "the delivered message")
        # And mail arriving while the session is open, appended over TLS too (a
        # raw Maildir drop is not always announced to a session already in IDLE).
        with tls_client(tls_dovecot) as c:
            c.append("INBOX", text_mail(2))
        wait_for(lambda: door.items() == 2, 15, "the message delivered during the session")
    finally:
        halt()
    envs = stored_envelopes(db)
    assert [e["channel"] for e in envs] == ["imap", "imap"]
    assert [e["extra"]["uid"] for e in envs] == [1, 2]
    assert len(door.enqueued) == 2
    tls_dovecot.stop()  # Dovecot's log process writes asynchronously; stopping flushes it
    logins = tls_dovecot.logins()
    assert logins, "the poller must have logged in"
    # Dovecot writes "TLS" in the login line of an encrypted session ("secured"
    # for a plain one from loopback): every session of the poller was encrypted.
    assert all(", TLS," in line for line in logins), logins


# --- (c): a certificate the client does not trust ------------------------------------


def untrusted(kind: str, server: Dovecot) -> dict[str, Any]:
    """The `ca_file` entry (or its absence) that must make the client refuse `server`."""
    if kind == "no-ca-file":
        return {}  # the system's trust store: it does not know the test CA
    other = server.root / "other-ca.pem"
    CertificateAuthority("Some other CA").write_ca(other)
    return {"ca_file": str(other)}


@pytest.mark.parametrize("kind", ["no-ca-file", "other-ca"])
@pytest.mark.parametrize("tls", ["ssl", "starttls"], ids=["implicit-TLS", "STARTTLS"])
def test_untrusted_certificate_is_refused(
    tls_dovecot: Dovecot, db: Database, tls: str, kind: str
) -> None:
    """A certificate from a CA the client does not trust ends the session before login."""
    tls_dovecot.deliver(text_mail(1))
    door = Door(db)
    acct = operator_account(tls_dovecot, tls, **untrusted(kind, tls_dovecot))
    with pytest.raises(ImapConnectionError, match="CERTIFICATE_VERIFY_FAILED") as info:
        one_pass(acct, db, door)
    assert "unable to get local issuer certificate" in str(info.value)
    assert f"{tls_dovecot.host}:{acct.port}" in str(info.value)
    # Said as what it is, with what to do: the server was reached, its certificate is not trusted.
    assert "certificate we do not trust" in str(info.value) and "ca_file" in str(info.value)
    assert "cannot reach" not in str(info.value)
    assert_nothing_stored(tls_dovecot, db, door)


def test_certificate_for_another_host_is_refused(
    make_server: ServerFactory, ca: CertificateAuthority, db: Database
) -> None:
    """A trusted CA is not enough: the certificate must name the host we connect to."""
    server = make_server(ca, tls_hosts=("imap.example.invalid",))
    server.deliver(text_mail(1))
    door = Door(db)
    acct = operator_account(server, "ssl", ca_file=str(server.ca_file))
    with pytest.raises(ImapConnectionError, match="CERTIFICATE_VERIFY_FAILED.*mismatch"):
        one_pass(acct, db, door)
    assert_nothing_stored(server, db, door)


def test_poller_logs_the_refusal_and_keeps_retrying(
    tls_dovecot: Dovecot, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    """Under start_imap a refused certificate is a logged, retried connection error; nothing is stored."""
    tls_dovecot.deliver(text_mail(1))
    door = Door(db)
    caplog.set_level(logging.WARNING, logger="ingest.imap")
    halt = run_policy(door, db, [table(tls_dovecot, "ssl")])

    def refusals() -> list[str]:
        return [m for r in caplog.records if "CERTIFICATE_VERIFY_FAILED" in (m := r.getMessage())]

    try:
        wait_for(lambda: len(refusals()) >= 3, 15, "three refused attempts")
    finally:
        halt()
    assert all("retrying in" in m and "sesizari" in m for m in refusals())
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "no crash, no traceback"
    assert_nothing_stored(tls_dovecot, db, door)


# --- (d): STARTTLS configured, not offered -------------------------------------------


def test_starttls_not_offered_fails_instead_of_going_on_in_the_clear(
    make_server: ServerFactory, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    """tls = "starttls" against a server without STARTTLS: no plaintext login, nothing fetched."""
    plain = make_server()  # ssl = no: the greeting's CAPABILITY lacks STARTTLS
    plain.deliver(text_mail(1))
    door = Door(db)
    acct = operator_account(plain, "starttls")
    with pytest.raises(ImapConnectionError, match="STARTTLS"):
        one_pass(acct, db, door)
    assert door.items() == 0 and seen_rows(db) == []

    caplog.set_level(logging.WARNING, logger="ingest.imap")
    halt = run_policy(door, db, [table(plain, "starttls")])
    try:
        wait_for(
            lambda: any("STARTTLS" in r.getMessage() for r in caplog.records),
            15,
            "the poller's warning",
        )
        time.sleep(0.5)  # a few retries: none of them may fall back to plaintext
    finally:
        halt()
    assert_nothing_stored(plain, db, door)
