"""Threads and cases (router/cases.py) on a migrated SQLite database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from router.cases import assign_case
from storage import Database
from storage.clock import utcnow
from storage.items import ITEMS, ORIGINALS


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'c.db'}")
    database.migrate()
    yield database
    database.dispose()


def _parsed(category: str, fields: dict[str, Any], **headers: Any) -> dict[str, Any]:
    return {
        "document": {
            "headers": {
                "message_id": None,
                "in_reply_to": None,
                "references": [],
                "subject": None,
                **headers,
            }
        },
        "understanding": {"category": category, "fields": fields},
    }


def _route(db: Database, n: int, parsed: dict[str, Any]) -> dict[str, Any]:
    reg = f"REG-2026-{n:06d}"
    with db.begin(durable=False) as conn:
        now = utcnow()
        conn.execute(insert(ORIGINALS).values(sha256=f"{n:064d}", size=1, data=b"x"))
        conn.execute(
            insert(ITEMS).values(
                id=n,
                registration_number=reg,
                sha256=f"{n:064d}",
                channel="cli",
                envelope={},
                received_at=now,
                state="parsed",
                state_changed_at=now,
                attempts=0,
            )
        )
        return assign_case(conn, n, reg, parsed)


def test_new_item_opens_its_own_case(db: Database) -> None:
    """An item with nothing in common with earlier ones is its own case, linked to nothing."""
    thread = _route(db, 1, _parsed("support", {"topic": "parola"}, message_id="<a@x>"))
    assert thread == {
        "case_id": "REG-2026-000001",
        "in_reply_to": None,
        "joined_by": None,
        "linked": [],
    }


def test_reply_joins_by_in_reply_to(db: Database) -> None:
    """A reply whose In-Reply-To names a Message-ID already seen joins that item's case."""
    _route(db, 1, _parsed("complaint", {"transaction_id": "11111111"}, message_id="<first@x.ro>"))
    thread = _route(
        db, 2, _parsed("support", {}, message_id="<second@x.ro>", in_reply_to="<first@x.ro>")
    )
    assert thread["case_id"] == "REG-2026-000001" and thread["joined_by"] == "reply"


def test_registration_number_in_subject_joins(db: Database) -> None:
    """A follow-up quoting a registration number in its subject joins that case."""
    _route(db, 1, _parsed("complaint", {"transaction_id": "22222222"}))
    thread = _route(db, 2, _parsed("support", {}, subject="Re: [REG-2026-000001] reclamație"))
    assert thread["case_id"] == "REG-2026-000001" and thread["joined_by"] == "registration_number"


def test_same_case_number_and_same_transaction_join(db: Database) -> None:
    """Two police letters in one criminal file share a case; so do two complaints about one transaction."""
    _route(db, 1, _parsed("law_enforcement", {"case_number": "4567/P/2026"}))
    assert (
        _route(db, 2, _parsed("law_enforcement", {"case_number": "4567/p/2026"}))["case_id"]
        == "REG-2026-000001"
    )
    _route(db, 3, _parsed("complaint", {"transaction_id": "33333333"}))
    assert (
        _route(db, 4, _parsed("mediation", {"transaction_id": "33333333"}))["case_id"]
        == "REG-2026-000003"
    )


def test_police_request_linked_to_complaint(db: Database) -> None:
    """A law-enforcement request naming the user or transaction of a complaint is linked to it, not merged."""
    _route(
        db, 1, _parsed("complaint", {"transaction_id": "44444444", "counterparty": "tepar_2026"})
    )
    _route(
        db, 2, _parsed("complaint", {"transaction_id": "55555555", "counterparty": "Other_User1"})
    )
    thread = _route(
        db,
        3,
        _parsed(
            "law_enforcement",
            {
                "case_number": "1/P/2026",
                "transactions": ["44444444"],
                "subjects": [{"kind": "username", "value": "other_user1"}],
            },
        ),
    )
    assert thread["case_id"] == "REG-2026-000003"
    assert thread["linked"] == [
        {"registration_number": "REG-2026-000001", "relation": "same_transaction"},
        {"registration_number": "REG-2026-000002", "relation": "same_user"},
    ]


def test_assign_twice_is_idempotent(db: Database) -> None:
    """Running the route step's case assignment again for the same item gives the same thread."""
    _route(db, 1, _parsed("complaint", {"transaction_id": "66666666"}))
    with db.begin(durable=False) as conn:
        again = assign_case(
            conn, 1, "REG-2026-000001", _parsed("complaint", {"transaction_id": "66666666"})
        )
    assert again["case_id"] == "REG-2026-000001" and again["joined_by"] is None
