"""imap poller: folder positions, seen UIDs, folder leases

Revision ID: 0002_imap
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_imap"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imap_folders",
        sa.Column("account", sa.String(length=255), nullable=False),
        sa.Column("folder", sa.String(length=255), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("account", "folder"),
    )
    op.create_table(
        "imap_seen_uids",
        sa.Column("account", sa.String(length=255), nullable=False),
        sa.Column("folder", sa.String(length=255), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("uid", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("skipped", sa.String(length=255), nullable=True),
        sa.Column("action_done", sa.Boolean(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"]),
        sa.PrimaryKeyConstraint("account", "folder", "uidvalidity", "uid"),
    )
    with op.batch_alter_table("imap_seen_uids", schema=None) as batch_op:
        batch_op.create_index(
            "ix_imap_seen_pending",
            ["account", "folder", "uidvalidity", "action_done"],
            unique=False,
        )
    op.create_table(
        "imap_leases",
        sa.Column("account", sa.String(length=255), nullable=False),
        sa.Column("folder", sa.String(length=255), nullable=False),
        sa.Column("owner", sa.String(length=128), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("account", "folder"),
    )


def downgrade() -> None:
    op.drop_table("imap_leases")
    with op.batch_alter_table("imap_seen_uids", schema=None) as batch_op:
        batch_op.drop_index("ix_imap_seen_pending")
    op.drop_table("imap_seen_uids")
    op.drop_table("imap_folders")
