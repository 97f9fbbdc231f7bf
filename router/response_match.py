"""What an outgoing message says about the requests it answers: read from its headers alone.

Pure: header bytes in, facts and decisions out (`router.answers` looks the
facts up in the database and records the responses).

An outgoing message (a copy in our Sent folder, or a journal copy of what
our mail server sent) answers:

- every request whose registration number its Subject carries
  (`[REG-2026-000123] …`, `Re: … REG-2026-000123`), and the request whose
  original mail (or our acknowledgement of it, or an earlier answer of ours)
  its `In-Reply-To` names;
- failing both, the newest Message-ID of its `References` chain that names
  one of those (a client that dropped In-Reply-To).

It is **no response** when it is automatic (`Auto-Submitted` other than
`no`, `X-Autoreply`, `Precedence: auto_reply`, a delivery or read report:
our own acknowledgements are `Auto-Submitted: auto-replied`), or when every
recipient it names is at one of our own domains (a request forwarded to a
colleague is not an answer to its sender).

Its time is its `Date` header, clamped: never before the request arrived,
never after we saw the message (a wrong clock cannot date an answer in the
future), and never before a first response already recorded (the first
response never moves once set; the later one is a later response).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

REGISTRATION = re.compile(r"\bREG-(\d{4})-(\d{6})\b", re.IGNORECASE)
MESSAGE_ID = re.compile(r"<([^<>\s]{1,318})>")
MAX_REFERENCES = 50  # a References chain longer than this is cut to its newest ids


@dataclass(frozen=True, slots=True)
class AnswerFacts:
    """The headers of one outgoing message that say what it answers, and when."""

    message_id: str | None  # as written, with its angle brackets
    subject: str
    registrations: tuple[str, ...]  # REG-YYYY-NNNNNN named in the Subject, upper case, once each
    in_reply_to: tuple[str, ...]  # normalised Message-IDs (`norm_id`)
    references: tuple[str, ...]  # normalised, oldest first
    date: datetime | None  # the Date header (UTC-aware), None when missing or unreadable
    automatic: str | None  # why it is automatic mail (None: written by a person)
    from_addr: str  # lower case, "" when none
    recipients: tuple[str, ...]  # To, Cc and Bcc addresses, lower case

    @property
    def key(self) -> str | None:
        """The normalised Message-ID: with the request, the key of a recorded response."""
        return norm_id(self.message_id) if self.message_id else None


def norm_id(value: str) -> str:
    """A Message-ID as `router.cases` indexes them: no angle brackets, lower case."""
    return value.strip().strip("<>").strip().lower()


def _text(msg: Message, name: str) -> str:
    """A header decoded (RFC 2047 encoded words), one line; "" when absent or undecodable."""
    value = msg.get(name)
    if value is None:
        return ""
    try:
        text = str(make_header(decode_header(str(value))))
    except (LookupError, UnicodeError, ValueError, TypeError):
        text = str(value)
    return " ".join(text.split())


def _ids(msg: Message, name: str) -> tuple[str, ...]:
    found = [norm_id(m) for v in msg.get_all(name, []) for m in MESSAGE_ID.findall(str(v))]
    return tuple(dict.fromkeys(found))


def _date(msg: Message) -> datetime | None:
    value = msg.get("Date")
    if value is None:
        return None
    try:
        when = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    # "-0000" (zone unknown) parses naive: read it as UTC, as RFC 5322 says it is.
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _automatic(msg: Message) -> str | None:
    auto = _text(msg, "Auto-Submitted").split(";", 1)[0].strip().lower()
    if auto and auto != "no":
        return f"Auto-Submitted: {auto}"
    for name in ("X-Autoreply", "X-Autorespond"):
        if msg.get(name) is not None:
            return f"{name} header"
    if _text(msg, "Precedence").lower() in ("auto_reply", "bulk", "junk", "list"):
        return f"Precedence: {_text(msg, 'Precedence').lower()}"
    ctype = msg.get_content_type()
    if ctype == "multipart/report":
        return "a delivery or read report (multipart/report)"
    return None


def read_answer(raw: bytes) -> AnswerFacts:
    """The facts of an outgoing message, from its header block (the body is not read)."""
    msg = BytesHeaderParser(policy=compat32).parsebytes(raw)
    subject = _text(msg, "Subject")
    regs = [f"REG-{y}-{n}" for y, n in REGISTRATION.findall(subject)]
    mids = MESSAGE_ID.findall(str(msg.get("Message-ID") or ""))
    addresses = getaddresses(
        [str(v) for name in ("To", "Cc", "Bcc") for v in msg.get_all(name, [])]
    )
    sender = getaddresses([str(v) for v in msg.get_all("From", [])])
    return AnswerFacts(
        message_id=f"<{mids[0]}>" if mids else None,
        subject=subject,
        registrations=tuple(dict.fromkeys(r.upper() for r in regs)),
        in_reply_to=_ids(msg, "In-Reply-To"),
        references=_ids(msg, "References")[-MAX_REFERENCES:],
        date=_date(msg),
        automatic=_automatic(msg),
        from_addr=sender[0][1].strip().lower() if sender else "",
        recipients=tuple(dict.fromkeys(a.strip().lower() for _, a in addresses if "@" in a)),
    )


def is_ours(address: str, own_domains: Iterable[str]) -> bool:
    """Whether the address is at one of our domains (or a subdomain of one)."""
    domain = address.strip().lower().rsplit("@", 1)[-1] if "@" in address else ""
    return bool(domain) and any(
        domain == d or domain.endswith("." + d) for d in (x.lower().strip() for x in own_domains)
    )


def why_no_response(facts: AnswerFacts, own_domains: Iterable[str]) -> str | None:
    """Why this outgoing message is no response to anyone (None: it may be one)."""
    if facts.automatic:
        return f"automatic mail is never a response ({facts.automatic})"
    ours = tuple(own_domains)
    if ours and facts.recipients and all(is_ours(r, ours) for r in facts.recipients):
        return "sent only to our own domains: internal mail, not an answer"
    return None


@dataclass(frozen=True, slots=True)
class Clamped:
    """The instant a response is recorded at, and why it differs from its Date (if it does)."""

    at: datetime
    note: str | None = None


def clamp(
    date: datetime | None,
    *,
    received_at: datetime,
    seen_at: datetime,
    first_response_at: datetime | None,
) -> Clamped:
    """The response's instant: its Date, kept between the request's receipt and when we saw it,
    and never before a first response already recorded."""
    if date is None:
        return Clamped(max(seen_at, received_at, first_response_at or received_at), "no Date")
    at, note = date, None
    if at > seen_at:
        at, note = seen_at, f"Date {date.isoformat()} is after we saw it"
    if at < received_at:
        at, note = received_at, f"Date {date.isoformat()} is before the request arrived"
    if first_response_at is not None and at < first_response_at:
        at = first_response_at
        note = f"Date {date.isoformat()} is before the first response recorded (it never moves)"
    return Clamped(at, note)
