"""The pipeline end to end: items in through `Runtime.accept`, out routed, timed from the database.

Each measurement gets its own `Runtime` on a fresh SQLite file in a temporary
directory, the in-process broker and worker threads in this process, started
before the first accept (as `make run` has them). One warm-up e-mail is routed
first so imports, the first connections and lazy set-up are not timed.

The end of a run is read from the database (the latest `state_changed_at` of
the measured items) rather than from when `wait_final` noticed, because
`wait_final` polls with a back-off of up to half a second.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bench.machine import busy_share, children_cpu_seconds, cpu_snapshot, own_cpu_seconds
from bench.samples import Copy
from ingest import Channel, Envelope
from parsers.ocr import READERS
from registratura.runtime import Runtime
from registratura.settings import Settings
from storage import Item, State

WARM_UP_MAIL = 10**9  # a mail number no measured mail uses
# One input: its bytes, a function making its envelope at accept time, what to check after.
Input = tuple[bytes, Callable[[], Envelope], "Expect"]


@dataclass(frozen=True, slots=True)
class Expect:
    """What a measured item must look like once final, for its figures to count."""

    label: str
    queue: str
    ocr_pages: int = 0  # pages the parse step must report as OCR'd (0: none expected)


@dataclass(frozen=True, slots=True)
class PipelineResult:
    """One timed run of `items` inputs (`pages` scanned pages) through the pipeline."""

    items: int
    pages: int
    worker_threads: int
    accept_seconds: float  # first accept started → last accept returned
    e2e_seconds: float  # first accept started → last item final (from the database)
    routed: int
    quarantined: int
    pending: int
    latency_p50: float  # received → final, per item
    latency_max: float
    by_queue: dict[str, int]
    cpu_busy: float | None = None  # share of all cores busy meanwhile (anyone's work)
    cpu_seconds: float = 0.0  # CPU time of this process and its Tesseract children (ours only)
    tesseract_seconds: float = 0.0  # of which the Tesseract processes
    slots_busy: float | None = None  # share of the run the Tesseract slots were held (OCR runs)
    problems: list[str] = field(default_factory=list)  # figures not to be trusted
    warnings: list[str] = field(default_factory=list)  # figures fine, pipeline output odd

    @property
    def stored_per_s(self) -> float:
        return self.items / self.accept_seconds if self.accept_seconds > 0 else 0.0

    @property
    def routed_per_s(self) -> float:
        return self.routed / self.e2e_seconds if self.e2e_seconds > 0 else 0.0

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.e2e_seconds if self.e2e_seconds > 0 else 0.0


@contextmanager
def runtime(threads: int | None, languages: str | None) -> Iterator[Runtime]:
    """A started Runtime on a fresh temporary SQLite file; closed and removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="registratura-bench-") as tmp:
        options: dict[str, Any] = {
            "data_dir": Path(tmp),
            "database_url": f"sqlite:///{Path(tmp) / 'registratura.db'}",
            "broker_url": "inprocess://",
            "queue_prefix": "bench" + uuid.uuid4().hex[:8],
        }
        # Unset knobs keep Settings' defaults (or the REGISTRATURA_ environment).
        if threads is not None:
            options["worker_threads"] = threads
        if languages is not None:
            options["ocr_languages"] = languages
        settings = Settings(**options)
        rt = Runtime(settings)
        try:
            rt.start_workers()
            _warm_up(rt)
            yield rt
        finally:
            rt.close()


def _warm_up(rt: Runtime) -> None:
    from tests.helpers import text_mail  # the tests' own builder of a small support mail

    acc = rt.accept(text_mail(WARM_UP_MAIL), Envelope(channel=Channel.CLI, filename="warm-up.eml"))
    if rt.wait_final([acc.item_id], timeout=120):
        raise RuntimeError("the warm-up e-mail did not reach a final state in 120 s")


def mail_inputs(n: int) -> list[Input]:
    """`n` distinct small support e-mails, as an SMTP session would hand them over."""
    from tests.helpers import text_mail

    def envelope(i: int) -> Callable[[], Envelope]:
        return lambda: Envelope(
            channel=Channel.SMTP,
            mail_from=f"client{i}@example.ro",
            rcpt_to=("support@okazii.ro",),
            client_ip="127.0.0.1",
        )

    expect = Expect("text e-mail", "support")
    return [(text_mail(i), envelope(i), expect) for i in range(n)]


def scan_inputs(copies: list[Copy], queues: dict[str, str]) -> list[Input]:
    """The scanned copies, as the mailroom's scanner and the fax server hand them over."""

    def envelope(c: Copy) -> Callable[[], Envelope]:
        return lambda: Envelope(channel=c.channel, filename=c.filename)

    return [(c.data, envelope(c), Expect(c.filename, queues[c.sample], c.pages)) for c in copies]


def measure(rt: Runtime, inputs: list[Input], timeout: float) -> PipelineResult:
    """Accept every input in turn, wait until all are final, and read the figures back."""
    problems: list[str] = []
    ids: list[int] = []
    expects: dict[int, Expect] = {}
    print(f"  accepting {len(inputs)} items…", file=sys.stderr)
    start_wall, start = time.time(), time.monotonic()
    cpu_before, own_before, kids_before = cpu_snapshot(), own_cpu_seconds(), children_cpu_seconds()
    busy_before = READERS.busy
    for raw, envelope, expect in inputs:
        acc = rt.accept(raw, envelope())
        if acc.duplicate:
            problems.append(f"{expect.label}: accepted as a duplicate of item {acc.item_id}")
        ids.append(acc.item_id)
        expects[acc.item_id] = expect
    accept_seconds = time.monotonic() - start
    print(f"  accepted in {accept_seconds:.2f} s; waiting for the pipeline…", file=sys.stderr)
    pending = rt.wait_final(ids, timeout=timeout, progress=True)
    waited = time.monotonic() - start
    # The resident Tesseracts end here: a process's CPU time is counted only once reaped.
    READERS.close()
    cpu_busy = busy_share(cpu_before, cpu_snapshot())
    cpu_seconds = own_cpu_seconds() - own_before
    tesseract_seconds = children_cpu_seconds() - kids_before
    slots_busy = (READERS.busy - busy_before) / (READERS.slots * waited) if waited > 0 else None
    if pending:
        problems.append(f"{len(pending)} items not final after {timeout:.0f} s")

    with rt.db.reader() as s:
        rows = s.execute(
            select(
                Item.id,
                Item.state,
                Item.queue,
                Item.received_at,
                Item.state_changed_at,
                Item.parsed,
                Item.error,
            ).where(Item.id.in_(ids))
        ).all()
    final = [r for r in rows if r.state in (State.ROUTED.value, State.QUARANTINED.value)]
    ends = [r.state_changed_at.timestamp() for r in final]
    # The database clock and time.time() are the same system clock; never report
    # more than the monotonic wait, which bounds the truth from above.
    e2e = min(max(ends) - start_wall, waited) if ends else waited
    latencies = sorted((r.state_changed_at - r.received_at).total_seconds() for r in final)
    warnings = _check(rows, expects, problems)
    states = Counter(r.state for r in rows)
    return PipelineResult(
        items=len(ids),
        pages=sum(e.ocr_pages for e in expects.values()),
        worker_threads=rt.settings.worker_threads,
        accept_seconds=accept_seconds,
        e2e_seconds=max(e2e, 1e-9),
        routed=states[State.ROUTED.value],
        quarantined=states[State.QUARANTINED.value],
        pending=len(pending),
        latency_p50=statistics.median(latencies) if latencies else 0.0,
        latency_max=latencies[-1] if latencies else 0.0,
        by_queue=dict(Counter(r.queue or "-" for r in final)),
        cpu_busy=cpu_busy,
        cpu_seconds=cpu_seconds,
        tesseract_seconds=tesseract_seconds,
        slots_busy=round(slots_busy, 3) if slots_busy is not None else None,
        problems=_summarise(problems),
        warnings=warnings,
    )


def _check(rows: Sequence[Any], expects: dict[int, Expect], problems: list[str]) -> list[str]:
    """Problems (appended) make figures untrustworthy; the returned warnings do not."""
    warnings: list[str] = []
    for r in rows:
        want = expects[r.id]
        if r.state == State.QUARANTINED.value:
            problems.append(f"{want.label}: quarantined ({r.error})")
            continue
        if r.state != State.ROUTED.value:
            continue
        doc = (r.parsed or {}).get("document") or {}
        if want.ocr_pages and doc.get("ocr_pages") != want.ocr_pages:
            problems.append(
                f"{want.label}: {doc.get('ocr_pages')} page(s) OCR'd, expected {want.ocr_pages}"
            )
        if r.queue != want.queue:
            warnings.append(f"{want.label}: routed to {r.queue}, expected {want.queue}")
    return _summarise(warnings)


def _summarise(lines: list[str], limit: int = 5) -> list[str]:
    if len(lines) <= limit:
        return lines
    return [*lines[:limit], f"… and {len(lines) - limit} more"]


def combine(results: Sequence[PipelineResult]) -> PipelineResult:
    """Several rounds as one: their pages over their summed time (medians: of the rounds' medians)."""
    if len(results) == 1:
        return results[0]
    seconds = sum(r.e2e_seconds for r in results)
    return PipelineResult(
        items=sum(r.items for r in results),
        pages=sum(r.pages for r in results),
        worker_threads=results[0].worker_threads,
        accept_seconds=sum(r.accept_seconds for r in results),
        e2e_seconds=seconds,
        routed=sum(r.routed for r in results),
        quarantined=sum(r.quarantined for r in results),
        pending=sum(r.pending for r in results),
        latency_p50=statistics.median(r.latency_p50 for r in results),
        latency_max=max(r.latency_max for r in results),
        by_queue=dict(sum((Counter(r.by_queue) for r in results), Counter())),
        cpu_busy=_weighted([(r.cpu_busy, r.e2e_seconds) for r in results]),
        cpu_seconds=sum(r.cpu_seconds for r in results),
        tesseract_seconds=sum(r.tesseract_seconds for r in results),
        slots_busy=_weighted([(r.slots_busy, r.e2e_seconds) for r in results]),
        problems=[p for r in results for p in r.problems],
        warnings=[w for r in results for w in r.warnings],
    )


def _weighted(shares: list[tuple[float | None, float]]) -> float | None:
    """The mean of shares weighted by their seconds (None where none was measured)."""
    known = [(v, t) for v, t in shares if v is not None]
    total = sum(t for _, t in known)
    return round(sum(v * t for v, t in known) / total, 3) if known and total > 0 else None
