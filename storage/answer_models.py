"""Outgoing answers seen in a Sent folder or a journal copy, and the requests they answered.

`answers`: one row per outgoing message examined (per source and SHA-256 of
what was read: the header block of a Sent-folder message, the whole journal
copy, kept as received), with what it was taken for (`outcome`: the requests
it answered, or why it answered none). A journal copy is stored here and
nowhere else: it never becomes an item, so it never reaches a queue.

`answer_links`: the idempotence key of a detected response, (request,
the answer's normalised Message-ID). A row exists once per pair however
often the message is seen (a re-scan, a new UIDVALIDITY, the same answer in
the Sent folder and in the journal), and the `responded` clock event is
written in the transaction that inserts it. Migration 0008_answers creates
both tables.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, CleanJSON, CleanString


class AnswerRow(Base):
    """One outgoing message examined, and what it was taken for."""

    __tablename__ = "answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(32))  # sent-folder | journal
    sha256: Mapped[str] = mapped_column(String(64))
    message_id: Mapped[str | None] = mapped_column(CleanString(320))
    from_addr: Mapped[str | None] = mapped_column(CleanString(320))
    subject: Mapped[str | None] = mapped_column(CleanString(512))
    sent_at: Mapped[datetime | None]  # its Date header, as written
    seen_at: Mapped[datetime]
    # The header block (Sent folder: the message stays on the server) or the
    # whole journal copy as received.
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    # Where it was read: {"account", "folder", "uidvalidity", "uid"} or the SMTP envelope.
    origin: Mapped[dict[str, Any]] = mapped_column(CleanJSON)
    # {"answered": [{"registration_number", "at", "recorded"}], "unmatched": [...]} or {"ignored": why}
    outcome: Mapped[dict[str, Any]] = mapped_column(CleanJSON)

    __table_args__ = (UniqueConstraint("source", "sha256", name="uq_answers_source_sha256"),)


class AnswerLink(Base):
    """A response recorded: this request was answered by the message with this Message-ID."""

    __tablename__ = "answer_links"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(320), primary_key=True)  # normalised
    answer_id: Mapped[int | None] = mapped_column(ForeignKey("answers.id"))
    recorded_at: Mapped[datetime]

    __table_args__ = (Index("ix_answer_links_message_id", "message_id"),)
