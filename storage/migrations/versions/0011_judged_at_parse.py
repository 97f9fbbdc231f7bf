"""judged at parse: items parsed without a signature verdict are parsed again

Revision ID: 0011_judged_at_parse
Revises: 0010_retention

The parse step now judges the signatures and stores the verdict in the parse
record (`parsed.signatures`, `router.steps.judge`); the route step decides from
the record alone and reads no original, no DNS and no roots. An item that an
older version parsed (state `parsed`, an understood record without that key)
has no verdict to route by: it goes back to `received`, its record cleared, so
the parse step reads and judges it again (the steps are idempotent). Each such
move is an audit event like any other (actor `migration.0011`); the item keeps
its `state_changed_at`, so the sweep re-sends its parse message at its next
round. Items whose parse failed or understood nothing need no verdict and stay;
so do purged items (no original left to parse).

Downgrade changes nothing: a record with the verdict is still a valid record
for the older route step, which judged again and ignored the key.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0011_judged_at_parse"
down_revision = "0010_retention"
branch_labels = None
depends_on = None

ACTOR = "migration.0011"
REASON = "parsed without a signature verdict (before 0011): parse again"


def needs_parse(parsed: Any) -> bool:
    """An understood record without the verdict `router.steps.judge` stores."""
    if isinstance(parsed, str | bytes):
        parsed = json.loads(parsed)
    if not isinstance(parsed, dict):
        return False  # no record at all: nothing this migration can tell
    if parsed.get("error") or parsed.get("understanding") is None:
        return False
    judged = parsed.get("signatures")
    return not (isinstance(judged, dict) and "verdict" in judged)


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, parsed FROM items WHERE state = 'parsed' "
            "AND id NOT IN (SELECT item_id FROM purges) ORDER BY id"
        )
    ).all()
    now = datetime.now(UTC)
    items = sa.table(
        "items",
        sa.column("id", sa.Integer),
        sa.column("state", sa.String),
        sa.column("parsed", sa.JSON),
        sa.column("attempts", sa.Integer),
        sa.column("nudged_at", sa.DateTime(timezone=True)),
    )
    events = sa.table(
        "events",
        sa.column("item_id", sa.Integer),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("actor", sa.String),
        sa.column("from_state", sa.String),
        sa.column("to_state", sa.String),
        sa.column("detail", sa.JSON),
    )
    for item_id, parsed in rows:
        if not needs_parse(parsed):
            continue
        moved = conn.execute(
            sa.update(items)
            .where(items.c.id == item_id, items.c.state == "parsed")
            .values(state="received", parsed=None, attempts=0, nudged_at=None)
        )
        if moved.rowcount == 1:
            conn.execute(
                sa.insert(events).values(
                    item_id=item_id,
                    at=now,
                    actor=ACTOR,
                    from_state="parsed",
                    to_state="received",
                    detail={"reason": REASON},
                )
            )


def downgrade() -> None:
    pass
