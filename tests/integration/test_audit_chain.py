"""The audit trail's hash chain on SQLite and PostgreSQL: sealed events cannot change unseen.

Each test stores real items through `storage.items`, seals with no margin,
then tampers with the events table directly (as someone with database access
would) and expects `verify` to name what happened.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import delete, select, update

from storage import Database, State, utcnow
from storage.audit import seal, verify
from storage.items import EVENTS, NewItem, advance, insert_items

pytestmark = pytest.mark.integration


@pytest.fixture
def store(database_url: str) -> Iterator[Database]:
    db = Database(database_url)
    db.migrate()
    with db.begin() as conn:
        stored = insert_items(
            conn,
            [
                NewItem(
                    raw=f"mail {i}".encode(),
                    digest=hashlib.sha256(f"mail {i}".encode()).hexdigest(),
                    channel="cli",
                    filename=None,
                    envelope={},
                    received_at=utcnow(),
                    year=2026,
                    actor="test",
                )
                for i in range(3)
            ],
        )
        for s in stored:
            advance(conn, s.item_id, expected=["received"], to_state=State.PARSED, actor="t")
    yield db
    db.dispose()


def _seal(db: Database) -> None:
    with db.begin() as conn:
        assert seal(conn, margin=timedelta(0)) is not None


def test_intact_chain_verifies_and_counts_unsealed(store: Database) -> None:
    """Sealed events verify; events after the last seal are counted as unsealed, not as tampering."""
    _seal(store)
    with store.begin() as conn:
        first = conn.execute(select(EVENTS.c.item_id).limit(1)).scalar_one()
        advance(conn, first, expected=["parsed"], to_state=State.QUARANTINED, actor="t")
    with store.read() as conn:
        result = verify(conn)
    assert result.ok and result.events == 7 and result.unsealed == 1 and result.head


def test_recent_events_wait_for_a_later_seal(store: Database) -> None:
    """With the default margin, events written a moment ago are not sealed yet."""
    with store.begin() as conn:
        assert seal(conn) is None


@pytest.mark.parametrize("tamper", ["edit", "delete", "reorder"])
def test_tampering_is_detected(store: Database, tamper: str) -> None:
    """An edited detail, a deleted event or two events swapped breaks the seal that covers them."""
    _seal(store)
    with store.begin() as conn:
        rows = conn.execute(select(EVENTS).order_by(EVENTS.c.id)).all()
        if tamper == "edit":
            conn.execute(
                update(EVENTS).where(EVENTS.c.id == rows[1].id).values(actor="someone else")
            )
        elif tamper == "delete":
            conn.execute(delete(EVENTS).where(EVENTS.c.id == rows[2].id))
        else:
            a, b = rows[0], rows[1]
            for src, dst in ((a, b), (b, a)):
                conn.execute(
                    update(EVENTS)
                    .where(EVENTS.c.id == dst.id)
                    .values(
                        item_id=src.item_id,
                        at=src.at,
                        actor=src.actor,
                        from_state=src.from_state,
                        to_state=src.to_state,
                        detail=src.detail,
                    )
                )
    with store.read() as conn:
        result = verify(conn)
    assert not result.ok
    want = "deleted" if tamper == "delete" else "edited or the events were reordered"
    assert result.problem and want in result.problem
