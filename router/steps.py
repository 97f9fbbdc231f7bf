"""The pipeline's steps: load an item by id, call pure functions, persist, name the next step.

Each step is idempotent: it checks the item's state and advances it in one
transaction, so running it twice (a redelivered message, a sweep) changes
nothing the second time. Slow work (extraction, OCR) happens outside any
transaction. The actors (`router/actors.py`) send the next message only
after the step's commit; a message lost in between is re-sent by the sweep.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from parsers import ExtractOptions, extract, understand
from parsers.errors import UnreadableInput
from parsers.model import Category
from router import request as rq
from router import sla
from router.policy import Policy
from router.signatures import evaluate
from storage import Database, Item, Original, State, transition

log = logging.getLogger(__name__)

QUARANTINE = "quarantine"
TEAM_QUEUES = ("law_enforcement", "complaint", "mediation", "support", "triage")
# The message each non-final state waits for (used by the sweep too).
NEXT_STEP = {
    State.RECEIVED.value: "parse",
    State.PARSED.value: "route",
    State.DECIDED.value: "deliver",
}


@dataclass(frozen=True, slots=True)
class Pipeline:
    """What every step needs: the database, the policy and the extraction options."""

    db: Database
    policy: Policy
    extract_options: ExtractOptions = field(default_factory=ExtractOptions)


def parse(p: Pipeline, item_id: int) -> bool:
    """received → parsed. Returns True when the item advanced (route is next)."""
    with p.db.reader() as s:
        item = s.get(Item, item_id)
        if item is None or item.state != State.RECEIVED.value:
            return False
        original = s.get(Original, item.sha256)
        assert original is not None, "an item always has its original (same commit)"
        raw, filename = original.data, item.filename
    try:
        doc = extract(raw, filename=filename, options=p.extract_options)
        record = rq.parsed_record(doc, understand(doc, p.policy.cues))
        error = None
    except UnreadableInput as exc:
        error = f"unreadable input: {exc}"
        record = rq.failed_record(error)
    with p.db.writer(durable=False) as s:
        item = s.get(Item, item_id, with_for_update=True)
        if item is None or item.state != State.RECEIVED.value:
            return False
        item.parsed = record
        item.error = error
        item.category = (record["understanding"] or {}).get("category", Category.UNKNOWN.value)
        transition(
            s,
            item,
            State.PARSED,
            actor="router.parse",
            detail={"category": item.category, "error": error},
        )
    return True


def route(p: Pipeline, item_id: int) -> str | None:
    """parsed → decided: queue, signature verdict, SLA due time. Returns the queue."""
    with p.db.writer(durable=False) as s:
        item = s.get(Item, item_id, with_for_update=True)
        if item is None or item.state != State.PARSED.value:
            return None
        parsed = item.parsed or {}
        und = parsed.get("understanding")
        doc = parsed.get("document") or {}
        if parsed.get("error") or und is None:
            queue, category = QUARANTINE, Category.UNKNOWN
            signatures = None
            reasons = [parsed.get("error") or "nothing was understood"]
        else:
            category = Category(und["category"])
            if und["confidence"] < p.policy.min_confidence:
                category = Category.UNKNOWN
            queue = p.policy.queue_for(category)
            original = s.get(Original, item.sha256)
            signatures = evaluate(
                category,
                is_mail=doc.get("kind") == "email",
                sender=(doc.get("headers") or {}).get("from"),
                ocr_pages=int(doc.get("ocr_pages") or 0),
                raw=original.data if original is not None else b"",
                channel=item.channel,
                policy=p.policy,
            )
            reasons = und.get("reasons", [])
        rule = p.policy.sla.get(queue)
        item.category = category.value
        item.queue = queue
        item.due_at = sla.due_at(rule, item.received_at, p.policy.timezone) if rule else None
        item.decision = {
            "signatures": signatures,
            "sla_policy": rule.policy if rule else None,
            "case_id": item.registration_number,
        }
        transition(
            s,
            item,
            State.DECIDED,
            actor="router.route",
            detail={
                "queue": queue,
                "category": category.value,
                "reasons": reasons[:5],
                "verdict": (signatures or {}).get("verdict"),
            },
        )
        return queue


def deliver(p: Pipeline, item_id: int, queue: str) -> bool:
    """decided → routed (or quarantined): the item is now in its team's queue."""
    with p.db.writer(durable=False) as s:
        item = s.get(Item, item_id, with_for_update=True)
        if item is None or item.state != State.DECIDED.value or item.queue != queue:
            return False
        final = State.QUARANTINED if queue == QUARANTINE else State.ROUTED
        transition(s, item, final, actor=f"router.{queue}", detail={"queue": queue})
    log.info("item %s %s to %s", item_id, final.value, queue)
    return True


def quarantine(p: Pipeline, item_id: int, reason: str, *, actor: str) -> bool:
    """Any non-final state → quarantined, with the reason (permanent failure, retries exhausted)."""
    with p.db.writer(durable=False) as s:
        item = s.get(Item, item_id, with_for_update=True)
        if item is None or State(item.state).final:
            return False
        item.error = reason
        item.queue = QUARANTINE
        transition(s, item, State.QUARANTINED, actor=actor, detail={"reason": reason})
    log.warning("item %s quarantined: %s", item_id, reason)
    return True
