"""The pipeline's steps: load an item by id, call pure functions, persist, name the next step.

Each step is idempotent: it advances the item with a compare-and-set on its
state (`storage.items.advance`), so running it twice (a redelivered message,
a sweep) changes nothing the second time. Slow work (extraction, OCR)
happens outside any transaction. The actors (`router/actors.py`) send the
next message only after the step's commit; a message lost in between is
re-sent by the sweep.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select, update

from parsers.errors import UnreadableInput
from parsers.extract import extract
from parsers.facts import read_facts
from parsers.model import Category, Document, SourceKind, examine_deferred
from parsers.options import ExtractOptions
from parsers.understand import understand
from router import request as rq
from router import sla
from router.cases import assign_case
from router.outbox import plan_acknowledgement
from router.policy import Policy
from router.signatures import SignatureConfig, SignatureInput, annexes, evaluate
from router.signatures.adapters import TrustAdapters
from router.signatures.annexes import Annex
from storage import Database, State
from storage.items import ITEMS, ORIGINALS, advance
from storage.text import clean_json

log = logging.getLogger(__name__)

QUARANTINE = "quarantine"
# What `route` returns for an item it sent back to be parsed (and judged) again.
PARSE_AGAIN = "@parse"
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
    entry point), and so are its adapters (`adapters`: the DNS resolver and the
    roots, from `trust` unless given, e.g. fakes in tests); the judge below is
    given them and reads no environment, no zone file and no roots folder.
    """

    db: Database
    policy: Policy
    extract_options: ExtractOptions = field(default_factory=ExtractOptions)
    # What trust is configured by: the entry point reads it from the environment
    # (`SignatureConfig.from_env`, `registratura.runtime`); below it nothing does.
    trust: SignatureConfig = field(default_factory=SignatureConfig)
    adapters: TrustAdapters | None = None

    def __post_init__(self) -> None:
        if self.adapters is None:
            object.__setattr__(self, "adapters", TrustAdapters.from_config(self.trust))


def parse(p: Pipeline, item_id: int) -> bool:
    """received → parsed. Returns True when the item advanced (route is next).

    The item is read once (`extract`, whose mail facts the signature checks reuse),
    understood and, when it was understood, judged: the signature verdict is
    stored in the parsed record (`judge`), so the route step does no I/O.
    """
    with p.db.read() as conn:
        row = conn.execute(
            select(
                ITEMS.c.state,
                ITEMS.c.filename,
                ITEMS.c.sha256,
                ITEMS.c.channel,
                ITEMS.c.envelope,
                ITEMS.c.received_at,
                ORIGINALS.c.data,
            )
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
        record = judge(
            policy, p.trust, p.adapters, row, raw, doc, rq.parsed_record(doc, und, row.sha256)
        )
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


def judge(
    policy: Policy,
    trust: SignatureConfig,
    adapters: TrustAdapters | None,
    item: Any,
    raw: bytes,
    doc: Document,
    record: dict[str, Any],
) -> dict[str, Any]:
    """`record` (the parse record of an understood item) as stored, with its signature verdict.

    `item` has the row's channel, envelope and received_at. The checks read the
    record as the database gives it back (JSON, cleaned), the mail facts the
    extraction read (`doc.facts`: the bytes are not parsed again; read here for
    a signed file's outer bytes) and the pipeline's adapters (DNS, roots). The
    verdict is stored under `signatures` with the digest of the policy judged
    under and the category judged as. The attack harness (`tests/attacks`)
    judges through this function too.
    """
    stored: dict[str, Any] = json.loads(json.dumps(clean_json(record), ensure_ascii=False))
    und = stored["understanding"]
    category = _routed_category(policy, Category(und["category"]), und["confidence"])
    facts = doc.facts if doc.facts is not None and doc.facts.is_of(raw) else read_facts(raw)
    fields = und.get("fields") or {}
    annexed: tuple[Annex, ...] = ()
    if category is Category.LAW_ENFORCEMENT and doc.kind is SourceKind.EMAIL:
        # The request is built from authenticated content: what only an unsigned annex
        # names is no field of it (shown as unauthenticated in the verdict).
        fields, annexed = annexes.split(fields, replace(doc, facts=facts), policy.cues)
        und["fields"] = fields
    verdict = evaluate(
        SignatureInput(
            category=category,
            channel=item.channel,
            raw=raw,
            envelope=item.envelope or {},
            document=stored.get("document") or {},
            fields=fields,
            received_at=item.received_at,
            facts=facts,
            annexes=annexed,
        ),
        policy,
        trust,
        adapters=adapters,
    )
    stored[JUDGED] = rq.Judged(
        verdict=verdict, category=category.value, policy_digest=policy.digest
    ).to_json()
    return stored


JUDGED = rq.JUDGED  # the parse record's key for the verdict (`judge`), read by `decide`


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


def judged(parsed: dict[str, Any] | None) -> bool:
    """Whether the route step can decide `parsed` without I/O: it failed, was not
    understood, or carries the verdict the parse step judged (`judge`)."""
    return rq.StructuredRequest.from_json(parsed).judged


def decide(policy: Policy, item: Any) -> dict[str, Any]:
    """The routing decision for a parsed item: queue, category, verdict, due time.

    Pure: a function of the item row (its parsed record, typed as
    `request.StructuredRequest`, and received_at) and the policy. The signature
    verdict is the one the parse step stored (`judge`); when the policy has
    changed since (a SIGHUP between the steps), the digest it was judged under
    is recorded beside the one routed by.
    """
    parsed = rq.StructuredRequest.from_json(item.parsed)
    und = parsed.understanding
    signatures = None
    judged_digest = None
    if parsed.error or und is None:
        queue, category = QUARANTINE, Category.UNKNOWN
        reasons = [parsed.error or "nothing was understood"]
    else:
        category = _routed_category(policy, und.category, und.confidence)
        queue = policy.queue_for(category)
        if parsed.signatures is None:
            raise ValueError("the parse record carries no signature verdict (parse it again)")
        signatures = parsed.signatures.verdict
        judged_digest = parsed.signatures.policy_digest
        reasons = list(und.reasons)
    rule = policy.sla.get(queue)
    decision: dict[str, Any] = {
        "signatures": signatures,
        "sla_policy": rule.policy if rule else None,
        # The policy judged by (SHA-256 of its canonical form: `registratura policy check`).
        "policy_digest": policy.digest,
    }
    if judged_digest is not None and judged_digest != policy.digest:
        decision["signatures_policy_digest"] = judged_digest
    return {
        "queue": queue,
        "category": category.value,
        "due_at": sla.due_at(rule, item.received_at, policy.timezone) if rule else None,
        "decision": decision,
        "reasons": reasons,
    }


def route(p: Pipeline, item_id: int) -> str | None:
    """parsed → decided: queue, signature verdict (judged by the parse step), SLA due
    time, case, and the acknowledgement in the outbox when one is due
    (`router.outbox`). Returns the queue. Reads no original and does no I/O
    beyond the database.

    An item parsed by a version that did not judge it (migration 0011 sends
    those back; one parsed by an older worker still running is caught here)
    goes back to `received`, so the parse step judges it: `PARSE_AGAIN` is returned,
    and the actor sends the parse message (the sweep would, an hour later).
    """
    with p.db.read() as conn:
        item = conn.execute(
            select(
                ITEMS.c.state,
                ITEMS.c.parsed,
                ITEMS.c.channel,
                ITEMS.c.envelope,
                ITEMS.c.received_at,
                ITEMS.c.registration_number,
            ).where(ITEMS.c.id == item_id)
        ).first()
    if item is None or item.state != State.PARSED.value:
        return None
    if not judged(item.parsed):
        with p.db.begin(durable=False) as conn:
            moved = advance(
                conn,
                item_id,
                expected=[State.PARSED.value],
                to_state=State.RECEIVED,
                actor="router.route",
                detail={"reason": "parsed without a signature verdict: parse again"},
                values={"parsed": None},
            )
        return PARSE_AGAIN if moved else None
    policy = p.policy  # one policy for the whole decision, even across a reload (SIGHUP)
    d = decide(policy, item)
    with p.db.begin(durable=False) as conn:
        thread = assign_case(conn, item_id, item.registration_number, item.parsed or {})
        ack = plan_acknowledgement(
            conn,
            policy,
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
            # No reasons here: they quote the mail's words, and the audit trail outlives a
            # purge (`storage.retention`); the item's record holds them until then.
            detail={
                "queue": d["queue"],
                "category": d["category"],
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


def unfinished_starts(p: Pipeline, item_id: int, state: str) -> int | None:
    """The starts counted on an item in `state` that have not finished (read, not raised),
    or None when the item is no longer in `state`."""
    with p.db.read() as conn:
        count = conn.execute(
            select(ITEMS.c.attempts).where(ITEMS.c.id == item_id, ITEMS.c.state == state)
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
