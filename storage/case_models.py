"""The case keys index: what joins a new item to an earlier case, or links it to one.

One row per key an item carries (a Message-ID it was sent with, its
registration number, a criminal case number, a transaction number, a user it
names), with the case the item ended up in. `router.cases` writes and reads
it inside the route step's transaction; migration 0003_cases creates it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base


class CaseKey(Base):
    """One key of one item: (kind, value) -> the case (a registration number) it belongs to."""

    __tablename__ = "case_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    # message_id | registration | case_number | transaction | user
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(320))
    case_id: Mapped[str] = mapped_column(String(32))
    registration_number: Mapped[str] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]

    __table_args__ = (Index("ix_case_keys_kind_value", "kind", "value"),)
