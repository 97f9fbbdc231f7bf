"""The sweep: re-send items whose state has not moved for too long.

A lost message (broker restart, a process killed between commit and send,
the in-process broker's memory gone with its process) delays an item; the
sweep makes sure it never loses one. Re-sending is safe because every step
is idempotent.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from router.actors import Actors
from router.steps import NEXT_STEP
from storage import Database, Item, utcnow

log = logging.getLogger(__name__)


def stale_items(
    db: Database, older_than: timedelta, *, now: datetime | None = None, limit: int = 1000
) -> list[tuple[int, str, str | None]]:
    """(id, state, queue) of non-final items whose state is older than `older_than`."""
    cutoff = (now or utcnow()) - older_than
    with db.reader() as s:
        rows = s.execute(
            select(Item.id, Item.state, Item.queue)
            .where(
                Item.state.in_(list(NEXT_STEP)),
                func.coalesce(Item.nudged_at, Item.state_changed_at) <= cutoff,
            )
            .order_by(Item.id)
            .limit(limit)
        ).all()
    return [(r.id, r.state, r.queue) for r in rows]


def sweep(db: Database, actors: Actors, older_than: timedelta) -> int:
    """Re-send every stale item's next message; returns how many were sent."""
    sent = 0
    for item_id, state, queue in stale_items(db, older_than):
        try:
            actors.send_for_state(state, item_id, queue)
        except Exception:
            log.warning("sweep could not re-send item %s; will try again", item_id, exc_info=True)
            break
        with db.writer(durable=False) as s:
            s.execute(
                update(Item)
                .where(Item.id == item_id, Item.state == state)
                .values(nudged_at=utcnow())
            )
        sent += 1
    if sent:
        log.info("sweep re-sent %s stale item(s)", sent)
    return sent
