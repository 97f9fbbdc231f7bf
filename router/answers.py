"""Responses detected from outgoing mail: a Sent-folder copy or a journal copy, recorded once.

`record_answer` is what the Sent-folder poller (`ingest.sent`) and the
journal door (`ingest.journal`) call for each outgoing message. In one
transaction it keeps the message's row (`answers`: what was read, where, and
what it was taken for), finds the requests it answers
(`router.response_match`: the registration number in the Subject,
In-Reply-To naming a request's own Message-ID, our acknowledgement's or an
earlier answer's, else the References chain), and records a `responded`
clock event on each (`router.responses.record_clock_in`), source
`sent-folder` or `journal`, ref the answer's Message-ID.

Idempotent: the response of one message to one request is keyed by (request,
normalised Message-ID) in `answer_links`, inserted with ON CONFLICT DO
NOTHING before the event, so a re-scan, a new UIDVALIDITY, the journal and
the Sent folder seeing the same answer, or two processes at once record it
once; a response recorded by hand (`registratura respond --ref`) with the
same Message-ID counts as recorded too.

A response to an official request whose signatures are incomplete also
pauses its clock (`router.responses`: waiting on the authority), in the
same commit; the outcome's entry then says `waiting`.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError

from router.policy import Policy
from router.response_match import AnswerFacts, clamp, norm_id, read_answer, why_no_response
from router.responses import AUTO_WAITING, ClockRefused, current_timeline, record_clock_in
from storage import Database, StorageUnavailable
from storage.answer_models import AnswerLink, AnswerRow
from storage.case_models import CaseKey
from storage.clock import utcnow
from storage.clock_events import CLOCK
from storage.items import ITEMS
from storage.outbox_models import OutboxRow

log = logging.getLogger(__name__)

ANSWERS = cast(Table, AnswerRow.__table__)
LINKS = cast(Table, AnswerLink.__table__)
KEYS = cast(Table, CaseKey.__table__)
OUTBOX = cast(Table, OutboxRow.__table__)

SENT_FOLDER = "sent-folder"
JOURNAL = "journal"


def own_domains(policy: Policy, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """Our own mail domains: the policy's `operator_domains` and the acknowledgements' sender's."""
    return policy.own_domains(tuple(extra))


@dataclass(frozen=True, slots=True)
class Target:
    """A request an answer names, and how."""

    item_id: int
    registration_number: str
    received_at: datetime
    via: str  # subject | in-reply-to | references


@dataclass(frozen=True, slots=True)
class AnswerOutcome:
    """What one outgoing message was taken for."""

    answer_id: int
    duplicate: bool  # these bytes were examined before (from this source)
    outcome: dict[str, Any]

    @property
    def recorded(self) -> list[str]:
        """The requests this call recorded a response on (none when all were recorded before)."""
        return [a["registration_number"] for a in self.outcome.get("answered", []) if a["recorded"]]

    @property
    def answered(self) -> list[str]:
        return [a["registration_number"] for a in self.outcome.get("answered", [])]

    def summary(self) -> str:
        """One line: for the seen-UID record, the SMTP reply and the log."""
        if "ignored" in self.outcome:
            return f"not a response: {self.outcome['ignored']}"
        if not self.answered:
            unknown = self.outcome.get("unmatched") or []
            return "answers no known request" + (
                f" ({', '.join(unknown)} unknown)" if unknown else ""
            )
        parts = [
            f"{a['registration_number']} {'recorded' if a['recorded'] else 'already recorded'}"
            for a in self.outcome["answered"]
        ]
        return "response: " + ", ".join(parts)


def record_answer(
    db: Database,
    raw: bytes,
    *,
    source: str,
    seen_at: datetime,
    own: Sequence[str],
    origin: dict[str, Any],
    ignore: str | None = None,
) -> AnswerOutcome:
    """Keep the outgoing message `raw` and record the responses it is, in one commit.

    `raw` is what was read (a Sent message's header block, a journal copy's
    whole bytes); `seen_at` when we saw it (the latest its response may be
    dated); `own` our domains; `ignore` a reason decided by the caller (e.g.
    a journal copy from an untrusted client): the message is kept, nothing
    is recorded.
    """
    digest = hashlib.sha256(raw).hexdigest()
    facts = read_answer(raw)
    for attempt in range(3):
        try:
            with db.begin() as conn:
                return _record(conn, raw, digest, facts, source, seen_at, own, origin, ignore)
        except IntegrityError:
            # Another process stored the same bytes between our look and our insert.
            if attempt == 2:
                raise
        except DBAPIError as exc:
            raise StorageUnavailable(f"database refused the answer: {exc.orig!r}") from exc
    raise AssertionError("unreachable")  # pragma: no cover


def _record(
    conn: Connection,
    raw: bytes,
    digest: str,
    facts: AnswerFacts,
    source: str,
    seen_at: datetime,
    own: Sequence[str],
    origin: dict[str, Any],
    ignore: str | None,
) -> AnswerOutcome:
    existing = conn.execute(
        select(ANSWERS.c.id).where(ANSWERS.c.source == source, ANSWERS.c.sha256 == digest)
    ).scalar()
    if existing is None:
        answer_id = int(
            conn.execute(
                insert(ANSWERS)
                .values(
                    source=source,
                    sha256=digest,
                    message_id=(facts.message_id or "")[:320] or None,
                    from_addr=facts.from_addr[:320] or None,
                    subject=facts.subject[:512],
                    sent_at=facts.date,
                    seen_at=seen_at,
                    raw=raw,
                    origin=origin,
                    outcome={},
                )
                .returning(ANSWERS.c.id)
            ).scalar_one()
        )
    else:
        answer_id = int(existing)
    outcome = _outcome(conn, answer_id, digest, facts, source, seen_at, own, ignore)
    conn.execute(update(ANSWERS).where(ANSWERS.c.id == answer_id).values(outcome=outcome))
    return AnswerOutcome(answer_id, existing is not None, outcome)


def _outcome(
    conn: Connection,
    answer_id: int,
    digest: str,
    facts: AnswerFacts,
    source: str,
    seen_at: datetime,
    own: Sequence[str],
    ignore: str | None,
) -> dict[str, Any]:
    why = ignore or why_no_response(facts, own)
    if why is None and facts.key is not None:
        ours = conn.execute(
            select(OUTBOX.c.registration_number).where(
                func.lower(OUTBOX.c.message_id) == f"<{facts.key}>"
            )
        ).scalar()
        if ours is not None:
            why = f"our acknowledgement of {ours} (never a response)"
    if why is not None:
        return {"ignored": why}
    targets, unknown = match(conn, facts)
    key = facts.key or f"sha256:{digest}"
    ref = facts.message_id or f"<sha256:{digest}>"
    answered: list[dict[str, Any]] = []
    for target in targets:
        entry: dict[str, Any] = {
            "registration_number": target.registration_number,
            "via": target.via,
        }
        if not _link(conn, target.item_id, key, answer_id):
            entry["recorded"] = False  # this answer to this request is recorded already
        elif _recorded_by_hand(conn, target.item_id, key):
            entry["recorded"] = False
        else:
            now = current_timeline(conn, target.item_id, target.received_at)
            when = clamp(
                facts.date,
                received_at=target.received_at,
                seen_at=seen_at,
                first_response_at=now.first_response_at,
            )
            try:
                done = record_clock_in(
                    conn, target.registration_number, "responded", when.at, source, ref
                )
            except ClockRefused as exc:  # cannot happen after clamping; kept for the record
                entry.update(recorded=False, refused=str(exc))
            else:
                entry.update(recorded=True, at=when.at.isoformat())
                if done.auto_waiting:  # an incomplete official request now waits on its sender
                    entry["waiting"] = AUTO_WAITING
                if when.note:
                    entry["clamped"] = when.note
        answered.append(entry)
    if answered:
        log.info("%s answer %s: %s", source, facts.message_id, answered)
    return {"answered": answered, "unmatched": unknown}


def _link(conn: Connection, item_id: int, key: str, answer_id: int) -> bool:
    """Insert the (request, Message-ID) key; False when it was there (recorded before)."""
    values = {
        "item_id": item_id,
        "message_id": key[:320],
        "answer_id": answer_id,
        "recorded_at": utcnow(),
    }
    dialect = conn.dialect.name
    if dialect == "postgresql":
        stmt: Any = pg_insert(LINKS).values(**values).on_conflict_do_nothing()
    elif dialect == "sqlite":
        stmt = sqlite_insert(LINKS).values(**values).on_conflict_do_nothing()
    else:  # pragma: no cover - the two databases registratura runs on
        stmt = insert(LINKS).values(**values)
    # RETURNING, not rowcount: psycopg reports a row for a conflict that inserted none.
    return conn.execute(stmt.returning(LINKS.c.item_id)).first() is not None


def _recorded_by_hand(conn: Connection, item_id: int, key: str) -> bool:
    """A `responded` event with this Message-ID as ref exists already (`respond --ref`)."""
    refs = conn.execute(
        select(CLOCK.c.ref).where(
            CLOCK.c.item_id == item_id, CLOCK.c.kind == "responded", CLOCK.c.ref.is_not(None)
        )
    ).scalars()
    return any(norm_id(r) == key for r in refs)


def _items(conn: Connection, ids: Iterable[int]) -> list[Any]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    return list(
        conn.execute(
            select(ITEMS.c.id, ITEMS.c.registration_number, ITEMS.c.received_at)
            .where(ITEMS.c.id.in_(wanted))
            .order_by(ITEMS.c.id)
        )
    )


def _named(conn: Connection, ids: Sequence[str]) -> list[Any]:
    """The requests these (normalised) Message-IDs belong to: a request's own mail, our
    acknowledgement of it, or an earlier answer of ours to it."""
    if not ids:
        return []
    found: set[int] = set()
    found.update(
        conn.execute(
            select(KEYS.c.item_id).where(KEYS.c.kind == "message_id", KEYS.c.value.in_(list(ids)))
        ).scalars()
    )
    found.update(
        conn.execute(
            select(OUTBOX.c.item_id).where(
                func.lower(OUTBOX.c.message_id).in_([f"<{i}>" for i in ids])
            )
        ).scalars()
    )
    found.update(
        conn.execute(select(LINKS.c.item_id).where(LINKS.c.message_id.in_(list(ids)))).scalars()
    )
    return _items(conn, found)


def match(conn: Connection, facts: AnswerFacts) -> tuple[list[Target], list[str]]:
    """The requests the answer names, and the registration numbers it names that do not exist."""
    targets: dict[int, Target] = {}
    unknown: list[str] = []
    if facts.registrations:
        rows = conn.execute(
            select(ITEMS.c.id, ITEMS.c.registration_number, ITEMS.c.received_at).where(
                ITEMS.c.registration_number.in_(list(facts.registrations))
            )
        ).all()
        by_reg = {r.registration_number.upper(): r for r in rows}
        for reg in facts.registrations:
            row = by_reg.get(reg)
            if row is None:
                unknown.append(reg)
            else:
                targets.setdefault(
                    row.id, Target(row.id, row.registration_number, row.received_at, "subject")
                )
    for row in _named(conn, facts.in_reply_to):
        targets.setdefault(
            row.id, Target(row.id, row.registration_number, row.received_at, "in-reply-to")
        )
    if not targets:
        for mid in reversed(facts.references):  # the newest first: the message it answers
            rows = _named(conn, [mid])
            if rows:
                for row in rows:
                    targets[row.id] = Target(
                        row.id, row.registration_number, row.received_at, "references"
                    )
                break
    return list(targets.values()), unknown
