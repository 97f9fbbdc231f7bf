"""The operator's commands on stored requests: show, export, retry.

Each takes a ready `Runtime`; `registratura.cli` parses the arguments.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from registratura.runtime import Runtime
    from registratura.settings import Settings
    from storage import Database


def open_database(settings: Settings) -> Database:
    """The database alone, migrated, for commands that only read it (`show`): no policy,
    broker or pipeline is built, so the command starts in a fraction of the time."""
    from storage import Database

    db = Database(settings.resolved_database_url, pool_size=2)
    db.ensure_current()
    return db


def show(db: Database, number: str) -> int:
    from sqlalchemy import select

    from router.request import build
    from storage import Event, Item

    with db.reader() as s:
        item = s.scalar(select(Item).where(Item.registration_number == number))
        if item is None:
            print(f"registratura: no request {number}", file=sys.stderr)
            return 1
        out = build(item)
        out["audit"] = [
            {
                "at": e.at.isoformat(),
                "actor": e.actor,
                "from": e.from_state,
                "to": e.to_state,
                "detail": e.detail,
            }
            for e in s.scalars(select(Event).where(Event.item_id == item.id).order_by(Event.id))
        ]
        from storage.retention import describe

        retention = describe(s.connection(), item.id)
        if retention["purged"] or retention["legal_holds"]:  # purged: its data was removed
            out["retention"] = retention
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def retry(rt: Runtime, numbers: list[str], *, wait: bool, timeout: float) -> int:
    from sqlalchemy import select

    from storage import Item, State
    from storage.items import advance
    from storage.retention import is_purged

    ids: list[int] = []
    status = 0
    for number in numbers:
        with rt.db.begin() as conn:
            item_id = conn.execute(
                select(Item.id).where(Item.registration_number == number)
            ).scalar_one_or_none()
            if item_id is not None and is_purged(conn, item_id):
                print(f"registratura: {number} was purged: no original to retry", file=sys.stderr)
                status = 1
                continue
            moved = item_id is not None and advance(
                conn,
                item_id,
                expected=[State.QUARANTINED.value],
                to_state=State.RECEIVED,
                actor="cli.retry",
                detail={"reason": "operator retry"},
                values={
                    "error": None,
                    "queue": None,
                    "category": None,
                    "parsed": None,
                    "decision": None,
                    "due_at": None,
                },
            )
        if not moved:
            print(f"registratura: {number} is not a quarantined request", file=sys.stderr)
            status = 1
            continue
        assert item_id is not None
        ids.append(item_id)
    if not ids:
        return status
    if wait and rt.settings.in_process:
        rt.start_workers()
    for item_id in ids:
        rt.actors.send_parse(item_id)
    if wait:
        pending = rt.wait_final(ids, timeout)
        with rt.db.reader() as s:
            for item in s.scalars(select(Item).where(Item.id.in_(ids)).order_by(Item.id)):
                print(
                    f"{item.registration_number} {item.state} {item.queue or ''} {item.error or ''}".rstrip()
                )
        return 1 if pending else status
    if rt.settings.in_process:
        print(
            "registratura: queued; with the in-process broker `registratura serve` processes them "
            "(or use --wait)",
            file=sys.stderr,
        )
    return status


def export(
    rt: Runtime,
    output: Path | None,
    *,
    since: datetime | None = None,
    queue: str | None = None,
    category: str | None = None,
    verdict: str | None = None,
) -> int:
    """Every request (or those received since, in a queue, of a category, with a verdict) as JSON lines."""
    from sqlalchemy import select

    from router.request import build
    from storage import Item

    query = select(Item).order_by(Item.id)
    if since is not None:
        query = query.where(Item.received_at >= since)
    if queue is not None:
        query = query.where(Item.queue == queue)
    if category is not None:
        query = query.where(Item.category == category)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    n = 0
    try:
        with rt.db.reader() as s:
            for item in s.scalars(query.execution_options(yield_per=500)):
                request = build(item)
                if (
                    verdict is not None
                    and (request.get("signatures") or {}).get("verdict") != verdict
                ):
                    continue
                out.write(json.dumps(request, ensure_ascii=False) + "\n")
                n += 1
    finally:
        if output:
            out.close()
    print(f"exported {n} request(s)", file=sys.stderr)
    return 0


def audit(rt: Runtime, action: str) -> int:
    """`audit seal`: extend the chain; `audit verify`: walk it (exit 1 on tampering)."""
    from storage import audit as chain

    if action == "seal":
        with rt.db.begin() as conn:
            sealed = chain.seal(conn)
        if sealed is None:
            print("nothing new to seal (events younger than five minutes wait for the next seal)")
        else:
            print(f"sealed {sealed.count} event(s) up to #{sealed.last_event_id}: {sealed.chain}")
        return 0
    with rt.db.read() as conn:
        result = chain.verify(conn)
    if not result.ok:
        print(f"registratura: audit trail tampered with: {result.problem}", file=sys.stderr)
        return 1
    print(
        f"audit trail intact: {result.events} event(s), {result.seals} seal(s) checked, "
        f"{result.unsealed} newer than the last seal; head {result.head or '(no seal yet)'}"
    )
    return 0
