"""Threads and cases: which earlier case an item belongs to.

First version: every item opens its own case (its registration number), and
the mail's In-Reply-To is recorded. Joining replies and follow-ups to their
case, and linking a law-enforcement request to the complaint about the same
user or transaction, is built on this function's contract: it runs inside
the route step's transaction and returns the request's `thread` object.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection


def assign_case(
    conn: Connection, item_id: int, registration_number: str, parsed: dict[str, Any]
) -> dict[str, Any]:
    """The `thread` object for this item: {"case_id", "in_reply_to", …}."""
    headers = (parsed.get("document") or {}).get("headers") or {}
    return {"case_id": registration_number, "in_reply_to": headers.get("in_reply_to")}
