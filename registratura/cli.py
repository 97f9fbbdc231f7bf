"""The `registratura` command: serve, worker, ingest, show, export.

Settings come from the environment (REGISTRATURA_*, see `registratura.settings`);
each subcommand's --help says what it does and which settings it uses.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a command runs: `--help` stays fast
    from registratura.settings import Settings

log = logging.getLogger("registratura")

SUPPORTED_SUFFIXES = {".eml", ".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg", ".txt", ".msg"}

EPILOG = """settings (environment):
  REGISTRATURA_DATA_DIR       where SQLite and the inbox live (default ./var)
  REGISTRATURA_DATABASE_URL   default SQLite in DATA_DIR; postgresql+psycopg://user@host/db
  REGISTRATURA_BROKER_URL     inprocess:// (default), redis://host:6379/0, amqp://guest:guest@host:5672/
  REGISTRATURA_CONFIG         policy file (TOML) merged over the shipped defaults
  see README.md for the full list."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="registratura",
        description="Intake pipeline: mail, fax and post in; classified, signature-checked, SLA-tracked requests out.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log debug detail to stderr")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser(
        "serve",
        help="run SMTP, watched folders, HTTP and (in-process mode) workers",
        description="Run the service: SMTP on SMTP_HOST:SMTP_PORT, the watched folders "
        "(INBOX_DIRS), HTTP /healthz and /metrics on HTTP_PORT, the sweep, and, with the "
        "in-process broker, the Dramatiq workers. With Redis or RabbitMQ, start workers "
        "separately with `registratura worker`.",
    )
    s.add_argument("--no-smtp", action="store_true", help="do not listen for SMTP")

    w = sub.add_parser(
        "worker",
        help="run Dramatiq workers only (scaled-out mode)",
        description="Run Dramatiq workers against BROKER_URL (redis:// or amqp://). "
        "Run it on as many machines as needed; all share DATABASE_URL.",
    )
    w.add_argument(
        "--queues",
        nargs="+",
        metavar="Q",
        help="only these queues (parse ocr route law_enforcement complaint mediation support "
        "triage quarantine; ocr: PDFs, scans and mail with files, on threads of its own)",
    )
    w.add_argument(
        "--processes",
        type=int,
        default=1,
        help="worker processes (default 1; OCR wants one per core)",
    )
    w.add_argument(
        "--threads", type=int, default=None, help="threads per process (default WORKER_THREADS)"
    )

    i = sub.add_parser(
        "ingest",
        help="store files (or folders of them) and route them",
        description="Store each PATH (.eml .pdf .tif .tiff .png .jpg, or a folder of them) "
        "and hand it to the pipeline. With --json, print one structured request per input, "
        "one line each, in input order.",
    )
    i.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    i.add_argument(
        "--wait", action="store_true", help="block until every item is routed or quarantined"
    )
    i.add_argument(
        "--json", action="store_true", help="print one structured request (JSON) per input"
    )
    i.add_argument(
        "--timeout", type=float, default=3600.0, help="seconds --wait may take (default 3600)"
    )
    i.add_argument("--quiet", action="store_true", help="no progress on stderr")
    i.add_argument(
        "--channel",
        choices=("cli", "fax", "post"),
        default="cli",
        help="how the files came: fax (a fax server's files; the sending number is read "
        "from the TIFF tags fax servers write, or given with --fax-number), post (scanned "
        "mail), cli (default: by hand)",
    )
    i.add_argument(
        "--fax-number",
        default=None,
        metavar="NUMBER",
        help="the sending fax number of every file (with --channel fax); a number is only "
        "the sending machine's claim, a cross-check, never proof",
    )

    sh = sub.add_parser(
        "show",
        help="print one request by registration number",
        description="Print the structured request REG-YYYY-NNNNNN as JSON, with its audit trail.",
    )
    sh.add_argument("registration_number")

    e = sub.add_parser(
        "export",
        help="write every request as JSON lines",
        description="Write every structured request, one JSON object per line.",
    )
    e.add_argument(
        "--jsonl", action="store_true", required=True, help="JSON lines (the only format)"
    )
    e.add_argument("--output", "-o", type=Path, help="file to write (default stdout)")
    e.add_argument("--since", help="only requests received since: 30d, 12h, 2w or a date")
    e.add_argument("--queue", help="only this queue (law_enforcement, complaint, …, quarantine)")
    e.add_argument("--category", help="only this category")
    e.add_argument(
        "--verdict", help="only this signature verdict (verified, incomplete, suspicious, …)"
    )

    sw = sub.add_parser(
        "sweep",
        help="re-send items stuck in a non-final state",
        description="Re-send the next message of every item whose state has not moved "
        "for --older-than seconds (default SWEEP_STALE_SECONDS).",
    )
    sw.add_argument("--older-than", type=float, default=None)

    rt_ = sub.add_parser(
        "retry",
        help="send quarantined items through the pipeline again",
        description="Put quarantined requests back to `received` (their original bytes are "
        "kept) and process them again, e.g. after installing a missing OCR language or "
        "fixing a database outage. The audit trail keeps the quarantine.",
    )
    rt_.add_argument("registration_numbers", nargs="+", metavar="REG")
    rt_.add_argument(
        "--wait", action="store_true", help="block until each is routed or quarantined"
    )
    rt_.add_argument("--timeout", type=float, default=3600.0, help="seconds --wait may take")

    helps = {
        "respond": "record an answer sent outside the mail system (post, courier, phone)",
        "hold": "pause the clock: the request waits on its sender (e.g. a signed copy)",
        "resume": "restart the clock of a request that was waiting on its sender",
        "close": "record that a request is closed",
        "reopen": "reopen a closed request",
    }
    for name, text in helps.items():
        c = sub.add_parser(
            name,
            help=text,
            description=text[0].upper() + text[1:] + ". Recorded as a clock event in the "
            "audit trail; the response times (`report`) are computed from these events.",
        )
        c.add_argument("registration_numbers", nargs="+", metavar="REG")
        c.add_argument(
            "--at",
            metavar="TIME",
            help="when it happened, ISO 8601 (local time of the policy if no zone; default now)",
        )
        c.add_argument("--by", default="operator", metavar="NAME", help="who did it (audit trail)")
        c.add_argument("--ref", metavar="ID", help="a reference, e.g. the answer's Message-ID")

    a = sub.add_parser(
        "audit",
        help="seal the audit trail's hash chain, or verify it",
        description="`seal` extends a SHA-256 chain over the audit events older than five "
        "minutes and prints its hash (keep it outside the database); `verify` recomputes "
        "the chain from the first event and exits 1 if an event covered by a seal was "
        "edited, deleted, inserted or reordered.",
    )
    a.add_argument("action", choices=["seal", "verify"])

    r = sub.add_parser(
        "report",
        help="response times per queue: percentiles, targets met and missed, oldest open",
        description="Per queue and response-time target (policy [sla.*]): how many requests "
        "were answered or closed, mean and p50/p90/p99 in calendar hours and in working "
        "hours (pauses subtracted), how many met or missed the target, and the oldest "
        "open requests.",
    )
    r.add_argument("--since", default="30d", help="window: 30d, 12h, 2w or a date (default 30d)")
    r.add_argument("--queue", help="one queue only")
    r.add_argument("--format", choices=["table", "json", "csv"], default="table")
    r.add_argument("--now", metavar="TIME", help="report as of this time (default now)")
    r.add_argument(
        "--chart",
        type=Path,
        metavar="FILE.png",
        help="also draw, per queue, the weekly p50/p90 of first-response and closing times "
        "against the targets as a PNG (needs matplotlib)",
    )

    rl = sub.add_parser(
        "relay",
        help="send the outbox (acknowledgements) through SMTP_RELAY_HOST",
        description="Send what the outbox holds unsent through REGISTRATURA_SMTP_RELAY_HOST "
        "(`serve` does this by itself; run this where several machines share the database). "
        "Temporary failures are retried with backoff, 5xx refusals fail at once.",
    )
    rl.add_argument("--once", action="store_true", help="one pass, then exit (for cron)")

    ob = sub.add_parser(
        "outbox",
        help="list the outbox: unsent, sent and failed acknowledgements",
        description="Counts per status, whether a relay is configured, and the newest rows "
        "with their attempts and last error.",
    )
    ob.add_argument("action", choices=["list"])
    ob.add_argument("--status", choices=["pending", "sent", "failed"])
    ob.add_argument("--limit", type=int, default=50)
    ob.add_argument("--json", action="store_true", help="one JSON object per row")

    po = sub.add_parser(
        "policy",
        help="check the policy file: each mistake with its line, or its digest",
        description="`check [FILE]` merges FILE (default REGISTRATURA_CONFIG) over the shipped "
        "defaults, validates it, and prints each mistake as FILE:LINE: key.path: message "
        "(exit 2), or `ok: N authorities, digest …` (exit 0).",
    )
    po.add_argument("action", choices=["check"])
    po.add_argument("file", nargs="?", type=Path, metavar="FILE")

    pu = sub.add_parser(
        "purge",
        help="remove originals and personal data past the retention period (legal holds kept)",
        description="Remove the original bytes, the text, the extracted fields and the personal "
        "data of every request whose case ended before its cutoff: the policy's [retention] "
        "period for its queue or category (the longest that names it; else `days`), or "
        "--older-than / --before where the policy names none. The policy is a floor: the "
        "command line never purges what it keeps. Kept whatever the period: requests under a "
        "legal hold, open (not closed nor answered) or unfinished ones, and every item of a case "
        "that has one. What the response-time report reads stays (registration number, queue, "
        "category, verdict, times, clock events); each purge is an audit event. Idempotent; "
        "a batch per transaction.",
    )
    when = pu.add_mutually_exclusive_group()
    when.add_argument(
        "--older-than", metavar="AGE", help="cases that ended longer ago than this: 365d, 52w"
    )
    when.add_argument("--before", metavar="DATE", help="cases that ended before this date")
    pu.add_argument(
        "--queue",
        action="append",
        metavar="Q",
        choices=["law_enforcement", "complaint", "mediation", "support", "triage", "quarantine"],
        help="only this queue (repeatable): law_enforcement complaint mediation support triage "
        "quarantine",
    )
    pu.add_argument(
        "--dry-run",
        action="store_true",
        help="print what would go and what is kept; change nothing",
    )
    pu.add_argument("--list", action="store_true", help="print each request purged and kept")
    pu.add_argument("--by", default="operator", metavar="NAME", help="who runs it (audit trail)")

    lh = sub.add_parser(
        "legal-hold",
        help="keep a request's case from any purge (place, release, list)",
        description="`place REG… --reason R` keeps each request, and every item of its case, "
        "from `registratura purge` until `release REG… --reason R`; `list [REG…] [--all]` "
        "prints the holds in force (--all: released ones too). Who, why and when are kept, "
        "and each is an audit event. (`registratura hold` is the response-time clock's pause.)",
    )
    lh.add_argument("action", choices=["place", "release", "list"])
    lh.add_argument("registration_numbers", nargs="*", metavar="REG")
    lh.add_argument("--reason", help="why (e.g. the prosecutor's order number): required")
    lh.add_argument("--by", default="operator", metavar="NAME", help="who does it (audit trail)")
    lh.add_argument("--all", action="store_true", help="list: released holds too")

    db = sub.add_parser(
        "db",
        help="the database schema: upgrade it, show its revision, list the migrations",
        description="`upgrade` applies the migrations the database lacks, up to every head, "
        "under the lock start-up takes (every command also does it when it starts); "
        "`current` prints the revision(s) REGISTRATURA_DATABASE_URL is at; `history` lists "
        "the shipped revisions, newest first (no database needed). Exit 2 with one line "
        "when the database cannot be reached. `alembic -c alembic.ini …` works on the same "
        "database.",
    )
    db.add_argument("action", choices=["upgrade", "current", "history"])
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    reads_only = args.command == "show"  # prints a stored request, changes nothing
    if reads_only:
        # No state changes to log: the standard library's warnings on stderr, without
        # structlog's import (a fifth of `show`'s start).
        logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    else:
        from registratura import logs

        # structlog over the standard library: JSON lines when stderr is not a terminal
        # (README "Logs"); -v keeps debug.
        logs.configure(args.verbose)
    from registratura.errors import CommandError
    from registratura.settings import Settings, listed

    try:
        settings = Settings()
    except Exception as exc:  # pydantic's message names the variable at fault
        print(f"registratura: bad settings: {exc}", file=sys.stderr)
        return 2
    if not reads_only:
        # Addresses of our own configuration may appear in logs; a user's never do.
        logs.allow(
            [
                *settings.smtp_accept_domains,
                *listed(settings.journal_addresses),
                settings.smtp_relay_mail_from or "",
            ]
        )
    from sqlalchemy.exc import OperationalError

    from router.errors import BrokerConfigError, PolicyError

    if args.command == "policy":  # no database or broker needed
        from registratura.policy_cmd import run_check

        return run_check(args.file or settings.config)
    try:
        if args.command == "db":  # no policy, no broker, no Runtime (it would upgrade first)
            from registratura.db_cmd import run_db

            return run_db(args.action, settings.resolved_database_url)
        _preflight(args, settings)
        return _dispatch(args, settings)
    except CommandError as exc:
        print(f"registratura: {exc}", file=sys.stderr)
        return 2
    except OperationalError as exc:
        print(
            f"registratura: cannot open the database {settings.resolved_database_url!r}: "
            f"{exc.orig or exc}",
            file=sys.stderr,
        )
        print(
            "registratura: check REGISTRATURA_DATABASE_URL and that the server is running",
            file=sys.stderr,
        )
        return 2
    except (PolicyError, BrokerConfigError) as exc:
        print(f"registratura: {exc}", file=sys.stderr)
        return 2


def _preflight(args: argparse.Namespace, settings: Settings) -> None:
    """What the command needs, checked before it starts (StartupError: one line, exit 2)."""
    from registratura.preflight import check_broker, check_database, check_port

    if args.command != "show":  # `show` prints a stored request: no policy is read
        from registratura.policy_cmd import check_policy

        check_policy(settings.config)  # an invalid policy file stops every other command, first
    if args.command == "serve":
        check_port(settings.http_host, settings.http_port, "REGISTRATURA_HTTP_PORT")
        if not args.no_smtp and settings.smtp_enabled:
            check_port(settings.smtp_host, settings.smtp_port, "REGISTRATURA_SMTP_PORT")
    check_database(settings.resolved_database_url)
    if args.command in ("serve", "worker", "ingest", "retry", "sweep"):
        check_broker(settings.broker_url)


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    command = args.command
    if command == "serve":
        from registratura.service import serve

        return serve(settings, smtp=not args.no_smtp)
    if command == "worker":
        from registratura.workers import run_workers

        return run_workers(
            settings, queues=args.queues, processes=args.processes, threads=args.threads
        )
    if command == "ingest":
        from registratura.ingest_cmd import run_ingest

        return run_ingest(
            settings,
            args.paths,
            wait=args.wait,
            as_json=args.json,
            timeout=args.timeout,
            progress=not args.quiet,
            channel=args.channel,
            fax_number=args.fax_number,
        )
    from registratura import admin

    if command == "show":  # reads the database only: no policy, broker or pipeline built
        db = admin.open_database(settings)
        try:
            return admin.show(db, args.registration_number)
        finally:
            db.dispose()
    from registratura.runtime import Runtime
    from storage import utcnow

    rt = Runtime(settings)
    try:
        if command in ("respond", "hold", "resume", "close", "reopen"):
            from registratura.clock_cmd import clock

            return clock(rt, command, args.registration_numbers, args.at, args.by, args.ref)
        if command == "audit":
            return admin.audit(rt, args.action)
        if command == "report":
            from registratura.clock_cmd import run_report

            return run_report(rt, args.since, args.queue, args.format, args.now, args.chart)
        if command in ("purge", "legal-hold"):
            from registratura import purge_cmd

            if command == "purge":
                return purge_cmd.purge(
                    rt,
                    older_than=args.older_than,
                    before=args.before,
                    queues=args.queue,
                    dry_run=args.dry_run,
                    by=args.by,
                    list_items=args.list,
                )
            return purge_cmd.legal_hold(
                rt, args.action, args.registration_numbers, args.reason, args.by, args.all
            )
        if command == "export":
            from registratura.clock_cmd import parse_since

            since = parse_since(args.since, utcnow(), rt.policy.timezone) if args.since else None
            return admin.export(
                rt,
                args.output,
                since=since,
                queue=args.queue,
                category=args.category,
                verdict=args.verdict,
            )
        if command in ("relay", "outbox"):
            from registratura import outbox_cmd

            if command == "relay":
                return outbox_cmd.relay(rt, once=args.once)
            return outbox_cmd.list_rows(rt, status=args.status, limit=args.limit, as_json=args.json)
        if command == "retry":
            return admin.retry(rt, args.registration_numbers, wait=args.wait, timeout=args.timeout)
        if command == "sweep":
            if settings.in_process:
                # Messages sent here would go to this process's own in-memory broker
                # and die with it; the nudge would also hold back the service's sweep.
                print(
                    "registratura: sweep needs a shared broker (REGISTRATURA_BROKER_URL "
                    "redis:// or amqp://); with the in-process broker `registratura serve` "
                    "sweeps by itself every SWEEP_INTERVAL_SECONDS and resumes every "
                    "unfinished item when it starts; `registratura retry REG… --wait` "
                    "runs quarantined items here",
                    file=sys.stderr,
                )
                return 2
            older = None if args.older_than is None else timedelta(seconds=args.older_than)
            print(f"re-sent {rt.sweep(older)} item(s)")
            return 0
    finally:
        rt.close()
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
