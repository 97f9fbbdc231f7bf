"""SMTP receiver (aiosmtpd): 250 only after the item is committed, 451 when it cannot be.

Basic version: relay protection by recipient domain, a size limit, the
envelope recorded with the item. The hardening a mail administrator expects
(STARTTLS, AUTH, rate limits, smuggling tests) is layered on this handler.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Session
from aiosmtpd.smtp import Envelope as SmtpEnvelope

from ingest.accept import Accepted
from ingest.envelope import Channel, Envelope
from storage import StorageUnavailable

log = logging.getLogger(__name__)

AcceptFn = Callable[[bytes, Envelope], Accepted]


def recipient_allowed(address: str, accept_domains: tuple[str, ...]) -> bool:
    """True when `address` is one of ours: an exact address or a domain (subdomains excluded)."""
    address = address.strip().lower()
    if "@" not in address:
        return False
    domain = address.rsplit("@", 1)[1]
    return any(address == a or domain == a for a in (d.lower() for d in accept_domains))


class IntakeHandler:
    """aiosmtpd handler that hands each message to the one door in."""

    def __init__(self, accept_fn: AcceptFn, accept_domains: tuple[str, ...]) -> None:
        self._accept = accept_fn
        self._domains = accept_domains

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self,
        server: SMTP,
        session: Session,
        envelope: SmtpEnvelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if not recipient_allowed(address, self._domains):
            return "550 5.7.1 Relaying denied: not a recipient of this service"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: SmtpEnvelope
    ) -> str:
        raw = envelope.original_content or b""
        peer: Any = session.peer
        env = Envelope(
            channel=Channel.SMTP,
            mail_from=envelope.mail_from,
            rcpt_to=tuple(envelope.rcpt_tos),
            client_ip=peer[0] if isinstance(peer, tuple) else str(peer),
            helo=session.host_name,
            tls=session.ssl is not None,
        )
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(None, self._accept, raw, env)
        except StorageUnavailable as exc:
            log.error("SMTP message from %s not stored: %s", env.client_ip, exc)
            return "451 4.3.0 Temporary storage failure, try again later"
        return f"250 2.0.0 Accepted as {result.registration_number}"


def start_smtp(
    accept_fn: AcceptFn,
    *,
    host: str,
    port: int,
    accept_domains: tuple[str, ...],
    max_message_bytes: int,
) -> Controller:
    """Start the SMTP server in its own thread; `controller.stop()` ends it."""
    handler = IntakeHandler(accept_fn, accept_domains)
    controller = Controller(
        handler,
        hostname=host,
        port=port,
        data_size_limit=max_message_bytes,
        decode_data=False,
        enable_SMTPUTF8=True,
        ident="registratura ESMTP",
    )
    controller.start()
    log.info("SMTP listening on %s:%s for %s", host, port, ", ".join(accept_domains))
    return controller
