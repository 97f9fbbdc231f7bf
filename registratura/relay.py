"""The relay: sends what the outbox holds unsent through the configured SMTP relay.

Runs as a thread of `registratura serve`, or alone as `registratura relay`
(scaled-out deployments; `--once` for cron). Any number may run against one
database: each row is claimed with a lease (`router.outbox.claim`). Per row:

- the relay host accepts it (2xx) → `sent`, with the request's `acknowledged`
  clock event in the same commit;
- a temporary failure (4xx, connection refused or lost, a timeout, our own
  login refused) → due again after a doubling backoff, `failed` with the
  reason after REGISTRATURA_RELAY_MAX_ATTEMPTS;
- a permanent refusal (5xx to MAIL, RCPT or DATA) → `failed` at once.

Without REGISTRATURA_SMTP_RELAY_HOST nothing is sent: rows stay `pending`,
`registratura outbox list` counts them and the service says so at start.
"""

from __future__ import annotations

import contextlib
import logging
import os
import smtplib
import ssl
import threading
from dataclasses import dataclass
from datetime import timedelta

from registratura.settings import Settings
from router import outbox
from storage import Database, utcnow

log = logging.getLogger("registratura.relay")


class TemporaryFailure(Exception):
    """Try again later (4xx, the relay unreachable)."""

    def __init__(self, message: str, *, unreachable: bool = False) -> None:
        super().__init__(message)
        self.unreachable = unreachable  # no SMTP conversation at all: the next rows would fail too


class PermanentFailure(Exception):
    """Never try again (5xx: the relay refused this message)."""


@dataclass(frozen=True, slots=True)
class RelayConfig:
    """The relay host and the outbox's retry rules (from `Settings`)."""

    host: str
    port: int = 25
    security: str = "none"  # none | starttls | ssl
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0
    mail_from: str = ""
    interval: float = 2.0
    max_attempts: int = 8
    backoff: timedelta = timedelta(seconds=30)
    lease: timedelta = timedelta(minutes=5)

    @classmethod
    def from_settings(cls, s: Settings) -> RelayConfig | None:
        """None when no relay host is configured."""
        if not s.smtp_relay_host:
            return None
        return cls(
            host=s.smtp_relay_host,
            port=s.smtp_relay_port,
            security=s.smtp_relay_security,
            username=s.smtp_relay_username,
            password=s.smtp_relay_password.get_secret_value() if s.smtp_relay_password else None,
            timeout=s.smtp_relay_timeout,
            mail_from=s.smtp_relay_mail_from,
            interval=s.relay_interval_seconds,
            max_attempts=s.relay_max_attempts,
            backoff=timedelta(seconds=s.relay_backoff_seconds),
            lease=timedelta(seconds=s.relay_lease_seconds),
        )


def _code_failure(code: int, what: str) -> Exception:
    return PermanentFailure(what) if 500 <= code < 600 else TemporaryFailure(what)


def send(config: RelayConfig, mail_from: str, rcpt_to: str, message: bytes) -> None:
    """Hand one message to the relay host (TemporaryFailure / PermanentFailure otherwise)."""
    try:
        client: smtplib.SMTP
        if config.security == "ssl":
            client = smtplib.SMTP_SSL(
                config.host,
                config.port,
                timeout=config.timeout,
                context=ssl.create_default_context(),
            )
        else:
            client = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
        try:
            client.ehlo()
            if config.security == "starttls":
                client.starttls(context=ssl.create_default_context())
                client.ehlo()
            if config.username:
                try:
                    client.login(config.username, config.password or "")
                except smtplib.SMTPException as exc:  # our configuration, not the message
                    raise TemporaryFailure(f"relay login refused: {exc}") from exc
            refused = client.sendmail(mail_from, [rcpt_to], message)
            if refused:  # one recipient only: sendmail raises when all are refused
                code, text = refused[rcpt_to]
                raise _code_failure(code, f"RCPT {rcpt_to}: {code} {text.decode(errors='replace')}")
        finally:
            # Once DATA is accepted the message is the relay's: a failed QUIT changes nothing.
            with contextlib.suppress(smtplib.SMTPException, OSError):
                client.quit()
            client.close()
    except smtplib.SMTPRecipientsRefused as exc:
        code, text = exc.recipients.get(rcpt_to, (451, b"refused"))
        raise _code_failure(
            code, f"RCPT {rcpt_to}: {code} {text.decode(errors='replace')}"
        ) from exc
    except smtplib.SMTPResponseException as exc:  # MAIL, DATA, or a reply to anything else
        what = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else ""
        raise _code_failure(exc.smtp_code, f"{exc.smtp_code} {what}".strip()) from exc
    except (smtplib.SMTPException, OSError) as exc:  # refused, reset, timed out
        raise TemporaryFailure(
            f"{type(exc).__name__}: {exc}",
            unreachable=isinstance(exc, (OSError, smtplib.SMTPConnectError)),
        ) from exc


@dataclass(slots=True)
class RunStats:
    """What one pass did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0

    def __str__(self) -> str:
        return f"sent {self.sent}, to retry {self.retried}, failed {self.failed}"


def run_once(db: Database, config: RelayConfig, *, limit: int = 100) -> RunStats:
    """Send every row due when the pass starts (at most `limit`), one claim at a time.

    A row put back in this pass is due after the pass began, so it waits for the
    next one; an unreachable relay ends the pass (the other rows would fail alike).
    """
    stats = RunStats()
    started = utcnow()
    for _ in range(limit):
        row = outbox.claim(db, lease=config.lease, due_by=started)
        if row is None:
            break
        if row.attempts > config.max_attempts:  # claimed and lost that many times: give up
            outbox.mark_failed(
                db, row, f"gave up after {row.attempts - 1} attempts (claims never finished)"
            )
            stats.failed += 1
            continue
        try:
            send(config, config.mail_from or row.mail_from, row.rcpt_to, row.message)
        except PermanentFailure as exc:
            log.warning("outbox %s (%s) refused: %s", row.id, row.registration_number, exc)
            outbox.mark_failed(db, row, str(exc))
            stats.failed += 1
        except TemporaryFailure as exc:
            status = outbox.mark_retry(
                db, row, str(exc), max_attempts=config.max_attempts, backoff=config.backoff
            )
            log.info(
                "outbox %s (%s) not sent (attempt %s): %s%s",
                row.id,
                row.registration_number,
                row.attempts,
                exc,
                "; failed" if status == outbox.FAILED else "",
            )
            if status == outbox.FAILED:
                stats.failed += 1
            else:
                stats.retried += 1
            if exc.unreachable:
                break
        else:
            outbox.mark_sent(db, row)
            stats.sent += 1
            log.info("outbox %s: acknowledgement of %s sent", row.id, row.registration_number)
    return stats


def relay_loop(db: Database, config: RelayConfig, stop: threading.Event) -> None:
    """`run_once` every `config.interval` seconds until `stop`."""
    log.info(
        "relay: sending the outbox through %s:%s (%s), pid %s",
        config.host,
        config.port,
        config.security,
        os.getpid(),
    )
    while not stop.is_set():
        try:
            run_once(db, config)
        except Exception:  # a database hiccup: the rows wait, the loop goes on
            log.exception("relay pass failed; will try again")
        stop.wait(config.interval)


def start_relay(db: Database, settings: Settings, stop: threading.Event) -> threading.Thread | None:
    """The relay thread of `serve`; None (and a warning) when no relay host is configured."""
    config = RelayConfig.from_settings(settings)
    if config is None:
        log.warning(
            "no REGISTRATURA_SMTP_RELAY_HOST: acknowledgements are kept unsent in the outbox "
            "(`registratura outbox list`) until a relay is configured"
        )
        return None
    thread = threading.Thread(target=relay_loop, args=(db, config, stop), name="relay", daemon=True)
    thread.start()
    return thread
