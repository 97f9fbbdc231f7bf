"""case keys index (threads and cases)

Revision ID: 0003_cases
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_cases"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_keys",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=320), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("registration_number", sa.String(length=32), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_case_keys_item_id", "case_keys", ["item_id"])
    op.create_index("ix_case_keys_kind_value", "case_keys", ["kind", "value"])


def downgrade() -> None:
    op.drop_index("ix_case_keys_kind_value", table_name="case_keys")
    op.drop_index("ix_case_keys_item_id", table_name="case_keys")
    op.drop_table("case_keys")
