"""Connection limits and timeouts for the SMTP door, on aiosmtpd's own `SMTP` class.

aiosmtpd resets one idle timer on every valid command and never during
DATA, so its `timeout` already bounds the time between commands; here DATA
gets its own (longer) bound for the whole phase, and a stalled client is told
`421 4.4.2` before it is dropped. Counting connections happens on the
server's event loop thread only, so plain integers need no lock.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import defaultdict, deque
from typing import Any, AnyStr

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

log = logging.getLogger(__name__)

WINDOW_SECONDS = 60.0
# aiosmtpd's replies that lack the enhanced status code a mail administrator greps for.
REWORDED = {
    "552 Error: Too much mail data": "552 5.3.4 Message too big for system",
    "552 Error: message size exceeds fixed maximum message size": (
        "552 5.3.4 Message size exceeds fixed maximum message size"
    ),
    "530 Must issue a STARTTLS command first": "530 5.7.0 Must issue a STARTTLS command first",
}


# `<local@domain>` in its plain form: a dot-atom local part (RFC 5322 atext) and a domain
# of letters, digits and hyphens, then nothing or a space and the parameters. What nearly
# every MAIL FROM and RCPT TO looks like; anything else goes through aiosmtpd's parser.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_PATH = re.compile(
    rf"<({_ATEXT}(?:\.{_ATEXT})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>(?:$| +(?=[^\s(]))"
)


class ConnectionLimits:
    """How many connections are open, and how many each IP opened in the last minute."""

    def __init__(self, max_connections: int, per_ip_per_minute: int) -> None:
        self.max_connections = max_connections
        self.per_ip_per_minute = per_ip_per_minute
        self.open = 0
        self._recent: dict[str, deque[float]] = defaultdict(deque)

    def admit(self, ip: str, now: float | None = None) -> str | None:
        """Count a new connection from `ip`; the refusal reason when a limit is exceeded."""
        now = time.monotonic() if now is None else now
        recent = self._recent[ip]
        while recent and now - recent[0] >= WINDOW_SECONDS:
            recent.popleft()
        recent.append(now)  # refused attempts count too: a client hammering stays out
        if len(self._recent) > 10_000:  # forget idle IPs so the table cannot grow forever
            for key in [k for k, v in self._recent.items() if not v or now - v[-1] >= 60]:
                del self._recent[key]
        if self.open >= self.max_connections:
            return "421 4.7.0 Too many connections, try again later"
        if len(recent) > self.per_ip_per_minute:
            return "421 4.7.0 Too many connections from your address, try again later"
        self.open += 1
        return None

    def release(self) -> None:
        self.open = max(0, self.open - 1)


class IntakeSMTP(SMTP):
    """aiosmtpd's SMTP with connection limits, a DATA timeout and a 421 before dropping."""

    # RFC 5321 allows 1000 octets a line, and aiosmtpd refuses longer ones with a
    # permanent 500; real bounces and old mailers exceed it, and a refused
    # complaint is worse than a long line. The message size limit still bounds memory.
    line_length_limit = 1 << 20

    def __init__(
        self,
        handler: Any,
        *,
        limits: ConnectionLimits,
        command_timeout: float,
        data_timeout: float,
        **kwargs: Any,
    ) -> None:
        super().__init__(handler, timeout=command_timeout, **kwargs)
        self._limits = limits
        self._data_timeout = data_timeout
        self._command_timeout = command_timeout
        self._refusal: str | None = None
        self._counted = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        first = self.transport is None  # STARTTLS calls this again for the TLS transport
        super().connection_made(transport)
        if first:
            peer = transport.get_extra_info("peername")
            ip = str(peer[0]) if isinstance(peer, tuple) else str(peer)
            self._refusal = self._limits.admit(ip)
            self._counted = self._refusal is None
            if self._refusal is not None:
                log.warning("SMTP connection from %s refused: %s", ip, self._refusal)

    def connection_lost(self, error: Exception | None) -> None:
        if self._counted:
            self._counted = False
            self._limits.release()
        super().connection_lost(error)

    async def _handle_client(self) -> None:
        if self._refusal is not None:
            await self.push(self._refusal)
            if self.transport is not None:
                self.transport.close()
            return
        await super()._handle_client()

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """aiosmtpd's address parsing, its result unchanged, without its cost for a plain
        `<local@domain>`: aiosmtpd runs the e-mail header parser (`get_angle_addr`) on
        every MAIL FROM and RCPT TO, 50 µs each, a tenth of the door's own time per
        message (profiled). Anything but the plain form is left to it."""
        m = _PLAIN_PATH.match(arg)
        if m is None:
            return super()._getaddr(arg)
        address = m.group(1)
        if self.local_part_limit and len(address.rpartition("@")[0]) > self.local_part_limit:
            return None, None
        return address, arg[m.end() :]

    async def smtp_DATA(self, arg: str) -> None:  # noqa: N802 - aiosmtpd's method name
        # The command timer was just reset by the DATA command; the whole
        # message must arrive within data_timeout.
        self._reset_timeout(self._data_timeout)
        await super().smtp_DATA(arg)

    async def push(self, status: AnyStr) -> None:
        if isinstance(status, str):
            status = REWORDED.get(status, status)
            if status[:1] in ("4", "5"):
                self._log_refusal(status)
        await super().push(status)

    def _log_refusal(self, status: str) -> None:
        """Every 4xx/5xx reply of the door, with its reason (never the sender's address)."""
        peer = self.session.peer if self.session is not None else None
        log.info(
            "smtp.refused",
            extra={
                "smtp_code": int(status[:3]) if status[:3].isdigit() else status[:3],
                "reason": status[4:].strip()[:200],
                "client_ip": str(peer[0]) if isinstance(peer, tuple) else str(peer),
            },
        )

    def extend_timeout(self) -> None:
        """Give the server's own work (the commit) a fresh command timeout."""
        self._reset_timeout(self._command_timeout)

    def _timeout_cb(self) -> None:
        peer = self.session.peer if self.session is not None else None
        log.info("SMTP client %s stalled: dropped", peer)
        transport = self.transport
        if isinstance(transport, asyncio.WriteTransport) and not transport.is_closing():
            transport.write(b"421 4.4.2 Timeout, closing connection\r\n")
        if transport is not None:
            transport.close()


class IntakeController(Controller):
    """aiosmtpd's threaded Controller building `IntakeSMTP` protocols.

    aiosmtpd proves a fresh server works by connecting to it once; that probe
    is replaced by building one protocol object, so it counts against no
    per-IP limit.
    """

    def __init__(
        self,
        handler: Any,
        *,
        limits: ConnectionLimits,
        command_timeout: float,
        data_timeout: float,
        **kwargs: Any,
    ) -> None:
        super().__init__(handler, **kwargs)
        self._intake_kwargs: dict[str, Any] = {
            "limits": limits,
            "command_timeout": command_timeout,
            "data_timeout": data_timeout,
        }

    def factory(self) -> SMTP:
        return IntakeSMTP(self.handler, loop=self.loop, **self._intake_kwargs, **self.SMTP_kwargs)

    def _trigger_server(self) -> None:
        self._factory_invoker()
