"""CPU of the SMTP door per accepted message: `registratura serve` alone, as the service's CPU time.

`python -m bench.door_cpu [--root DIR ...] [--pairs N] [--messages N]`

Wall-clock rates move by 2× between runs on a shared machine; the CPU time
the service spends per message does not (much). For each run a fresh
`registratura serve` is started as `bench.door_busy` starts it, with no
worker threads (the door alone: its group commit, its logs, the in-process
broker's messages, which nothing consumes), warmed up, then sent `messages`
distinct 2 KB mails from `clients` smtplib sessions (`bench.smtp._load`).
The figure is the service's user + system CPU time (`/proc/<pid>/stat`,
every thread) over the load, divided by the messages answered 250.

Several `--root` trees (e.g. a `git archive` of the commit before a change,
and the working tree) are measured in interleaved rounds, so that the
machine's other load falls on each alike; medians are printed. `--root bare`
measures `bench.door_busy`'s bare sink (aiosmtpd, a file and an fsync per
message) the same way.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.door_busy import ROOT, _free_port, _serve
from bench.smtp import SIZES, _load

TICKS = os.sysconf("SC_CLK_TCK")
ALONE = {"REGISTRATURA_WORKER_THREADS": "0", "REGISTRATURA_OCR_WORKER_THREADS": "0"}


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of process `pid` (all its threads), from /proc/<pid>/stat."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat.rsplit(")", 1)[1].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
    return (utime + stime) / TICKS


@dataclass(frozen=True, slots=True)
class CpuRun:
    root: str
    messages: int
    seconds: float
    cpu_seconds: float

    @property
    def us_per_message(self) -> float:
        return self.cpu_seconds / self.messages * 1e6 if self.messages else 0.0

    @property
    def per_s(self) -> float:
        return self.messages / self.seconds if self.seconds > 0 else 0.0


@contextlib.contextmanager
def _bare(tmp: Path) -> Iterator[tuple[int, int]]:
    """The bare sink of `bench.door_busy` (aiosmtpd, a file and an fsync per message): (pid, port)."""
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
        yield proc.pid, port
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=30)


def measure(root: str, tmp: Path, messages: int, clients: int, size: int, first: int) -> CpuRun:
    """One run: `root` a code tree to run serve from, or "bare" for the bare sink."""
    with contextlib.ExitStack() as stack:
        if root == "bare":
            pid, port = stack.enter_context(_bare(tmp))
        else:
            srv = stack.enter_context(_serve(tmp, ALONE, root=Path(root)))
            pid, port = srv.proc.pid, srv.smtp_port
        _load(port, size, 8 * clients, clients, first + 10**7)  # warm-up
        before = process_cpu_seconds(pid)
        seconds, refused = _load(port, size, messages, clients, first)
        after = process_cpu_seconds(pid)
    return CpuRun(root, messages - refused, seconds, after - before)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.door_cpu", description=__doc__.splitlines()[0]
    )
    ap.add_argument(
        "--root",
        action="append",
        help='code tree to run serve from (repeatable); "bare" for the bare sink',
    )
    ap.add_argument("--pairs", type=int, default=3, help="interleaved rounds over the roots")
    ap.add_argument("--messages", type=int, default=3000)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--size", choices=list(SIZES), default="2KB")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    roots = [r if r == "bare" else str(Path(r).resolve()) for r in (args.root or [str(ROOT)])]
    runs: list[CpuRun] = []
    first = 5 * 10**8
    with tempfile.TemporaryDirectory(prefix="registratura-bench-cpu-") as tmp_s:
        for _ in range(args.pairs):
            for root in roots:
                run = measure(
                    root, Path(tmp_s), args.messages, args.clients, SIZES[args.size], first
                )
                first += args.messages
                runs.append(run)
                print(
                    f"  {root}: {run.us_per_message:,.0f} µs CPU/message, {run.per_s:.0f}/s "
                    f"({run.messages} in {run.seconds:.2f} s, load {os.getloadavg()[0]:.1f})",
                    file=sys.stderr,
                    flush=True,
                )
    summary = {}
    for root in roots:
        mine = [r for r in runs if r.root == root]
        summary[root] = {
            "runs": len(mine),
            "cpu_us_per_message": sorted(round(r.us_per_message) for r in mine),
            "median_cpu_us_per_message": round(statistics.median(r.us_per_message for r in mine)),
            "per_s": sorted(round(r.per_s) for r in mine),
            "median_per_s": round(statistics.median(r.per_s for r in mine)),
        }
        s = summary[root]
        print(
            f"{root}: median {s['median_cpu_us_per_message']:,} µs CPU/message "
            f"{s['cpu_us_per_message']}, median {s['median_per_s']}/s {s['per_s']}"
        )
    if args.json:
        print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
