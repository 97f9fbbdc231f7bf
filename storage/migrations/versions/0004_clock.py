"""clock events (response times); joins the imap and cases branches into one line

Revision ID: 0004_clock
Revises: 0002_imap, 0003_cases
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_clock"
down_revision = ("0002_imap", "0003_cases")
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clock_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("ref", sa.String(length=320), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_clock_events_item_at", "clock_events", ["item_id", "at"])
    # The response-time report reads a window of requests by their receipt.
    op.create_index("ix_items_received_at", "items", ["received_at"])


def downgrade() -> None:
    op.drop_index("ix_items_received_at", table_name="items")
    op.drop_index("ix_clock_events_item_at", table_name="clock_events")
    op.drop_table("clock_events")
