"""retention: legal holds and purges

Revision ID: 0010_retention
Revises: 0009_ocr_time

`legal_holds`: every hold placed on an item, with who placed it, why and when,
and, once released, who released it, why and when (rows are never deleted).
`purges`: one row per item whose original and personal data `registratura
purge` removed, with the cutoff and the policy rule it was purged under.
Nothing existing changes: the audit trail (and its hash chain) is untouched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_retention"
down_revision = "0009_ocr_time"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "legal_holds",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("items.id"), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("placed_by", sa.String(length=64), nullable=False),
        sa.Column("placed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("released_by", sa.String(length=64), nullable=True),
        sa.Column("release_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_legal_holds_item", "legal_holds", ["item_id", "released_at"])
    op.create_table(
        "purges",
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("items.id"), nullable=False),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("purged_by", sa.String(length=64), nullable=False),
        sa.Column("cutoff", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rule", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("item_id"),
    )


def downgrade() -> None:
    op.drop_table("purges")
    op.drop_index("ix_legal_holds_item", table_name="legal_holds")
    op.drop_table("legal_holds")
