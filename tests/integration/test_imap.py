"""The IMAP door against a real Dovecot: IDLE, restarts, UIDVALIDITY, actions, volume, crashes."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select

from ingest import Accepted, Envelope, accept
from ingest import imap_state as state
from ingest.imap import FolderPoller, ImapTimings, start_imap
from ingest.imap_config import After, ImapAccount, Tls
from router.policy import load_policy
from storage import Database, Item
from tests.conftest import IN_CI
from tests.helpers import text_mail
from tests.integration.dovecot import Dovecot, dovecot_binary

pytestmark = pytest.mark.integration

KEYWORD = b"$Registratura"
FAST = ImapTimings(
    idle_seconds=600,  # long: a pick-up within seconds must come from IDLE itself
    check_seconds=0.1,
    lease_seconds=3,
    backoff_initial=0.1,
    backoff_max=0.5,
    connect_timeout=2,
    read_timeout=10,
    batch_size=50,
)


class Crash(Exception):
    """Stands for the process dying at a chosen point."""


def wait_for(cond: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    delay = 0.02
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(delay)
        delay = min(delay * 1.5, 0.2)


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A fresh Dovecot per test; skipped locally (failed in CI) when it is not installed."""
    if dovecot_binary() is None:
        message = "dovecot is not installed (apt-get install dovecot-imapd)"
        if IN_CI:
            pytest.fail(message + " (CI=true: a missing service is a failure, not a skip)")
        pytest.skip(message)
    # Not pytest's tmp_path: its parents are private to root, and Dovecot's mail
    # processes run as another user when the tests run as root.
    root = Path(tempfile.mkdtemp(prefix="registratura-dovecot-", dir="/tmp"))
    server = Dovecot(root)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


class Door:
    """`accept` with a recording enqueue: each new item's id is one request sent on."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.enqueued: list[int] = []
        self._lock = threading.Lock()

    def _enqueue(self, item_id: int) -> None:
        with self._lock:
            self.enqueued.append(item_id)

    def __call__(self, raw: bytes, envelope: Envelope) -> Accepted:
        return accept(self.db, raw, envelope, self._enqueue)

    def items(self) -> int:
        with self.db.reader() as s:
            return int(s.scalar(select(func.count()).select_from(Item)) or 0)


def account(server: Dovecot, **overrides: Any) -> ImapAccount:
    base = ImapAccount(
        name="sesizari",
        host=server.host,
        port=server.port,
        tls=Tls.NONE,
        username=server.user,
        password_env="TEST_IMAP_PASSWORD",
        folders=("INBOX",),
    )
    return dataclasses.replace(base, **overrides)


def poller(
    server: Dovecot, db: Database, door: Door, *, folder: str = "INBOX", **overrides: Any
) -> tuple[FolderPoller, threading.Event]:
    stop = threading.Event()
    acct = account(server, folders=(folder,), **overrides)
    p = FolderPoller(
        acct, folder, db, door, stop=stop, owner="test-a", timings=FAST, password=server.password
    )
    return p, stop


def client(server: Dovecot) -> IMAPClient:
    c = IMAPClient(server.host, port=server.port, ssl=False, timeout=10)
    c.login(server.user, server.password)
    return c


def append(server: Dovecot, folder: str, numbers: range) -> None:
    with client(server) as c:
        for n in numbers:
            c.append(folder, text_mail(n))


def flags(server: Dovecot, folder: str) -> dict[int, tuple[bytes, ...]]:
    with client(server) as c:
        c.select_folder(folder, readonly=True)
        uids = c.search("ALL")
        if not uids:
            return {}
        return {uid: data[b"FLAGS"] for uid, data in c.fetch(uids, ["FLAGS"]).items()}


def seen_rows(db: Database) -> list[Any]:
    with db.read() as conn:
        return list(conn.execute(select(state.SEEN).order_by(state.SEEN.c.uid)))


def run_thread(p: FolderPoller) -> threading.Thread:
    t = threading.Thread(target=p.run, daemon=True)
    t.start()
    return t


def test_start_imap_polls_the_configured_folders(
    dovecot: Dovecot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """start_imap reads [[imap]] from the policy, stores waiting mail, and frees the lease on stop."""
    monkeypatch.setenv("TEST_IMAP_PASSWORD", dovecot.password)
    append(dovecot, "INBOX", range(1, 3))
    door = Door(db)
    table = {
        "name": "sesizari",
        "host": dovecot.host,
        "port": dovecot.port,
        "tls": "none",
        "username": dovecot.user,
        "password_env": "TEST_IMAP_PASSWORD",
        "folders": ["INBOX"],
    }
    policy = dataclasses.replace(load_policy(), raw={"imap": [table]})
    stop = threading.Event()
    threads = start_imap(door, db, policy, stop, timings=FAST, owner="svc-1")
    key = state.FolderKey("sesizari", "INBOX")
    try:
        assert len(threads) == 1
        wait_for(lambda: door.items() == 2, 15, "the two waiting messages")
        assert state.lease_holder(db, key) == "svc-1"
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=10)
    assert not any(t.is_alive() for t in threads)
    with db.reader() as s:
        envs = [i.envelope for i in s.scalars(select(Item).order_by(Item.id))]
    assert [e["channel"] for e in envs] == ["imap", "imap"]
    assert [e["extra"]["uid"] for e in envs] == [1, 2]
    assert {(e["extra"]["account"], e["extra"]["folder"]) for e in envs} == {("sesizari", "INBOX")}
    # A clean stop hands the folder on at once instead of holding it until expiry.
    assert state.lease_holder(db, key) is None


def test_new_mail_while_idling_is_picked_up(dovecot: Dovecot, db: Database) -> None:
    """Mail appended while the poller idles is stored within seconds, keyworded and left unseen."""
    door = Door(db)
    # Polling once an hour: a pick-up within seconds can only come from IDLE.
    p, stop = poller(dovecot, db, door, poll_seconds=3600)
    t = run_thread(p)
    try:
        wait_for(lambda: p.idling, 10, "the poller to enter IDLE")
        append(dovecot, "INBOX", range(1, 3))
        wait_for(lambda: door.items() == 2, 10, "two messages appended during IDLE")
        wait_for(
            lambda: all(KEYWORD in f for f in flags(dovecot, "INBOX").values()),
            10,
            "the keyword on every stored message",
        )
    finally:
        stop.set()
        t.join(timeout=10)
    assert p.mode == "idle"
    assert all(b"\\Seen" not in f for f in flags(dovecot, "INBOX").values())
    assert len(door.enqueued) == 2


def test_mail_the_server_never_announces_is_found_at_the_recheck(
    dovecot: Dovecot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server that leaves new mail unannounced during IDLE (Dovecot 2.3 can, when it
    arrives as IDLE begins): the poller leaves IDLE every `recheck_seconds` and finds it."""
    import ingest.imap as imap_module

    # The real server, with every announcement unseen by the poller.
    monkeypatch.setattr(imap_module, "is_new_mail", lambda _response: False)
    monkeypatch.setattr(imap_module, "take_new_mail_notice", lambda _client: False)
    door = Door(db)
    p, stop = poller(dovecot, db, door, poll_seconds=3600)
    p.timings = dataclasses.replace(FAST, recheck_seconds=1.0)  # the period stays 600 s
    t = run_thread(p)
    try:
        wait_for(lambda: p.idling, 10, "the poller to enter IDLE")
        append(dovecot, "INBOX", range(1, 2))
        wait_for(lambda: door.items() == 1, 10, "the unannounced message, at a recheck")
    finally:
        stop.set()
        t.join(timeout=10)
    assert p.mode == "idle"


def test_polling_when_idle_is_off(dovecot: Dovecot, db: Database) -> None:
    """With idle = false the poller polls every poll_seconds and marks each stored message \\Seen."""
    door = Door(db)
    p, stop = poller(dovecot, db, door, idle=False, poll_seconds=0.2, after=After.SEEN)
    t = run_thread(p)
    try:
        append(dovecot, "INBOX", range(1, 3))
        wait_for(lambda: door.items() == 2, 10, "two polled messages")
        wait_for(
            lambda: all(b"\\Seen" in f for f in flags(dovecot, "INBOX").values()),
            10,
            "\\Seen on both",
        )
    finally:
        stop.set()
        t.join(timeout=10)
    assert KEYWORD not in b"".join(b"".join(f) for f in flags(dovecot, "INBOX").values())


def test_dovecot_restart_mid_session_loses_nothing(dovecot: Dovecot, db: Database) -> None:
    """The poller reconnects after a server restart and stores mail that arrived while it was away."""
    door = Door(db)
    append(dovecot, "INBOX", range(1, 2))
    p, stop = poller(dovecot, db, door)
    t = run_thread(p)
    try:
        wait_for(lambda: door.items() == 1, 15, "the first message")
        dovecot.stop()
        # Delivered straight into the Maildir while no server runs (as an MDA would).
        dovecot.deliver(text_mail(2))
        dovecot.start()
        append(dovecot, "INBOX", range(3, 4))
        wait_for(lambda: door.items() == 3, 20, "all three messages after the restart")
        wait_for(
            lambda: (
                len(flags(dovecot, "INBOX")) == 3
                and all(KEYWORD in f for f in flags(dovecot, "INBOX").values())
            ),
            10,
            "the keyword on all three",
        )
    finally:
        stop.set()
        t.join(timeout=10)
    assert len(door.enqueued) == 3
    assert sorted(r.uid for r in seen_rows(db)) == [1, 2, 3]


def test_uidvalidity_change_rescans_without_duplicates(dovecot: Dovecot, db: Database) -> None:
    """A recreated folder (new UIDVALIDITY) is examined again: old mail dedupes, new mail is stored."""
    door = Door(db)
    with client(dovecot) as c:
        c.create_folder("Sesizari")
    append(dovecot, "Sesizari", range(1, 4))
    p, stop = poller(dovecot, db, door, folder="Sesizari")
    # Dovecot tells an idling session nothing when its folder is recreated; the
    # poller notices at its next periodic SELECT, made short here.
    p.timings = dataclasses.replace(FAST, idle_seconds=1.0)
    t = run_thread(p)
    try:
        wait_for(lambda: door.items() == 3, 15, "the first three")
        # The item is stored before its UID is recorded: wait for the record too
        # (read at once, it was empty once in CI).
        wait_for(lambda: len(seen_rows(db)) == 3, 10, "the first three UIDs recorded")
        first = {r.uidvalidity for r in seen_rows(db)}
        with client(dovecot) as c:
            c.delete_folder("Sesizari")
            c.create_folder("Sesizari")
        # The same three messages come back (a restore, say), plus one new.
        append(dovecot, "Sesizari", range(1, 5))
        wait_for(lambda: door.items() == 4, 20, "the new message after the re-scan")
        wait_for(lambda: len(seen_rows(db)) == 4, 10, "the four UIDs of the new folder, only")
    finally:
        stop.set()
        t.join(timeout=10)
    rows = seen_rows(db)
    second = {r.uidvalidity for r in rows}
    # The old generation's records say nothing any more and are dropped.
    assert len(first) == 1 and len(second) == 1 and first != second, "a new UIDVALIDITY"
    new_rows = rows
    assert sorted(r.uid for r in new_rows) == [1, 2, 3, 4]
    assert all(r.item_id is not None and r.action_done for r in new_rows)
    assert len(door.enqueued) == 4, "old messages seen again must not become new requests"
    assert all(KEYWORD in f for f in flags(dovecot, "Sesizari").values())


@pytest.mark.parametrize("server_move", [True, False], ids=["MOVE", "COPY+EXPUNGE"])
def test_move_action(
    dovecot: Dovecot, db: Database, monkeypatch: pytest.MonkeyPatch, server_move: bool
) -> None:
    """after = 'move' empties the polled folder into move_to, with MOVE or COPY+\\Deleted+UID EXPUNGE."""
    if not server_move:
        real = IMAPClient.has_capability
        monkeypatch.setattr(
            IMAPClient, "has_capability", lambda self, cap: cap != "MOVE" and real(self, cap)
        )
    door = Door(db)
    append(dovecot, "INBOX", range(1, 4))
    p, _ = poller(dovecot, db, door, after=After.MOVE, move_to="Procesate")
    assert p.sync_once() == 3
    assert door.items() == 3
    assert flags(dovecot, "INBOX") == {}
    moved = flags(dovecot, "Procesate")
    assert len(moved) == 3 and all(b"\\Deleted" not in f for f in moved.values())
    assert all(r.action_done for r in seen_rows(db))


def test_oversized_message_is_recorded_as_skipped_and_left_alone(
    dovecot: Dovecot, db: Database
) -> None:
    """A message over max_message_bytes is not stored, is recorded with its reason, keeps its flags."""
    door = Door(db)
    with client(dovecot) as c:
        c.append("INBOX", text_mail(1))
        c.append("INBOX", text_mail(2) + b"x" * 5000)
    p, _ = poller(dovecot, db, door, max_message_bytes=2000)
    assert p.sync_once() == 1
    rows = seen_rows(db)
    assert [(r.uid, r.item_id is not None) for r in rows] == [(1, True), (2, False)]
    assert rows[1].skipped.startswith("too large")
    assert KEYWORD not in flags(dovecot, "INBOX")[2]
    assert p.sync_once() == 0 and door.items() == 1, "a skipped UID is not examined again"


def test_500_messages_without_loss_or_duplicate(dovecot: Dovecot, db: Database) -> None:
    """500 messages appended while the poller runs become exactly 500 items, each UID recorded once."""
    door = Door(db)
    p, stop = poller(dovecot, db, door)
    t = run_thread(p)
    try:
        with client(dovecot) as c:
            for start in range(0, 500, 100):
                c.multiappend("INBOX", [text_mail(n) for n in range(start, start + 100)])
        wait_for(lambda: door.items() == 500, 40, "500 items")
        wait_for(
            lambda: len(rows := seen_rows(db)) == 500 and all(r.action_done for r in rows),
            10,
            "every UID recorded and its action confirmed",
        )
    finally:
        stop.set()
        t.join(timeout=10)
    rows = seen_rows(db)
    assert [r.uid for r in rows] == list(range(1, 501))
    assert len({r.item_id for r in rows}) == 500
    assert len(door.enqueued) == 500 and len(set(door.enqueued)) == 500
    with client(dovecot) as c:
        c.select_folder("INBOX", readonly=True)
        assert len(c.search(["KEYWORD", "$Registratura"])) == 500


@pytest.mark.parametrize("point", ["_record_seen", "_apply_action"])
def test_crash_between_commit_and_action_makes_no_duplicate(
    dovecot: Dovecot, database_url: str, monkeypatch: pytest.MonkeyPatch, point: str
) -> None:
    """A crash after the items' commit but before the action leaves no duplicate; the retry finishes it."""
    database = Database(database_url)
    database.migrate()
    try:
        door = Door(database)
        append(dovecot, "INBOX", range(1, 3))
        p, _ = poller(dovecot, database, door)

        def crash(*_args: object) -> None:
            raise Crash(point)

        with monkeypatch.context() as m:
            m.setattr(p, point, crash)
            with pytest.raises(Crash):
                p.sync_once()
        assert door.items() == 2, "the items were committed before the crash"
        assert all(KEYWORD not in f for f in flags(dovecot, "INBOX").values())

        assert p.sync_once() == (2 if point == "_record_seen" else 0)
        assert door.items() == 2
        assert len(door.enqueued) == 2, "the retry must not send a second request"
        assert all(KEYWORD in f for f in flags(dovecot, "INBOX").values())
        rows = seen_rows(database)
        assert [r.uid for r in rows] == [1, 2] and all(r.action_done for r in rows)
        # And a third pass finds nothing left to do.
        assert p.sync_once() == 0 and len(door.enqueued) == 2
    finally:
        database.dispose()


def test_lease_gives_a_folder_to_one_process(database_url: str) -> None:
    """Only one owner holds a folder's lease; another takes over after expiry or release."""
    database = Database(database_url)
    database.migrate()
    key = state.FolderKey("sesizari", "INBOX")
    try:
        assert state.take_lease(database, key, "a", 0.5)
        assert not state.take_lease(database, key, "b", 0.5)
        assert state.take_lease(database, key, "a", 0.5), "the holder renews"
        wait_for(lambda: state.lease_holder(database, key) is None, 5, "the lease to expire")
        assert state.take_lease(database, key, "b", 30)
        assert not state.take_lease(database, key, "a", 30), "the old holder lost it"
        state.release_lease(database, key, "a")  # not the holder: changes nothing
        assert state.lease_holder(database, key) == "b"
        state.release_lease(database, key, "b")
        assert state.take_lease(database, key, "a", 30)
    finally:
        database.dispose()


def test_second_process_takes_over_the_folder(dovecot: Dovecot, db: Database) -> None:
    """Two pollers on one folder: one polls; when it stops the other takes the folder over."""
    door = Door(db)
    key = state.FolderKey("sesizari", "INBOX")
    a, stop_a = poller(dovecot, db, door)
    b = FolderPoller(
        a.account, "INBOX", db, door, stop=threading.Event(), owner="test-b",
        timings=FAST, password=dovecot.password,
    )  # fmt: skip
    ta = run_thread(a)
    wait_for(lambda: state.lease_holder(db, key) == "test-a", 10, "a to take the lease")
    tb = run_thread(b)
    try:
        # As below: a message appended while `a` enters IDLE may wait for the
        # recheck (5 min; its own test covers it), so append once `a` idles.
        wait_for(lambda: a.idling, 10, "a to enter IDLE")
        append(dovecot, "INBOX", range(1, 3))
        wait_for(lambda: door.items() == 2, 15, "two messages")
        assert state.lease_holder(db, key) == "test-a"
        stop_a.set()
        ta.join(timeout=10)
        wait_for(lambda: state.lease_holder(db, key) == "test-b", 10, "b to take over")
        # Appended while b enters IDLE, the message can go unannounced for a whole
        # idle period (Dovecot 2.3, seen once in CI): append once b is idling.
        wait_for(lambda: b.idling, 10, "b to enter IDLE")
        append(dovecot, "INBOX", range(3, 4))
        wait_for(lambda: door.items() == 3, 15, "the message after the take-over")
    finally:
        stop_a.set()
        b.stop.set()
        ta.join(timeout=10)
        tb.join(timeout=10)
    assert len(door.enqueued) == 3


def test_records_of_messages_gone_from_the_folder_are_dropped(
    dovecot: Dovecot, db: Database
) -> None:
    """The seen-UID table keeps what is still in the folder: expunged mail leaves no record."""
    door = Door(db)
    append(dovecot, "INBOX", range(1, 6))
    p, _ = poller(dovecot, db, door)
    assert p.sync_once() == 5
    assert [r.uid for r in seen_rows(db)] == [1, 2, 3, 4, 5]
    with client(dovecot) as c:
        c.select_folder("INBOX")
        c.delete_messages([2, 4])
        c.expunge()
    append(dovecot, "INBOX", range(6, 7))
    assert p.sync_once() == 1  # only the new one: what stayed is not fetched again
    assert [r.uid for r in seen_rows(db)] == [1, 3, 5, 6]
    assert door.items() == 6 and len(door.enqueued) == 6
