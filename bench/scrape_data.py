"""A large database shaped like the pipeline's own, for timing a `/metrics` scrape.

Routing 100,000 items through the real pipeline would take a quarter of an
hour; the scrape only reads rows, so this writes the rows the pipeline would
have written (items with their parse and decision JSON of realistic size,
their audit events, their clock events) straight into a migrated database,
in bulk. Deterministic for a seed. Not for tests: tests use the pipeline.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert

from storage import Database
from storage.clock_events import CLOCK
from storage.items import EVENTS, ITEMS, ORIGINALS

CHANNELS = (("smtp", 50), ("imap", 20), ("folder", 10), ("fax", 10), ("post", 5), ("cli", 5))
CATEGORIES = (
    ("support", 45),
    ("complaint", 25),
    ("mediation", 10),
    ("law_enforcement", 12),
    ("unknown", 8),
)
QUEUE_OF = {
    "support": "support",
    "complaint": "complaint",
    "mediation": "mediation",
    "law_enforcement": "law_enforcement",
    "unknown": "triage",
}
DUE_HOURS = {"support": 12, "law_enforcement": 72, "complaint": 120, "mediation": 120, "triage": 24}
VERDICTS = ("verified", "incomplete", "suspicious")
CHUNK = 5000


@dataclass(frozen=True, slots=True)
class Populated:
    items: int
    routed: int
    quarantined: int
    pending: int
    events: int
    clock_events: int


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in weighted], [w for _, w in weighted])[0]


def _checks(rng: random.Random, n: int) -> list[dict[str, str]]:
    kinds = ("dkim", "spf", "dmarc", "arc", "pades", "smime", "ink", "authority")
    return [
        {
            "kind": kinds[i % len(kinds)],
            "verdict": rng.choice(("pass", "fail", "missing", "unverifiable")),
            "detail": "the mail carries no DKIM signature; no SMTP client known " * 2,
        }
        for i in range(n)
    ]


def populate(db: Database, n: int, now: datetime, seed: int = 14) -> Populated:
    """Write `n` items received over the 60 days before `now`, with their events."""
    rng = random.Random(seed)
    routed = quarantined = pending = events_n = clock_n = 0
    for start in range(0, n, CHUNK):
        originals: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        later: list[tuple[str, datetime, datetime, dict[str, Any]]] = []
        for i in range(start, min(n, start + CHUNK)):
            raw = f"bench item {i}".encode()
            digest = hashlib.sha256(raw).hexdigest()
            originals.append({"sha256": digest, "size": len(raw), "data": raw})
            received = now - timedelta(seconds=rng.uniform(0, 60 * 86400))
            channel = _pick(rng, CHANNELS)
            category = _pick(rng, CATEGORIES)
            roll = rng.random()
            fate = "routed" if roll < 0.965 else "quarantined" if roll < 0.995 else "pending"
            if fate == "pending" and (now - received) > timedelta(minutes=5):
                received = now - timedelta(seconds=rng.uniform(1, 300))
            decided = received + timedelta(seconds=rng.lognormvariate(0.5, 1.2))
            row: dict[str, Any] = {
                "registration_number": f"REG-BENCH-{i:09d}",
                "sha256": digest,
                "channel": channel,
                "filename": None if channel in ("smtp", "imap") else f"scan-{i}.pdf",
                "envelope": {"channel": channel, "received_at": received.isoformat()},
                "received_at": received,
                "attempts": 0,
                "parsed": {
                    "document": {"kind": "email", "pages": 1, "text_chars": 900},
                    "understanding": {
                        "category": category,
                        "confidence": 0.9,
                        "reasons": ["matched 'nu am primit produsul'"] * 5,
                        "fields": {"order_number": "55501234", "amount": "1.250,00 lei"},
                    },
                },
                "error": None,
                "category": None,
                "queue": None,
                "decision": None,
                "due_at": None,
                "acknowledged_at": None,
                "first_response_at": None,
                "closed_at": None,
            }
            if fate == "pending":
                row.update(state="parsed", state_changed_at=decided)
                pending += 1
            elif fate == "quarantined":
                which = rng.random()
                error = (
                    "unreadable input: unrecognised format (first bytes 00 01 67 61)"
                    if which < 0.6
                    else None
                    if which < 0.9
                    else "ocr exceeded its time limit of 1800 s; not retried"
                )
                row.update(
                    state="quarantined",
                    state_changed_at=decided,
                    queue="quarantine",
                    category="unknown",
                    error=error,
                    decision={"signatures": None, "sla_policy": None},
                )
                quarantined += 1
            else:
                queue = QUEUE_OF[category]
                verdict = rng.choice(VERDICTS) if category == "law_enforcement" else "not_required"
                row.update(
                    state="routed",
                    state_changed_at=decided,
                    queue=queue,
                    category=category,
                    due_at=received + timedelta(hours=DUE_HOURS[queue]),
                    decision={
                        "signatures": {
                            "required": ["authority_channel", "signature", "content"],
                            "verdict": verdict,
                            "checks": _checks(rng, 6 if category == "law_enforcement" else 1),
                        },
                        "sla_policy": f"{queue}_policy",
                        "thread": {"case": f"CASE-{i}", "related": []},
                    },
                )
                routed += 1
                age = (now - received).total_seconds()
                if rng.random() < 0.7:
                    row["acknowledged_at"] = received + timedelta(
                        seconds=min(age, rng.uniform(30, 3600))
                    )
                if rng.random() < 0.6:
                    row["first_response_at"] = received + timedelta(
                        seconds=min(age, rng.lognormvariate(10, 1.2))
                    )
                    if rng.random() < 0.7:
                        row["closed_at"] = row["first_response_at"] + timedelta(
                            seconds=min(age, rng.lognormvariate(11, 1))
                        )
            items.append(row)
            later.append((fate, received, decided, row))
        with db.begin(durable=False) as conn:
            conn.execute(insert(ORIGINALS), originals)
            ids = (
                conn.execute(
                    insert(ITEMS).returning(ITEMS.c.id, sort_by_parameter_order=True), items
                )
                .scalars()
                .all()
            )
            events: list[dict[str, Any]] = []
            clock: list[dict[str, Any]] = []
            for (fate, received, decided, row), item_id in zip(later, ids, strict=True):
                ev = [
                    ("ingest." + row["channel"], None, "received", received, {"size": 900}),
                    (
                        "router.parse",
                        "received",
                        "parsed",
                        received,
                        {"category": row["category"], "error": row["error"]},
                    ),
                ]
                if fate != "pending":
                    ev.append(
                        (
                            "router.route",
                            "parsed",
                            "decided",
                            decided,
                            {
                                "queue": row["queue"],
                                "category": row["category"],
                                "reasons": ["matched 'cum pot'"] * 5,
                                "verdict": (row["decision"]["signatures"] or {}).get("verdict"),
                            },
                        )
                    )
                    ev.append(
                        (
                            f"router.{row['queue']}",
                            "decided",
                            fate,
                            decided,
                            {"queue": row["queue"]},
                        )
                    )
                for kind in ("acknowledged_at", "first_response_at", "closed_at"):
                    at = row[kind]
                    if at is not None:
                        name = {"acknowledged_at": "acknowledged", "first_response_at": "responded"}
                        clock_kind = name.get(kind, "closed")
                        clock.append(
                            {
                                "item_id": item_id,
                                "kind": clock_kind,
                                "at": at,
                                "recorded_at": at,
                                "source": "bench",
                                "ref": None,
                            }
                        )
                        ev.append(("bench", fate, fate, at, {"clock": clock_kind}))
                events += [
                    {
                        "item_id": item_id,
                        "at": at,
                        "actor": actor,
                        "from_state": frm,
                        "to_state": to,
                        "detail": detail,
                    }
                    for actor, frm, to, at, detail in ev
                ]
            conn.execute(insert(EVENTS), events)
            if clock:
                conn.execute(insert(CLOCK), clock)
            events_n += len(events)
            clock_n += len(clock)
    return Populated(n, routed, quarantined, pending, events_n, clock_n)
