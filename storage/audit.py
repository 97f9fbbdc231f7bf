"""State transitions, always written together with their audit event."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from storage.models import Event, Item, State


def utcnow() -> datetime:
    return datetime.now(UTC)


def transition(
    session: Session,
    item: Item,
    to_state: State,
    *,
    actor: str,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> None:
    """Move `item` to `to_state` and append the event that says who did it and why."""
    now = at or utcnow()
    from_state = item.state
    item.state = to_state.value
    item.state_changed_at = now
    item.nudged_at = None
    session.add(
        Event(
            item_id=item.id,
            at=now,
            actor=actor,
            from_state=from_state,
            to_state=to_state.value,
            detail=detail,
        )
    )
