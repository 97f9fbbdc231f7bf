"""Retention's tables: legal holds (who, why, when; released, not deleted) and purges.

`legal_holds`: one row per hold placed on an item, kept when it is released
(`released_at`, `released_by`, `release_reason`): the record shows every hold
an item was ever under. An item is held while one of its rows has no
`released_at`; a held item keeps its whole case from being purged.

`purges`: one row per item whose original and personal data were removed
(`storage.retention`): when, by whom, the cutoff it was purged under and the
rule that set it. Its presence is what makes a second purge skip the item.
Migration 0010_retention creates both.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, CleanText


class LegalHold(Base):
    """A hold on one item: it (and its case) is never purged until released."""

    __tablename__ = "legal_holds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    reason: Mapped[str] = mapped_column(CleanText)
    placed_by: Mapped[str] = mapped_column(String(64))
    placed_at: Mapped[datetime]
    released_at: Mapped[datetime | None]
    released_by: Mapped[str | None] = mapped_column(String(64))
    release_reason: Mapped[str | None] = mapped_column(CleanText)

    __table_args__ = (Index("ix_legal_holds_item", "item_id", "released_at"),)


class Purge(Base):
    """An item whose original, text and personal data were removed under the retention policy."""

    __tablename__ = "purges"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    purged_at: Mapped[datetime]
    purged_by: Mapped[str] = mapped_column(String(64))
    cutoff: Mapped[datetime]  # the item's case ended before this instant
    rule: Mapped[str] = mapped_column(String(64))  # e.g. "queues.support = 365 days"
