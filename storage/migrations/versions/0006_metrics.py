"""indexes for /metrics: a scrape reads indexes, not rows

Revision ID: 0006_metrics
Revises: 0005_audit

`registratura.metrics` answers every scrape with aggregate queries. Without
these, each one walks the `items` rows, whose JSON (the parse, the decision)
stands before the narrow columns (SQLite reads them through overflow pages;
PostgreSQL re-parses `json` on every row): a scrape of 100,000 requests took
longer than loading them all into Python. With them:

- `items.verdict`: the signature verdict, `decision -> signatures -> verdict`,
  as a generated column (SQLite: VIRTUAL, computed when read or indexed;
  PostgreSQL: STORED, which rewrites the table once). Nobody writes it: it
  follows `decision`, which the route step writes.
- `ix_items_metrics`: every narrow column a gauge, counter or histogram
  reads: a covering index, so a scrape reads this index and never the rows
  (PostgreSQL: an index-only scan). The first five are the scrape's
  grouping, in its order (SQLite then aggregates as it reads, no sort);
  `state` first also serves the queries on routed items alone.
- `ix_events_to_state`: quarantines and duplicate arrivals are a few rows
  among the audit trail's millions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_metrics"
down_revision = "0005_audit"
branch_labels = None
depends_on = None

METRICS_COLUMNS = [
    "state",
    "queue",
    "channel",
    "category",
    "verdict",
    "received_at",
    "state_changed_at",
    "due_at",
    "acknowledged_at",
    "first_response_at",
    "closed_at",
]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    verdict = (
        "json_extract(decision, '$.signatures.verdict')"
        if sqlite
        else "((decision -> 'signatures') ->> 'verdict')"
    )
    op.add_column(
        "items",
        # Text, not VARCHAR(n): a longer value must never make the route step's UPDATE fail.
        sa.Column("verdict", sa.Text(), sa.Computed(verdict, persisted=not sqlite)),
    )
    op.create_index("ix_items_metrics", "items", METRICS_COLUMNS)
    op.create_index("ix_events_to_state", "events", ["to_state", "actor"])


def downgrade() -> None:
    op.drop_index("ix_events_to_state", table_name="events")
    op.drop_index("ix_items_metrics", table_name="items")
    op.drop_column("items", "verdict")
