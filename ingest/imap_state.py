"""The IMAP poller's memory in the database: folder positions, seen UIDs, leases.

Every UID the poller examines gets a row (keyed by account, folder and
UIDVALIDITY) naming the item that holds it or why it was skipped, so a
message is fetched once, ever, and the after-storage action can be finished
by the next session when a crash came between the commit and the action.

The lease is a compare-and-set `UPDATE … WHERE owner = me OR expires_at < now`,
which behaves the same on SQLite and PostgreSQL without advisory locks: one
process polls a folder at a time, and another takes over once the holder
stops renewing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import cast

from sqlalchemy import ColumnElement, Table, case, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from storage import Database, utcnow
from storage.imap_models import ImapFolder, ImapLease, ImapSeenUid

FOLDERS = cast(Table, ImapFolder.__table__)
SEEN = cast(Table, ImapSeenUid.__table__)
LEASES = cast(Table, ImapLease.__table__)
_CHUNK = 500  # keeps IN (...) lists well under every backend's parameter limit


@dataclass(frozen=True, slots=True)
class FolderKey:
    """One polled folder of one account (the unit of leasing and of UID tracking)."""

    account: str
    folder: str

    def __str__(self) -> str:
        return f"{self.account}/{self.folder}"


@dataclass(frozen=True, slots=True)
class Seen:
    """The outcome for one UID: the item holding its bytes, or the reason it was skipped."""

    uid: int
    item_id: int | None = None
    skipped: str | None = None


def _chunks(values: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _where(key: FolderKey, table: Table) -> tuple[ColumnElement[bool], ...]:
    return (table.c.account == key.account, table.c.folder == key.folder)


# --- leases ------------------------------------------------------------------------------


def take_lease(db: Database, key: FolderKey, owner: str, seconds: float) -> bool:
    """Take or renew the lease of `key` for `seconds`; False while someone else holds it."""
    now = utcnow()
    expires = now + timedelta(seconds=seconds)
    try:
        with db.begin(durable=False) as conn:
            result = conn.execute(
                update(LEASES)
                .where(
                    *_where(key, LEASES),
                    (LEASES.c.owner == owner) | (LEASES.c.expires_at < now),
                )
                .values(
                    owner=owner,
                    expires_at=expires,
                    generation=case(
                        (LEASES.c.owner == owner, LEASES.c.generation),
                        else_=LEASES.c.generation + 1,
                    ),
                )
            )
            if result.rowcount == 1:
                return True
            exists = conn.execute(select(LEASES.c.owner).where(*_where(key, LEASES))).first()
            if exists is not None:
                return False
            conn.execute(
                insert(LEASES).values(
                    account=key.account,
                    folder=key.folder,
                    owner=owner,
                    expires_at=expires,
                    generation=1,
                )
            )
            return True
    except IntegrityError:
        # Another process inserted the first lease row between our look and our insert.
        return False


def release_lease(db: Database, key: FolderKey, owner: str) -> None:
    """Let another process take `key` at once (a clean stop need not wait for expiry)."""
    with db.begin(durable=False) as conn:
        conn.execute(
            update(LEASES)
            .where(*_where(key, LEASES), LEASES.c.owner == owner)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )


def lease_holder(db: Database, key: FolderKey) -> str | None:
    """The owner of an unexpired lease on `key`, if any."""
    with db.read() as conn:
        row = conn.execute(
            select(LEASES.c.owner, LEASES.c.expires_at).where(*_where(key, LEASES))
        ).first()
    if row is None or row.expires_at <= utcnow():
        return None
    return str(row.owner)


# --- folder position and seen UIDs -------------------------------------------------------


def open_folder(db: Database, key: FolderKey, uidvalidity: int) -> tuple[int, int | None]:
    """Record that the server's folder has `uidvalidity`; returns (last_uid, previous validity).

    A different UIDVALIDITY means the server renumbered the folder: the old
    UIDs say nothing any more, so the position restarts at 0 and the folder
    is examined again (items already stored come back as SHA-256 duplicates).
    """
    with db.begin(durable=False) as conn:
        row = conn.execute(
            select(FOLDERS.c.uidvalidity, FOLDERS.c.last_uid).where(*_where(key, FOLDERS))
        ).first()
        if row is not None and int(row.uidvalidity) == uidvalidity:
            return int(row.last_uid), uidvalidity
        values = {"uidvalidity": uidvalidity, "last_uid": 0, "updated_at": utcnow()}
        if row is None:
            conn.execute(insert(FOLDERS).values(account=key.account, folder=key.folder, **values))
            return 0, None
        conn.execute(update(FOLDERS).where(*_where(key, FOLDERS)).values(**values))
        return 0, int(row.uidvalidity)


def seen_uids(db: Database, key: FolderKey, uidvalidity: int) -> set[int]:
    """Every UID of this folder generation already examined."""
    with db.read() as conn:
        return {
            int(uid)
            for uid in conn.execute(
                select(SEEN.c.uid).where(*_where(key, SEEN), SEEN.c.uidvalidity == uidvalidity)
            ).scalars()
        }


def forget_gone(db: Database, key: FolderKey, uidvalidity: int, gone: Iterable[int]) -> int:
    """Drop the records of UIDs no longer in the folder, and of its earlier UIDVALIDITYs.

    A UID is never given again under the same UIDVALIDITY (RFC 3501 2.3.1.1),
    so the record of a message that was moved away or expunged can never stop
    a fetch; under another UIDVALIDITY a record says nothing at all. What is
    still in the folder stays recorded, so nothing is fetched twice. Returns
    the number of records dropped.
    """
    dropped = 0
    with db.begin(durable=False) as conn:
        result = conn.execute(
            delete(SEEN).where(*_where(key, SEEN), SEEN.c.uidvalidity != uidvalidity)
        )
        dropped += result.rowcount or 0
        for chunk in _chunks(sorted(gone)):
            result = conn.execute(
                delete(SEEN).where(
                    *_where(key, SEEN),
                    SEEN.c.uidvalidity == uidvalidity,
                    SEEN.c.uid.in_(list(chunk)),
                )
            )
            dropped += result.rowcount or 0
    return dropped


def pending_actions(db: Database, key: FolderKey, uidvalidity: int) -> list[int]:
    """UIDs stored as items whose after-storage action has not been confirmed yet."""
    with db.read() as conn:
        return sorted(
            int(uid)
            for uid in conn.execute(
                select(SEEN.c.uid).where(
                    *_where(key, SEEN),
                    SEEN.c.uidvalidity == uidvalidity,
                    SEEN.c.item_id.is_not(None),
                    SEEN.c.action_done.is_(False),
                )
            ).scalars()
        )


def record_seen(db: Database, key: FolderKey, uidvalidity: int, outcomes: Sequence[Seen]) -> None:
    """Write the outcome of each examined UID and advance the folder's last UID, in one commit."""
    if not outcomes:
        return
    now = utcnow()
    with db.begin(durable=False) as conn:
        uids = [o.uid for o in outcomes]
        existing: set[int] = set()
        for chunk in _chunks(uids):
            existing.update(
                int(u)
                for u in conn.execute(
                    select(SEEN.c.uid).where(
                        *_where(key, SEEN),
                        SEEN.c.uidvalidity == uidvalidity,
                        SEEN.c.uid.in_(list(chunk)),
                    )
                ).scalars()
            )
        new_rows = [
            {
                "account": key.account,
                "folder": key.folder,
                "uidvalidity": uidvalidity,
                "uid": o.uid,
                "item_id": o.item_id,
                "skipped": o.skipped,
                # A skipped message is left untouched on the server: nothing to finish.
                "action_done": o.item_id is None,
                "seen_at": now,
            }
            for o in outcomes
            if o.uid not in existing
        ]
        if new_rows:
            conn.execute(insert(SEEN), new_rows)
        for o in outcomes:
            if o.uid in existing:  # examined again after a crash: the latest outcome wins
                conn.execute(
                    update(SEEN)
                    .where(
                        *_where(key, SEEN), SEEN.c.uidvalidity == uidvalidity, SEEN.c.uid == o.uid
                    )
                    .values(item_id=o.item_id, skipped=o.skipped, seen_at=now)
                )
        conn.execute(
            update(FOLDERS)
            .where(
                *_where(key, FOLDERS),
                FOLDERS.c.uidvalidity == uidvalidity,
                FOLDERS.c.last_uid < max(uids),
            )
            .values(last_uid=max(uids), updated_at=now)
        )


def mark_done(db: Database, key: FolderKey, uidvalidity: int, uids: Sequence[int]) -> None:
    """Confirm the after-storage action of `uids` ran on the server."""
    if not uids:
        return
    with db.begin(durable=False) as conn:
        for chunk in _chunks(list(uids)):
            conn.execute(
                update(SEEN)
                .where(
                    *_where(key, SEEN),
                    SEEN.c.uidvalidity == uidvalidity,
                    SEEN.c.uid.in_(list(chunk)),
                )
                .values(action_done=True)
            )
