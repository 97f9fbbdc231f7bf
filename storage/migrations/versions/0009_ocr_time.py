"""ocr time: the parse step's OCR seconds and pages per item, for /metrics

Revision ID: 0009_ocr_time
Revises: 0008_answers

`items.ocr_seconds` (wall seconds of the extraction of an item that has
OCR'd pages) and `items.ocr_pages` (how many), both NULL when nothing was
OCR'd. `ix_items_ocr` is partial (only the OCR'd items) and covering: the
`registratura_ocr_seconds_per_page` histogram reads it and never a row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_ocr_time"
down_revision = "0008_answers"
branch_labels = None
depends_on = None

OCR_ONLY = "ocr_pages IS NOT NULL"


def upgrade() -> None:
    op.add_column("items", sa.Column("ocr_seconds", sa.Float(), nullable=True))
    op.add_column("items", sa.Column("ocr_pages", sa.Integer(), nullable=True))
    op.create_index(
        "ix_items_ocr",
        "items",
        ["channel", "ocr_pages", "ocr_seconds"],
        sqlite_where=sa.text(OCR_ONLY),
        postgresql_where=sa.text(OCR_ONLY),
    )


def downgrade() -> None:
    op.drop_index("ix_items_ocr", table_name="items")
    op.drop_column("items", "ocr_pages")
    op.drop_column("items", "ocr_seconds")
