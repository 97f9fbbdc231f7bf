"""Clock events: the instants a request was acknowledged, answered, paused, resumed, closed, reopened.

One row per event, each also written to the audit trail. The response-time
figures (`router.timeline`) are computed from these rows, so a correction
or a changed calendar recomputes history; the `items` columns
`acknowledged_at`, `first_response_at` and `closed_at` are a cache of that
computation for quick listing. Migration 0004_clock creates the table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base


class ClockEventRow(Base):
    """One event on one request's clock."""

    __tablename__ = "clock_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    # acknowledged | responded | waiting | resumed | closed | reopened
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]  # when it took effect (a reply sent by post: when it was sent)
    recorded_at: Mapped[datetime]  # when we learnt of it
    source: Mapped[str] = mapped_column(String(64))  # cli:NAME, outbox, sent-folder, journal…
    ref: Mapped[str | None] = mapped_column(String(320))  # e.g. the reply's Message-ID

    __table_args__ = (Index("ix_clock_events_item_at", "item_id", "at"),)
