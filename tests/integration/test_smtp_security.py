"""The SMTP door's STARTTLS, AUTH, connection limits and timeouts, with real clients."""

from __future__ import annotations

import smtplib
import ssl
import time
from pathlib import Path

import pytest

from ingest.smtp_tls import hash_password
from registratura.runtime import Runtime
from tests.helpers import text_mail
from tests.integration.smtp_support import RawClient, door, items, port_of, self_signed

pytestmark = pytest.mark.integration

USERS = {"faxgw": hash_password("s3cret-fax"), "portal": "plain-portal-pw"}


@pytest.fixture
def cert(tmp_path: Path) -> tuple[Path, Path]:
    return self_signed(tmp_path)


def _client_tls(cert_path: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cert_path))


def test_starttls_is_offered_and_recorded(rt: Runtime, cert: tuple[Path, Path]) -> None:
    """With a certificate configured, STARTTLS works and the item records TLS and its version."""
    with (
        door(rt, tls_cert=cert[0], tls_key=cert[1]) as server,
        smtplib.SMTP("localhost", port_of(server), timeout=10) as client,
    ):
        client.ehlo()
        assert client.has_extn("starttls")
        client.starttls(context=_client_tls(cert[0]))
        client.ehlo()
        client.sendmail("a@example.ro", ["legal@okazii.ro"], text_mail(10))
    (item,) = items(rt)
    assert item.envelope["tls"] is True
    assert item.envelope["extra"]["tls_version"].startswith("TLSv1.")
    assert "with ESMTPS" in item.envelope["extra"]["received_header"]


def test_require_tls_refuses_mail_before_starttls(rt: Runtime, cert: tuple[Path, Path]) -> None:
    """With require_tls, MAIL before STARTTLS gets 530 5.7.0."""
    with (
        door(rt, tls_cert=cert[0], tls_key=cert[1], require_tls=True) as server,
        smtplib.SMTP("localhost", port_of(server), timeout=10) as client,
    ):
        client.ehlo()
        code, reply = client.mail("a@example.ro")
    assert code == 530 and b"5.7.0" in reply


@pytest.mark.parametrize(
    ("user", "password", "method"),
    [("faxgw", "s3cret-fax", "PLAIN"), ("portal", "plain-portal-pw", "LOGIN")],
)
def test_auth_over_tls_records_the_user(
    rt: Runtime, cert: tuple[Path, Path], user: str, password: str, method: str
) -> None:
    """AUTH PLAIN and LOGIN succeed over TLS (hashed or plain secrets) and the user is stored."""
    with (
        door(rt, tls_cert=cert[0], tls_key=cert[1], auth_users=USERS) as server,
        smtplib.SMTP("localhost", port_of(server), timeout=10) as client,
    ):
        client.starttls(context=_client_tls(cert[0]))
        client.ehlo()
        method_fn = client.auth_plain if method == "PLAIN" else client.auth_login
        client.user, client.password = user, password
        code, _ = client.auth(method, method_fn)
        assert code == 235
        client.sendmail("a@example.ro", ["legal@okazii.ro"], text_mail(11))
    (item,) = items(rt)
    assert item.envelope["auth_user"] == user
    assert "with ESMTPSA" in item.envelope["extra"]["received_header"]


def test_auth_is_not_offered_without_tls(rt: Runtime, cert: tuple[Path, Path]) -> None:
    """Before STARTTLS the server neither advertises nor accepts AUTH (no passwords in clear)."""
    with (
        door(rt, tls_cert=cert[0], tls_key=cert[1], auth_users=USERS) as server,
        smtplib.SMTP("localhost", port_of(server), timeout=10) as client,
    ):
        client.ehlo()
        assert not client.has_extn("auth")
        code, _ = client.docmd("AUTH", "PLAIN AGZheGd3AHMzY3JldC1mYXg=")
    assert code == 538


def test_wrong_password_is_refused(rt: Runtime, cert: tuple[Path, Path]) -> None:
    """A wrong password gets 535 and no authenticated session."""
    with (
        door(rt, tls_cert=cert[0], tls_key=cert[1], auth_users=USERS) as server,
        smtplib.SMTP("localhost", port_of(server), timeout=10) as client,
    ):
        client.starttls(context=_client_tls(cert[0]))
        client.ehlo()
        with pytest.raises(smtplib.SMTPAuthenticationError) as err:
            client.login("faxgw", "guess")
    assert err.value.smtp_code == 535


def test_submission_port_requires_auth(rt: Runtime, cert: tuple[Path, Path]) -> None:
    """The submission listener refuses MAIL without AUTH while the main port takes it."""
    from tests.helpers import free_port

    with door(
        rt, tls_cert=cert[0], tls_key=cert[1], auth_users=USERS, submission_port=free_port()
    ) as server:
        with smtplib.SMTP("localhost", port_of(server, 1), timeout=10) as sub:
            sub.starttls(context=_client_tls(cert[0]))
            sub.ehlo()
            code, reply = sub.mail("a@example.ro")
            assert code == 530 and b"5.7.0" in reply
            sub.login("faxgw", "s3cret-fax")
            sub.sendmail("a@example.ro", ["legal@okazii.ro"], text_mail(12))
        with smtplib.SMTP("localhost", port_of(server, 0), timeout=10) as main:
            main.sendmail("b@example.ro", ["legal@okazii.ro"], text_mail(13))
    assert [i.envelope["auth_user"] for i in items(rt)] == ["faxgw", None]


def test_connections_over_the_maximum_get_421(rt: Runtime) -> None:
    """With max_connections=2, a third simultaneous client is told 421 4.7.0 and closed."""
    with door(rt, max_connections=2) as server:
        first, second = RawClient(port_of(server)), RawClient(port_of(server))
        try:
            assert first.reply().startswith(b"220") and second.reply().startswith(b"220")
            third = RawClient(port_of(server))
            assert third.reply().startswith(b"421 4.7.0")
            assert third.reply() == b""  # closed
            third.close()
            first.cmd(b"QUIT")
            first.close()
            time.sleep(0.2)  # the server notices the closed connection
            fourth = RawClient(port_of(server))
            assert fourth.reply().startswith(b"220")
            fourth.close()
        finally:
            second.close()


def test_per_ip_rate_is_limited(rt: Runtime) -> None:
    """With per_ip_per_minute=3, the fourth connection within a minute is told 421 4.7.0."""
    with door(rt, per_ip_per_minute=3) as server:
        for _ in range(3):
            c = RawClient(port_of(server))
            assert c.reply().startswith(b"220")
            c.cmd(b"QUIT")
            c.close()
        c = RawClient(port_of(server))
        assert c.reply().startswith(b"421 4.7.0")
        c.close()


def test_idle_client_is_dropped(rt: Runtime) -> None:
    """A client that says nothing after the greeting is told 421 4.4.2 and disconnected."""
    with door(rt, command_timeout=0.5) as server:
        c = RawClient(port_of(server))
        assert c.reply().startswith(b"220")
        assert c.reply().startswith(b"421 4.4.2")
        assert c.reply() == b""
        c.close()


def test_client_stalling_in_data_is_dropped_and_nothing_stored(rt: Runtime) -> None:
    """A client that stops sending in the middle of DATA is dropped after data_timeout; no item exists."""
    # The command timeout (60 s) outlasts the client's own read limit (5 s), so a
    # 421 can only come from the data timeout: no clock is read by the test.
    with door(rt, command_timeout=60, data_timeout=0.7) as server:
        c = RawClient(port_of(server))
        assert c.reply().startswith(b"220")
        c.cmd(b"EHLO stall.example")
        c.cmd(b"MAIL FROM:<a@example.ro>")
        c.cmd(b"RCPT TO:<legal@okazii.ro>")
        assert c.cmd(b"DATA").startswith(b"354")
        c.sock.sendall(b"Subject: half\r\n\r\nthe first line and then noth")
        assert c.reply().startswith(b"421 4.4.2")
        assert c.reply() == b""
        c.close()
    assert items(rt) == []
