"""Threads and cases: which earlier case an item belongs to, and which it is linked to.

Runs inside the route step's transaction (`assign_case`) and returns the
request's `thread` object:

- **joins** an existing case when the item replies to or follows up one: its
  In-Reply-To/References name a Message-ID already seen; its subject carries a
  registration number (REG-YYYY-NNNNNN) already given; a law-enforcement
  request has the criminal case number of an earlier one; a complaint or
  mediation request has the transaction number of an earlier complaint or
  mediation. Otherwise the item opens its own case (its registration number).
- **links** a law-enforcement request to the complaints and mediation requests
  naming the same user or transaction: `linked: [{"registration_number",
  "relation"}]` (victims complain first, the police write later).

Every key the item carries is then indexed (`storage.case_models.CaseKey`).
Idempotent: the item's own keys are replaced, never duplicated, and never
match the item itself.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select

from storage.case_models import CaseKey
from storage.clock import utcnow

KEYS: Table = CaseKey.__table__  # type: ignore[assignment]  # a declarative model's table is a Table
REGISTRATION = re.compile(r"\bREG-\d{4}-\d{6}\b", re.IGNORECASE)
BUYER = ("complaint", "mediation")


def _norm_id(value: str) -> str:
    return value.strip().strip("<>").lower()


def _keys(registration_number: str, parsed: dict[str, Any]) -> tuple[str, list[tuple[str, str]]]:
    """(category, [(kind, value)]) of the item."""
    doc = parsed.get("document") or {}
    headers = doc.get("headers") or {}
    und = parsed.get("understanding") or {}
    category = str(und.get("category") or "unknown")
    fields = und.get("fields") or {}
    keys: list[tuple[str, str]] = [("registration", registration_number.upper())]
    if headers.get("message_id"):
        keys.append(("message_id", _norm_id(headers["message_id"])))
    if category == "law_enforcement" and fields.get("case_number"):
        keys.append(("case_number", str(fields["case_number"]).upper()))
    txns = list(fields.get("transactions") or [])
    if fields.get("transaction_id"):
        txns.append(fields["transaction_id"])
    keys += [("transaction", str(t)) for t in dict.fromkeys(txns)]
    users = [s.get("value") for s in fields.get("subjects") or [] if s.get("kind") != "iban"]
    if fields.get("counterparty"):
        users.append(fields["counterparty"])
    keys += [("user", str(u).lower()) for u in dict.fromkeys(users) if u]
    return category, keys


def _find(
    conn: Connection,
    item_id: int,
    kind: str,
    values: list[str],
    categories: tuple[str, ...] | None = None,
) -> list[Any]:
    if not values:
        return []
    query = (
        select(KEYS.c.case_id, KEYS.c.registration_number, KEYS.c.kind, KEYS.c.value)
        .where(KEYS.c.kind == kind, KEYS.c.value.in_(values), KEYS.c.item_id != item_id)
        .order_by(KEYS.c.id)
    )
    if categories:
        query = query.where(KEYS.c.category.in_(categories))
    return list(conn.execute(query))


def assign_case(
    conn: Connection, item_id: int, registration_number: str, parsed: dict[str, Any]
) -> dict[str, Any]:
    """The `thread` object for this item: {"case_id", "in_reply_to", "joined_by", "linked"}."""
    headers = (parsed.get("document") or {}).get("headers") or {}
    category, keys = _keys(registration_number, parsed)
    conn.execute(delete(KEYS).where(KEYS.c.item_id == item_id))
    replied = [
        _norm_id(v) for v in [headers.get("in_reply_to"), *(headers.get("references") or [])] if v
    ]
    mentioned = [m.upper() for m in REGISTRATION.findall(headers.get("subject") or "")]
    attempts: list[tuple[str, str, list[str], tuple[str, ...] | None]] = [
        ("reply", "message_id", replied, None),
        (
            "registration_number",
            "registration",
            [m for m in mentioned if m != registration_number.upper()],
            None,
        ),
    ]
    if category == "law_enforcement":
        attempts.append(
            (
                "case_number",
                "case_number",
                [v for k, v in keys if k == "case_number"],
                ("law_enforcement",),
            )
        )
    if category in BUYER:
        attempts.append(
            ("transaction", "transaction", [v for k, v in keys if k == "transaction"], BUYER)
        )
    case_id, joined_by = registration_number, None
    for reason, kind, values, categories in attempts:
        rows = _find(conn, item_id, kind, values, categories)
        if rows:
            case_id, joined_by = rows[0].case_id, reason
            break
    linked: list[dict[str, str]] = []
    if category == "law_enforcement":
        for kind, relation in (("transaction", "same_transaction"), ("user", "same_user")):
            for row in _find(conn, item_id, kind, [v for k, v in keys if k == kind], BUYER):
                if row.case_id != case_id and all(
                    x["registration_number"] != row.case_id for x in linked
                ):
                    linked.append({"registration_number": row.case_id, "relation": relation})
    now = utcnow()
    conn.execute(
        insert(KEYS),
        [
            {
                "item_id": item_id,
                "kind": k,
                "value": v[:320],
                "case_id": case_id,
                "registration_number": registration_number,
                "category": category,
                "created_at": now,
            }
            for k, v in keys
        ],
    )
    return {
        "case_id": case_id,
        "in_reply_to": headers.get("in_reply_to"),
        "joined_by": joined_by,
        "linked": linked,
    }
