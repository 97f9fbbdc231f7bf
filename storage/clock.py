"""The one clock: timezone-aware UTC, as every stored time is."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
