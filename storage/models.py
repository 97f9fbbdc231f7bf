"""The tables: items and their originals, the audit trail, registration counters.

The database is the source of truth for where every item is; broker messages
only carry item ids. Times are stored as timezone-aware UTC. Text and JSON
columns clean what they are given (`storage.text`: no lone surrogates, no
NUL), so SQLite and PostgreSQL hold the same text and neither refuses it.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from storage.text import clean_json, clean_text


class State(enum.StrEnum):
    """Where an item is in the pipeline. `routed` and `quarantined` are final."""

    RECEIVED = "received"  # original stored; parse is next
    PARSED = "parsed"  # text and understanding stored; route is next
    DECIDED = "decided"  # queue, signatures verdict and SLA chosen; queue actor is next
    ROUTED = "routed"  # delivered to its team's queue (final)
    QUARANTINED = "quarantined"  # could not be processed; reason recorded (final)

    @property
    def final(self) -> bool:
        return self in (State.ROUTED, State.QUARANTINED)


FINAL_STATES = (State.ROUTED.value, State.QUARANTINED.value)


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use UTC-aware times")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class CleanJSON(TypeDecorator[Any]):
    """JSON whose strings are valid UTF-8 without NUL, written and read (`storage.text`).

    PostgreSQL's `json` takes `\\u0000` and a lone surrogate escape, but the
    text they reach later (a case key, a JSON line) does not; SQLite takes
    both. Cleaning on the way in makes the two databases hold the same
    thing; cleaning on the way out covers rows written before this rule.
    """

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return clean_json(value)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return clean_json(value)


def _clean_or_none(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


class CleanText(TypeDecorator[str]):
    """Text that may come from outside (an error message): cleaned as JSON strings are."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return _clean_or_none(value)

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        return _clean_or_none(value)


class CleanString(TypeDecorator[str]):
    """A bounded VARCHAR that may come from outside (a file name), cleaned the same way."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return _clean_or_none(value)

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        return _clean_or_none(value)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: CleanJSON(), datetime: UtcDateTime()}


class Original(Base):
    """The bytes exactly as received, addressed by their SHA-256 (stored once)."""

    __tablename__ = "originals"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Item(Base):
    """One inbound item: its envelope, its state, and what the pipeline made of it."""

    __tablename__ = "items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    registration_number: Mapped[str] = mapped_column(String(32), unique=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("originals.sha256"), unique=True)
    channel: Mapped[str] = mapped_column(String(16))
    filename: Mapped[str | None] = mapped_column(CleanString(512))
    envelope: Mapped[dict[str, Any]] = mapped_column(CleanJSON)
    received_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16), index=True)
    state_changed_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # When the sweep last re-sent this item's message; it waits that long again before the next.
    nudged_at: Mapped[datetime | None]
    category: Mapped[str | None] = mapped_column(String(32))
    queue: Mapped[str | None] = mapped_column(String(32), index=True)
    # The parse step's output (document summary + understanding) and the full
    # structured request once decided; both JSON shaped like REQUEST_SCHEMA.md.
    parsed: Mapped[dict[str, Any] | None] = mapped_column(CleanJSON)
    decision: Mapped[dict[str, Any] | None] = mapped_column(CleanJSON)
    error: Mapped[str | None] = mapped_column(CleanText)
    due_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]
    first_response_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    # The parse step's OCR of the item (migration 0009_ocr_time): wall seconds of the
    # extraction and the pages read by OCR; both None when no page was OCR'd.
    ocr_seconds: Mapped[float | None] = mapped_column(Float)
    ocr_pages: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_items_state_changed", "state", "state_changed_at"),)


class Event(Base):
    """Append-only audit trail: every state change, who made it, and why."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    detail: Mapped[dict[str, Any] | None] = mapped_column(CleanJSON)


class RegistrationCounter(Base):
    """The last registration number given out in a year (REG-YYYY-NNNNNN)."""

    __tablename__ = "registration_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)
