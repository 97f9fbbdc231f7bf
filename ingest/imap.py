"""The IMAP door: pull mail from configured accounts and folders through `accept`.

One thread per (account, folder). Each holds a lease row in the database
(so several service processes poll a folder once), connects, and then:

1. finishes the after-storage action of UIDs a previous session stored but
   could not flag or move (a crash between commit and action);
2. examines every UID of the folder not yet recorded for this UIDVALIDITY,
   in ascending batches: `BODY.PEEK[]` (which never sets \\Seen), `accept`,
   then one commit recording each UID's item (or why it was skipped), and
   only then the action (keyword, \\Seen, or move);
3. waits with IDLE when the server offers it (re-issued before the 29-minute
   limit of RFC 2177, and left every 5 minutes to look for new UIDs the server
   did not announce), or polls, and examines the new UIDs.

Any connection error ends the session; the next one starts after an
exponential, capped back-off and begins with a full step 2, so nothing is
skipped. A retried message is a SHA-256 duplicate for `accept`: no second
item, no second request.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from imapclient import IMAPClient

from ingest import imap_state as state
from ingest.accept import Accepted
from ingest.envelope import Channel, Envelope
from ingest.errors import ImapConnectionError
from ingest.imap_client import (
    WIRE_ERRORS,
    ImapConnection,
    apply_action,
    is_bye,
    is_new_mail,
    take_new_mail_notice,
    uid_set,
)
from ingest.imap_config import After, ImapAccount, parse_accounts
from router.policy import Policy
from storage import Database, StorageUnavailable

log = logging.getLogger(__name__)

AcceptFn = Callable[[bytes, Envelope], Accepted]


@dataclass(frozen=True, slots=True)
class ImapTimings:
    """The clocks of a poller; the defaults suit production, tests shorten them."""

    # Re-issue IDLE and SELECT the folder again at least this often (RFC 2177:
    # servers may drop an IDLE after 30 minutes).
    idle_seconds: float = 29 * 60
    # Leave IDLE and look for new UIDs at least this often: a server may leave a
    # message that arrives just as IDLE begins unannounced (Dovecot 2.3 does).
    recheck_seconds: float = 5 * 60
    check_seconds: float = 1.0  # how often a waiting poller looks at stop and renews its lease
    lease_seconds: float = 60.0
    backoff_initial: float = 1.0
    backoff_max: float = 300.0
    connect_timeout: float = 15.0
    read_timeout: float = 120.0
    batch_size: int = 50


class LeaseLost(Exception):
    """Another process took the folder's lease; this session must stop at once."""


class FolderPoller:
    """Pulls one folder of one account; `run` is a thread's target, `sync_once` one pass."""

    # EXAMINE instead of SELECT: the server refuses any change to the folder
    # (the Sent-folder reader, `ingest.sent`, sets it).
    read_only = False

    def __init__(
        self,
        account: ImapAccount,
        folder: str,
        db: Database,
        accept_fn: AcceptFn,
        *,
        stop: threading.Event,
        owner: str,
        timings: ImapTimings | None = None,
        password: str | None = None,
    ) -> None:
        self.account = account
        self.key = state.FolderKey(account.name, folder)
        self.db = db
        self.accept_fn = accept_fn
        self.stop = stop
        self.owner = owner
        self.timings = timings or ImapTimings()
        self._password = password if password is not None else account.password()
        self._lease_renewed = 0.0
        self._period_start = 0.0
        self._selected = False  # whether the current session got as far as SELECT
        self.mode = "idle" if account.idle else "poll"  # what the last session used
        self.idling = False  # inside an IDLE command right now (for monitoring and tests)

    # --- the loop ---------------------------------------------------------------------

    def run(self) -> None:
        """Hold the lease and keep a session open until `stop`; reconnect with back-off."""
        backoff = self.timings.backoff_initial
        try:
            while not self.stop.is_set():
                if not self._renew_lease():
                    self.stop.wait(min(self.timings.lease_seconds / 3, 5.0))
                    continue
                self._selected = False
                try:
                    with self._connect() as client:
                        self._session(client, follow=True)
                except LeaseLost:
                    log.warning("imap %s: lease taken by another process", self.key)
                    continue
                except (ImapConnectionError, StorageUnavailable) as exc:
                    problem = str(exc)
                except Exception as exc:  # a poller thread must never die silently
                    log.exception("imap %s: unexpected error", self.key)
                    problem = repr(exc)
                else:
                    continue
                # Back off from the first failure after a good session; a server
                # that never lets us select the folder gets ever longer pauses.
                if self._selected:
                    backoff = self.timings.backoff_initial
                delay = backoff * random.uniform(0.5, 1.0)  # jitter: pollers do not retry in step
                log.warning("imap %s: %s; retrying in %.1fs", self.key, problem, delay)
                self.stop.wait(delay)
                backoff = min(backoff * 2, self.timings.backoff_max)
        finally:
            try:
                state.release_lease(self.db, self.key, self.owner)
            except Exception:  # the lease expires by itself; only the take-over is slower
                log.warning("imap %s: could not release the lease", self.key, exc_info=True)

    def sync_once(self) -> int:
        """One pass without waiting: finish pending actions, store what is new.

        Returns how many UIDs now have an item (new or an earlier duplicate).
        """
        if not self._renew_lease():
            return 0
        try:
            with self._connect() as client:
                return self._session(client, follow=False)
        finally:
            state.release_lease(self.db, self.key, self.owner)

    # --- one session ------------------------------------------------------------------

    def _connect(self) -> ImapConnection:
        return ImapConnection(
            self.account,
            self._password,
            connect_timeout=self.timings.connect_timeout,
            read_timeout=self.timings.read_timeout,
        )

    def _session(self, conn: ImapConnection, *, follow: bool) -> int:
        client = conn.client
        stored = 0
        try:
            target = self.account.move_to
            if self.account.after is After.MOVE and target and not client.folder_exists(target):
                client.create_folder(target)
            use_idle = self.account.idle and client.has_capability("IDLE")
            self.mode = "idle" if use_idle else "poll"
            while True:
                uidvalidity, last_uid = self._select(client)
                self._period_start = time.monotonic()
                self._selected = True
                self._finish_pending(client, uidvalidity)
                # A full look at every UID of the folder: whatever an earlier
                # session left half done (or never saw) is found here.
                take_new_mail_notice(client)
                present = client.search("ALL")
                seen = state.seen_uids(self.db, self.key, uidvalidity)
                # Records of messages gone from the folder can never matter again.
                state.forget_gone(self.db, self.key, uidvalidity, seen.difference(present))
                stored += self._examine(client, uidvalidity, [u for u in present if u not in seen])
                last_uid = max([last_uid, *present])
                # Follow new mail until the period ends, then select again: a
                # folder deleted and recreated under an open session (a new
                # UIDVALIDITY) sends no notice on some servers, Dovecot included.
                while follow and not self.stop.is_set():
                    if not take_new_mail_notice(client) and not self._wait(client, use_idle):
                        break
                    # "n:*" also matches the highest UID when it is below n: filter.
                    new = [u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid]
                    stored += self._examine(client, uidvalidity, new)
                    last_uid = max([last_uid, *new])
                if not follow or self.stop.is_set():
                    return stored
        except WIRE_ERRORS as exc:
            raise ImapConnectionError(f"{type(exc).__name__}: {exc}") from exc

    def _select(self, client: IMAPClient) -> tuple[int, int]:
        """SELECT the folder; returns its UIDVALIDITY and the last UID examined under it."""
        info = client.select_folder(self.key.folder, readonly=self.read_only)
        uidvalidity = int(info[b"UIDVALIDITY"])
        last_uid, previous = state.open_folder(self.db, self.key, uidvalidity)
        if previous is not None and previous != uidvalidity:
            log.warning(
                "imap %s: UIDVALIDITY changed %s -> %s; examining the folder again",
                self.key,
                previous,
                uidvalidity,
            )
        return uidvalidity, last_uid

    def _examine(self, client: IMAPClient, uidvalidity: int, uids: Sequence[int]) -> int:
        """Store each UID (ascending, in batches), record it, then run the action."""
        stored = 0
        ordered = sorted(uids)
        for start in range(0, len(ordered), self.timings.batch_size):
            if not self._renew_lease():
                raise LeaseLost(str(self.key))
            batch = ordered[start : start + self.timings.batch_size]
            outcomes = self._store_batch(client, uidvalidity, batch)
            self._record_seen(uidvalidity, outcomes)
            done = [o.uid for o in outcomes if o.item_id is not None]
            self._apply_action(client, done)
            state.mark_done(self.db, self.key, uidvalidity, done)
            stored += len(done)
        return stored

    def _store_batch(
        self, client: IMAPClient, uidvalidity: int, batch: list[int]
    ) -> list[state.Seen]:
        meta = client.fetch(batch, ["RFC822.SIZE", "INTERNALDATE"])
        outcomes: list[state.Seen] = []
        wanted: list[int] = []
        for uid in batch:
            if uid not in meta:
                outcomes.append(state.Seen(uid, skipped="vanished before fetch"))
            elif int(meta[uid].get(b"RFC822.SIZE", 0)) > self.account.max_message_bytes:
                size = int(meta[uid][b"RFC822.SIZE"])
                log.warning(
                    "imap %s: UID %s is %s bytes, over the limit; left on the server",
                    self.key,
                    uid,
                    size,
                )
                outcomes.append(state.Seen(uid, skipped=f"too large: {size} bytes"))
            else:
                wanted.append(uid)
        bodies = client.fetch(wanted, ["BODY.PEEK[]"]) if wanted else {}
        try:
            for uid in wanted:
                raw = bodies.get(uid, {}).get(b"BODY[]")
                if raw is None:
                    outcomes.append(state.Seen(uid, skipped="vanished before fetch"))
                    continue
                internal = meta[uid].get(b"INTERNALDATE")
                envelope = Envelope(
                    channel=Channel.IMAP,
                    extra={
                        "account": self.key.account,
                        "folder": self.key.folder,
                        "uid": uid,
                        "uidvalidity": uidvalidity,
                        "internal_date": internal.isoformat() if internal is not None else None,
                    },
                )
                accepted = self.accept_fn(bytes(raw), envelope)
                outcomes.append(state.Seen(uid, item_id=accepted.item_id))
        except StorageUnavailable:
            # Record what was stored; the rest stays on the server for the next session.
            self._record_seen(uidvalidity, outcomes)
            raise
        return outcomes

    def _record_seen(self, uidvalidity: int, outcomes: Sequence[state.Seen]) -> None:
        state.record_seen(self.db, self.key, uidvalidity, outcomes)

    def _finish_pending(self, client: IMAPClient, uidvalidity: int) -> None:
        pending = state.pending_actions(self.db, self.key, uidvalidity)
        if not pending:
            return
        log.info("imap %s: finishing the action of %s stored message(s)", self.key, len(pending))
        present: list[int] = []
        for start in range(0, len(pending), 500):
            chunk = pending[start : start + 500]
            present += client.search(["UID", uid_set(chunk)])
        self._apply_action(client, present)
        # Gone from the folder (moved or deleted by a person): nothing left to do for those.
        state.mark_done(self.db, self.key, uidvalidity, pending)

    def _apply_action(self, client: IMAPClient, uids: Sequence[int]) -> None:
        """Keyword, \\Seen or move; runs only for UIDs whose item is committed."""
        apply_action(client, self.account, uids, label=str(self.key))

    def _wait(self, client: IMAPClient, use_idle: bool) -> bool:
        """Wait for new mail; False when the period (`idle_seconds`) ended or `stop` is set.

        True also after `recheck_seconds` in IDLE without news: the caller then
        searches for new UIDs, in case the server left one unannounced.
        """
        period_end = self._period_start + self.timings.idle_seconds
        if not use_idle:
            deadline = min(time.monotonic() + self.account.poll_seconds, period_end)
            while not self.stop.is_set() and time.monotonic() < deadline:
                self._check_lease()
                self.stop.wait(
                    min(self.timings.check_seconds, max(0.0, deadline - time.monotonic()))
                )
            client.noop()
            return time.monotonic() < period_end
        client.idle()
        self.idling = True
        recheck = time.monotonic() + self.timings.recheck_seconds
        try:
            if take_new_mail_notice(client):  # announced just before the IDLE continuation
                return True
            while not self.stop.is_set():
                responses = client.idle_check(timeout=self.timings.check_seconds)
                if any(is_bye(r) for r in responses):
                    raise ImapConnectionError("server said BYE during IDLE")
                if any(is_new_mail(r) for r in responses):
                    return True
                self._check_lease()
                if time.monotonic() >= period_end:
                    return False
                if time.monotonic() >= recheck:
                    return True  # look for new UIDs anyway (unannounced mail)
            return False
        finally:
            self.idling = False
            client.idle_done()

    # --- lease ------------------------------------------------------------------------

    def _renew_lease(self) -> bool:
        ok = state.take_lease(self.db, self.key, self.owner, self.timings.lease_seconds)
        if ok:
            self._lease_renewed = time.monotonic()
        return ok

    def _check_lease(self) -> None:
        due = time.monotonic() - self._lease_renewed >= self.timings.lease_seconds / 3
        if due and not self._renew_lease():
            raise LeaseLost(str(self.key))


def start_imap(
    accept_fn: AcceptFn,
    db: Database,
    policy: Policy,
    stop: threading.Event,
    *,
    timings: ImapTimings | None = None,
    owner: str | None = None,
) -> list[threading.Thread]:
    """Start one daemon thread per configured (account, folder); they end when `stop` is set.

    Raises `ImapConfigError` (before starting anything) when the policy's
    `[[imap]]` tables are wrong or a password variable is unset.
    """
    accounts = parse_accounts(policy.raw.get("imap"))
    owner = owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    threads: list[threading.Thread] = []
    for account in accounts:
        for folder in account.folders:
            poller = FolderPoller(
                account, folder, db, accept_fn, stop=stop, owner=owner, timings=timings
            )
            thread = threading.Thread(
                target=poller.run, name=f"imap:{account.name}/{folder}", daemon=True
            )
            thread.start()
            threads.append(thread)
    if threads:
        log.info("imap: polling %s folder(s) as %s", len(threads), owner)
    return threads
