"""The one door in: store the original and its `received` row, then enqueue.

Every channel (CLI, SMTP, IMAP, watched folder) calls `accept` (or
`accept_many`, which stores several items in one commit: one fsync for the
group). It returns only after the commit, so a caller that says "accepted"
to its sender (SMTP 250, IMAP flag, file moved to done/) has a durable item
behind that word. If the database refuses, `StorageUnavailable` tells the
caller to answer "try later" (SMTP 451) and keep its copy. Enqueueing
happens after the commit; if the broker is down the item is still safe and
the sweep sends it on later.

What the door decides about an item before storing it is decided here, for
every channel alike, by the `AcceptRules` the caller holds (built from the
policy): a mail from a configured fax-to-e-mail gateway (`[[fax_gateways]]`)
is stored as channel `fax`, whichever door it came through.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy.exc import DBAPIError, IntegrityError

from ingest.envelope import Channel, Envelope
from storage import Database, StorageUnavailable
from storage.items import NewItem, insert_items

if TYPE_CHECKING:
    from ingest.fax import GatewayRule

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


# The doors a fax-to-e-mail gateway's mail can come through (a fax folder's or a
# post scan's file is not a mail, and is already what it is).
GATEWAY_DOORS = frozenset({Channel.SMTP, Channel.IMAP, Channel.FOLDER, Channel.CLI})


@dataclass(frozen=True, slots=True)
class AcceptRules:
    """The policy's say at the door: what an item is recorded as before it is stored.

    `fax_gateways`: the policy's `[[fax_gateways]]` (`ingest.fax.GatewayRule`). No
    rules (the default) is a policy without gateways: nothing is recorded as a fax.
    """

    fax_gateways: tuple[GatewayRule, ...] = ()

    def apply(self, raw: bytes, envelope: Envelope) -> Envelope:
        """The envelope the item is stored with.

        A configured gateway's mail becomes channel fax with the number the rule
        found; `extra.via` keeps the door it came through and `extra.gateway_from`
        the From address the rule matched, which the signature checks hold the
        mail to (`router.signatures.paper`).
        """
        if not self.fax_gateways or envelope.channel not in GATEWAY_DOORS:
            return envelope
        from ingest.fax import gateway_match  # the signature checks' From reading: loaded late

        match = gateway_match(raw, self.fax_gateways)
        if match is None:
            return envelope
        return replace(
            envelope,
            channel=Channel.FAX,
            fax_number=match.number,
            extra={**envelope.extra, "via": envelope.channel.value, "gateway_from": match.sender},
        )


NO_RULES = AcceptRules()


def accept(
    db: Database,
    raw: bytes,
    envelope: Envelope,
    enqueue: Enqueue | None,
    rules: AcceptRules = NO_RULES,
) -> Accepted:
    """Store `raw` durably (once per SHA-256) and hand its id to the pipeline."""
    return accept_many(db, [(raw, envelope)], enqueue, rules)[0]


def accept_many(
    db: Database,
    batch: Sequence[tuple[bytes, Envelope]],
    enqueue: Enqueue | None,
    rules: AcceptRules = NO_RULES,
) -> list[Accepted]:
    """Store every item of `batch` in one commit (all or none), then enqueue the new ones.

    Each envelope is first given the policy's say (`rules.apply`): the gateway rule
    holds for every door because every door stores through here.
    """
    batch = [(raw, rules.apply(raw, envelope)) for raw, envelope in batch]
    digests = [hashlib.sha256(raw).hexdigest() for raw, _ in batch]
    for attempt in range(3):
        try:
            results = _store(db, batch, digests)
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
    if enqueue is not None:
        for result in results:
            if result.duplicate:
                continue
            try:
                enqueue(result.item_id)
            except Exception:  # the broker is transport only; the sweep re-sends
                log.warning(
                    "%s stored but not enqueued; the sweep will send it",
                    result.registration_number,
                    exc_info=True,
                )
    return results


def _store(
    db: Database, batch: Sequence[tuple[bytes, Envelope]], digests: list[str]
) -> list[Accepted]:
    new = [
        NewItem(
            raw=raw,
            digest=digest,
            channel=envelope.channel.value,
            filename=envelope.filename,
            envelope=envelope.to_json(),
            received_at=envelope.received_at,
            year=envelope.received_at.astimezone(LOCAL_TZ).year,
            actor=f"ingest.{envelope.channel.value}",
        )
        for (raw, envelope), digest in zip(batch, digests, strict=True)
    ]
    with db.door_begin() as conn:
        stored = insert_items(conn, new)
    return [
        Accepted(s.item_id, s.registration_number, digest, s.duplicate)
        for s, digest in zip(stored, digests, strict=True)
    ]
