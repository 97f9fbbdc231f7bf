"""SMTP receiver (aiosmtpd): 250 only after the item is committed, 451 when it cannot be.

The handler checks recipients (no relaying: `550 5.7.1`), builds the
`Envelope` (MAIL FROM, RCPT TO, client IP, HELO, TLS, AUTH user, time and a
`Received:` trace line) and hands the untouched bytes to a `GroupCommitter`,
which stores concurrent messages in one transaction. Limits, timeouts and
the STARTTLS/AUTH plumbing live in `smtp_limits` and `smtp_tls`.

SMTP smuggling: aiosmtpd (≥ 1.4.5) ends DATA only on a line that is exactly
`.<CR><LF>` read up to a `<CR><LF>`, so bare `<LF>.<LF>`, `<CR>.<CR>` and the
other variants stay inside the message. Messages holding bare CR or LF are
still accepted (stored as received) and flagged in
`Envelope.extra["bare_line_endings"]`, since nothing downstream re-sends them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Session
from aiosmtpd.smtp import Envelope as SmtpEnvelope

from ingest.accept import Accepted
from ingest.envelope import Channel, Envelope
from ingest.smtp_batch import AcceptManyFn, Batch, GroupCommitter
from ingest.smtp_limits import ConnectionLimits, IntakeController, IntakeSMTP
from ingest.smtp_options import SmtpOptions
from ingest.smtp_tls import Authenticator, tls_context
from ingest.smtp_trace import protocol, received_header
from storage import StorageUnavailable, utcnow

log = logging.getLogger(__name__)

AcceptFn = Callable[[bytes, Envelope], Accepted]


def recipient_allowed(address: str, accept_domains: Sequence[str]) -> bool:
    """True when `address` is one of ours: an exact address or a domain (subdomains excluded)."""
    address = address.strip().lower()
    if "@" not in address:
        return False
    domain = address.rsplit("@", 1)[1]
    return any(address == a or domain == a for a in (d.lower() for d in accept_domains))


def has_bare_line_ending(raw: bytes) -> bool:
    """True when `raw` holds a CR or LF that is not part of a CRLF pair (smuggling's raw material)."""
    crlf = raw.count(b"\r\n")  # bytes.count is C-fast; a regex took 16 ms on 200 KB
    return raw.count(b"\n") != crlf or raw.count(b"\r") != crlf


def one_by_one(accept_fn: AcceptFn) -> AcceptManyFn:
    """An `accept_many` for a door that can only store one item per call."""

    def accept_each(batch: Batch) -> list[Accepted]:
        return [accept_fn(raw, env) for raw, env in batch]

    return accept_each


class IntakeHandler:
    """aiosmtpd handler that hands each message to the one door in."""

    def __init__(self, committer: GroupCommitter, options: SmtpOptions) -> None:
        self._committer = committer
        self._options = options

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self,
        server: SMTP,
        session: Session,
        envelope: SmtpEnvelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if not recipient_allowed(address, self._options.accept_domains):
            # Logged with the reply (`IntakeSMTP.push`: smtp.refused 550); the
            # recipient asked for is a stranger's address, never logged.
            return "550 5.7.1 Relaying denied: not a recipient of this service"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: SmtpEnvelope
    ) -> str:
        raw = envelope.original_content or b""
        env = self.envelope(session, envelope, raw)
        if isinstance(server, IntakeSMTP):
            server.extend_timeout()  # the data is in; the commit is our time, not the client's
        try:
            result = await self._committer.submit(raw, env)
        except StorageUnavailable as exc:
            log.error("SMTP message from %s not stored: %s", env.client_ip, exc)
            return "451 4.3.0 Temporary storage failure, try again later"
        except Exception:
            # Never a 5xx for our own fault: the sender must keep the message and retry.
            log.exception("SMTP message from %s not stored", env.client_ip)
            return "451 4.3.0 Temporary local error, try again later"
        log.info(
            "smtp.accepted",
            extra={
                "smtp_code": 250,
                "reg": result.registration_number,
                "duplicate": result.duplicate,
                "size": len(raw),
                "recipients": len(env.rcpt_to),
                "client_ip": env.client_ip,
            },
        )
        return f"250 2.0.0 Accepted as {result.registration_number}"

    def envelope(self, session: Session, smtp_env: SmtpEnvelope, raw: bytes) -> Envelope:
        """The frozen `Envelope` of one message, with its trace line in `extra`."""
        peer: Any = session.peer
        client_ip = str(peer[0]) if isinstance(peer, tuple) else str(peer)
        tls_version = tls_cipher = None
        if session.ssl is not None:
            ssl_object = session.ssl.get("ssl_object")
            tls_version = ssl_object.version() if ssl_object is not None else None
            cipher = session.ssl.get("cipher")
            tls_cipher = str(cipher[0]) if cipher else None
        auth_user = session.auth_data if session.authenticated else None
        auth_user = None if auth_user is None else str(auth_user)
        now = utcnow()
        recipients = tuple(smtp_env.rcpt_tos)
        extra: dict[str, Any] = {
            "received_header": received_header(
                helo=session.host_name,
                client_ip=client_ip,
                server_name=self._options.server_name,
                with_protocol=protocol(
                    extended=session.extended_smtp,
                    tls=session.ssl is not None,
                    auth=auth_user is not None,
                    smtputf8=smtp_env.smtp_utf8,
                ),
                recipients=recipients,
                when=now,
                tls_version=tls_version,
                tls_cipher=tls_cipher,
            ),
            "mail_options": list(smtp_env.mail_options),
            "smtputf8": smtp_env.smtp_utf8,
        }
        if tls_version:
            extra["tls_version"], extra["tls_cipher"] = tls_version, tls_cipher
        if has_bare_line_ending(raw):
            extra["bare_line_endings"] = True
            log.warning("SMTP message from %s holds bare CR or LF (kept as sent)", client_ip)
        return Envelope(
            channel=Channel.SMTP,
            # aiosmtpd keeps the null reverse-path (bounces) as "<>"; store it as "".
            mail_from="" if smtp_env.mail_from in ("<>", "") else smtp_env.mail_from,
            rcpt_to=recipients,
            client_ip=client_ip,
            helo=session.host_name,
            tls=session.ssl is not None,
            auth_user=auth_user,
            received_at=now,
            extra=extra,
        )


@dataclass
class SmtpServer:
    """The running listeners (main port, optional submission port), each with its committer."""

    options: SmtpOptions
    controllers: list[Controller] = field(default_factory=list)
    committers: list[GroupCommitter] = field(default_factory=list)
    limits: list[ConnectionLimits] = field(default_factory=list)

    def stop(self) -> None:
        for ctl in self.controllers:
            ctl.stop()
        for committer in self.committers:
            committer.close()


def _controller(
    handler: IntakeHandler, options: SmtpOptions, limits: ConnectionLimits
) -> Controller:
    kwargs: dict[str, Any] = {
        "hostname": options.host,
        "port": options.port,
        "server_hostname": options.server_name,
        "ident": "registratura ESMTP",
        "data_size_limit": options.max_message_bytes,
        "decode_data": False,
        "enable_SMTPUTF8": True,
        "limits": limits,
        "command_timeout": options.command_timeout,
        "data_timeout": options.data_timeout,
        "auth_required": options.auth_required,
        "auth_require_tls": not options.auth_allow_plaintext,
    }
    if options.tls_enabled:
        assert options.tls_cert is not None and options.tls_key is not None
        kwargs["tls_context"] = tls_context(options.tls_cert, options.tls_key)
        kwargs["require_starttls"] = options.require_tls
    if options.auth_users:
        kwargs["authenticator"] = Authenticator(options.auth_users)
        # Bound password guessing per session: 5 AUTH attempts, the rest unlimited.
        kwargs["command_call_limit"] = {"AUTH": 5, "*": 10**9}
    elif options.auth_required:
        raise ValueError("smtp auth_required needs smtp_auth_users")
    return IntakeController(handler, **kwargs)


def start_smtp(
    accept_fn: AcceptFn,
    options: SmtpOptions,
    *,
    accept_many: AcceptManyFn | None = None,
) -> SmtpServer:
    """Start the SMTP listener(s), each in its own thread; `.stop()` ends them.

    `accept_many` (store several items in one commit) enables group commit;
    without it each message is stored by its own `accept_fn` call.
    """
    batch_fn = accept_many if accept_many is not None else one_by_one(accept_fn)
    listeners = [options]
    if options.submission_port is not None:
        listeners.append(options.for_submission())
    server = SmtpServer(options)
    try:
        for opts in listeners:
            # One committer per listener: each runs on its own controller's event loop.
            committer = GroupCommitter(
                batch_fn,
                window=opts.group_commit_ms / 1000,
                max_batch=opts.group_commit_max if accept_many is not None else 1,
            )
            server.committers.append(committer)
            limits = ConnectionLimits(opts.max_connections, opts.per_ip_per_minute)
            ctl = _controller(IntakeHandler(committer, opts), opts, limits)
            ctl.start()
            server.controllers.append(ctl)
            server.limits.append(limits)
            log.info(
                "SMTP listening on %s:%s for %s (STARTTLS %s, AUTH %s)",
                opts.host,
                opts.port,
                ", ".join(opts.accept_domains),
                "required" if opts.require_tls else "offered" if opts.tls_enabled else "off",
                "required" if opts.auth_required else "offered" if opts.auth_users else "off",
            )
    except BaseException:
        server.stop()
        raise
    return server
