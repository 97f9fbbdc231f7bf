"""`registratura serve`: every channel, the HTTP endpoint, the sweep, the relay, in-process workers,
the watch that re-sends what an outage of the database or broker held up.

Start-up order matters for "nothing is lost": the database is migrated and
(in-process mode) the workers are running before any channel accepts, and
the sweep first re-sends everything a previous process left unfinished.
Shutdown (SIGTERM/SIGINT) stops the channels first, then the workers.
SIGHUP reloads the policy file (`Runtime.reload_policy`); an invalid one is
logged and the running policy kept.
"""

from __future__ import annotations

import logging
import signal
import threading
from datetime import timedelta
from types import FrameType

from ingest.folder import FolderWatcher
from ingest.imap import start_imap
from ingest.journal import JournalDoor
from ingest.sent import start_sent
from ingest.smtp import SmtpServer, start_smtp
from registratura.http import Health, start_http
from registratura.recovery import OutageWatch
from registratura.relay import start_relay
from registratura.runtime import Runtime
from registratura.settings import Settings, listed
from router.answers import own_domains

log = logging.getLogger("registratura.service")


def serve(settings: Settings, *, smtp: bool = True) -> int:
    rt = Runtime(settings, step_children=settings.step_children)
    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %s: shutting down", signum)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    rt.reload_on_sighup(stop)
    threads: list[threading.Thread] = []
    smtp_ctl = http = None
    try:
        workers = None
        if settings.in_process:
            workers = rt.start_workers()
            # The in-process broker's memory died with the last process: every
            # unfinished item is orphaned, whatever its age.
            n = rt.sweep(timedelta(0))
            if n:
                log.info("resumed %s unfinished item(s) from a previous run", n)
        smtp_on = smtp and settings.smtp_enabled
        health = Health(
            rt.db,
            broker_url=settings.broker_url,
            queue_prefix=settings.queue_prefix,
            queues=rt.actors.queue_names,
            workers=workers,
            # Until the door is up (just below) it is not accepting: /readyz says so.
            smtp=(lambda: smtp_ctl is not None and smtp_accepting(smtp_ctl)) if smtp_on else None,
            unsent=lambda: rt.unsent,
            relay_configured=bool(settings.smtp_relay_host),
        )
        http = start_http(rt.db, settings.http_host, settings.http_port, health)
        if smtp_on:
            door = journal_door(rt)
            smtp_ctl = start_smtp(
                door.accept, settings.smtp_options(), accept_many=door.accept_many
            )
        watcher = FolderWatcher(
            rt.folder_specs(),
            rt.accept,
            settle_seconds=settings.folder_settle_seconds,
            poll_seconds=settings.folder_poll_seconds,
            max_bytes=settings.max_message_bytes,
        )
        threads.append(
            threading.Thread(target=watcher.run, args=(stop,), name="folder", daemon=True)
        )
        threads.append(
            threading.Thread(target=_sweep_loop, args=(rt, stop), name="sweep", daemon=True)
        )
        for t in threads:
            t.start()
        # Items the broker refused (at the door, or a step's next message) go out
        # within seconds of its return.
        threads.append(rt.start_resend(stop))
        # Items a database or broker outage held up (retries in back-off, a consumer's
        # lost delay queue, a last try dead-lettered) are re-sent when both answer again.
        outage = OutageWatch(health.unreachable, rt.redrive_since)
        threads.append(outage.start(stop, settings.outage_probe_seconds))
        relay = start_relay(rt.db, settings, stop)  # the outbox: acknowledgements out
        if relay is not None:
            threads.append(relay)
        # IMAP pollers start their own threads (one per folder, each holding a lease).
        threads += start_imap(rt.accept, rt.db, rt.policy, stop)
        # The Sent folder(s), read only: outgoing answers stop their requests' clocks.
        threads += start_sent(rt.db, settings, lambda: own_domains(rt.policy), stop)
        log.info(
            "registratura is running (database %s, broker %s, folders %s)",
            rt.db.engine.url.render_as_string(hide_password=True),
            settings.broker_url,
            ", ".join(f"{f.path} ({f.channel.value})" for f in watcher.folders),
        )
        stop.wait()
    finally:
        stop.set()
        if smtp_ctl is not None:
            smtp_ctl.stop()
        if http is not None:
            http.shutdown()
        for t in threads:
            t.join(timeout=10)
        rt.close()
    return 0


def smtp_accepting(server: SmtpServer) -> bool:
    """Every SMTP listener's event loop runs and its socket is open (no connection made:
    a probe must not count against a client address's rate limit)."""
    if not server.controllers:
        return False
    for ctl in server.controllers:
        thread = getattr(ctl, "_thread", None)
        listener = getattr(ctl, "server", None)
        if thread is None or not thread.is_alive() or listener is None:
            return False
        if not listener.is_serving() or not ctl.loop.is_running():
            return False
    return True


def journal_door(rt: Runtime) -> JournalDoor:
    """The SMTP door's store: journal copies (`REGISTRATURA_JOURNAL_ADDRESSES`) recorded as
    answers, everything else accepted as items. Own domains follow a reloaded policy."""
    s = rt.settings
    if s.journal_addresses:
        log.info(
            "journal: mail to %s is recorded as our answers, believed from %s",
            ", ".join(listed(s.journal_addresses)),
            ", ".join(
                [*listed(s.journal_networks), *(f"AUTH {u}" for u in listed(s.journal_auth_users))]
            ),
        )
    return JournalDoor(
        rt.db,
        rt.accept_many,
        addresses=listed(s.journal_addresses),
        networks=listed(s.journal_networks),
        auth_users=listed(s.journal_auth_users),
        own_domains=lambda: own_domains(rt.policy),
    )


def _sweep_loop(rt: Runtime, stop: threading.Event) -> None:
    while not stop.wait(rt.settings.sweep_interval_seconds):
        try:
            rt.sweep()
        except Exception:
            log.exception("sweep failed; will try again")
