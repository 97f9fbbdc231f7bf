"""`registratura relay [--once]` and `registratura outbox list`: the outbox from the shell."""

from __future__ import annotations

import json
import sys
import threading

from registratura.relay import RelayConfig, relay_loop, run_once
from registratura.runtime import Runtime
from router import outbox


def relay(rt: Runtime, *, once: bool) -> int:
    """Send the outbox: one pass (`--once`, for cron) or until SIGTERM/SIGINT."""
    config = RelayConfig.from_settings(rt.settings)
    if config is None:
        print(
            "registratura: no REGISTRATURA_SMTP_RELAY_HOST: nothing can be sent; "
            "the acknowledgements stay unsent in the outbox (`registratura outbox list`)",
            file=sys.stderr,
        )
        return 2
    if once:
        print(run_once(rt.db, config, limit=10_000))
        return 0
    import signal

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    relay_loop(rt.db, config, stop)
    return 0


def list_rows(rt: Runtime, *, status: str | None, limit: int, as_json: bool) -> int:
    """The outbox's counts, whether a relay is configured, and its newest rows."""
    b = outbox.backlog(rt.db)
    configured = RelayConfig.from_settings(rt.settings) is not None
    listed = outbox.rows(rt.db, status, limit)
    if as_json:
        for r in listed:
            print(json.dumps(r, default=str, ensure_ascii=False))
        return 0
    relay_note = (
        f"relay {rt.settings.smtp_relay_host}:{rt.settings.smtp_relay_port}"
        if configured
        else "relay NOT CONFIGURED (REGISTRATURA_SMTP_RELAY_HOST): nothing is sent"
    )
    oldest = f", oldest unsent since {b.oldest_pending.isoformat()}" if b.oldest_pending else ""
    print(
        f"outbox: {b.counts['pending']} unsent, {b.counts['sent']} sent, "
        f"{b.counts['failed']} failed{oldest}; {relay_note}"
    )
    for r in listed:
        when = r["sent_at"] or r["next_attempt_at"]
        print(
            f"{r['id']:>6}  {r['status']:<7}  {r['registration_number']}  {r['rcpt_to']}  "
            f"attempts {r['attempts']}  {when.isoformat() if when else ''}"
            + (f"  {r['last_error']}" if r["last_error"] else "")
        )
    return 0
