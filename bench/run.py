"""`python -m bench.run`: e-mails/s and scanned pages/s end to end, and bare Tesseract beside them.

Prints a table on stdout, progress on stderr, and writes the same figures to
bench/results/latest.json (or --out). Everything runs in temporary
directories that are removed afterwards. Exit status 1 means some figure is
not to be trusted (an item quarantined or left pending, a page not read),
never that a target was missed. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

from bench import ocr_share, report
from bench.bare import BareResult, run_bare
from bench.bare import combine as combine_bare
from bench.machine import describe, nproc
from bench.pipeline import PipelineResult, mail_inputs, measure, runtime, scan_inputs
from bench.pipeline import combine as combine_pipeline
from bench.samples import SAMPLES, page_images, scanned_copies

DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "latest.json"
QUICK_EMAILS = 50
QUICK_COPIES = 1
QUICK_SMTP = 160
QUICK_SCRAPE = 10_000
QUICK_REPORT = 10_000


def _parse(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    ap.add_argument(
        "--emails",
        type=int,
        default=None,
        metavar="N",
        help="distinct text e-mails to push through (default 500; --quick: 50)",
    )
    ap.add_argument(
        "--pages-copies",
        type=int,
        default=None,
        metavar="K",
        help="copies of each scanned sample, 3 pages per copy (default 8; --quick: 1)",
    )
    ap.add_argument(
        "--rounds",
        type=int,
        default=None,
        metavar="R",
        help="rounds of pipeline and bare Tesseract on the pages, in the order P B B P … so a "
        "machine whose speed drifts weighs on both alike (default 2; --quick: 1)",
    )
    ap.add_argument(
        "--smtp",
        type=int,
        default=None,
        metavar="N",
        help="2 KB messages for the SMTP door and bare aiosmtpd (N/4 of 200 KB; default 800; "
        "--quick: 160; 0 skips)",
    )
    ap.add_argument(
        "--door-busy",
        type=int,
        default=None,
        metavar="N",
        help="2 KB messages a segment (N/4 of 200 KB) for the door of `registratura serve` while "
        "its workers are busy, against a bare sink, in 5 interleaved rounds (bench/door_busy.py; "
        "default 400; --quick: 0; 0 skips)",
    )
    ap.add_argument(
        "--scrape",
        type=int,
        default=None,
        metavar="N",
        help="requests in the database a /metrics scrape is timed on, against the legacy "
        "scrape (default 100000; --quick: 10000; 0 skips)",
    )
    ap.add_argument(
        "--report",
        type=int,
        default=None,
        metavar="N",
        help="requests `registratura report` is timed on, SQLite and PostgreSQL (default "
        "100000; --quick: 10000; 0 skips)",
    )
    ap.add_argument(
        "--cli-start",
        type=int,
        default=None,
        help="runs of each CLI start measured (`--help`, `show`; bench/cli_start.py; "
        "default 7; --quick: 3; 0 skips)",
    )
    ap.add_argument("--quick", action="store_true", help="a smoke run of well under a minute")
    ap.add_argument(
        "--threads",
        type=int,
        default=None,
        help="Dramatiq worker threads (default: Settings' worker_threads)",
    )
    ap.add_argument(
        "--ocr-languages",
        default=None,
        help="Tesseract languages for pipeline and bare runs (default: Settings' ocr_languages)",
    )
    ap.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"JSON output (default {DEFAULT_OUT})"
    )
    args = ap.parse_args(argv)
    if args.emails is None:
        args.emails = QUICK_EMAILS if args.quick else 500
    if args.pages_copies is None:
        args.pages_copies = QUICK_COPIES if args.quick else 8
    if args.rounds is None:
        args.rounds = 1 if args.quick else 2
    if args.smtp is None:
        args.smtp = QUICK_SMTP if args.quick else 800
    if args.door_busy is None:
        args.door_busy = 0 if args.quick else 400  # four services started: not a smoke run
    if args.scrape is None:
        args.scrape = QUICK_SCRAPE if args.quick else 100_000
    if args.report is None:
        args.report = QUICK_REPORT if args.quick else 100_000
    if args.cli_start is None:
        args.cli_start = 3 if args.quick else 7
    if args.emails < 0 or args.pages_copies < 0:
        ap.error("--emails and --pages-copies must be ≥ 0")
    if args.rounds < 1:
        ap.error("--rounds must be ≥ 1")
    return args


def _note(start: float, text: str) -> None:
    print(f"[bench {time.monotonic() - start:6.1f} s] {text}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    logging.basicConfig(
        level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("registratura.runtime").setLevel(logging.INFO)  # wait_final's progress lines
    from registratura.settings import Settings

    languages = args.ocr_languages or Settings().ocr_languages
    cores = nproc()
    start = time.monotonic()
    machine = describe()
    emails = pages = bare = None

    if args.emails:
        _note(start, f"text e-mails: {args.emails} through the pipeline")
        with runtime(args.threads, languages) as rt:
            emails = measure(rt, mail_inputs(args.emails), timeout=120 + args.emails * 0.5)
        _note(start, f"text e-mails: {emails.routed_per_s:.1f} routed/s")

    rounds: list[tuple[float, float]] = []
    if args.pages_copies:
        copies = scanned_copies(args.pages_copies)
        truth: dict[str, Any] = json.loads((SAMPLES / "expected.json").read_text("utf-8"))
        queues = {name: str(truth[name]["queue"]) for name in {c.sample for c in copies}}
        n_pages = sum(c.pages for c in copies)
        images = page_images()
        piped: list[PipelineResult] = []
        bared: list[BareResult] = []
        for r in range(args.rounds):
            # P B, then B P: a drift in the machine's speed (other tenants) falls on both alike.
            for part in ("pipeline", "bare") if r % 2 == 0 else ("bare", "pipeline"):
                if part == "pipeline":
                    _note(
                        start,
                        f"round {r + 1}/{args.rounds}, pipeline: {len(copies)} documents, "
                        f"{n_pages} pages",
                    )
                    with runtime(args.threads, languages) as rt:
                        piped.append(
                            measure(
                                rt, scan_inputs(copies, queues), timeout=120 + n_pages * 60 / cores
                            )
                        )
                    _note(start, f"  pipeline: {piped[-1].pages_per_s:.3f} pages/s")
                else:
                    _note(start, f"round {r + 1}/{args.rounds}, bare tesseract, {cores} processes")
                    bared.append(run_bare(images, args.pages_copies, languages, workers=cores))
                    _note(start, f"  bare tesseract: {bared[-1].pages_per_s:.3f} pages/s")
            rounds.append((piped[-1].pages_per_s, bared[-1].pages_per_s))
        pages, bare = combine_pipeline(piped), combine_bare(bared)

    smtp = None
    if args.smtp:
        from bench.smtp import run_smtp

        _note(
            start,
            f"SMTP door and bare aiosmtpd+fsync: {args.smtp} × 2 KB, {args.smtp // 4} × 200 KB",
        )
        smtp = run_smtp(args.smtp)

    door_busy = None
    if args.door_busy:
        from bench.door_busy import run_door_busy

        _note(
            start,
            f"SMTP door of `serve` while its workers are busy: 5 rounds of {args.door_busy} × 2 KB",
        )
        door_busy = run_door_busy(args.door_busy)

    scrape = None
    if args.scrape:
        from bench.scrape import run_scrape

        _note(start, f"/metrics scrape: {args.scrape:,} requests, legacy and new")
        scrape = run_scrape(args.scrape)

    report_runs = None
    if args.report:
        from bench.report_bench import run_both

        _note(start, f"`registratura report`: {args.report:,} requests, SQLite and PostgreSQL")
        report_runs = run_both(args.report)

    cli_start = None
    if args.cli_start:
        from bench.cli_start import run_cli_start

        _note(start, f"CLI start: `--help` and `show`, {args.cli_start} runs each")
        cli_start = run_cli_start(args.cli_start)

    options = {
        "cli_start": args.cli_start,
        "smtp": args.smtp,
        "door_busy": args.door_busy,
        "scrape": args.scrape,
        "report": args.report,
        "emails": args.emails,
        "pages_copies": args.pages_copies,
        "rounds": args.rounds,
        "quick": args.quick,
        "threads": args.threads,
        "ocr_languages": languages,
        "elapsed_seconds": round(time.monotonic() - start, 1),
    }
    record = report.build(machine, options, emails, pages, bare, rounds)
    if smtp is not None:
        from bench.smtp import table_lines

        record["smtp"] = smtp
        record["problems"] += [f"smtp: {p}" for p in smtp["problems"]]
        record["ok"] = not record["problems"]
    if door_busy is not None:
        record["door_busy"] = door_busy
        record["problems"] += [f"door-busy: {p}" for p in door_busy["problems"]]
        record["ok"] = not record["problems"]
    if cli_start is not None:
        record["cli_start"] = cli_start
    if scrape is not None:
        record["metrics_scrape"] = scrape
    if report_runs is not None:
        record["report"] = report_runs
        record["problems"] += [
            f"report ({r['backend']}): its figures differ from the legacy report's"
            for r in report_runs
            if r.get("identical_to_legacy") is False
        ]
        record["ok"] = not record["problems"]
    share = ocr_share.measure()  # text-layer PDF pages that skip OCR (bench/ocr_share.py)
    record["text_layer_share"] = {"pages": share.pages, "share": round(share.share, 4)}
    report.write_json(record, args.out)
    sys.stdout.write(report.table(record))
    print(ocr_share.line(share))
    if smtp is not None:
        sys.stdout.write("\n".join(table_lines(smtp)))
    if door_busy is not None:
        from bench.door_busy import table_lines as door_busy_lines

        sys.stdout.write("\n".join(door_busy_lines(door_busy)))
    if scrape is not None:
        from bench.scrape import table_lines as scrape_lines

        sys.stdout.write("\n".join(scrape_lines(scrape)))
    if report_runs is not None:
        from bench.report_bench import table_lines as report_lines

        sys.stdout.write("\n".join(report_lines(report_runs)))
    if cli_start is not None:
        from bench.cli_start import table_lines as cli_lines

        sys.stdout.write("\n".join(cli_lines(cli_start)))
    print(f"(written to {args.out})")
    return 0 if record["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
