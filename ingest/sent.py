"""The Sent-folder reader: our outgoing mail, read only, each answer recorded on its request.

The IMAP poller's machinery (`ingest.imap.FolderPoller`: a lease per folder,
every UID recorded under its UIDVALIDITY, IDLE or polling, reconnection with
back-off) with three differences:

- the folder is opened with EXAMINE, so the server itself refuses any change;
  no flag, keyword or move is ever asked for, and only `BODY.PEEK[HEADER]`
  is fetched (the headers say what a message answers; the body stays there);
- a message is not an item: it goes to `router.answers.record_answer`, which
  records a `responded` clock event (source `sent-folder`) on each request it
  answers, once per (request, Message-ID);
- the seen-UID row holds what the message was taken for, in its `skipped`
  column (there is no item, and no after-storage action to finish).

Configured by the `REGISTRATURA_SENT_IMAP_*` settings (one mailbox, one or
more folders): see `sent_account`.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from imapclient import IMAPClient

from ingest import imap_state as state
from ingest.accept import Accepted
from ingest.envelope import Envelope
from ingest.imap import FolderPoller, ImapTimings
from ingest.imap_config import ImapAccount, Tls
from router.answers import SENT_FOLDER, record_answer
from storage import Database, StorageUnavailable, utcnow

if TYPE_CHECKING:
    from registratura.settings import Settings

log = logging.getLogger(__name__)

OwnDomains = Callable[[], Sequence[str]]
PASSWORD_ENV = "REGISTRATURA_SENT_IMAP_PASSWORD"


def _never(_raw: bytes, _envelope: Envelope) -> Accepted:
    raise AssertionError("the Sent-folder reader stores no items")


class SentFolderPoller(FolderPoller):
    """Reads one Sent folder without changing it; each new message is offered as an answer."""

    read_only = True

    def __init__(
        self,
        account: ImapAccount,
        folder: str,
        db: Database,
        own_domains: OwnDomains,
        *,
        stop: threading.Event,
        owner: str,
        timings: ImapTimings | None = None,
        password: str | None = None,
    ) -> None:
        super().__init__(
            account, folder, db, _never, stop=stop, owner=owner, timings=timings, password=password
        )
        self.own_domains = own_domains

    def _finish_pending(self, client: IMAPClient, uidvalidity: int) -> None:
        return  # nothing is ever done to a Sent message

    def _apply_action(self, client: IMAPClient, uids: Sequence[int]) -> None:
        return  # read only: no keyword, no \\Seen, no move, whatever the account says

    def _store_batch(
        self, client: IMAPClient, uidvalidity: int, batch: list[int]
    ) -> list[state.Seen]:
        fetched = client.fetch(batch, ["INTERNALDATE", "BODY.PEEK[HEADER]"])
        outcomes: list[state.Seen] = []
        try:
            for uid in batch:
                data = fetched.get(uid) or {}
                header = data.get(b"BODY[HEADER]")
                if header is None:
                    outcomes.append(state.Seen(uid, skipped="vanished before fetch"))
                    continue
                internal = data.get(b"INTERNALDATE")
                origin: dict[str, Any] = {
                    "account": self.key.account,
                    "folder": self.key.folder,
                    "uidvalidity": uidvalidity,
                    "uid": uid,
                    "internal_date": _iso(internal),
                }
                result = record_answer(
                    self.db,
                    bytes(header),
                    source=SENT_FOLDER,
                    seen_at=utcnow(),
                    own=tuple(self.own_domains()),
                    origin=origin,
                )
                note = f"answer {result.answer_id}: {result.summary()}"
                outcomes.append(state.Seen(uid, skipped=note[:255]))
        except StorageUnavailable:
            # Record what was done; the rest is examined again by the next session.
            self._record_seen(uidvalidity, outcomes)
            raise
        return outcomes


def _iso(value: Any) -> str | None:
    if not isinstance(value, datetime):
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()


def sent_account(settings: Settings) -> tuple[ImapAccount, str] | None:
    """The Sent mailbox of the `REGISTRATURA_SENT_IMAP_*` settings and its password; None
    when `SENT_IMAP_HOST` is unset (the settings check the rest when they are read)."""
    if not settings.sent_imap_host:
        return None
    assert settings.sent_imap_username and settings.sent_imap_password  # Settings checked it
    from registratura.settings import listed

    tls = Tls(settings.sent_imap_tls)
    folders = listed(settings.sent_imap_folders)
    account = ImapAccount(
        name=f"sent:{settings.sent_imap_username}@{settings.sent_imap_host}",
        host=settings.sent_imap_host,
        port=settings.sent_imap_port or (993 if tls is Tls.SSL else 143),
        tls=tls,
        username=settings.sent_imap_username,
        password_env=PASSWORD_ENV,
        folders=tuple(folders),
        poll_seconds=settings.sent_imap_poll_seconds,
        idle=settings.sent_imap_idle,
        ca_file=str(settings.sent_imap_ca_file) if settings.sent_imap_ca_file else None,
    )
    return account, settings.sent_imap_password.get_secret_value()


def start_sent(
    db: Database,
    settings: Settings,
    own_domains: OwnDomains,
    stop: threading.Event,
    *,
    timings: ImapTimings | None = None,
    owner: str | None = None,
) -> list[threading.Thread]:
    """One daemon thread per configured Sent folder (none when unconfigured); they end on `stop`."""
    configured = sent_account(settings)
    if configured is None:
        return []
    account, password = configured
    owner = owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    threads: list[threading.Thread] = []
    for folder in account.folders:
        poller = SentFolderPoller(
            account,
            folder,
            db,
            own_domains,
            stop=stop,
            owner=owner,
            timings=timings,
            password=password,
        )
        thread = threading.Thread(
            target=poller.run, name=f"sent:{account.username}/{folder}", daemon=True
        )
        thread.start()
        threads.append(thread)
    log.info(
        "sent: reading %s (read only) at %s as %s",
        ", ".join(account.folders),
        account.host,
        owner,
    )
    return threads
