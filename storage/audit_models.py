"""Seals over the audit trail: a running SHA-256 over every event, in id order.

Each seal records the last event it covers, how many events that is, and the
chain hash after them. Editing, deleting, inserting or reordering an event
that a seal covers changes the hash recomputed by `registratura audit
verify`. Writers never wait on the chain: sealing runs apart, over events old
enough that no transaction still writing a lower id can commit after it.
Migration 0005_audit creates the table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base


class AuditSeal(Base):
    """The chain hash after the events up to `last_event_id`."""

    __tablename__ = "audit_seals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    last_event_id: Mapped[int] = mapped_column(BigInteger)
    covered: Mapped[int] = mapped_column(BigInteger)  # events under the chain
    chain: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[datetime]
