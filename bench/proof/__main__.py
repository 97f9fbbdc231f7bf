"""`python -m bench.proof [--quick]`: durability and bounds, proved on real processes, one table.

Rows: the SMTP door under SIGKILL; two worker processes under SIGKILL on
Redis and on RabbitMQ with PostgreSQL, with an item that kills its worker
every time; the broker down, then the database down; hostile inputs. Each
row prints its figures and PASS or FAIL; the exit status is 1 if any row
failed (a service that is missing fails its row under CI=true, and is a
SKIP otherwise). Progress goes to stderr, the table to stdout.

The full form is issue 13's (1,000 messages and 20 kills, 60 s outages,
the largest bombs); `--quick` is the bounded one CI runs (a few minutes).
The outage rows run first, alone (they are judged on time); the others side
by side (two lanes) unless `--serial`;
`--only smtp outage` runs those rows alone (a row being worked on).
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from bench.proof import hostile, outage, smtp_crash, workers
from bench.proof.common import IN_CI, Missing, Row, note


@dataclass(frozen=True)
class Plan:
    smtp_messages: int
    smtp_kills: int
    items: int
    worker_kills: int
    redis_poison: bool
    outage_seconds: float
    recovery_wait: float
    full_bombs: bool
    item_timeout: float
    # The Redis workers' heartbeat (`REDIS_HEARTBEAT_SECONDS`): how long a killed worker's
    # items wait. The full form keeps the shipped default; the quick one a short one.
    redis_heartbeat: float = 60.0


FULL = Plan(1000, 20, 1000, 20, True, 60, 90, True, 1800)
QUICK = Plan(150, 4, 150, 4, False, 10, 32, False, 120, redis_heartbeat=10.0)

# The rows' keys (`--only`), in the table's order.
ROWS = ("smtp", "redis", "rabbitmq", "outage", "hostile")

ORDER = [
    "SMTP under SIGKILL (serve, SQLite)",
    "workers under SIGKILL (redis, PostgreSQL)",
    "workers under SIGKILL (rabbitmq, PostgreSQL)",
    "broker (Redis) down, serve + worker on PostgreSQL",
    "database (PostgreSQL) down, same service",
    "hostile input",
]


def _guard(names: list[str], fn: Callable[[], list[Row]]) -> list[Row]:
    """Run a row; a missing service or a crash of the harness is that row's result."""
    start = time.monotonic()
    try:
        rows = fn()
    except Missing as exc:
        rows = [Row(n, f"SKIP: {exc}" if not IN_CI else f"{exc} (CI=true)", IN_CI is False)
                for n in names]  # fmt: skip
        if not IN_CI:
            for r in rows:
                r.notes.append("skipped")
    except Exception as exc:  # the harness failed: that is a FAIL, with why
        import traceback

        rows = [Row(n, f"harness error: {exc!r}", False, [traceback.format_exc()]) for n in names]
    for r in rows:
        r.seconds = time.monotonic() - start
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.proof", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="the bounded form CI runs")
    ap.add_argument("--serial", action="store_true", help="one row at a time")
    ap.add_argument("--seed", type=int, default=None, help="random moments of the kills")
    ap.add_argument("--messages", type=int, default=None, help="row 1's messages")
    ap.add_argument("--items", type=int, default=None, help="row 2's items per broker")
    ap.add_argument("--kills", type=int, default=None, help="kills in rows 1 and 2")
    ap.add_argument("--outage", type=float, default=None, help="seconds of each outage")
    ap.add_argument(
        "--only",
        nargs="+",
        choices=ROWS,
        default=None,
        help="run these rows alone (the table lists only them; CI runs them all)",
    )
    args = ap.parse_args(argv)
    wanted = set(args.only or ROWS)
    plan = QUICK if args.quick else FULL
    seed = args.seed if args.seed is not None else int(time.time())
    smtp_n = args.messages or plan.smtp_messages
    items = args.items or plan.items
    kills_1 = args.kills if args.kills is not None else plan.smtp_kills
    kills_2 = args.kills if args.kills is not None else plan.worker_kills
    down = args.outage or plan.outage_seconds
    started = time.monotonic()
    results: dict[str, list[Row]] = {}
    hostile_lines: list[str] = []

    def row(key: str, names: list[str], fn: Callable[[], list[Row]]) -> None:
        if key in wanted:
            results[key] = _guard(names, fn)

    def lane_a() -> None:
        row("smtp", ORDER[0:1], lambda: [smtp_crash.run(smtp_n, kills_1, seed, 60 + smtp_n * 0.3)])
        row(
            "rabbitmq",
            ORDER[2:3],
            lambda: [workers.run("rabbitmq", items, kills_2, True, seed + 2, 120 + items * 0.5)],
        )

    def lane_b() -> None:
        # Redis gives a dead worker's messages back after its heartbeat (60 s shipped, 10 s
        # in the quick form): the poison item (3 deaths) is in the full form only.
        row(
            "redis",
            ORDER[1:2],
            lambda: [
                workers.run(
                    "redis",
                    items,
                    kills_2,
                    plan.redis_poison,
                    seed + 1,
                    300 + items * 0.5,
                    heartbeat=plan.redis_heartbeat,
                )
            ],
        )

        # After Redis: the two lanes end at about the same time (hostile inputs ~35 s).
        def hostile_row() -> list[Row]:
            row, lines = hostile.run(plan.full_bombs, plan.item_timeout, 600 if plan.full_bombs else 180)  # fmt: skip
            hostile_lines.extend(lines)
            return [row]

        row("hostile", ORDER[5:6], hostile_row)

    def lane_c() -> None:
        row(
            "outage",
            ORDER[3:5],
            lambda: outage.run(down, plan.recovery_wait, 0.5 if args.quick else 0.2),
        )

    note(f"make proof ({'quick' if args.quick else 'full'}), seed {seed}")
    # The outage row first, alone: it is judged on time (everything routed within 30 s of
    # each return), which measures the service's recovery only if no other row's
    # processes share the machine's cores with it (a 2-core CI machine running all three
    # lanes left its worker a fraction of a core).
    lane_c()
    lanes = [lane_a, lane_b]
    if args.serial:
        for lane in lanes:
            lane()
    else:
        threads = [threading.Thread(target=lane) for lane in lanes]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    rows = [r for key in ROWS if key in results for r in results[key]]
    print(table(rows, hostile_lines, args.quick, seed, time.monotonic() - started))
    return 0 if all(r.ok for r in rows) else 1


def table(rows: list[Row], hostile_lines: list[str], quick: bool, seed: int, seconds: float) -> str:
    from bench.machine import describe

    m = describe()
    out = [
        f"make proof ({'quick' if quick else 'full'}; seed {seed}; {seconds:.0f} s; "
        f"{m.get('cpu_model', '?')}, {m.get('nproc', '?')} cores, load "
        f"{(m.get('load_average_at_start') or ['?'])[0]} at the end; commit "
        f"{(m.get('git_commit') or '?')[:10]})",
        "",
        "| # | what | figures | s | result |",
        "| --- | --- | --- | --: | --- |",
    ]
    for n, r in enumerate(rows, 1):
        verdict = "SKIP" if "skipped" in r.notes else ("PASS" if r.ok else "FAIL")
        out.append(f"| {n} | {r.name} | {r.figure} | {r.seconds:.0f} | {verdict} |")
    if hostile_lines:
        out += ["", "Hostile inputs, each alone (`ingest --wait --json`, its own process):", ""]
        out += hostile_lines
    problems = [(r.name, x) for r in rows if not r.ok for x in r.notes if x and x != "skipped"]
    if problems:
        out += ["", "Why (FAIL rows):"]
        for name, text in problems:
            out.append(f"- {name}: " + text.replace("\n", "\n    "))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
