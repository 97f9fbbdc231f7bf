"""The one door in: store the original and its `received` row, then enqueue.

Every channel (CLI, SMTP, IMAP, watched folder) calls `accept`. It returns
only after the commit, so a caller that says "accepted" to its sender (SMTP
250, IMAP flag, file moved to done/) has a durable item behind that word. If
the database refuses, `StorageUnavailable` tells the caller to answer "try
later" (SMTP 451) and keep its copy. Enqueueing happens after the commit; if
the broker is down the item is still safe and the sweep sends it on later.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError

from ingest.envelope import Envelope
from storage import Database, Event, Item, Original, State, StorageUnavailable
from storage.registry import next_registration_number

log = logging.getLogger(__name__)

LOCAL_TZ = ZoneInfo("Europe/Bucharest")
Enqueue = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class Accepted:
    """The answer of the door: which item holds these bytes, and whether it was new."""

    item_id: int
    registration_number: str
    sha256: str
    duplicate: bool


def accept(db: Database, raw: bytes, envelope: Envelope, enqueue: Enqueue | None) -> Accepted:
    """Store `raw` durably (once per SHA-256) and hand its id to the pipeline."""
    digest = hashlib.sha256(raw).hexdigest()
    for attempt in range(3):
        try:
            result = _store(db, raw, digest, envelope)
            break
        except IntegrityError:
            # Another accept stored the same bytes (or took the year's first
            # number) between our look-up and our insert: look again.
            if attempt == 2:
                raise
        except DBAPIError as exc:
            raise StorageUnavailable(f"database refused the item: {exc.orig!r}") from exc
        except OSError as exc:
            raise StorageUnavailable(f"storage refused the item: {exc}") from exc
    if not result.duplicate and enqueue is not None:
        try:
            enqueue(result.item_id)
        except Exception:  # the broker is transport only; the sweep re-sends
            log.warning(
                "item %s stored but not enqueued; the sweep will send it",
                result.item_id,
                exc_info=True,
            )
    return result


def _store(db: Database, raw: bytes, digest: str, envelope: Envelope) -> Accepted:
    with db.writer() as session:
        existing = session.execute(
            select(Item.id, Item.registration_number).where(Item.sha256 == digest)
        ).first()
        if existing is not None:
            return Accepted(existing.id, existing.registration_number, digest, duplicate=True)
        if session.get(Original, digest) is None:
            session.add(Original(sha256=digest, size=len(raw), data=raw))
        year = envelope.received_at.astimezone(LOCAL_TZ).year
        item = Item(
            registration_number=next_registration_number(session, year),
            sha256=digest,
            channel=envelope.channel.value,
            filename=envelope.filename,
            envelope=envelope.to_json(),
            received_at=envelope.received_at,
            state=State.RECEIVED.value,
            state_changed_at=envelope.received_at,
            attempts=0,
        )
        session.add(item)
        session.flush()
        session.add(
            Event(
                item_id=item.id,
                at=envelope.received_at,
                actor=f"ingest.{envelope.channel.value}",
                from_state=None,
                to_state=State.RECEIVED.value,
                detail={"size": len(raw), "registration_number": item.registration_number},
            )
        )
        return Accepted(item.id, item.registration_number, digest, duplicate=False)
