"""Prometheus metrics, read from the database at scrape time (`/metrics`).

Design: every figure is an aggregate query (COUNT, SUM, MIN with GROUP BY)
over the tables the pipeline already writes, run by a custom collector when
Prometheus scrapes. Nothing is counted in a process's memory: the workers
that receive, route and quarantine items run in other processes, often on
other machines (PostgreSQL), and a counter incremented by one of them would
show only its share and restart from zero with it. The database is the one
truth, so any service process (or several behind a load balancer) answers
the same numbers.

- Counters are counts of rows that only ever grow: items (never deleted) by
  channel; items in the final state `routed` (never left) by category, queue
  and signature verdict; audit events into `quarantined` (append-only, so an
  item retried and quarantined again counts twice) by a reason *kind*;
  duplicate arrivals (audit events) by channel; failed steps tried again
  (audit events `retry`, `router.middleware.StepAudit`) by step.
- Histograms are built in SQL: each row's duration is put in its bucket by a
  CASE, and the query returns one count and one sum per (queue, bucket).
  The OCR histogram is per channel, from the seconds and pages the parse step
  stores on an OCR'd item (migration 0009_ocr_time): each page one observation.
- Gauges are what is waiting now, per queue.

Every label value comes from a closed list (channels, queues, categories,
verdicts, states, reason kinds); anything else is `other`. No label ever
carries a registration number, an address, a name or an error text.

Migration 0006_metrics keeps a scrape cheap: the signature verdict as a
column generated from the decision JSON, a covering index over the narrow
columns of `items` (the verdict among them), and `events(to_state, actor)`.
A scrape reads indexes, not rows, and issues the same dozen statements
whatever the number of items; on 100,000 requests it takes about 0.3 s on
SQLite and 0.17 s on PostgreSQL (`python -m bench.scrape`, README "Metrics").
The received and routed counters and every gauge come from one `GROUP BY`
over that index, each histogram from one more; quarantines and duplicates
are a few rows of the audit trail, found through its index.

With several `registratura serve` processes scraped, each reports the same
figures; the rules in deploy/prometheus take `max without (instance)`.

The response-time histograms count calendar seconds from receipt to the
cached `acknowledged_at`, `first_response_at` and `closed_at` (pauses while
waiting on the sender included); `registratura report` is the exact account
(pauses subtracted, working hours of each target's calendar).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from prometheus_client import CollectorRegistry
from prometheus_client.exposition import generate_latest
from prometheus_client.metrics_core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector
from prometheus_client.utils import floatToGoString
from sqlalchemy import Connection, and_, case, func, literal_column, select
from sqlalchemy.sql.elements import ColumnElement

from ingest.envelope import Channel
from parsers.model import Category
from router.middleware import RETRY_EVENT
from router.signatures.evidence import Verdict
from router.steps import QUARANTINE, TEAM_QUEUES
from storage import Database, State, utcnow
from storage.items import DUPLICATE_EVENT, EVENTS, ITEMS

OTHER = "other"
UNROUTED = "unrouted"
NO_VERDICT = "none"
CHANNELS = frozenset(c.value for c in Channel)
QUEUES = frozenset((*TEAM_QUEUES, QUARANTINE))
CATEGORIES = frozenset(c.value for c in Category)
VERDICTS = frozenset(v.value for v in Verdict)
STATES = frozenset(s.value for s in State)
# The steps' actors (`router.actors`): parse, the ocr lane, route, one per queue.
STEPS = frozenset(("parse", "ocr", "route", *QUEUES))

# Why an item was quarantined, as a closed list of kinds (first match wins).
# The reason itself is free text (an exception's message): never a label.
QUARANTINE_KINDS: tuple[tuple[str, str], ...] = (
    ("time_limit", "%exceeded its time limit%"),  # router.middleware: a step over its time limit
    ("retries_exhausted", "% failed % times%"),  # router.middleware: the last retry failed too
    ("unreadable", "unreadable input%"),  # the parse step could not read the bytes
)
NOT_UNDERSTOOD = "not_understood"  # routed to the quarantine queue with no error
REASON_KINDS = (*(k for k, _ in QUARANTINE_KINDS), NOT_UNDERSTOOD, OTHER)

# Received → routed: seconds to hours (a backlog, an OCR queue).
ROUTE_BUCKETS = (0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0, 14400.0, 86400.0)
# OCR seconds per page: a clean page in half a second to a page at its time limit
# (OCR_PAGE_TIMEOUT, 120 s); a fax page takes 1-3 s on the bench machine.
OCR_PAGE_BUCKETS = (0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 12.0, 20.0, 30.0, 45.0, 60.0, 120.0)
# Acknowledgement, first response, closing: a minute to two weeks.
H, D = 3600.0, 86400.0
RESPONSE_BUCKETS = (
    60.0,
    300.0,
    900.0,
    1800.0,
    H,
    2 * H,
    4 * H,
    8 * H,
    12 * H,
    D,
    2 * D,
    3 * D,
    5 * D,
    7 * D,
    14 * D,
)
# The waiting gauges' "due soon": due within this much time from now.
DUE_SOON = timedelta(hours=2)

RESPONSE_MEASURES = (
    ("acknowledgement", "acknowledged_at", "Receipt to the acknowledgement"),
    ("first_response", "first_response_at", "Receipt to the first response"),
    ("closing", "closed_at", "Receipt to the closing (a reopened request leaves it)"),
)


def bounded(value: str | None, allowed: frozenset[str], none: str = OTHER) -> str:
    """`value` if it is one of `allowed`, `none` for None, else `other`."""
    if value is None:
        return none
    return value if value in allowed else OTHER


def _queue(value: str | None) -> str:
    return bounded(value, QUEUES, UNROUTED)


def _seconds(dialect: str, later: Any, earlier: Any) -> ColumnElement[Any]:
    """`later - earlier` in seconds, as SQL for this dialect."""
    if dialect == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 86400.0
    # date_part is double precision; EXTRACT is numeric since PostgreSQL 14 (slower).
    return func.date_part("epoch", later - earlier)


# The signature verdict of a decided item: a column generated from `decision`
# by migration 0006_metrics (not in the ORM model: nobody writes it).
VERDICT: ColumnElement[Any] = literal_column("items.verdict")


def _reason_sql(dialect: str) -> ColumnElement[Any]:
    if dialect == "sqlite":
        return literal_column("json_extract(events.detail, '$.reason')")
    return literal_column("(events.detail ->> 'reason')")


def _histogram(
    conn: Connection,
    seconds: ColumnElement[Any],
    where: Sequence[ColumnElement[Any]],
    buckets: Sequence[float],
    *,
    key: ColumnElement[Any] | None = None,
    label: Callable[[str | None], str] | None = None,
    weight: ColumnElement[Any] | None = None,
) -> dict[str, tuple[list[float], float]]:
    """Per queue: cumulative counts per bucket (the last is +Inf) and the sum of seconds.

    Each row's seconds are computed once: OFFSET 0 keeps the planner from
    folding the subquery into the CASE, which would compute them again at
    every comparison. The bucket is found by bisection (four comparisons, not
    up to fifteen). A negative duration (clocks apart) counts as 0.

    `key` and `label`: another label column than the queue, and how its values
    are bounded. `weight`: a row counts that many observations of its seconds
    (the sum then adds seconds × weight).
    """
    key = ITEMS.c.queue if key is None else key
    name = _queue if label is None else label
    one: ColumnElement[Any] = literal_column("1") if weight is None else weight
    inner = (
        select(key.label("key"), seconds.label("s"), one.label("w"))
        .where(*where)
        .offset(0)
        .subquery()
    )
    bucket = _bucket(inner.c.s, buckets, 0, len(buckets))
    positive = case((inner.c.s < 0, 0.0), else_=inner.c.s)
    counted = func.count() if weight is None else func.sum(inner.c.w)
    total_s = func.sum(positive) if weight is None else func.sum(positive * inner.c.w)
    rows = conn.execute(
        select(inner.c.key, bucket, counted, total_s).group_by(inner.c.key, bucket)
    ).all()
    out: dict[str, tuple[list[float], float]] = {}
    for value, index, count, total in rows:
        k = name(value)
        counts, s = out.get(k, ([0.0] * (len(buckets) + 1), 0.0))
        counts[int(index)] += float(count or 0)
        out[k] = (counts, s + float(total or 0.0))
    for queue, (counts, s) in out.items():
        running = 0.0
        for i, c in enumerate(counts):
            running += c
            counts[i] = running
        out[queue] = (counts, s)
    return out


def _bucket(s: Any, buckets: Sequence[float], lo: int, hi: int) -> Any:
    """The index of the first bucket in `buckets[lo:hi]` that holds `s` (`hi`: +Inf), as SQL."""
    if lo == hi:
        return literal_column(str(lo))
    mid = (lo + hi) // 2
    # Constants written into the SQL, not bound: a bound parameter's type is
    # guessed at run time (PostgreSQL then compares as numeric, twice as slow).
    bound: ColumnElement[Any] = literal_column(repr(float(buckets[mid])))
    return case((s <= bound, _bucket(s, buckets, lo, mid)), else_=_bucket(s, buckets, mid + 1, hi))


def _go_float(value: float) -> str:
    """A bucket bound as Prometheus writes it (`le="3600.0"`, `le="1.2096e+06"`)."""
    return str(floatToGoString(value))  # type: ignore[no-untyped-call]


def _histogram_family(
    name: str,
    doc: str,
    data: dict[str, tuple[list[float], float]],
    buckets: Sequence[float],
    label: str = "queue",
) -> HistogramMetricFamily:
    fam = HistogramMetricFamily(name, doc, labels=[label])
    bounds = [*(_go_float(b) for b in buckets), "+Inf"]
    for queue in sorted(data):
        counts, total = data[queue]
        fam.add_metric([queue], list(zip(bounds, counts, strict=True)), total)
    return fam


def _family(
    kind: type[CounterMetricFamily] | type[GaugeMetricFamily],
    name: str,
    doc: str,
    labels: Sequence[str],
    values: dict[tuple[str, ...], float],
) -> Metric:
    fam = kind(name, doc, labels=list(labels))
    for key in sorted(values):
        fam.add_metric(list(key), values[key])
    return fam


def _add(counts: dict[tuple[str, ...], float], key: tuple[str, ...], n: Any) -> None:
    counts[key] = counts.get(key, 0.0) + float(n or 0)


def _zeros(values: Iterable[str]) -> dict[tuple[str, ...], float]:
    return {(v,): 0.0 for v in values}


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None or (b is not None and b < a) else a


def items_pass(conn: Connection, now: datetime) -> list[Metric]:
    """One pass over `ix_items_metrics`: received, routed, and every per-queue gauge.

    Grouped by the index's first five columns in their order, so SQLite
    aggregates while it reads the index (no sort) and never reads a row.
    """
    waiting = and_(ITEMS.c.state != State.QUARANTINED.value, ITEMS.c.first_response_at.is_(None))
    soon = now + DUE_SOON
    rows = conn.execute(
        select(
            ITEMS.c.state,
            ITEMS.c.queue,
            ITEMS.c.channel,
            ITEMS.c.category,
            VERDICT,
            func.count(),
            func.sum(case((waiting, 1), else_=0)),
            func.min(case((waiting, ITEMS.c.received_at))),
            func.sum(case((and_(waiting, ITEMS.c.due_at < now), 1), else_=0)),
            func.sum(
                case((and_(waiting, ITEMS.c.due_at >= now, ITEMS.c.due_at < soon), 1), else_=0)
            ),
            func.min(case((waiting, ITEMS.c.due_at))),
            func.sum(
                case(
                    (and_(ITEMS.c.state == State.ROUTED.value, ITEMS.c.closed_at.is_(None)), 1),
                    else_=0,
                )
            ),
        ).group_by(ITEMS.c.state, ITEMS.c.queue, ITEMS.c.channel, ITEMS.c.category, VERDICT)
    ).all()
    # Every channel and team queue is there from the start, at 0: an alert on
    # "nothing received" or "nothing waiting" needs a series to look at.
    received = _zeros(CHANNELS)
    routed: dict[tuple[str, ...], float] = {}
    items: dict[tuple[str, ...], float] = {}
    n_waiting, breached, due_soon, open_ = (_zeros(TEAM_QUEUES) for _ in range(4))
    oldest: dict[str, datetime | None] = dict.fromkeys(TEAM_QUEUES)
    first_due: dict[str, datetime | None] = dict.fromkeys(TEAM_QUEUES)
    for state, queue, channel, category, verdict, n, w, old, late, near, due, still_open in rows:
        _add(received, (bounded(channel, CHANNELS),), n)
        if state == State.ROUTED.value:
            v = bounded(verdict, VERDICTS, NO_VERDICT)
            _add(routed, (bounded(category, CATEGORIES), _queue(queue), v), n)
        # queue="" for an item not yet routed: the label value this gauge always had.
        _add(items, (bounded(state, STATES), "" if queue is None else bounded(queue, QUEUES)), n)
        q = (_queue(queue),)
        if w:
            _add(n_waiting, q, w)
            _add(breached, q, late)
            _add(due_soon, q, near)
            oldest[q[0]] = _earliest(oldest.get(q[0]), old)
            first_due[q[0]] = _earliest(first_due.get(q[0]), due)
        if state == State.ROUTED.value:
            _add(open_, q, still_open)
    oldest_s = {(q,): (now - t).total_seconds() if t else 0.0 for q, t in oldest.items()}
    overdue_s = {
        (q,): max(0.0, (now - t).total_seconds()) if t else 0.0 for q, t in first_due.items()
    }
    C, G = CounterMetricFamily, GaugeMetricFamily
    q_ = ["queue"]
    return [
        _family(
            C,
            "registratura_received",
            "Items received (stored), by channel.",
            ["channel"],
            received,
        ),
        _family(
            C,
            "registratura_routed",
            "Items delivered to a team queue, by category, queue and signature verdict.",
            ["category", "queue", "verdict"],
            routed,
        ),
        _family(G, "registratura_items", "Items by state and queue.", ["state", "queue"], items),
        _family(G, "registratura_waiting", "Items without a first response.", q_, n_waiting),
        _family(
            G,
            "registratura_oldest_wait_seconds",
            "Age of the oldest item without a first response.",
            q_,
            {k: float(round(v)) for k, v in oldest_s.items()},
        ),
        _family(
            G,
            "registratura_sla_breached",
            "Items past their due time without a first response.",
            q_,
            breached,
        ),
        _family(
            G,
            "registratura_sla_due_soon",
            "Items due within two hours without a first response.",
            q_,
            due_soon,
        ),
        _family(
            G,
            "registratura_oldest_overdue_seconds",
            "How long past its due time the most overdue item without a first response is "
            "(0: none is overdue).",
            q_,
            {k: float(round(v)) for k, v in overdue_s.items()},
        ),
        _family(G, "registratura_open", "Requests in a team queue not closed yet.", q_, open_),
    ]


def collect_families(conn: Connection, now: datetime) -> list[Metric]:
    """Every metric family, from aggregate queries on `conn` (one read transaction)."""
    dialect = conn.dialect.name
    out = items_pass(conn, now)

    duplicates = _zeros(CHANNELS)
    for actor, n in conn.execute(
        select(EVENTS.c.actor, func.count())
        .where(EVENTS.c.to_state == DUPLICATE_EVENT)
        .group_by(EVENTS.c.actor)
    ):
        _add(duplicates, (bounded(str(actor).removeprefix("ingest."), CHANNELS),), n)
    out.append(
        _family(
            CounterMetricFamily,
            "registratura_duplicates",
            "Arrivals of bytes already stored (not new items), by channel.",
            ["channel"],
            duplicates,
        )
    )

    retried = _zeros(STEPS)
    for actor, n in conn.execute(
        select(EVENTS.c.actor, func.count())
        .where(EVENTS.c.to_state == RETRY_EVENT)
        .group_by(EVENTS.c.actor)
    ):
        _add(retried, (bounded(str(actor).removeprefix("router."), STEPS),), n)
    out.append(
        _family(
            CounterMetricFamily,
            "registratura_step_retries",
            "Failed steps tried again (the error is in the audit trail), by step.",
            ["step"],
            retried,
        )
    )

    reason = func.coalesce(_reason_sql(dialect), ITEMS.c.error)
    kind = case(
        *((reason.like(pattern), k) for k, pattern in QUARANTINE_KINDS),
        (reason.is_(None), NOT_UNDERSTOOD),
        else_=OTHER,
    )
    quarantined: dict[tuple[str, ...], float] = {(k,): 0.0 for k in REASON_KINDS}
    for k, n in conn.execute(
        select(kind, func.count())
        .select_from(EVENTS.join(ITEMS, ITEMS.c.id == EVENTS.c.item_id))
        .where(EVENTS.c.to_state == State.QUARANTINED.value)
        .group_by(kind)
    ):
        _add(quarantined, (bounded(k, frozenset(REASON_KINDS)),), n)
    out.append(
        _family(
            CounterMetricFamily,
            "registratura_quarantined",
            "Times an item was quarantined, by kind of reason (the text is in the audit trail).",
            ["reason"],
            quarantined,
        )
    )

    routed_only = ITEMS.c.state == State.ROUTED.value
    latency = _histogram(
        conn,
        _seconds(dialect, ITEMS.c.state_changed_at, ITEMS.c.received_at),
        [routed_only],
        ROUTE_BUCKETS,
    )
    out.append(
        _histogram_family(
            "registratura_route_latency_seconds",
            "Receipt to delivery in the team queue (the pipeline's own time), per queue.",
            latency,
            ROUTE_BUCKETS,
        )
    )
    # OCR seconds per page: an OCR'd item counts once per page it OCR'd, at its
    # seconds / pages, so _sum / _count is the mean per page (one query, on the
    # partial index ix_items_ocr of migration 0009_ocr_time; no OCR, no row there).
    ocr_only = [
        ITEMS.c.ocr_pages.is_not(None),
        ITEMS.c.ocr_pages > 0,
        ITEMS.c.ocr_seconds.is_not(None),
    ]
    per_page = _histogram(
        conn,
        ITEMS.c.ocr_seconds / ITEMS.c.ocr_pages,
        ocr_only,
        OCR_PAGE_BUCKETS,
        key=ITEMS.c.channel,
        label=lambda c: bounded(c, CHANNELS),
        weight=ITEMS.c.ocr_pages,
    )
    out.append(
        _histogram_family(
            "registratura_ocr_seconds_per_page",
            "Wall seconds of a parse with OCR per page OCR'd (each page counted once, at its "
            "item's mean), per channel.",
            per_page,
            OCR_PAGE_BUCKETS,
            label="channel",
        )
    )
    for measure, column, doc in RESPONSE_MEASURES:
        col = ITEMS.c[column]
        data = _histogram(
            conn,
            _seconds(dialect, col, ITEMS.c.received_at),
            [routed_only, col.is_not(None)],
            RESPONSE_BUCKETS,
        )
        out.append(
            _histogram_family(
                f"registratura_{measure}_seconds",
                f"{doc}, calendar seconds (pauses included), per queue.",
                data,
                RESPONSE_BUCKETS,
            )
        )
    return out


@contextmanager
def snapshot(db: Database) -> Iterator[Connection]:
    """One read-only transaction whose queries all see the same instant.

    SQLite (WAL): a deferred transaction reads one snapshot from its first
    SELECT to its end. PostgreSQL: REPEATABLE READ (READ COMMITTED would give
    each query its own, and `routed` could then exceed `received`).
    """
    if db.is_sqlite:
        with db.read() as conn:
            yield conn
        return
    engine = db.engine.execution_options(
        isolation_level="REPEATABLE READ", postgresql_readonly=True
    )
    with engine.connect() as conn:
        yield conn
        conn.rollback()


class DatabaseCollector(Collector):
    """A collector whose every figure is read from the database when it is scraped."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.clock = clock

    def describe(self) -> Iterable[Metric]:
        return ()  # registering must not query the database

    def collect(self) -> Iterator[Metric]:
        started = time.perf_counter()
        with snapshot(self.db) as conn:
            families = collect_families(conn, self.clock())
        yield from families
        yield GaugeMetricFamily(
            "registratura_metrics_query_seconds",
            "Time this scrape spent in the database.",
            value=time.perf_counter() - started,
        )


def registry(db: Database, clock: Callable[[], datetime] = utcnow) -> CollectorRegistry:
    """A registry of the database's figures only (no process-local metric)."""
    reg = CollectorRegistry(auto_describe=False)
    reg.register(DatabaseCollector(db, clock))
    return reg


def metrics_text(db: Database, now: datetime | None = None) -> str:
    """The Prometheus text exposition (format 0.0.4) at `now` (default: the present)."""
    clock: Callable[[], datetime] = utcnow if now is None else (lambda: now)
    return generate_latest(registry(db, clock)).decode()
