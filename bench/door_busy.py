"""The SMTP door while the workers are busy: `registratura serve` as shipped against a bare sink.

`python -m bench.door_busy` (also part of `make bench`, `bench.run --door-busy N`).

The figure issue 13 asks for: accepted/s at the door of `registratura serve`,
started as `make run` starts it (its own process, embedded defaults: SQLite,
in-process broker, the workers inside the service), **while its workers are
processing a stream of heavy items**, divided by accepted/s of a bare
aiosmtpd that only writes and fsyncs each message, in the same run. Target
≥ 0.8.

The servers run as processes of their own; the clients (`clients` smtplib
sessions, `bench.smtp._load`) run in this one, so no server shares a GIL
with them. For each size (2 KB, 200 KB) three servers are started once and
kept until the size is done:

- **bare**: the bare sink (`--bare-sink`, a child process), the yardstick;
- **door**: `registratura serve` (with `STEP_CHILDREN=true`, the default;
  `--env REGISTRATURA_STEP_CHILDREN=false` for the steps in the threads),
  ready (`/readyz`), then sent a backlog of heavy items (`--heavy-text` 1 MB
  text complaints for the `parse` lane, `--heavy-scans` mails with the
  scanned mediation PDF attached for the `ocr` lane) that its workers
  process, with every message the loads bring, while the door is timed;
- **alone**: the same `serve` with no worker threads at all, the door's own
  ceiling here.

Each takes an untimed warm-up (one message a client). Then `--rounds`
rounds: each times a load segment of the same number of messages
(`--messages`; a quarter of it at 200 KB) on each server, back to back,
bare → door → alone in odd rounds and alone → door → bare in even ones
(ABBA: a speed that drifts during the run weighs on every side alike, and
bare and door are always neighbours). On this shared machine the bare
sink's own rate moves 2× from one minute to the next (fsync latency, other
load), so a ratio is only taken between neighbouring segments: a round's
ratio is its door/s ÷ its bare/s.

Busy throughout: before each round, the heavy items of each lane not yet
`routed` or `quarantined` are counted in serve's database (read-only; a lane's
items are told apart by their envelope sender). A lane with fewer pending
than its worker threads (`WORKER_THREADS` for `parse`, `OCR_WORKER_THREADS`
for `ocr`; its batch, if smaller) gets another batch of fresh heavy items,
and the round starts a second later. The heavy items are counted again just
before and just after the door's segment (nothing heavy is sent during it):
a round that ends with none pending was not busy throughout, is marked NOT
BUSY and is left out of the figures. Every item not final, the load's own
included, is recorded too (`pending_before`/`pending_after`).

The figures for a size are over the rounds that count (over all of them,
marked NOT BUSY, if none does): the ratio is the median of the rounds' own
ratios (of the two middle ones with an even count), printed with their
min–max and how many reached 0.8; each side's messages/s is the median of
its segments. Fewer than half the rounds counting is a problem (exit 1).

What the interleaving costs: the bare sink and the door alone are timed
beside the busy serve, whose step children (`STEP_CHILD_NICE`, 10 by default)
go on with the backlog during their segments too. All three see the same
machine, which is what cancels the drift; the yardstick is no longer a bare
sink on a machine free of our own work, as the single run before `--rounds`
measured it.

The services are stopped (SIGTERM) after each size; nothing is kept.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import signal
import smtplib
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from pathlib import Path
from typing import Any

from bench.machine import busy_share, cpu_snapshot
from bench.smtp import SIZES, _load

RATIO_TARGET = 0.8
ROOT = Path(__file__).resolve().parents[1]
SCAN = ROOT / "tests" / "samples" / "mediation_scan.pdf"
HEAVY_TEXT_BYTES = 1024 * 1024
BASELINE = (
    "0.12 (54/s against 433/s, 2 KB, 4 clients; issue 13, workers threads of the door's process)"
)
DEFAULT_MESSAGES = 600  # 2 KB messages a segment: 5 rounds of 2 KB take a few minutes at most
DEFAULT_ROUNDS = 5
# A round's segments, one per server: the bare sink, the busy serve, the serve with no workers.
SERVERS = ("bare", "door", "alone")
ARROW = " → "


@dataclass(frozen=True, slots=True)
class BusyRun:
    """One timed load segment on one server."""

    server: str  # "bare", "door" (the busy serve) or "alone" (serve with no workers)
    size: str
    messages: int
    seconds: float
    refused: int
    cpu_busy: float | None
    pending_before: int | None = None  # items not yet final when the load began (door only)
    pending_after: int | None = None  # ... and when it ended, the load's own included

    @property
    def per_s(self) -> float:
        return self.messages / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True, slots=True)
class Round:
    """One round of a size: a segment on each server, and the door's heavy backlog around its own."""

    index: int  # 1-based
    size: str
    order: tuple[str, ...]  # the servers in the order their segments ran
    runs: Mapping[str, BusyRun]  # by server
    heavy_before: int | None  # heavy items not yet final when the door's segment began
    heavy_after: int | None  # ... and when it ended (> 0: busy throughout)
    heavy_sent: int = 0  # heavy items sent to top the backlog up before this round
    # The same two counts by lane: {lane: (before, after)}.
    heavy_by_lane: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        bare, door = self.runs["bare"].per_s, self.runs["door"].per_s
        return door / bare if bare > 0 else 0.0

    @property
    def busy(self) -> bool:
        """Heavy work still pending when the door's segment ended: busy throughout it."""
        return (self.heavy_after or 0) > 0


@dataclass(frozen=True, slots=True)
class Lane:
    """A worker lane the backlog keeps busy, and how its heavy items are told apart."""

    name: str  # "parse" or "ocr"
    sender: str  # the envelope sender of its heavy mails
    batch: int  # heavy mails sent at the start, and at each top-up
    threads: int  # the lane's worker threads

    @property
    def floor(self) -> int:
        """Fewer of the lane's heavy items pending than this before a round: top it up."""
        return min(self.threads, self.batch)


TEXT_SENDER = "heavy@example.ro"
SCAN_SENDER = "heavy-scan@example.ro"


def round_order(index: int) -> tuple[str, ...]:
    """The servers of round `index` (1-based) in order: ABBA, bare and door always neighbours."""
    if index < 1:
        raise ValueError(f"rounds count from 1, not {index}")
    return SERVERS if index % 2 else SERVERS[::-1]


def top_ups(lanes: Sequence[Lane], pending: Mapping[str, int]) -> dict[str, int]:
    """Heavy mails to send now, by lane: a batch to each lane with fewer pending than its floor."""
    return {
        lane.name: lane.batch
        for lane in lanes
        if lane.batch > 0 and pending.get(lane.name, 0) < lane.floor
    }


def lanes_for(env: Mapping[str, str], heavy_text: int, heavy_scans: int) -> tuple[Lane, Lane]:
    """The two lanes of the serve started with `env` (threads as `Settings` reads them)."""
    from registratura.settings import Settings

    def threads(name: str) -> int:
        raw = env.get(f"REGISTRATURA_{name.upper()}")
        return int(raw) if raw else int(Settings.model_fields[name].default)

    return (
        Lane("parse", TEXT_SENDER, heavy_text, threads("worker_threads")),
        Lane("ocr", SCAN_SENDER, heavy_scans, threads("ocr_worker_threads")),
    )


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _bare_sink_main(port: int, directory: str) -> None:
    """The bare yardstick in a process of its own: aiosmtpd, a file and an fsync per message."""
    from aiosmtpd.controller import Controller

    from bench.smtp import _FsyncHandler

    ctl = Controller(
        _FsyncHandler(Path(directory)), hostname="127.0.0.1", port=port, data_size_limit=None
    )
    ctl.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()  # until the bench closes our stdin
    finally:
        ctl.stop()


@contextlib.contextmanager
def _bare(tmp: Path) -> Iterator[int]:
    port = _free_port()
    out = tmp / f"bare-{port}"
    out.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.door_busy", "--bare-sink", str(port), str(out)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            raise RuntimeError("bare sink did not start")
        yield port
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=30)


@dataclass
class _Serve:
    proc: subprocess.Popen[bytes]
    smtp_port: int
    db_path: Path

    def pending(self) -> int:
        """Items stored and not yet routed or quarantined (read-only, WAL reader)."""
        conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, timeout=30)
        try:
            (n,) = conn.execute(
                "select count(*) from items where state not in ('routed', 'quarantined')"
            ).fetchone()
            return int(n)
        finally:
            conn.close()

    def backlog(self, lanes: Sequence[Lane]) -> tuple[int, dict[str, int]]:
        """(items not yet final, the lanes' heavy items not yet final by lane), one reader."""
        conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, timeout=30)
        try:
            (total,) = conn.execute(
                "select count(*) from items where state not in ('routed', 'quarantined')"
            ).fetchone()
            by_sender = dict(
                conn.execute(
                    "select json_extract(envelope, '$.mail_from'), count(*) from items "
                    "where state not in ('routed', 'quarantined') "
                    f"and json_extract(envelope, '$.mail_from') in ({','.join('?' * len(lanes))}) "
                    "group by 1",
                    [lane.sender for lane in lanes],
                ).fetchall()
            )
            return int(total), {lane.name: int(by_sender.get(lane.sender, 0)) for lane in lanes}
        finally:
            conn.close()


def _ready(http_port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{http_port}/readyz", timeout=2) as r:
            return bool(r.status == 200)
    except OSError:
        return False


@contextlib.contextmanager
def _serve(tmp: Path, env_extra: dict[str, str], *, root: Path = ROOT) -> Iterator[_Serve]:
    """`registratura serve` from the code tree `root` (this one by default), ready."""
    data = tmp / f"serve-{time.monotonic_ns()}"
    data.mkdir()
    smtp_port, http_port = _free_port(), _free_port()
    env = {
        **os.environ,
        "REGISTRATURA_DATA_DIR": str(data),
        "REGISTRATURA_SMTP_PORT": str(smtp_port),
        "REGISTRATURA_HTTP_PORT": str(http_port),
        "REGISTRATURA_SMTP_PER_IP_PER_MINUTE": str(10**6),
        # The default, said outright (--env REGISTRATURA_STEP_CHILDREN=false measures the
        # steps in the worker threads).
        "REGISTRATURA_STEP_CHILDREN": "true",
        **env_extra,
    }
    log = (data / "serve.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "registratura", "serve"],
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"serve exited with {proc.returncode}; see {data / 'serve.log'}")
            if _ready(http_port):
                break
            if time.monotonic() > deadline:
                raise RuntimeError("serve not ready after 120 s")
            time.sleep(0.2)
        yield _Serve(proc, smtp_port, data / "registratura.db")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def heavy_items(n_text: int, n_scans: int, tag: str) -> list[bytes]:
    """Distinct heavy mails: 1 MB text complaints (`parse` lane) and scan PDFs (`ocr` lane)."""
    out: list[bytes] = []
    line = (
        "Reclamatie: nu am primit produsul, vanzatorul nu raspunde la mesaje, comanda 55501234.\n"
    )
    body = line * (HEAVY_TEXT_BYTES // len(line))
    for k in range(n_text):
        m = EmailMessage()
        m["From"] = f"heavy{k}@example.ro"
        m["To"] = "support@okazii.ro"
        m["Subject"] = f"Reclamatie lunga {tag}-{k}"
        m.set_content(f"Buna ziua ({tag}-{k}),\n" + body)
        out.append(m.as_bytes(policy=SMTP_POLICY))
    scan = SCAN.read_bytes()
    for k in range(n_scans):
        m = EmailMessage()
        m["From"] = f"scan{k}@example.ro"
        m["To"] = "support@okazii.ro"
        m["Subject"] = f"Acord de mediere {tag}-{k}"
        m.set_content("Atasat, acordul semnat.")
        pdf = scan + f"%bench-{tag}-{k}\n".encode()
        m.add_attachment(pdf, maintype="application", subtype="pdf", filename="acord.pdf")
        out.append(m.as_bytes(policy=SMTP_POLICY))
    return out


def _send(port: int, mails: list[bytes], sender: str = TEXT_SENDER) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=120) as c:
        for raw in mails:
            c.sendmail(sender, ["support@okazii.ro"], raw)


def _send_heavy(port: int, lanes: Sequence[Lane], counts: Mapping[str, int], tag: str) -> int:
    """`counts[lane]` fresh heavy mails to each lane named; how many were sent."""
    sent = 0
    for lane in lanes:
        n = counts.get(lane.name, 0)
        if n <= 0:
            continue
        mails = heavy_items(n, 0, tag) if lane.name == "parse" else heavy_items(0, n, tag)
        _send(port, mails, lane.sender)
        sent += n
    return sent


def _segment(server: str, port: int, label: str, n: int, clients: int, first: int) -> BusyRun:
    before = cpu_snapshot()
    seconds, refused = _load(port, SIZES[label], n, clients, first)
    return BusyRun(server, label, n - refused, seconds, refused, busy_share(before, cpu_snapshot()))


def _run_size(
    tmp: Path,
    label: str,
    n: int,
    clients: int,
    rounds: int,
    lanes: Sequence[Lane],
    env_extra: dict[str, str],
    number: Callable[[int], int],
) -> list[Round]:
    """The three servers of one size, warmed up, backlog sent, then `rounds` rounds."""
    size = SIZES[label]
    # The same door in the same service with no worker at all: its own ceiling here.
    alone_env = {
        **env_extra,
        "REGISTRATURA_WORKER_THREADS": "0",
        "REGISTRATURA_OCR_WORKER_THREADS": "0",
    }
    out: list[Round] = []
    with (
        _bare(tmp) as bare_port,
        _serve(tmp, alone_env) as alone,
        _serve(tmp, env_extra) as srv,
    ):
        ports = {"bare": bare_port, "door": srv.smtp_port, "alone": alone.smtp_port}
        for port in ports.values():
            _load(port, size, clients, clients, number(clients))  # warm-up, untimed
        tag = f"{label}-{number(0)}"
        sent = _send_heavy(srv.smtp_port, lanes, {lane.name: lane.batch for lane in lanes}, tag)
        _note(f"{label}: bare sink, serve and serve without workers up; {sent} heavy mails sent")
        time.sleep(1.0)  # the workers have taken their first heavy items
        for i in range(1, rounds + 1):
            _, heavy = srv.backlog(lanes)
            extra = top_ups(lanes, heavy)
            topped = _send_heavy(srv.smtp_port, lanes, extra, f"{label}-{number(0)}-r{i}")
            if topped:
                time.sleep(1.0)  # as at the start: the new items are taken
            order = round_order(i)
            runs: dict[str, BusyRun] = {}
            heavy_before = heavy_after = None
            by_lane: dict[str, tuple[int, int]] = {}
            for server in order:
                if server != "door":
                    runs[server] = _segment(server, ports[server], label, n, clients, number(n))
                    continue
                pending_before, heavy_b = srv.backlog(lanes)
                run = _segment(server, ports[server], label, n, clients, number(n))
                pending_after, heavy_a = srv.backlog(lanes)
                runs[server] = replace(
                    run, pending_before=pending_before, pending_after=pending_after
                )
                heavy_before, heavy_after = sum(heavy_b.values()), sum(heavy_a.values())
                by_lane = {lane.name: (heavy_b[lane.name], heavy_a[lane.name]) for lane in lanes}
            out.append(Round(i, label, order, runs, heavy_before, heavy_after, topped, by_lane))
            _note(f"{label} round {i}/{rounds}: {round_line(round_record(out[-1]))}")
    return out


def run_door_busy(
    messages_2kb: int = DEFAULT_MESSAGES,
    clients: int = 4,
    *,
    rounds: int = DEFAULT_ROUNDS,
    heavy_text: int = 16,
    heavy_scans: int = 4,
    env_extra: dict[str, str] | None = None,
    sizes: tuple[str, ...] = tuple(SIZES),
) -> dict[str, Any]:
    """Interleaved rounds of bare sink, busy serve and serve alone for each size; the JSON
    record `door_busy`. `messages_2kb` is one segment's 2 KB messages (a quarter at 200 KB)."""
    if rounds < 1:
        raise ValueError("rounds must be ≥ 1")
    counts = {"2KB": messages_2kb, "200KB": max(clients, messages_2kb // 4)}
    counts = {k: v for k, v in counts.items() if k in sizes}
    env_extra = env_extra or {}
    lanes = lanes_for({**os.environ, **env_extra}, heavy_text, heavy_scans)
    next_first = [3 * 10**8]

    def number(k: int) -> int:
        """The first of `k` fresh message numbers."""
        first = next_first[0]
        next_first[0] += k
        return first

    by_size: dict[str, list[Round]] = {}
    with tempfile.TemporaryDirectory(prefix="registratura-bench-door-") as tmp_s:
        for label, n in counts.items():
            by_size[label] = _run_size(
                Path(tmp_s), label, n, clients, rounds, lanes, env_extra, number
            )
    return _record(by_size, clients, heavy_text, heavy_scans, rounds, counts, lanes)


def _note(text: str) -> None:
    print(f"  door-busy {text}", file=sys.stderr, flush=True)


def _median(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


def _quotient(a: float, b: float) -> float:
    return a / b if b > 0 else 0.0


def round_record(r: Round) -> dict[str, Any]:
    """One round as the JSON record keeps it (and as its table line reads it)."""
    bare, door, alone = r.runs["bare"], r.runs["door"], r.runs["alone"]
    return {
        "round": r.index,
        "order": list(r.order),
        "bare_per_s": round(bare.per_s, 1),
        "door_alone_per_s": round(alone.per_s, 1),
        "serve_busy_per_s": round(door.per_s, 1),
        "ratio": round(r.ratio, 3),
        "busy": r.busy,
        "heavy_sent_before": r.heavy_sent,
        "heavy_pending_before": r.heavy_before,
        "heavy_pending_after": r.heavy_after,
        "heavy_pending_by_lane": {k: list(v) for k, v in r.heavy_by_lane.items()},
        "pending_before": door.pending_before,
        "pending_after": door.pending_after,
        "bare_cpu_busy": bare.cpu_busy,
        "serve_cpu_busy": door.cpu_busy,
        "alone_cpu_busy": alone.cpu_busy,
        "seconds": {s: round(r.runs[s].seconds, 3) for s in r.order},
        "refused": {s: r.runs[s].refused for s in r.order},
    }


def summarize(rounds: Sequence[Round]) -> dict[str, Any]:
    """A size's figures from its rounds: medians over the rounds busy throughout (over all of
    them if none was, and the verdict says NOT BUSY)."""
    if not rounds:
        raise ValueError("no rounds to summarize")
    counted = [r for r in rounds if r.busy]
    used = counted or list(rounds)

    def med(values: Sequence[float | None], digits: int) -> float | None:
        m = _median(values)
        return None if m is None else round(m, digits)

    ratios = [r.ratio for r in used]
    ratio = statistics.median(ratios)
    doors = [r.runs["door"] for r in rounds]
    return {
        "bare_fsync_per_s": med([r.runs["bare"].per_s for r in used], 1),
        "door_alone_per_s": med([r.runs["alone"].per_s for r in used], 1),
        "serve_busy_per_s": med([r.runs["door"].per_s for r in used], 1),
        "ratio": round(ratio, 3),
        # What processing costs the door (1.0: nothing), and what the door itself
        # costs against the bare sink, with no processing at all: each a median of
        # the rounds' own quotients.
        "busy_vs_alone": med(
            [_quotient(r.runs["door"].per_s, r.runs["alone"].per_s) for r in used], 3
        ),
        "alone_vs_bare": med(
            [_quotient(r.runs["alone"].per_s, r.runs["bare"].per_s) for r in used], 3
        ),
        "verdict": ("PASS" if ratio >= RATIO_TARGET else "BELOW") if counted else "NOT BUSY",
        "messages": sum(d.messages for d in doors),  # answered 250 by the busy door, all rounds
        "pending_before": doors[0].pending_before,  # first round's door segment
        "pending_after": doors[-1].pending_after,  # last round's
        "bare_cpu_busy": med([r.runs["bare"].cpu_busy for r in used], 3),
        "serve_cpu_busy": med([r.runs["door"].cpu_busy for r in used], 3),
        "alone_cpu_busy": med([r.runs["alone"].cpu_busy for r in used], 3),
        "ratio_median": round(ratio, 3),
        "ratio_min": round(min(ratios), 3),
        "ratio_max": round(max(ratios), 3),
        "rounds_counted": len(counted),
        "rounds_excluded": [r.index for r in rounds if not r.busy],
        "rounds_met": sum(1 for r in counted if r.ratio >= RATIO_TARGET),
        "rounds": [round_record(r) for r in rounds],
    }


def size_problems(label: str, rounds: Sequence[Round]) -> list[str]:
    problems: list[str] = []
    for server in SERVERS:
        refused = sum(r.runs[server].refused for r in rounds)
        if refused:
            problems.append(f"{server} {label}: {refused} messages not answered 250")
    counted = sum(1 for r in rounds if r.busy)
    if counted < math.ceil(len(rounds) / 2):
        problems.append(
            f"door-busy {label}: only {counted} of {len(rounds)} rounds busy throughout "
            "(the workers ran out of heavy work before the door's load ended)"
        )
    return problems


def _record(
    by_size: Mapping[str, Sequence[Round]],
    clients: int,
    heavy_text: int,
    heavy_scans: int,
    rounds: int,
    counts: Mapping[str, int],
    lanes: Sequence[Lane],
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "clients": clients,
        "ratio_target": RATIO_TARGET,
        "baseline": BASELINE,
        "backlog": {"text_1mb": heavy_text, "scan_pdf_mails": heavy_scans},
        "method": "interleaved",
        "rounds": rounds,
        "messages_per_segment": dict(counts),
        "lanes": [
            {"lane": lane.name, "threads": lane.threads, "batch": lane.batch, "floor": lane.floor}
            for lane in lanes
        ],
        "sizes": {},
    }
    problems: list[str] = []
    for label, rs in by_size.items():
        out["sizes"][label] = summarize(rs)
        problems += size_problems(label, rs)
    out["problems"] = problems
    return out


def _pct(share: float | None) -> str:
    return "?" if share is None else f"{share:.0%}"


def round_line(rr: dict[str, Any]) -> str:
    """A round's line, from its record."""
    sent = rr["heavy_sent_before"]
    by_lane = rr.get("heavy_pending_by_lane") or {}
    heavy = (
        ", ".join(f"{lane} {b} → {a}" for lane, (b, a) in by_lane.items())
        if by_lane
        else f"{rr['heavy_pending_before']} → {rr['heavy_pending_after']}"
    )
    return (
        f"round {rr['round']} ({ARROW.join(rr['order'])}): bare {rr['bare_per_s']:.0f}/s, "
        f"serve-busy {rr['serve_busy_per_s']:.0f}/s, door-alone {rr['door_alone_per_s']:.0f}/s, "
        f"ratio {rr['ratio']:.2f}; heavy pending {heavy}"
        f"{f' (+{sent} sent before)' if sent else ''}, all items "
        f"{rr['pending_before']} → {rr['pending_after']}; all cores busy: bare "
        f"{_pct(rr['bare_cpu_busy'])}, serve {_pct(rr['serve_cpu_busy'])}, alone "
        f"{_pct(rr['alone_cpu_busy'])}" + ("" if rr["busy"] else "  NOT BUSY: left out")
    )


def summary_line(s: dict[str, Any], target: float) -> str:
    """The ratio's median, spread and count of rounds at the target, with what was left out."""
    total = len(s["rounds"])
    left = s["rounds_excluded"]
    if not s["rounds_counted"]:
        over = f"all {total} rounds, none busy throughout"
    elif left:
        over = (
            f"{s['rounds_counted']} of {total} rounds (round{'s' if len(left) > 1 else ''} "
            f"{', '.join(map(str, left))} not busy throughout: left out)"
        )
    else:
        over = f"{total} rounds, all busy throughout"
    return (
        f"ratio: median {s['ratio_median']:.2f} of {over}; min–max {s['ratio_min']:.2f}–"
        f"{s['ratio_max']:.2f}; {s['rounds_met']} of {s['rounds_counted']} ≥ {target}"
    )


def table_lines(rec: dict[str, Any]) -> list[str]:
    rounds = rec.get("rounds", 1)
    lines = [
        f"SMTP door while the workers are busy: `registratura serve` (own process, STEP_CHILDREN=true, "
        f"SQLite, in-process broker) processing a backlog of {rec['backlog']['text_1mb']} × 1 MB "
        f"text + {rec['backlog']['scan_pdf_mails']} scan-PDF mails (topped up between rounds) and "
        f"the load itself; {rec['clients']} smtplib sessions; bare = aiosmtpd + file fsync, own "
        "process; door-alone = the same serve with no worker threads; all three kept up and "
        f"timed in {rounds} interleaved rounds (ABBA), figures are medians of the busy rounds",
        f"  baseline {rec['baseline']}",
    ]
    for label, s in rec["sizes"].items():
        per_segment = rec.get("messages_per_segment", {}).get(label)
        lines.append(
            f"  {label:<6} bare {s['bare_fsync_per_s']:>7.1f}/s   door-alone "
            f"{s['door_alone_per_s']:>7.1f}/s   serve-busy {s['serve_busy_per_s']:>7.1f}/s   "
            f"ratio {s['ratio']:.2f}   target ≥ {rec['ratio_target']}  {s['verdict']}   "
            f"(busy ÷ alone {s['busy_vs_alone']:.2f}, alone ÷ bare {s['alone_vs_bare']:.2f}; "
            f"backlog {s['pending_before']} → {s['pending_after']} pending"
            + (f"; {per_segment} messages a segment)" if per_segment else ")")
        )
        lines += [f"    {round_line(rr)}" for rr in s.get("rounds", [])]
        if "rounds_counted" in s:
            lines.append(f"    {summary_line(s, rec['ratio_target'])}")
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.door_busy",
        description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="For each size three servers stay up: bare (aiosmtpd, a file and an fsync a\n"
        "message), door (`registratura serve`, its workers busy on a heavy backlog that is\n"
        "topped up between rounds) and alone (the same serve, no workers). Each round times\n"
        "one segment on each. The figure: the median of the rounds' door/s ÷ bare/s, over\n"
        "the rounds still busy when the door's segment ended; target ≥ 0.8. Rounds go to\n"
        "stderr as they finish, the table to stdout; exit 1 on a problem. Method in full:\n"
        "the module's docstring (bench/door_busy.py) and bench/README.md.",
    )
    ap.add_argument(
        "--messages",
        type=int,
        default=DEFAULT_MESSAGES,
        metavar="M",
        help=f"2 KB messages in each timed segment, a quarter of that at 200 KB "
        f"(default {DEFAULT_MESSAGES}); each round times one segment on each of the three servers",
    )
    ap.add_argument(
        "--rounds",
        type=int,
        default=DEFAULT_ROUNDS,
        metavar="K",
        help=f"interleaved rounds per size, odd bare → door → alone, even the reverse; the "
        f"figures are medians over the rounds busy throughout (default {DEFAULT_ROUNDS})",
    )
    ap.add_argument(
        "--clients",
        type=int,
        default=4,
        metavar="N",
        help="concurrent smtplib sessions (default 4)",
    )
    ap.add_argument(
        "--heavy-text",
        type=int,
        default=16,
        metavar="N",
        help="1 MB text mails in the backlog (`parse` lane) and in each top-up (default 16)",
    )
    ap.add_argument(
        "--heavy-scans",
        type=int,
        default=4,
        metavar="N",
        help="scan-PDF mails in the backlog (`ocr` lane) and in each top-up (default 4)",
    )
    ap.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="K=V",
        help="extra environment for both serves (repeatable)",
    )
    ap.add_argument(
        "--sizes",
        nargs="+",
        choices=list(SIZES),
        default=list(SIZES),
        help="message sizes, each with servers of its own (default: both)",
    )
    ap.add_argument("--json", action="store_true", help="print the JSON record too")
    ap.add_argument("--bare-sink", nargs=2, metavar=("PORT", "DIR"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.bare_sink:
        _bare_sink_main(int(args.bare_sink[0]), args.bare_sink[1])
        return 0
    if args.rounds < 1 or args.messages < 1 or args.clients < 1:
        ap.error("--rounds, --messages and --clients must be ≥ 1")
    env = dict(kv.split("=", 1) for kv in args.env)
    rec = run_door_busy(
        args.messages,
        args.clients,
        rounds=args.rounds,
        heavy_text=args.heavy_text,
        heavy_scans=args.heavy_scans,
        env_extra=env,
        sizes=tuple(args.sizes),
    )
    sys.stdout.write("\n".join(table_lines(rec)))
    if args.json:
        print(json.dumps(rec, indent=2))
    return 1 if rec["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
