"""The outbox: mail registratura sends (acknowledgements), one row per message.

The row is the message: written in the same transaction as the decision that
wants it (`router.outbox.plan_acknowledgement`, inside the route step), with
the whole RFC 5322 message already rendered (its own Message-ID), the
envelope and the state of its sending. The relay (`registratura.relay`)
claims unsent rows with a lease, sends them and marks them sent or failed.
Migration 0007_outbox creates the table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, CleanText


class OutboxRow(Base):
    """One outgoing message and where its sending stands."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))  # acknowledgement
    # What makes a second row of this kind a duplicate: the case id (its first
    # registration number) for an acknowledgement, so a case is acknowledged once.
    dedupe_key: Mapped[str] = mapped_column(String(64))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    registration_number: Mapped[str] = mapped_column(String(32))
    # pending (not sent yet; claimed while lease_until is in the future) | sent | failed
    status: Mapped[str] = mapped_column(String(16))
    mail_from: Mapped[str] = mapped_column(String(320))  # SMTP reverse-path ("" is <>)
    rcpt_to: Mapped[str] = mapped_column(String(320))
    message_id: Mapped[str] = mapped_column(String(320), unique=True)
    message: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(CleanText)

    __table_args__ = (
        UniqueConstraint("kind", "dedupe_key", name="uq_outbox_kind_dedupe"),
        Index("ix_outbox_status_next", "status", "next_attempt_at"),
    )
