"""The journal address at the SMTP door: copies of our outgoing mail, answers, never requests.

Mail to a `REGISTRATURA_JOURNAL_ADDRESSES` address is a copy of something we
sent (a BCC, or the mail server's journal rule). It is stored as an answer
(`router.answers.record_answer`, source `journal`, in the `answers` table,
never as an item: it gets no registration number and reaches no queue), and
each request it answers gets a `responded` clock event. The SMTP reply is
`250 2.0.0 Accepted as journal copy N`.

Who may stop a clock this way is the safety question: anyone who can mail
the journal address could otherwise "answer" any request. A copy is taken as
an answer only when

1. it came from a journal client: an SMTP session authenticated as one of
   `REGISTRATURA_JOURNAL_AUTH_USERS`, or a client address in
   `REGISTRATURA_JOURNAL_NETWORKS` (the mail server that sends the copies;
   never a relay that also passes internet mail to the door), and
2. its From is at one of our own domains (the policy's `operator_domains`
   and the acknowledgements' sender's domain): a journal rule that copies
   incoming mail too sends copies that are no answers.

Anything else sent to the journal address is kept in `answers` with the
reason (`outcome.ignored`) and records nothing. A message addressed to both
the journal and an ordinary address of ours is both: a request for the
ordinary address (the reply names its registration number) and a journal copy.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
from collections.abc import Callable, Sequence
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses

from ingest.accept import Accepted
from ingest.envelope import Envelope
from router.answers import JOURNAL, AnswerOutcome, record_answer
from router.response_match import is_ours
from storage import Database

log = logging.getLogger(__name__)

Batch = Sequence[tuple[bytes, Envelope]]
AcceptMany = Callable[[Batch], list[Accepted]]
OwnDomains = Callable[[], Sequence[str]]
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _ip(text: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        ip = ipaddress.ip_address((text or "").strip())
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


class JournalDoor:
    """`accept`/`accept_many` for the SMTP door: journal copies aside, everything else on."""

    def __init__(
        self,
        db: Database,
        accept_many: AcceptMany,
        *,
        addresses: Sequence[str],
        networks: Sequence[str],
        auth_users: Sequence[str],
        own_domains: OwnDomains,
    ) -> None:
        self.db = db
        self._accept_many = accept_many
        self.addresses = frozenset(a.strip().lower() for a in addresses if a.strip())
        self.networks: tuple[Network, ...] = tuple(
            ipaddress.ip_network(n.strip(), strict=False) for n in networks if n.strip()
        )
        self.auth_users = frozenset(u for u in auth_users if u)
        self.own_domains = own_domains

    def is_journal(self, address: str) -> bool:
        return address.strip().strip("<>").lower() in self.addresses

    def accept(self, raw: bytes, envelope: Envelope) -> Accepted:
        return self.accept_many([(raw, envelope)])[0]

    def accept_many(self, batch: Batch) -> list[Accepted]:
        results: list[Accepted | None] = [None] * len(batch)
        ordinary = [
            i
            for i, (_, env) in enumerate(batch)
            if not env.rcpt_to or not all(map(self.is_journal, env.rcpt_to))
        ]
        if ordinary:
            stored = self._accept_many([batch[i] for i in ordinary])
            for i, result in zip(ordinary, stored, strict=True):
                results[i] = result
        for i, (raw, env) in enumerate(batch):
            if env.rcpt_to and any(map(self.is_journal, env.rcpt_to)):
                outcome = self.record(raw, env)
                if results[i] is None:
                    results[i] = Accepted(
                        item_id=0,
                        registration_number=f"journal copy {outcome.answer_id}",
                        sha256=hashlib.sha256(raw).hexdigest(),
                        duplicate=outcome.duplicate,
                    )
        assert all(r is not None for r in results)
        return [r for r in results if r is not None]

    def untrusted(self, envelope: Envelope) -> str | None:
        """Why this session may not deliver journal copies (None: it may)."""
        if envelope.auth_user is not None and envelope.auth_user in self.auth_users:
            return None
        ip = _ip(envelope.client_ip)
        if ip is not None and any(ip in net for net in self.networks):
            return None
        who = f"client {envelope.client_ip}" + (
            f" authenticated as {envelope.auth_user}" if envelope.auth_user else ""
        )
        return (
            f"not a journal client ({who} is in neither REGISTRATURA_JOURNAL_NETWORKS "
            "nor REGISTRATURA_JOURNAL_AUTH_USERS)"
        )

    def record(self, raw: bytes, envelope: Envelope) -> AnswerOutcome:
        own = tuple(self.own_domains())
        why = self.untrusted(envelope)
        if why is None:
            headers = BytesHeaderParser(policy=compat32).parsebytes(raw)
            senders = [a for _, a in getaddresses([str(v) for v in headers.get_all("From", [])])]
            if not senders or not all(is_ours(a, own) for a in senders):
                shown = ", ".join(senders) or "none"
                why = f"From ({shown}) is not at our own domains: not one of our answers"
        outcome = record_answer(
            self.db,
            raw,
            source=JOURNAL,
            seen_at=envelope.received_at,
            own=own,
            origin=envelope.to_json(),
            ignore=why,
        )
        if why is not None:
            log.warning("journal copy %s from %s: %s", outcome.answer_id, envelope.client_ip, why)
        else:
            log.info("journal copy %s: %s", outcome.answer_id, outcome.summary())
        return outcome
