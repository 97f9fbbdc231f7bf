"""`python -m bench.scrape`: how long one `/metrics` scrape takes on 100,000 requests.

Three figures on one database (bench/scrape_data.py writes the rows the
pipeline would have written), in this one process, each the median of
several scrapes after one untimed warm-up:

- **legacy**: the hand-formatted `/metrics` this replaced (below, verbatim):
  it loaded every item without a first response into Python. Timed on the
  schema before 0006_metrics (as it ran) and after (the new covering index
  helps it too).
- **new**: `registratura.metrics.metrics_text`, aggregate queries only,
  through prometheus_client's exposition: the legacy's gauges plus the
  counters and the four histograms it did not have.
- **new, the legacy's figures only**: the one pass over `ix_items_metrics`
  that yields the gauges (and the received and routed counters): like for
  like with the legacy.

Not a test: nothing asserts a time. `--postgres URL` runs the same on an
empty PostgreSQL database you name (its tables are created; drop it after).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import func, select

from bench.scrape_data import populate
from registratura.metrics import items_pass, metrics_text
from storage import Database, Item, utcnow
from storage.migrate import alembic_config

BEFORE = "0005_audit"  # the schema the legacy scrape ran on


def legacy_metrics_text(db: Database, now: datetime | None = None) -> str:
    """The `/metrics` of registratura/http.py before prometheus_client (kept as the baseline)."""
    now = now or utcnow()
    lines = [
        "# HELP registratura_items Items by state and queue.",
        "# TYPE registratura_items gauge",
    ]
    with db.reader() as s:
        rows = s.execute(
            select(Item.state, Item.queue, func.count()).group_by(Item.state, Item.queue)
        ).all()
        for state, queue, count in rows:
            lines.append(f'registratura_items{{state="{state}",queue="{queue or ""}"}} {count}')
        open_items = s.execute(
            select(Item.queue, Item.received_at, Item.due_at).where(
                Item.state != "quarantined", Item.first_response_at.is_(None)
            )
        ).all()
    waiting: dict[str, list[float]] = {}
    breached: dict[str, int] = {}
    due_soon: dict[str, int] = {}
    for queue, received, due in open_items:
        q = queue or "unrouted"
        waiting.setdefault(q, []).append((now - received).total_seconds())
        if due is not None:
            left = (due - now).total_seconds()
            breached[q] = breached.get(q, 0) + (left < 0)
            due_soon[q] = due_soon.get(q, 0) + (0 <= left < 7200)
    lines += [
        "# HELP registratura_waiting Items without a first response.",
        "# TYPE registratura_waiting gauge",
        *(f'registratura_waiting{{queue="{q}"}} {len(v)}' for q, v in sorted(waiting.items())),
        "# HELP registratura_oldest_wait_seconds Age of the oldest item without a first response.",
        "# TYPE registratura_oldest_wait_seconds gauge",
        *(
            f'registratura_oldest_wait_seconds{{queue="{q}"}} {max(v):.0f}'
            for q, v in sorted(waiting.items())
        ),
        "# HELP registratura_sla_breached Items past their due time without a first response.",
        "# TYPE registratura_sla_breached gauge",
        *(f'registratura_sla_breached{{queue="{q}"}} {n}' for q, n in sorted(breached.items())),
        "# HELP registratura_sla_due_soon Items due within two hours without a first response.",
        "# TYPE registratura_sla_due_soon gauge",
        *(f'registratura_sla_due_soon{{queue="{q}"}} {n}' for q, n in sorted(due_soon.items())),
    ]
    return "\n".join(lines) + "\n"


def _median_seconds(fn: Callable[[], Any], repeats: int) -> float:
    fn()  # warm-up: page cache, prepared statements, imports
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _settle(db: Database) -> None:
    """PostgreSQL: VACUUM ANALYZE, as autovacuum leaves a table minutes after a bulk load.

    Without it the planner has no statistics and the visibility map is empty,
    so no index-only scan is possible: that is the state of a table for the
    first minutes after a bulk load, not the state a scrape usually meets.
    """
    if db.is_sqlite:
        return
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")


def _upgrade(db: Database, target: str) -> None:
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def run_scrape(n: int, url: str | None = None, repeats: int = 5) -> dict[str, Any]:
    """Populate `n` requests (a temporary SQLite file unless `url`), time the three scrapes."""
    with tempfile.TemporaryDirectory(prefix="bench-scrape-") as tmp:
        db = Database(url or f"sqlite:///{Path(tmp) / 'scrape.db'}")
        try:
            _upgrade(db, BEFORE)
            now = utcnow()
            t = time.perf_counter()
            shape = populate(db, n, now)
            populate_s = time.perf_counter() - t
            _settle(db)
            legacy_before = _median_seconds(lambda: legacy_metrics_text(db, now), repeats)
            t = time.perf_counter()
            _upgrade(db, "heads")
            migrate_s = time.perf_counter() - t
            _settle(db)
            legacy_after = _median_seconds(lambda: legacy_metrics_text(db, now), repeats)
            new = _median_seconds(lambda: metrics_text(db, now), repeats)

            def gauges() -> None:
                with db.read() as conn:
                    items_pass(conn, now)

            same = _median_seconds(gauges, repeats)
            size = len(metrics_text(db, now).encode())
        finally:
            db.dispose()
    return {
        "backend": "postgresql" if url else "sqlite",
        "requests": n,
        "routed": shape.routed,
        "events": shape.events,
        "populate_seconds": round(populate_s, 2),
        "migration_0006_seconds": round(migrate_s, 3),
        "repeats": repeats,
        "legacy_seconds_before_0006": round(legacy_before, 4),
        "legacy_seconds": round(legacy_after, 4),
        "new_seconds": round(new, 4),
        "new_gauges_pass_seconds": round(same, 4),
        "speedup_vs_legacy_before_0006": round(legacy_before / new, 2),
        "speedup_vs_legacy": round(legacy_after / new, 2),
        "speedup_like_for_like": round(legacy_before / same, 2),
        "exposition_bytes": size,
    }


def table_lines(r: dict[str, Any]) -> list[str]:
    return [
        f"/metrics scrape, {r['requests']:,} requests ({r['backend']}, median of {r['repeats']}):",
        f"  legacy (hand-formatted, schema 0005)  {r['legacy_seconds_before_0006'] * 1000:8.1f} ms",
        f"  legacy (with 0006's indexes)          {r['legacy_seconds'] * 1000:8.1f} ms",
        f"  new (aggregate SQL, prometheus_client) {r['new_seconds'] * 1000:7.1f} ms"
        f"   ratio legacy/new: {r['speedup_vs_legacy_before_0006']:.1f}x before 0006, "
        f"{r['speedup_vs_legacy']:.1f}x after",
        f"  new, the legacy's figures only        {r['new_gauges_pass_seconds'] * 1000:8.1f} ms"
        f"   ratio legacy (0005)/this: {r['speedup_like_for_like']:.1f}x",
        f"  (0006_metrics' indexes built in {r['migration_0006_seconds']:.2f} s; "
        f"exposition {r['exposition_bytes']:,} bytes)",
        "",
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.scrape", description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=100_000, metavar="N")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--postgres", metavar="URL", help="an empty PostgreSQL database to fill")
    args = ap.parse_args(argv)
    r = run_scrape(args.requests, args.postgres, args.repeats)
    sys.stdout.write("\n".join(table_lines(r)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
