"""Persistence: the items, their original bytes, the audit trail (SQLAlchemy 2.x)."""

from __future__ import annotations

from storage.clock import utcnow
from storage.db import Database
from storage.errors import StorageError, StorageUnavailable
from storage.models import FINAL_STATES, Event, Item, Original, State

__all__ = [
    "FINAL_STATES",
    "Database",
    "Event",
    "Item",
    "Original",
    "State",
    "StorageError",
    "StorageUnavailable",
    "utcnow",
]
