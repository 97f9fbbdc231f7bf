"""Tables of the IMAP poller: folder positions, every UID examined, and folder leases.

Kept apart from `storage.models` (same `Base`, own migration 0002_imap) so the
IMAP channel can change without touching the item tables.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base


class ImapFolder(Base):
    """Where the poller stands in one folder: its UIDVALIDITY and the highest UID examined."""

    __tablename__ = "imap_folders"

    account: Mapped[str] = mapped_column(String(255), primary_key=True)
    folder: Mapped[str] = mapped_column(String(255), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime]


class ImapSeenUid(Base):
    """One message examined: the item that holds it, or why it was skipped.

    A row is written after the item's commit; `action_done` turns true once
    the after-storage action (keyword, seen, move) succeeded on the server.
    """

    __tablename__ = "imap_seen_uids"

    account: Mapped[str] = mapped_column(String(255), primary_key=True)
    folder: Mapped[str] = mapped_column(String(255), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    uid: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    skipped: Mapped[str | None] = mapped_column(String(255))
    action_done: Mapped[bool] = mapped_column(Boolean)
    seen_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_imap_seen_pending", "account", "folder", "uidvalidity", "action_done"),
    )


class ImapLease(Base):
    """Who polls a folder: one owner at a time, until `expires_at` unless renewed."""

    __tablename__ = "imap_leases"

    account: Mapped[str] = mapped_column(String(255), primary_key=True)
    folder: Mapped[str] = mapped_column(String(255), primary_key=True)
    owner: Mapped[str] = mapped_column(String(128))
    expires_at: Mapped[datetime]
    # Bumped on every take-over, so logs can tell one holder's term from the next.
    generation: Mapped[int] = mapped_column(Integer)
