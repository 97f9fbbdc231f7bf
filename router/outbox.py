"""The outbox: acknowledgements written with the routing decision, sent later by the relay.

A transactional outbox. The route step calls `plan_acknowledgement` inside the
transaction that commits the decision: when the category's policy wants an
acknowledgement and nothing forbids it, the whole message (rendered from the
policy's Jinja2 templates, with a Message-ID of our own) is inserted as an
`outbox` row in that same commit. A crash before the commit leaves neither the
decision nor the row (the step runs again); after it, both. The decision
records what was done (`decision.acknowledgement`: the Message-ID queued, or
why none). A row is unique
per (kind, case): a retried step, a redelivered message or a second mail of
the same case cannot insert a second acknowledgement (INSERT … ON CONFLICT DO
NOTHING, so two workers racing on PostgreSQL do not fail either).

Never acknowledged (the reason is kept in the decision):
- what the RFC 3834 gate refuses (`router.acknowledge`): auto-submitted, list
  and bounce traffic, robots, our own domains, what did not come by mail;
- a `suspicious` signature verdict, or a sender whose domain imitates an
  authority's (`router.signatures.lookalike`);
- a case already acknowledged (`router.cases`: a reply, the same registration
  number in the subject, the same criminal case or transaction);
- a category whose `[acknowledgements.CATEGORY]` is missing or disabled.
The `incomplete` reply draft of an official request (`signatures.reply_draft`)
is never put here: a person sends it.

The relay (`registratura.relay`) then claims one unsent row at a time with a
lease (`claim`: FOR UPDATE SKIP LOCKED on PostgreSQL, a compare-and-set on
SQLite), sends it, and marks it sent (`mark_sent`, with the request's
`acknowledged` clock event in the same commit), to be retried (`mark_retry`,
with backoff, until `failed` after the last attempt) or failed (`mark_failed`).
Delivery is at least once: a relay that dies after the relay host took the
message and before `mark_sent` commits sends it again when the lease ends,
with the same Message-ID (the same stored bytes), which mail clients and
archives use to drop the copy.
"""

from __future__ import annotations

import functools
import logging
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from typing import Any, cast
from zoneinfo import ZoneInfo

from jinja2 import StrictUndefined, Template
from jinja2.sandbox import SandboxedEnvironment
from sqlalchemy import Connection, Table, and_, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from router.acknowledge import refusal
from router.policy import Policy
from router.policy_schema import AckMessage
from router.responses import ClockRefused, record_clock_in
from router.signatures.lookalike import bare_domain, imitates
from storage import Database
from storage.clock import utcnow
from storage.outbox_models import OutboxRow

log = logging.getLogger(__name__)

OUTBOX = cast(Table, OutboxRow.__table__)
ACK = "acknowledgement"
PENDING, SENT, FAILED = "pending", "sent", "failed"
STATUSES = (PENDING, SENT, FAILED)

# What the request wrote that the message repeats, bounded: an acknowledgement
# must not carry a stranger's long text to whatever address a From claims.
MAX_SUBJECT_CHARS = 100
MAX_NAME_CHARS = 60
MAX_REFERENCES = 10
_MSG_ID = re.compile(r"^<[^<>\s@]{1,250}@[^<>\s@]{1,250}>$")
_REG = re.compile(r"\[?\bREG-\d{4}-\d{6}\b\]?", re.IGNORECASE)
_ADDR = re.compile(r"^[^\s@<>()\[\],;:\"\\]{1,64}@[A-Za-z0-9.-]{1,253}$")

_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)


@functools.lru_cache(maxsize=64)
def _compiled(source: str) -> Template:
    """A policy template compiled once (rendering runs inside the route step's commit)."""
    return _ENV.from_string(source)


def _one_line(text: object, limit: int) -> str:
    """Control characters out, whitespace collapsed, at most `limit` characters."""
    line = " ".join("".join(c if c.isprintable() else " " for c in str(text or "")).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _msg_id(value: object) -> str | None:
    """A Message-ID as `<local@domain>`, or None when it is not one (never copied raw)."""
    text = str(value or "").strip()
    if text and not text.startswith("<"):
        text = f"<{text}>"
    return text if _MSG_ID.match(text) else None


@dataclass(frozen=True, slots=True)
class Rendered:
    """An acknowledgement ready to store: the envelope and the message's bytes."""

    rcpt_to: str
    message_id: str
    message: bytes


def render(
    template: AckMessage,
    sender: str,
    *,
    to: str,
    registration_number: str,
    category: str,
    queue: str,
    received_at: datetime,
    timezone: ZoneInfo,
    headers: dict[str, Any],
    now: datetime | None = None,
) -> Rendered:
    """The acknowledgement for one request, from the policy's templates (pure)."""
    now = now or utcnow()
    context = {
        "registration_number": registration_number,
        # Without registration numbers: the reply to ours must name this case alone.
        "subject": _one_line(_REG.sub("", str(headers.get("subject") or "")), MAX_SUBJECT_CHARS),
        "received_at": received_at.astimezone(timezone).strftime("%d.%m.%Y, ora %H:%M"),
        "category": category,
        "queue": queue,
        "sender": to,
        "sender_name": _one_line(headers.get("from_display"), MAX_NAME_CHARS),
    }
    subject = _one_line(_compiled(template.subject).render(context), 250)
    if f"[{registration_number}]" not in subject:
        subject = " ".join(f"[{registration_number}] {_REG.sub('', subject)}".split())
    body = _compiled(template.body).render(context).strip("\n") + "\n"
    name, address = parseaddr(sender)
    domain = address.rsplit("@", 1)[-1] if "@" in address else "localhost"
    message_id = f"<ack.{registration_number.lower()}.{uuid.uuid4().hex[:16]}@{domain}>"
    msg = EmailMessage(policy=SMTP)
    msg["From"] = Address(display_name=name, addr_spec=address) if name else address
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now.astimezone(timezone))
    msg["Message-ID"] = message_id
    parent = _msg_id(headers.get("message_id"))
    if parent:
        earlier = [m for m in map(_msg_id, headers.get("references") or []) if m]
        msg["In-Reply-To"] = parent
        msg["References"] = " ".join([*earlier[-(MAX_REFERENCES - 1) :], parent])
    # RFC 3834 §5: an automatic reply says so; Exchange and Outlook honour the second.
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    msg["Content-Language"] = "ro"
    return Rendered(rcpt_to=to, message_id=message_id, message=msg.as_bytes())


def _lookalike(sender: str, policy: Policy) -> str | None:
    domain = sender.rsplit("@", 1)[-1].lower()
    for authority in policy.authorities:
        for d in map(bare_domain, authority.domains):
            why = imitates(domain, d)
            if why:
                return why
    return None


def _own_domains(policy: Policy, extra: Iterable[str]) -> tuple[str, ...]:
    sender = parseaddr(policy.document.acknowledgements.sender)[1]
    ours = [*policy.document.classification.operator_domains, *extra]
    if "@" in sender:
        ours.append(sender.rsplit("@", 1)[1])
    return tuple(dict.fromkeys(d.lower() for d in ours if d))


def _template(policy: Policy, category: str) -> AckMessage | None:
    acks = policy.document.acknowledgements
    template: AckMessage | None = getattr(acks, category, None)
    return template if template is not None and template.enabled else None


def why_not(
    policy: Policy,
    *,
    category: str,
    queue: str,
    channel: str,
    envelope: dict[str, Any],
    headers: dict[str, Any],
    signatures: dict[str, Any] | None,
    own_domains: Iterable[str] = (),
) -> str | None:
    """Why this request gets no acknowledgement (None: it gets one, unless its case has one)."""
    if _template(policy, category) is None:
        return f"category {category} is not acknowledged ([acknowledgements.{category}])"
    sender = str(headers.get("from") or envelope.get("mail_from") or "").strip()
    request: dict[str, Any] = {
        "source": {
            "channel": channel,
            "from": sender,
            # As `router.request.build`: RFC 3834 headers, DSN/MDN, or a null reverse-path.
            "auto_submitted": bool(headers.get("auto_submitted"))
            or envelope.get("mail_from") in ("", "<>"),
        },
        "status": "quarantined" if queue == "quarantine" else "decided",
    }
    gate = refusal(request, _own_domains(policy, own_domains))
    if gate:
        return gate
    if not _ADDR.match(sender):
        return "the sender's address cannot be answered"
    verdict = (signatures or {}).get("verdict")
    if verdict == "suspicious":
        return "signature verdict suspicious"
    looks = _lookalike(sender, policy)
    if looks:
        return f"look-alike sender domain: {looks}"
    return None


@dataclass(frozen=True, slots=True)
class AckPlan:
    """What the route step does about the acknowledgement, decided before it commits.

    `note` goes into the decision (`{"acknowledgement": {"message_id"}}` or
    `{"acknowledgement": {"why"}}`; empty for a category that wants none);
    `queue` inserts the outbox row in the decision's transaction.
    """

    note: dict[str, Any]
    item_id: int = 0
    registration_number: str = ""
    case_id: str = ""
    rendered: Rendered | None = None

    def queue(self, conn: Connection) -> bool:
        """Insert the row (once the decision is known to commit); False if none was due
        or the case got one meanwhile (a concurrent worker: ON CONFLICT DO NOTHING)."""
        if self.rendered is None:
            return False
        return _insert(conn, self.item_id, self.registration_number, self.case_id, self.rendered)


def plan_acknowledgement(
    conn: Connection,
    policy: Policy,
    *,
    item_id: int,
    registration_number: str,
    channel: str,
    envelope: dict[str, Any] | None,
    parsed: dict[str, Any] | None,
    received_at: datetime,
    decision: dict[str, Any],
    thread: dict[str, Any],
    own_domains: Iterable[str] = (),
) -> AckPlan:
    """Whether this request gets an acknowledgement, and the message if so (rendered now,
    so the row is the message). `decision` is `steps.decide`'s; `conn` the route step's."""
    category, queue = str(decision["category"]), str(decision["queue"])
    template = _template(policy, category)
    if template is None:
        return AckPlan(note={})
    headers = ((parsed or {}).get("document") or {}).get("headers") or {}
    env = envelope or {}
    case_id = str(thread.get("case_id") or registration_number)
    reason = why_not(
        policy,
        category=category,
        queue=queue,
        channel=channel,
        envelope=env,
        headers=headers,
        signatures=(decision.get("decision") or {}).get("signatures"),
        own_domains=own_domains,
    )
    if reason is None:
        earlier = conn.execute(
            select(OUTBOX.c.registration_number).where(
                OUTBOX.c.kind == ACK, OUTBOX.c.dedupe_key == case_id
            )
        ).scalar()
        if earlier is not None:
            reason = f"case {case_id} already acknowledged (with {earlier})"
    if reason is not None:
        return AckPlan(note={"acknowledgement": {"why": reason}})
    to = str(headers.get("from") or env.get("mail_from")).strip()
    try:
        rendered = render(
            template,
            policy.document.acknowledgements.sender,
            to=to,
            registration_number=registration_number,
            category=category,
            queue=queue,
            received_at=received_at,
            timezone=policy.timezone,
            headers=headers,
        )
    except Exception as exc:  # a template the load-time check let through: say so, route on
        log.exception("acknowledgement of %s not rendered", registration_number)
        return AckPlan(note={"acknowledgement": {"why": f"template failed: {exc}"}})
    return AckPlan(
        note={"acknowledgement": {"message_id": rendered.message_id, "to": to}},
        item_id=item_id,
        registration_number=registration_number,
        case_id=case_id,
        rendered=rendered,
    )


def _insert(
    conn: Connection, item_id: int, registration_number: str, case_id: str, r: Rendered
) -> bool:
    now = utcnow()
    values = {
        "kind": ACK,
        "dedupe_key": case_id,
        "item_id": item_id,
        "registration_number": registration_number,
        "status": PENDING,
        "mail_from": "",
        "rcpt_to": r.rcpt_to,
        "message_id": r.message_id,
        "message": r.message,
        "created_at": now,
        "attempts": 0,
        "next_attempt_at": now,
    }
    dialect = conn.dialect.name
    if dialect == "postgresql":
        stmt: Any = pg_insert(OUTBOX).values(**values).on_conflict_do_nothing()
    elif dialect == "sqlite":
        stmt = sqlite_insert(OUTBOX).values(**values).on_conflict_do_nothing()
    else:  # pragma: no cover - the two databases registratura runs on
        stmt = insert(OUTBOX).values(**values)
    # RETURNING, not rowcount: psycopg reports a row for a conflict that inserted none.
    return conn.execute(stmt.returning(OUTBOX.c.id)).first() is not None


# --------------------------------------------------------------------------- the relay's side


@dataclass(frozen=True, slots=True)
class Claimed:
    """A row the caller holds until `lease_until`: send it, then mark it."""

    id: int
    token: str
    registration_number: str
    mail_from: str
    rcpt_to: str
    message_id: str
    message: bytes
    attempts: int


def claim(
    db: Database,
    *,
    lease: timedelta,
    now: datetime | None = None,
    due_by: datetime | None = None,
) -> Claimed | None:
    """Take the oldest unsent row due by `due_by` (default now) for `lease` (None: none).

    PostgreSQL: the candidate row is locked with FOR UPDATE SKIP LOCKED, so
    relays on several machines take different rows without waiting. SQLite: one
    writer at a time (BEGIN IMMEDIATE), and the UPDATE is a compare-and-set on
    the status and the lease all the same. A row whose lease has run out (its
    relay died mid-send) is due again; each claim counts as an attempt.
    """
    now = now or utcnow()
    token = uuid.uuid4().hex
    free = or_(OUTBOX.c.lease_until.is_(None), OUTBOX.c.lease_until < now)
    due = and_(OUTBOX.c.status == PENDING, OUTBOX.c.next_attempt_at <= (due_by or now), free)
    with db.read() as conn:  # an idle relay looks without taking SQLite's write lock
        if conn.execute(select(OUTBOX.c.id).where(due).limit(1)).first() is None:
            return None
    with db.begin(durable=False) as conn:
        query = select(OUTBOX.c.id).where(due).order_by(OUTBOX.c.next_attempt_at, OUTBOX.c.id)
        if conn.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        row_id = conn.execute(query.limit(1)).scalar()
        if row_id is None:
            return None
        taken = conn.execute(
            update(OUTBOX)
            .where(OUTBOX.c.id == row_id, due)
            .values(
                claimed_by=token,
                lease_until=now + lease,
                attempts=OUTBOX.c.attempts + 1,
            )
        ).rowcount
        if not taken:
            return None
        row = conn.execute(select(OUTBOX).where(OUTBOX.c.id == row_id)).one()
    return Claimed(
        id=row.id,
        token=token,
        registration_number=row.registration_number,
        mail_from=row.mail_from,
        rcpt_to=row.rcpt_to,
        message_id=row.message_id,
        message=bytes(row.message),
        attempts=row.attempts,
    )


def _held(c: Claimed) -> Any:
    return and_(OUTBOX.c.id == c.id, OUTBOX.c.claimed_by == c.token, OUTBOX.c.status == PENDING)


def mark_sent(db: Database, c: Claimed, at: datetime | None = None) -> bool:
    """Sent: the row and the request's `acknowledged` clock event, in one commit.

    False when the lease was lost (another relay took the row): the message may
    then go out twice, with the same Message-ID.
    """
    at = at or utcnow()
    with db.begin() as conn:
        done = conn.execute(
            update(OUTBOX)
            .where(_held(c))
            .values(status=SENT, sent_at=at, lease_until=None, last_error=None)
        ).rowcount
        if not done:
            log.warning("outbox %s: lease lost before it was marked sent", c.id)
            return False
        try:
            record_clock_in(conn, c.registration_number, "acknowledged", at, "outbox", c.message_id)
        except ClockRefused as exc:  # e.g. a clock event recorded by hand since: keep the send
            log.warning("outbox %s sent; the clock refused the acknowledgement: %s", c.id, exc)
    return True


def mark_retry(
    db: Database,
    c: Claimed,
    error: str,
    *,
    max_attempts: int,
    backoff: timedelta,
    now: datetime | None = None,
) -> str:
    """A temporary failure: due again after `backoff` × 2^(attempts-1) (at most an hour),
    or `failed` once `max_attempts` are spent. Returns the row's new status."""
    now = now or utcnow()
    status = FAILED if c.attempts >= max_attempts else PENDING
    delay = min(backoff * (2 ** max(0, c.attempts - 1)), timedelta(hours=1))
    with db.begin() as conn:
        conn.execute(
            update(OUTBOX)
            .where(_held(c))
            .values(
                status=status,
                claimed_by=None,
                lease_until=None,
                next_attempt_at=now + delay,
                last_error=(
                    f"gave up after {c.attempts} attempts: {error}" if status == FAILED else error
                )[:2000],
            )
        )
    return status


def mark_failed(db: Database, c: Claimed, error: str) -> None:
    """A permanent failure (the relay answered 5xx): never tried again."""
    with db.begin() as conn:
        conn.execute(
            update(OUTBOX)
            .where(_held(c))
            .values(status=FAILED, claimed_by=None, lease_until=None, last_error=error[:2000])
        )


# --------------------------------------------------------------------------- looking


@dataclass(frozen=True, slots=True)
class Backlog:
    """How the outbox stands: counts per status and the oldest unsent row's age."""

    counts: dict[str, int]
    oldest_pending: datetime | None


def backlog(db: Database) -> Backlog:
    with db.read() as conn:
        counts = {
            status: n
            for status, n in conn.execute(
                select(OUTBOX.c.status, func.count()).group_by(OUTBOX.c.status)
            )
        }
        oldest = conn.execute(
            select(func.min(OUTBOX.c.created_at)).where(OUTBOX.c.status == PENDING)
        ).scalar()
    return Backlog({s: int(counts.get(s, 0)) for s in STATUSES}, oldest)


def rows(db: Database, status: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """The newest rows (of one status), without the message bytes."""
    cols = [c for c in OUTBOX.c if c.name != "message"]
    query = select(*cols).order_by(OUTBOX.c.id.desc()).limit(limit)
    if status:
        query = query.where(OUTBOX.c.status == status)
    with db.read() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
