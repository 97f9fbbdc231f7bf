"""One door for the fax-gateway rule: a configured gateway's mail is a fax whichever door it
came through (SMTP, a watched folder, the CLI, or `accept` called directly), and a mail
that does not match the rule stays what it was."""

from __future__ import annotations

import dataclasses
import json
import smtplib
import threading
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from ingest import Channel, Envelope, accept, accept_many
from ingest.accept import AcceptRules
from ingest.fax import GatewayRule
from ingest.folder import FolderSpec, FolderWatcher
from ingest.imap import start_imap
from registratura.runtime import Runtime
from registratura.settings import Settings
from storage import Database, Item
from tests.helpers import cli_env, run_cli
from tests.integration.dovecot import Dovecot
from tests.integration.smtp_support import door, items, port_of
from tests.integration.test_imap import FAST, wait_for
from tests.integration.test_imap import client as imap_client
from tests.integration.test_imap import dovecot as dovecot  # noqa: F401  (the fixture)

pytestmark = pytest.mark.integration

GATEWAY = "fax@faxgw.example.ro"
POLICY = (
    "[[fax_gateways]]\nfrom = \"@faxgw.example.ro\"\npattern = 'Fax de la (?P<number>\\+?\\d+)'\n"
)


def _mail(sender: str, subject: str, n: int = 0) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "legal@okazii.ro"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<gw-{n}@example.ro>"
    msg.set_content(f"Fax primit ({n}). Vezi atasamentul.")
    return bytes(msg).replace(b"\n", b"\r\n")


GATEWAY_MAIL = _mail(GATEWAY, "Fax de la +40264555666", 1)
# The gateway's own address, without a number in the subject; and the number, from elsewhere.
NO_NUMBER = _mail(GATEWAY, "Raport de transmisie", 2)
OTHER_SENDER = _mail("fax@faxgw.example.com", "Fax de la +40264555666", 3)


@pytest.fixture
def gw_rt(tmp_path: Path) -> Iterator[Runtime]:
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY, "utf-8")
    runtime = Runtime(Settings(data_dir=tmp_path / "var", config=policy))
    yield runtime
    runtime.close()


def _assert_fax(item: Item, via: str) -> None:
    assert item.channel == "fax"
    assert item.envelope["channel"] == "fax"
    assert item.envelope["fax_number"] == "+40264555666"
    assert item.envelope["extra"]["via"] == via
    assert item.envelope["extra"]["gateway_from"] == GATEWAY


def _assert_not_fax(item: Item, channel: str) -> None:
    assert item.channel == channel
    assert item.envelope["fax_number"] is None
    assert "via" not in item.envelope["extra"] and "gateway_from" not in item.envelope["extra"]


def test_accept_applies_the_rules_it_is_given(tmp_path: Path) -> None:
    """`accept` and `accept_many` themselves apply the gateway rule; with no rules (a policy
    without gateways) the same mail stays an e-mail."""
    db = Database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    db.migrate()
    rules = AcceptRules(
        fax_gateways=(
            GatewayRule.from_mapping(
                {"from": "@faxgw.example.ro", "pattern": r"Fax de la (?P<number>\+?\d+)"}
            ),
        )
    )
    try:
        one = accept(db, GATEWAY_MAIL, Envelope(channel=Channel.IMAP), None, rules)
        many = accept_many(
            db,
            [
                (NO_NUMBER, Envelope(channel=Channel.SMTP)),
                (OTHER_SENDER, Envelope(channel=Channel.SMTP)),
                (_mail(GATEWAY, "Fax de la +40264555666", 4), Envelope(channel=Channel.FOLDER)),
            ],
            None,
            rules,
        )
        plain = accept(
            db, _mail(GATEWAY, "Fax de la +40264555666", 5), Envelope(Channel.SMTP), None
        )
        with db.reader() as s:
            got = {i.id: i for i in s.scalars(select(Item))}
            _assert_fax(got[one.item_id], "imap")
            _assert_not_fax(got[many[0].item_id], "smtp")
            _assert_not_fax(got[many[1].item_id], "smtp")
            _assert_fax(got[many[2].item_id], "folder")
            _assert_not_fax(got[plain.item_id], "smtp")
    finally:
        db.dispose()


def test_fax_folder_and_post_items_are_left_as_they_are() -> None:
    """A fax folder's or a post scan's item is not a mail door's: the rule leaves it alone."""
    rules = AcceptRules(fax_gateways=(GatewayRule.from_mapping({"from": "@faxgw.example.ro"}),))
    for channel in (Channel.FAX, Channel.POST):
        env = Envelope(channel=channel, fax_number="+40211111111")
        assert rules.apply(GATEWAY_MAIL, env) is env


def test_smtp_door_records_gateway_mail_as_fax(gw_rt: Runtime) -> None:
    """Through the real SMTP server (group commit: `accept_many`), the gateway's mail is a fax."""
    with door(gw_rt) as server, smtplib.SMTP("127.0.0.1", port_of(server), timeout=10) as client:
        client.ehlo("faxgw.example.ro")
        client.sendmail(GATEWAY, ["legal@okazii.ro"], GATEWAY_MAIL)
        client.sendmail("fax@faxgw.example.com", ["legal@okazii.ro"], OTHER_SENDER)
        client.sendmail(GATEWAY, ["legal@okazii.ro"], NO_NUMBER)
    fax, other, no_number = items(gw_rt)
    _assert_fax(fax, "smtp")
    assert fax.envelope["mail_from"] == GATEWAY
    _assert_not_fax(other, "smtp")
    _assert_not_fax(no_number, "smtp")


def test_folder_door_records_gateway_mail_as_fax(gw_rt: Runtime, tmp_path: Path) -> None:
    """A gateway's mail saved into a watched inbox folder (channel folder) is a fax."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a-fax.eml").write_bytes(GATEWAY_MAIL)
    (inbox / "b-other.eml").write_bytes(OTHER_SENDER)
    watcher = FolderWatcher([FolderSpec(inbox)], gw_rt.accept, settle_seconds=0)
    assert watcher.scan_once(now=1.0) == 2
    fax, other = items(gw_rt)
    _assert_fax(fax, "folder")
    assert fax.filename == "a-fax.eml"
    _assert_not_fax(other, "folder")


def test_cli_door_records_gateway_mail_as_fax(tmp_path: Path) -> None:
    """`registratura ingest` of a gateway's saved mail stores a fax; another mail stays cli."""
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY, "utf-8")
    fax, other = tmp_path / "fax.eml", tmp_path / "other.eml"
    fax.write_bytes(GATEWAY_MAIL)
    other.write_bytes(OTHER_SENDER)
    env = cli_env(tmp_path, REGISTRATURA_CONFIG=str(policy))
    done = run_cli(["ingest", "--json", str(fax), str(other)], env)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    by_path = {line["source"]["path"]: line for line in lines}
    assert by_path[str(fax)]["source"]["channel"] == "fax"
    assert by_path[str(fax)]["source"]["fax_number"] == "+40264555666"
    assert by_path[str(other)]["source"]["channel"] == "cli"
    db = Database(f"sqlite:///{tmp_path / 'var' / 'registratura.db'}")
    try:
        with db.reader() as s:
            stored = {i.filename: i for i in s.scalars(select(Item))}
            _assert_fax(stored["fax.eml"], "cli")
            _assert_not_fax(stored["other.eml"], "cli")
    finally:
        db.dispose()


def test_imap_door_records_gateway_mail_as_fax(
    gw_rt: Runtime,
    dovecot: Dovecot,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The IMAP poller, as `serve` wires it (`rt.accept`), stores the gateway's mail as a fax."""
    monkeypatch.setenv("TEST_IMAP_PASSWORD", dovecot.password)
    with imap_client(dovecot) as c:
        c.append("INBOX", GATEWAY_MAIL)
        c.append("INBOX", OTHER_SENDER)
    table = {
        "name": "sesizari",
        "host": dovecot.host,
        "port": dovecot.port,
        "tls": "none",
        "username": dovecot.user,
        "password_env": "TEST_IMAP_PASSWORD",
        "folders": ["INBOX"],
    }
    policy = dataclasses.replace(gw_rt.policy, raw={**gw_rt.policy.raw, "imap": [table]})
    stop = threading.Event()
    threads = start_imap(gw_rt.accept, gw_rt.db, policy, stop, timings=FAST, owner="gw")
    try:
        wait_for(lambda: len(items(gw_rt)) == 2, 15, "the two waiting messages")
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=10)
    fax, other = items(gw_rt)
    _assert_fax(fax, "imap")
    assert fax.envelope["extra"]["uid"] == 1
    _assert_not_fax(other, "imap")
