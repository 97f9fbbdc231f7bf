"""answers: outgoing answers seen in a Sent folder or a journal copy, and the responses they recorded

Revision ID: 0008_answers
Revises: 0007_outbox
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_answers"
down_revision = "0007_outbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("message_id", sa.String(length=320), nullable=True),
        sa.Column("from_addr", sa.String(length=320), nullable=True),
        sa.Column("subject", sa.String(length=512), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("origin", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", "sha256", name="uq_answers_source_sha256"),
    )
    op.create_table(
        "answer_links",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=320), nullable=False),
        sa.Column("answer_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"]),
        sa.ForeignKeyConstraint(["answer_id"], ["answers.id"]),
        sa.PrimaryKeyConstraint("item_id", "message_id"),
    )
    # References naming an earlier answer of ours find its requests by Message-ID.
    op.create_index("ix_answer_links_message_id", "answer_links", ["message_id"])


def downgrade() -> None:
    op.drop_index("ix_answer_links_message_id", table_name="answer_links")
    op.drop_table("answer_links")
    op.drop_table("answers")
