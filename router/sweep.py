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
    db: Database,
    older_than: timedelta,
    *,
    now: datetime | None = None,
    limit: int = 1000,
    after_id: int = 0,
    ids: list[int] | None = None,
) -> list[tuple[int, str, str | None]]:
    """(id, state, queue) of non-final items whose state is older than `older_than`
    (at `now`: not moved, nor re-sent, since `now - older_than`).

    One page of at most `limit`, ids above `after_id`; `ids` narrows the look to those items.
    """
    cutoff = (now or utcnow()) - older_than
    query = (
        select(Item.id, Item.state, Item.queue)
        .where(
            Item.id > after_id,
            Item.state.in_(list(NEXT_STEP)),
            func.coalesce(Item.nudged_at, Item.state_changed_at) <= cutoff,
        )
        .order_by(Item.id)
        .limit(limit)
    )
    if ids is not None:
        query = query.where(Item.id.in_(ids))
    with db.reader() as s:
        rows = s.execute(query).all()
    return [(r.id, r.state, r.queue) for r in rows]


def sweep(
    db: Database,
    actors: Actors,
    older_than: timedelta,
    *,
    ids: list[int] | None = None,
    page_size: int = 1000,
    now: datetime | None = None,
) -> int:
    """Re-send every stale item's next message (all of them, page by page); returns how many.
    `now`: the time `older_than` counts back from (default: the sweep's start)."""
    sent = 0
    after = 0
    now = now or utcnow()
    while True:
        page = stale_items(db, older_than, now=now, after_id=after, ids=ids, limit=page_size)
        if not page:
            break
        for item_id, state, queue in page:
            try:
                actors.send_for_state(state, item_id, queue)
            except Exception:
                log.warning(
                    "sweep could not re-send item %s; will try again", item_id, exc_info=True
                )
                return sent
            with db.writer(durable=False) as s:
                s.execute(
                    update(Item)
                    .where(Item.id == item_id, Item.state == state)
                    .values(nudged_at=utcnow())
                )
            sent += 1
        after = page[-1][0]
    if sent:
        log.info("sweep re-sent %s stale item(s)", sent)
    return sent
