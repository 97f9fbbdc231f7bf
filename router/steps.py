"""The pipeline's steps: load an item by id, call pure functions, persist, name the next step.

Each step is idempotent: it advances the item with a compare-and-set on its
state (`storage.items.advance`), so running it twice (a redelivered message,
a sweep) changes nothing the second time. Slow work (extraction, OCR)
happens outside any transaction. The actors (`router/actors.py`) send the
next message only after the step's commit; a message lost in between is
re-sent by the sweep.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select, update

from parsers import ExtractOptions, extract, understand
from parsers.errors import UnreadableInput
from parsers.model import Category, examine_deferred
from router import request as rq
from router import sla
from router.cases import assign_case
from router.outbox import plan_acknowledgement
from router.policy import Policy
from router.signatures import SignatureConfig, SignatureInput, evaluate
from storage import Database, State
from storage.items import ITEMS, ORIGINALS, advance

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
    """What every step needs: the database, the policy, the extraction options and where
    trust comes from (pinned roots, the DNS source, the hosts believed).

    The trust configuration is read once, where the pipeline is built (the
    entry point); the judge below is given it and reads no environment.
    """

    db: Database
    policy: Policy
    extract_options: ExtractOptions = field(default_factory=ExtractOptions)
    trust: SignatureConfig = field(default_factory=SignatureConfig.from_env)


def parse(p: Pipeline, item_id: int) -> bool:
    """received → parsed. Returns True when the item advanced (route is next)."""
    with p.db.read() as conn:
        row = conn.execute(
            select(ITEMS.c.state, ITEMS.c.filename, ITEMS.c.sha256, ORIGINALS.c.data)
            .join(ORIGINALS, ORIGINALS.c.sha256 == ITEMS.c.sha256)
            .where(ITEMS.c.id == item_id)
        ).first()
    if row is None or row.state != State.RECEIVED.value:
        return False
    raw: bytes = row.data
    error: str | None = None
    ocr: dict[str, Any] = {"ocr_seconds": None, "ocr_pages": None}
    try:
        # The ink near a signature block is examined only for a request that needs
        # a signature (law enforcement by default), once the understanding says so.
        options = replace(p.extract_options, defer_ink=True)
        started = time.perf_counter()
        doc = extract(raw, filename=row.filename, options=options)
        ocr = ocr_time(doc.ocr_pages, time.perf_counter() - started)
        policy = p.policy  # one policy for the whole step, even across a reload (SIGHUP)
        und = understand(doc, policy.cues)
        routed = _routed_category(policy, und.category, und.confidence)
        if "signature" in policy.required.get(routed.value, ()):
            doc = examine_deferred(doc)
        record = rq.parsed_record(doc, und, row.sha256)
    except UnreadableInput as exc:
        error = f"unreadable input: {exc}"
        record = rq.failed_record(error)
    category = (record["understanding"] or {}).get("category", Category.UNKNOWN.value)
    with p.db.begin(durable=False) as conn:
        return advance(
            conn,
            item_id,
            expected=[State.RECEIVED.value],
            to_state=State.PARSED,
            actor="router.parse",
            detail={"category": category, "error": error},
            values={"parsed": record, "error": error, "category": category, **ocr},
        )


def ocr_time(pages: int, seconds: float) -> dict[str, Any]:
    """The item's OCR columns: the extraction's wall seconds and the pages OCR'd, or None.

    The seconds are the whole extraction's (rendering and reading every page, the
    OCR'd ones with their time limit) when at least one page was OCR'd: the
    parsers read a file's pages in parallel and report no time per page, and for
    a scan the OCR is nearly all of it. Nothing OCR'd: both None (no observation).
    """
    if pages <= 0:
        return {"ocr_seconds": None, "ocr_pages": None}
    return {"ocr_seconds": round(max(0.0, seconds), 3), "ocr_pages": int(pages)}


def _routed_category(policy: Policy, category: Category, confidence: float) -> Category:
    """The category the route step judges by: below the policy's confidence, unknown."""
    return category if confidence >= policy.min_confidence else Category.UNKNOWN


def decide(p: Pipeline, item: Any, raw: bytes) -> dict[str, Any]:
    """The routing decision for a parsed item (pure): queue, category, verdict, due time."""
    policy = p.policy  # one policy for the whole decision, even across a reload (SIGHUP)
    parsed = item.parsed or {}
    und = parsed.get("understanding")
    signatures = None
    if parsed.get("error") or und is None:
        queue, category = QUARANTINE, Category.UNKNOWN
        reasons = [parsed.get("error") or "nothing was understood"]
    else:
        category = _routed_category(policy, Category(und["category"]), und["confidence"])
        queue = policy.queue_for(category)
        signatures = evaluate(
            SignatureInput(
                category=category,
                channel=item.channel,
                raw=raw,
                envelope=item.envelope or {},
                document=parsed.get("document") or {},
                fields=und.get("fields") or {},
                received_at=item.received_at,
            ),
            policy,
            p.trust,
        )
        reasons = und.get("reasons", [])
    rule = policy.sla.get(queue)
    return {
        "queue": queue,
        "category": category.value,
        "due_at": sla.due_at(rule, item.received_at, policy.timezone) if rule else None,
        # The policy judged by (SHA-256 of its canonical form: `registratura policy check`).
        "decision": {
            "signatures": signatures,
            "sla_policy": rule.policy if rule else None,
            "policy_digest": policy.digest,
        },
        "reasons": reasons,
    }


def route(p: Pipeline, item_id: int) -> str | None:
    """parsed → decided: queue, signature verdict, SLA due time, case, and the
    acknowledgement in the outbox when one is due (`router.outbox`). Returns the queue."""
    with p.db.read() as conn:
        item = conn.execute(
            select(
                ITEMS.c.state,
                ITEMS.c.parsed,
                ITEMS.c.channel,
                ITEMS.c.envelope,
                ITEMS.c.received_at,
                ITEMS.c.registration_number,
                ORIGINALS.c.data,
            )
            .join(ORIGINALS, ORIGINALS.c.sha256 == ITEMS.c.sha256)
            .where(ITEMS.c.id == item_id)
        ).first()
    if item is None or item.state != State.PARSED.value:
        return None
    d = decide(p, item, item.data)
    with p.db.begin(durable=False) as conn:
        thread = assign_case(conn, item_id, item.registration_number, item.parsed or {})
        ack = plan_acknowledgement(
            conn,
            p.policy,
            item_id=item_id,
            registration_number=item.registration_number,
            channel=item.channel,
            envelope=item.envelope,
            parsed=item.parsed,
            received_at=item.received_at,
            decision=d,
            thread=thread,
            own_domains=p.trust.own_mta_domains,
        )
        moved = advance(
            conn,
            item_id,
            expected=[State.PARSED.value],
            to_state=State.DECIDED,
            actor="router.route",
            detail={
                "queue": d["queue"],
                "category": d["category"],
                "reasons": d["reasons"][:5],
                "verdict": (d["decision"]["signatures"] or {}).get("verdict"),
            },
            values={
                "queue": d["queue"],
                "category": d["category"],
                "due_at": d["due_at"],
                "decision": {**d["decision"], "thread": thread, **ack.note},
            },
        )
        if moved:  # the acknowledgement is committed with the decision, or neither is
            ack.queue(conn)
    return d["queue"] if moved else None


def deliver(p: Pipeline, item_id: int, queue: str) -> bool:
    """decided → routed (or quarantined): the item is now in its team's queue."""
    final = State.QUARANTINED if queue == QUARANTINE else State.ROUTED
    with p.db.begin(durable=False) as conn:
        moved = advance(
            conn,
            item_id,
            expected=[State.DECIDED.value],
            to_state=final,
            actor=f"router.{queue}",
            detail={"queue": queue},
            extra_where=[ITEMS.c.queue == queue],
        )
    if moved:
        log.debug("item %s %s to %s", item_id, final.value, queue)
    return moved


def begin_attempt(p: Pipeline, item_id: int, state: str) -> int | None:
    """Count one start of a step on an item in `state` (`items.attempts` + 1, committed
    before the work). Returns the new count, or None when the item is no longer in `state`.

    The count is of starts that have not finished: `advance` sets it back to 0 with
    every state change and `end_attempt` when a step ends in an exception (retried by
    the broker, which counts those). What is left is the starts whose process died
    mid-step, which no broker counts: a message whose input kills its worker is
    redelivered for ever, each time taking a worker down with it.
    """
    with p.db.begin(durable=False) as conn:
        count = conn.execute(
            update(ITEMS)
            .where(ITEMS.c.id == item_id, ITEMS.c.state == state)
            .values(attempts=ITEMS.c.attempts + 1)
            .returning(ITEMS.c.attempts)
        ).scalar_one_or_none()
    return None if count is None else int(count)


def end_attempt(p: Pipeline, item_id: int) -> None:
    """The step ended without moving the item (an exception, or a hand-over to another lane)."""
    with p.db.begin(durable=False) as conn:
        conn.execute(update(ITEMS).where(ITEMS.c.id == item_id).values(attempts=0))


def quarantine(p: Pipeline, item_id: int, reason: str, *, actor: str) -> bool:
    """Any non-final state → quarantined, with the reason (permanent failure, retries exhausted)."""
    with p.db.begin(durable=False) as conn:
        moved = advance(
            conn,
            item_id,
            expected=list(NEXT_STEP),
            to_state=State.QUARANTINED,
            actor=actor,
            detail={"reason": reason},
            values={"error": reason, "queue": QUARANTINE},
        )
    if moved:
        log.warning("item %s quarantined: %s", item_id, reason)
    return moved
