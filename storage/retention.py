"""Retention: which items are past their period, legal holds, and the purge itself.

What a purge removes, per item, in one transaction with its audit event:

- the original bytes (`originals.data` emptied; the row, its SHA-256 and size
  stay: the registry can still say which bytes REG-… was, if someone brings
  them, and the same bytes arriving again are recorded as a copy of it);
- the file name, the envelope (addresses, client IP, HELO, fax number);
- the parse (text, OCR readings, headers, attachments' names, extracted fields,
  reasons quoting the text): what is kept is the document's kind and counts,
  the category, confidence and language;
- the decision's evidence (signature checks, the acknowledgement's address,
  the In-Reply-To): kept are the verdict and required checks, the SLA rule,
  the policy digest, the case id and joined-by kind, linked registration numbers;
- the error text, the case keys other than its registration number (Message-IDs,
  users, transactions, case numbers), the outbox message and its recipient;
- a copy the watched folder left in `done/` whose bytes are the original's.

What stays is what the response-time report and the metrics read: registration
number, channel, state, queue, category, verdict, received/due/acknowledged/
first-response/closed times, the clock events, and the whole audit trail, whose
events are never edited (the hash chain covers them; `registratura audit
verify` passes after a purge). The purge adds one event per item
(`detail.retention = "purged"`) and a `purges` row, whose presence makes a
second run skip the item (idempotent).

An item is purged only when all of these hold:

- it is in a final state (routed or quarantined) and not purged yet;
- its case is over: routed and closed or answered (quarantined items have no
  clock and are over);
- nothing happened to it after its cutoff (received, answered, closed, any clock
  event): the period runs from the case's last activity, not its arrival;
- no item of its case is held, open, unfinished or younger than its own cutoff:
  a case is purged whole or not at all;
- it has a period: the policy's (`[retention]`), or the one asked for on the
  command line; the policy's is a floor the command line cannot shorten.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    select,
    update,
)

from storage.case_models import CaseKey
from storage.clock import utcnow
from storage.clock_models import ClockEventRow
from storage.db import Database
from storage.items import EVENTS, ITEMS, ORIGINALS
from storage.models import FINAL_STATES, State
from storage.outbox_models import OutboxRow
from storage.retention_models import LegalHold, Purge

HOLDS = cast(Table, LegalHold.__table__)
PURGES = cast(Table, Purge.__table__)
KEYS = cast(Table, CaseKey.__table__)
CLOCK = cast(Table, ClockEventRow.__table__)
OUTBOX = cast(Table, OutboxRow.__table__)

log = logging.getLogger(__name__)

BATCH = 500
# Reasons an item past its period is kept (the dry run counts them).
HELD = "legal hold"
OPEN = "open: not closed nor answered"
CASE = "its case is not over (another item held, open, unfinished or recent)"
SENDING = "its acknowledgement is being sent right now"


class RetentionError(Exception):
    """A hold or release that cannot be done (no such request, already purged, not held)."""


# --------------------------------------------------------------------------- periods


@dataclass(frozen=True, slots=True)
class Schedule:
    """The policy's `[retention]`: days per queue and per category, and a default."""

    days: int | None = None
    queues: Mapping[str, int] = field(default_factory=dict)
    categories: Mapping[str, int] = field(default_factory=dict)

    def period(self, queue: str | None, category: str | None) -> tuple[int, str] | None:
        """The item's period in days and the rule naming it: the longest that names it."""
        named = []
        if queue is not None and queue in self.queues:
            named.append((self.queues[queue], f"retention.queues.{queue}"))
        if category is not None and category in self.categories:
            named.append((self.categories[category], f"retention.categories.{category}"))
        if named:
            return max(named)
        if self.days is not None:
            return self.days, "retention.days"
        return None

    def all_days(self) -> list[int]:
        return [
            *([self.days] if self.days is not None else []),
            *self.queues.values(),
            *self.categories.values(),
        ]


@dataclass(frozen=True, slots=True)
class Cutoffs:
    """Each item's cutoff: its case must have ended before it.

    `asked` (`--older-than`, `--before`) applies where the policy names no
    period, and elsewhere only when it is earlier than the policy's cutoff: the
    policy says how long data must be kept, the command line can keep it longer,
    never shorter.
    """

    now: datetime
    schedule: Schedule
    asked: datetime | None = None
    asked_rule: str = "command line"

    def for_item(self, queue: str | None, category: str | None) -> tuple[datetime, str] | None:
        period = self.schedule.period(queue, category)
        if period is None:
            return None if self.asked is None else (self.asked, self.asked_rule)
        days, rule = period
        policy_cut = self.now - timedelta(days=days)
        if self.asked is not None and self.asked < policy_cut:
            return self.asked, self.asked_rule
        return policy_cut, f"{rule} = {days} days"

    def latest(self) -> datetime | None:
        """The latest cutoff any item can have (what may be purged was received before it)."""
        cuts = [self.now - timedelta(days=d) for d in self.schedule.all_days()]
        if self.asked is not None:
            cuts.append(self.asked)
        return max(cuts) if cuts else None


# --------------------------------------------------------------------------- the plan


@dataclass(slots=True)
class Candidate:
    item_id: int
    registration_number: str
    queue: str | None
    category: str | None
    state: str
    received_at: datetime
    closed_at: datetime | None
    first_response_at: datetime | None
    cutoff: datetime | None = None
    rule: str = ""
    last_activity: datetime | None = None
    answered: bool = False
    closed: bool = False


@dataclass(slots=True)
class Plan:
    """One batch: what goes, what is kept past its period and why."""

    purge: list[Candidate] = field(default_factory=list)
    kept: list[tuple[Candidate, str]] = field(default_factory=list)
    not_due: int = 0  # in a final state, but active after its cutoff (or no period)
    last_id: int = 0  # the highest item id looked at
    looked: int = 0


@dataclass(slots=True)
class Totals:
    purged: int = 0
    kept: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    not_due: int = 0
    looked: int = 0
    files_removed: int = 0
    file_problems: list[str] = field(default_factory=list)


_COLUMNS = (
    ITEMS.c.id,
    ITEMS.c.registration_number,
    ITEMS.c.queue,
    ITEMS.c.category,
    ITEMS.c.state,
    ITEMS.c.received_at,
    ITEMS.c.closed_at,
    ITEMS.c.first_response_at,
)


def _candidate(row: Any) -> Candidate:
    return Candidate(
        int(row.id),
        row.registration_number,
        row.queue,
        row.category,
        row.state,
        row.received_at,
        row.closed_at,
        row.first_response_at,
    )


def _chunks(values: Sequence[int], size: int = 500) -> Iterator[Sequence[int]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _is_open(c: Candidate) -> bool:
    """Routed and neither closed nor answered (a quarantined item has no clock: it is over)."""
    return c.state == State.ROUTED.value and not (c.closed or c.answered)


def plan_batch(
    conn: Connection,
    cutoffs: Cutoffs,
    *,
    after: int = 0,
    limit: int = BATCH,
    queues: Sequence[str] | None = None,
    lock: bool = False,
) -> Plan | None:
    """The final, unpurged items among the next `limit` ids after `after`; None past the last.

    `lock` takes the rows' locks (PostgreSQL) so that a hold placed meanwhile
    either commits first and is seen, or waits and finds the item purged.
    """
    latest = cutoffs.latest()
    if latest is None:
        return None
    # The next `limit` ids, by the primary key alone: each batch reads its own window,
    # never the rows before it again (100,000 items: linear, not quadratic).
    window = select(ITEMS.c.id).where(ITEMS.c.id > after).order_by(ITEMS.c.id).limit(limit)
    hi = conn.execute(select(func.max(window.subquery().c.id))).scalar()
    if hi is None:
        return None
    query = (
        select(*_COLUMNS)
        .where(
            ITEMS.c.id > after,
            ITEMS.c.id <= hi,
            ITEMS.c.state.in_(FINAL_STATES),
            ITEMS.c.received_at < latest,
            ~exists().where(PURGES.c.item_id == ITEMS.c.id),
        )
        .order_by(ITEMS.c.id)
        .limit(limit)
    )
    if queues:
        query = query.where(ITEMS.c.queue.in_(list(queues)))
    if lock and conn.dialect.name == "postgresql":
        query = query.with_for_update(of=ITEMS)
    rows = conn.execute(query).all()
    plan = Plan(last_id=int(hi), looked=len(rows))
    due: list[Candidate] = []
    for row in rows:
        c = _candidate(row)
        cut = cutoffs.for_item(c.queue, c.category)
        if cut is None:
            plan.not_due += 1
            continue
        c.cutoff, c.rule = cut
        due.append(c)
    if not due:
        return plan
    # Each due item's case and the case's other items (all must be over).
    case_of = _cases(conn, [c.item_id for c in due])
    members: dict[str, set[int]] = defaultdict(set)
    for case_id, ids in _members(conn, set(case_of.values())).items():
        members[case_id] |= ids
    for c in due:
        members[case_of.get(c.item_id, f"#{c.item_id}")].add(c.item_id)
    involved_ids = sorted({i for ids in members.values() for i in ids})
    by_id = {c.item_id: c for c in due}
    others = [i for i in involved_ids if i not in by_id]
    for chunk in _chunks(others):
        members_query = select(*_COLUMNS).where(ITEMS.c.id.in_(chunk))
        if lock and conn.dialect.name == "postgresql":  # a hold on any of them is seen
            members_query = members_query.with_for_update()
        for row in conn.execute(members_query):
            o = _candidate(row)
            cut = cutoffs.for_item(o.queue, o.category)
            o.cutoff, o.rule = cut if cut is not None else (None, "")
            by_id[o.item_id] = o
    clocks = _clocks(conn, involved_ids)
    held = _held(conn, involved_ids)
    purged = _purged(conn, others)
    for c in by_id.values():
        clock = clocks.get(c.item_id)
        times = [c.received_at, c.closed_at, c.first_response_at]
        if clock is not None:
            times.append(clock.last)
            c.answered = c.first_response_at is not None or clock.answered
            c.closed = c.closed_at is not None if clock.closed is None else clock.closed
        else:
            c.answered, c.closed = c.first_response_at is not None, c.closed_at is not None
        c.last_activity = max(t for t in times if t is not None)

    def own_problem(c: Candidate) -> str | None:
        if c.item_id in purged:
            return None
        if c.item_id in held:
            return HELD
        if c.state not in FINAL_STATES or _is_open(c):
            return OPEN
        if c.cutoff is None or c.last_activity is None or c.last_activity >= c.cutoff:
            return "recent"
        return None

    for c in due:
        mine = own_problem(c)
        if mine == "recent":
            plan.not_due += 1
            continue
        if mine is not None:
            plan.kept.append((c, mine))
            continue
        case = members[case_of.get(c.item_id, f"#{c.item_id}")]
        if any(own_problem(by_id[i]) is not None for i in case if i != c.item_id and i in by_id):
            plan.kept.append((c, CASE))
            continue
        plan.purge.append(c)
    busy = outbox_busy(conn, [c.item_id for c in plan.purge], utcnow())
    if busy:
        plan.kept += [(c, SENDING) for c in plan.purge if c.item_id in busy]
        plan.purge = [c for c in plan.purge if c.item_id not in busy]
    return plan


def _cases(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for chunk in _chunks(list(ids)):
        for row in conn.execute(
            select(KEYS.c.item_id, KEYS.c.case_id).where(KEYS.c.item_id.in_(chunk)).distinct()
        ):
            out[int(row.item_id)] = row.case_id
    return out


def _members(conn: Connection, case_ids: Iterable[str]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    wanted = sorted(case_ids)
    for i in range(0, len(wanted), 500):
        for row in conn.execute(
            select(KEYS.c.case_id, KEYS.c.item_id)
            .where(KEYS.c.case_id.in_(wanted[i : i + 500]))
            .distinct()
        ):
            out[row.case_id].add(int(row.item_id))
    return out


@dataclass(slots=True)
class _Clock:
    last: datetime
    answered: bool = False
    closed: bool | None = None  # None: no closing nor reopening recorded


def _clocks(conn: Connection, ids: Sequence[int]) -> dict[int, _Clock]:
    """Per item, from its clock events (the truth the `items` times cache): the last
    event's time, whether it was answered, and whether its last closing stands."""
    out: dict[int, _Clock] = {}
    for chunk in _chunks(list(ids)):
        for row in conn.execute(
            select(CLOCK.c.item_id, CLOCK.c.kind, CLOCK.c.at)
            .where(CLOCK.c.item_id.in_(chunk))
            .order_by(CLOCK.c.item_id, CLOCK.c.at, CLOCK.c.id)
        ):
            c = out.get(int(row.item_id))
            if c is None:
                c = out[int(row.item_id)] = _Clock(row.at)
            c.last = max(c.last, row.at)
            if row.kind == "responded":
                c.answered = True
            elif row.kind in ("closed", "reopened"):
                c.closed = row.kind == "closed"
    return out


def _held(conn: Connection, ids: Sequence[int]) -> set[int]:
    out: set[int] = set()
    for chunk in _chunks(list(ids)):
        out |= {
            int(i)
            for i in conn.execute(
                select(HOLDS.c.item_id).where(
                    HOLDS.c.item_id.in_(chunk), HOLDS.c.released_at.is_(None)
                )
            ).scalars()
        }
    return out


def _purged(conn: Connection, ids: Sequence[int]) -> set[int]:
    out: set[int] = set()
    for chunk in _chunks(list(ids)):
        out |= {
            int(i)
            for i in conn.execute(
                select(PURGES.c.item_id).where(PURGES.c.item_id.in_(chunk))
            ).scalars()
        }
    return out


# --------------------------------------------------------------------------- redaction


def redact_parsed(parsed: dict[str, Any] | None) -> dict[str, Any] | None:
    """The parse record without the text: the document's kind and counts, the category."""
    if parsed is None:
        return None
    doc = parsed.get("document")
    und = parsed.get("understanding")
    return {
        "document": None
        if doc is None
        else {
            "kind": doc.get("kind"),
            "chars": doc.get("chars", 0),
            "pages": doc.get("pages", 0),
            "ocr_pages": doc.get("ocr_pages", 0),
            "ocr_mean_confidence": doc.get("ocr_mean_confidence"),
            "defects": [],
            "attachments": [],
            "attachments_total": doc.get("attachments_total", 0),
            "scans": [],
            "headers": None,
        },
        "understanding": None
        if und is None
        else {
            "category": und.get("category"),
            "confidence": und.get("confidence"),
            "reasons": [],
            "fields": {},
            "language": und.get("language"),
        },
        "error": None if parsed.get("error") is None else "purged",
    }


def redact_decision(decision: dict[str, Any] | None) -> dict[str, Any] | None:
    """The decision without its evidence: verdict, rule, digest and the case's numbers."""
    if decision is None:
        return None
    out: dict[str, Any] = {
        "sla_policy": decision.get("sla_policy"),
        "policy_digest": decision.get("policy_digest"),
    }
    sig = decision.get("signatures")
    # `items.verdict` is generated from signatures.verdict: it stays for metrics and export.
    out["signatures"] = (
        None
        if sig is None
        else {
            "required": list(sig.get("required") or []),
            "verdict": sig.get("verdict"),
            "checks": [],
        }
    )
    thread = decision.get("thread")
    if thread is not None:
        out["thread"] = {
            "case_id": thread.get("case_id"),
            "in_reply_to": None,
            "joined_by": thread.get("joined_by"),
            "linked": [
                {"registration_number": x.get("registration_number"), "relation": x.get("relation")}
                for x in thread.get("linked") or []
            ],
        }
    ack = decision.get("acknowledgement")
    if isinstance(ack, dict):
        out["acknowledgement"] = {k: ack[k] for k in ("message_id",) if k in ack} or {
            "why": "purged"
        }
    return out


# --------------------------------------------------------------------------- the purge


@dataclass(frozen=True, slots=True)
class Purged:
    item_id: int
    registration_number: str
    file_removed: bool
    file_problem: str | None


def _done_copy(envelope: dict[str, Any] | None, filename: str | None) -> Path | None:
    """Where the watched folder moved the file after storing it, if it came that way."""
    env = envelope or {}
    folder = (env.get("extra") or {}).get("folder") or env.get("folder")
    name = filename or env.get("filename")
    if not folder or not name or "/" in name or name in (".", ".."):
        return None
    return Path(folder) / "done" / name


def _remove_copy(path: Path, digest: str) -> tuple[bool, str | None]:
    """Delete `path` if its bytes are the original's (never a different file of that name)."""
    try:
        h = hashlib.sha256()
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        if h.hexdigest() != digest:
            return False, None
        path.unlink()
        return True, None
    except FileNotFoundError:
        return False, None
    except OSError as exc:
        return False, f"{path}: {exc.strerror or exc}"


def purge_items(
    conn: Connection,
    candidates: Sequence[Candidate],
    *,
    by: str,
    now: datetime | None = None,
    remove_file: Callable[[Path, str], tuple[bool, str | None]] = _remove_copy,
) -> list[Purged]:
    """Remove the originals and personal data of `candidates`, each with its audit event."""
    if not candidates:
        return []
    now = now or utcnow()
    if conn.dialect.name == "sqlite":
        # Freed pages are overwritten with zeros: the bytes do not linger in the file.
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    ids = [c.item_id for c in candidates]
    rows = {
        int(r.id): r
        for r in conn.execute(
            select(
                ITEMS.c.id,
                ITEMS.c.sha256,
                ITEMS.c.state,
                ITEMS.c.filename,
                ITEMS.c.envelope,
                ITEMS.c.parsed,
                ITEMS.c.decision,
            ).where(ITEMS.c.id.in_(ids))
        )
    }
    sizes = dict(
        conn.execute(
            select(ORIGINALS.c.sha256, ORIGINALS.c.size).where(
                ORIGINALS.c.sha256.in_([r.sha256 for r in rows.values()])
            )
        ).all()
    )
    out: list[Purged] = []
    changes: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for c in candidates:
        row = rows[c.item_id]
        removed, problem = False, None
        copy = _done_copy(row.envelope, row.filename)
        if copy is not None:
            removed, problem = remove_file(copy, row.sha256)
        changes.append(
            {
                "iid": c.item_id,
                "filename": None,
                "envelope": {},
                "parsed": redact_parsed(row.parsed),
                "decision": redact_decision(row.decision),
                "error": None,
            }
        )
        detail: dict[str, Any] = {
            "retention": "purged",
            "rule": c.rule,
            "cutoff": c.cutoff.isoformat() if c.cutoff else None,
            "last_activity": c.last_activity.isoformat() if c.last_activity else None,
            "sha256": row.sha256,
            "size": sizes.get(row.sha256),
            "removed": [
                "original",
                "file name",
                "envelope",
                "text and extracted fields",
                "signature evidence",
                "case keys",
                "outbox message",
                *(["copy in done/"] if removed else []),
            ],
        }
        if problem:
            detail["problem"] = "the copy in done/ could not be removed"
        events.append(
            {
                "item_id": c.item_id,
                "at": now,
                "actor": by[:64],
                "from_state": row.state,
                "to_state": row.state,
                "detail": detail,
            }
        )
        out.append(Purged(c.item_id, c.registration_number, removed, problem))
    conn.execute(
        update(ITEMS)
        .where(ITEMS.c.id == bindparam("iid"))
        .values(
            filename=bindparam("filename"),
            envelope=bindparam("envelope"),
            parsed=bindparam("parsed"),
            decision=bindparam("decision"),
            error=bindparam("error"),
        ),
        changes,
    )
    # One statement, rows in candidate order: the events keep the order of the ids.
    conn.execute(insert(EVENTS), events)
    conn.execute(
        update(ORIGINALS)
        .where(ORIGINALS.c.sha256.in_([r.sha256 for r in rows.values()]))
        .values(data=b"")
    )
    conn.execute(delete(KEYS).where(KEYS.c.item_id.in_(ids), KEYS.c.kind != "registration"))
    # An unsent acknowledgement of a purged request is never sent: its message is gone.
    conn.execute(
        update(OUTBOX)
        .where(OUTBOX.c.item_id.in_(ids), OUTBOX.c.status == "pending")
        .values(status="failed", last_error="purged under the retention policy before it was sent")
    )
    conn.execute(update(OUTBOX).where(OUTBOX.c.item_id.in_(ids)).values(message=b"", rcpt_to=""))
    conn.execute(
        insert(PURGES),
        [
            {
                "item_id": c.item_id,
                "purged_at": now,
                "purged_by": by[:64],
                "cutoff": c.cutoff or now,
                "rule": c.rule[:64],
            }
            for c in candidates
        ],
    )
    return out


def outbox_busy(conn: Connection, ids: Sequence[int], now: datetime) -> set[int]:
    """Items whose acknowledgement the relay holds right now (claimed, lease running)."""
    if not ids:
        return set()
    return {
        int(i)
        for i in conn.execute(
            select(OUTBOX.c.item_id).where(
                OUTBOX.c.item_id.in_(list(ids)),
                OUTBOX.c.status == "pending",
                and_(OUTBOX.c.lease_until.is_not(None), OUTBOX.c.lease_until > now),
            )
        ).scalars()
    }


# --------------------------------------------------------------------------- holds


@dataclass(frozen=True, slots=True)
class Hold:
    id: int
    registration_number: str
    reason: str
    placed_by: str
    placed_at: datetime
    released_at: datetime | None = None
    released_by: str | None = None
    release_reason: str | None = None


def _item(conn: Connection, number: str, *, lock: bool) -> tuple[int, str]:
    query = select(ITEMS.c.id, ITEMS.c.state).where(ITEMS.c.registration_number == number)
    if lock and conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).first()
    if row is None:
        raise RetentionError(f"no request {number}")
    return int(row.id), row.state


def place_hold(conn: Connection, number: str, reason: str, by: str) -> Hold:
    """Hold `number` (and so its case) from purging; an audit event records who and why."""
    if not reason.strip():
        raise RetentionError("a legal hold needs a reason")
    item_id, state = _item(conn, number, lock=True)
    if conn.execute(select(PURGES.c.item_id).where(PURGES.c.item_id == item_id)).first():
        raise RetentionError(f"{number} was already purged: there is nothing left to hold")
    now = utcnow()
    hold_id = conn.execute(
        insert(HOLDS)
        .values(item_id=item_id, reason=reason, placed_by=by[:64], placed_at=now)
        .returning(HOLDS.c.id)
    ).scalar_one()
    conn.execute(
        insert(EVENTS).values(
            item_id=item_id,
            at=now,
            actor=by[:64],
            from_state=state,
            to_state=state,
            detail={"retention": "legal_hold", "hold": int(hold_id), "reason": reason},
        )
    )
    return Hold(int(hold_id), number, reason, by[:64], now)


def release_hold(conn: Connection, number: str, reason: str, by: str) -> list[Hold]:
    """Release every hold on `number`; an audit event per hold. Error when none is in force."""
    if not reason.strip():
        raise RetentionError("releasing a legal hold needs a reason")
    item_id, state = _item(conn, number, lock=True)
    active = conn.execute(
        select(HOLDS).where(HOLDS.c.item_id == item_id, HOLDS.c.released_at.is_(None))
    ).all()
    if not active:
        raise RetentionError(f"{number} is not under a legal hold")
    now = utcnow()
    out = []
    for h in active:
        conn.execute(
            update(HOLDS)
            .where(HOLDS.c.id == h.id)
            .values(released_at=now, released_by=by[:64], release_reason=reason)
        )
        conn.execute(
            insert(EVENTS).values(
                item_id=item_id,
                at=now,
                actor=by[:64],
                from_state=state,
                to_state=state,
                detail={"retention": "hold_released", "hold": int(h.id), "reason": reason},
            )
        )
        out.append(Hold(int(h.id), number, h.reason, h.placed_by, h.placed_at, now, by, reason))
    return out


def holds(conn: Connection, *, active_only: bool = True, number: str | None = None) -> list[Hold]:
    query = select(HOLDS, ITEMS.c.registration_number).join(ITEMS, ITEMS.c.id == HOLDS.c.item_id)
    if active_only:
        query = query.where(HOLDS.c.released_at.is_(None))
    if number is not None:
        query = query.where(ITEMS.c.registration_number == number)
    return [
        Hold(
            int(r.id),
            r.registration_number,
            r.reason,
            r.placed_by,
            r.placed_at,
            r.released_at,
            r.released_by,
            r.release_reason,
        )
        for r in conn.execute(query.order_by(HOLDS.c.id))
    ]


def describe(conn: Connection, item_id: int) -> dict[str, Any]:
    """What `show` prints of an item's retention: its purge, if any, and every hold."""
    p = conn.execute(select(PURGES).where(PURGES.c.item_id == item_id)).first()
    hs = conn.execute(select(HOLDS).where(HOLDS.c.item_id == item_id).order_by(HOLDS.c.id)).all()
    return {
        "purged": None
        if p is None
        else {
            "at": p.purged_at.isoformat(),
            "by": p.purged_by,
            "rule": p.rule,
            "cutoff": p.cutoff.isoformat(),
            "note": "original, text and personal data removed under the retention policy",
        },
        "legal_holds": [
            {
                "reason": h.reason,
                "placed_by": h.placed_by,
                "placed_at": h.placed_at.isoformat(),
                "released_at": h.released_at.isoformat() if h.released_at else None,
                "released_by": h.released_by,
                "release_reason": h.release_reason,
            }
            for h in hs
        ],
    }


def is_purged(conn: Connection, item_id: int) -> bool:
    return (
        conn.execute(select(PURGES.c.item_id).where(PURGES.c.item_id == item_id)).first()
        is not None
    )


def run(
    db: Database,
    cutoffs: Cutoffs,
    *,
    by: str,
    queues: Sequence[str] | None = None,
    dry_run: bool = False,
    batch: int = BATCH,
) -> Iterator[tuple[Plan, list[Purged]]]:
    """Every batch in id order: planned (and, unless `dry_run`, purged) in one transaction each.

    A batch that fails rolls back whole; what earlier batches purged stays purged,
    and running again takes up the rest (purged items are skipped).
    """
    after = 0
    now = cutoffs.now
    while True:
        if dry_run:
            with db.read() as conn:
                plan = plan_batch(conn, cutoffs, after=after, limit=batch, queues=queues)
            done: list[Purged] = []
        else:
            with db.begin() as conn:
                plan = plan_batch(conn, cutoffs, after=after, limit=batch, queues=queues, lock=True)
                done = purge_items(conn, plan.purge, by=by, now=now) if plan else []
        if plan is None:
            return
        after = plan.last_id
        yield plan, done
