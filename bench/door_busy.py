"""The SMTP door while the workers are busy: `registratura serve` as shipped against a bare sink.

`python -m bench.door_busy` (also part of `make bench`, `bench.run --door-busy N`).

The figure issue 13 asks for: accepted/s at the door of `registratura serve`,
started as `make run` starts it (its own process, embedded defaults: SQLite,
in-process broker, the workers inside the service), **while its workers are
processing a stream of heavy items**, divided by accepted/s of a bare
aiosmtpd that only writes and fsyncs each message, in the same run. Target
≥ 0.8.

Both servers run as processes of their own; the clients (`clients` smtplib
sessions, `bench.smtp._load`) run in this one, so neither server shares a
GIL with them. For each size (2 KB, 200 KB):

1. the bare sink (`--bare-sink`, a child process) takes the load on an idle
   machine: the yardstick;
2. a fresh `registratura serve` (with `STEP_CHILDREN=true`, the default;
   `--env REGISTRATURA_STEP_CHILDREN=false` for the steps in the threads) is
   started and ready (`/readyz`); a backlog of
   heavy items is sent to it first (1 MB text complaints for the `parse`
   lane, the scanned mediation PDF attached to mail for the `ocr` lane), then
   the same load as the bare sink's is timed while the workers process that
   backlog and every message the load itself brings. The backlog still
   pending when the load ends is recorded: a run whose workers ran dry before
   the end is flagged, its figure does not count as "while busy".

The service is stopped (SIGTERM) after each size; nothing is kept.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import smtplib
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class BusyRun:
    server: str
    size: str
    messages: int
    seconds: float
    refused: int
    cpu_busy: float | None
    pending_before: int | None = None  # backlog items not yet final when the load began
    pending_after: int | None = None  # ... and when it ended (> 0: busy throughout)

    @property
    def per_s(self) -> float:
        return self.messages / self.seconds if self.seconds > 0 else 0.0


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


def _send(port: int, mails: list[bytes]) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=120) as c:
        for raw in mails:
            c.sendmail("heavy@example.ro", ["support@okazii.ro"], raw)


def run_door_busy(
    messages_2kb: int,
    clients: int = 4,
    *,
    heavy_text: int = 16,
    heavy_scans: int = 4,
    env_extra: dict[str, str] | None = None,
    sizes: tuple[str, ...] = tuple(SIZES),
) -> dict[str, Any]:
    """Bare sink, then serve-while-busy, for each size; the JSON record `door_busy`."""
    counts = {"2KB": messages_2kb, "200KB": max(clients, messages_2kb // 4)}
    counts = {k: v for k, v in counts.items() if k in sizes}
    runs: list[BusyRun] = []
    first = 3 * 10**8
    with tempfile.TemporaryDirectory(prefix="registratura-bench-door-") as tmp_s:
        tmp = Path(tmp_s)
        for label, n in counts.items():
            with _bare(tmp) as port:
                _load(port, SIZES[label], clients, clients, first + 10**7)  # warm-up
                before = cpu_snapshot()
                seconds, refused = _load(port, SIZES[label], n, clients, first)
                runs.append(
                    BusyRun(
                        "bare",
                        label,
                        n - refused,
                        seconds,
                        refused,
                        busy_share(before, cpu_snapshot()),
                    )
                )
            _progress(runs[-1])
            first += n
            # The same door in the same service with no worker at all: its own ceiling here.
            alone = {"REGISTRATURA_WORKER_THREADS": "0", "REGISTRATURA_OCR_WORKER_THREADS": "0"}
            with _serve(tmp, {**(env_extra or {}), **alone}) as srv:
                _load(srv.smtp_port, SIZES[label], clients, clients, first + 10**7)  # warm-up
                before = cpu_snapshot()
                seconds, refused = _load(srv.smtp_port, SIZES[label], n, clients, first)
                runs.append(
                    BusyRun(
                        "door-alone",
                        label,
                        n - refused,
                        seconds,
                        refused,
                        busy_share(before, cpu_snapshot()),
                    )
                )
            _progress(runs[-1])
            first += n
            with _serve(tmp, env_extra or {}) as srv:
                _load(srv.smtp_port, SIZES[label], clients, clients, first + 10**7)  # warm-up
                _send(srv.smtp_port, heavy_items(heavy_text, heavy_scans, f"{label}-{first}"))
                time.sleep(1.0)  # the workers have taken their first heavy items
                pending_before = srv.pending()
                before = cpu_snapshot()
                seconds, refused = _load(srv.smtp_port, SIZES[label], n, clients, first)
                cpu = busy_share(before, cpu_snapshot())
                runs.append(
                    BusyRun(
                        "registratura",
                        label,
                        n - refused,
                        seconds,
                        refused,
                        cpu,
                        pending_before,
                        srv.pending(),
                    )
                )
            _progress(runs[-1])
            first += n
    return _record(runs, clients, heavy_text, heavy_scans, sizes)


def _progress(run: BusyRun) -> None:
    extra = (
        f", pending {run.pending_before} → {run.pending_after}"
        if run.pending_after is not None
        else ""
    )
    print(
        f"  door-busy {run.server} {run.size}: {run.per_s:.0f} messages/s "
        f"({run.messages} in {run.seconds:.2f} s{extra})",
        file=sys.stderr,
        flush=True,
    )


def _record(
    runs: list[BusyRun],
    clients: int,
    heavy_text: int,
    heavy_scans: int,
    sizes: tuple[str, ...] = tuple(SIZES),
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "clients": clients,
        "ratio_target": RATIO_TARGET,
        "baseline": BASELINE,
        "backlog": {"text_1mb": heavy_text, "scan_pdf_mails": heavy_scans},
        "sizes": {},
    }
    problems: list[str] = []
    for label in sizes:
        pair = {r.server: r for r in runs if r.size == label}
        bare, alone, ours = pair["bare"], pair["door-alone"], pair["registratura"]
        ratio = ours.per_s / bare.per_s if bare.per_s > 0 else 0.0
        busy = (ours.pending_after or 0) > 0
        out["sizes"][label] = {
            "bare_fsync_per_s": round(bare.per_s, 1),
            "door_alone_per_s": round(alone.per_s, 1),
            "serve_busy_per_s": round(ours.per_s, 1),
            "ratio": round(ratio, 3),
            # What processing costs the door (1.0: nothing), and what the door itself
            # costs against the bare sink, with no processing at all.
            "busy_vs_alone": round(ours.per_s / alone.per_s, 3) if alone.per_s > 0 else 0.0,
            "alone_vs_bare": round(alone.per_s / bare.per_s, 3) if bare.per_s > 0 else 0.0,
            "verdict": ("PASS" if ratio >= RATIO_TARGET else "BELOW") if busy else "NOT BUSY",
            "messages": ours.messages,
            "pending_before": ours.pending_before,
            "pending_after": ours.pending_after,
            "bare_cpu_busy": bare.cpu_busy,
            "serve_cpu_busy": ours.cpu_busy,
        }
        for r in (bare, alone, ours):
            if r.refused:
                problems.append(f"{r.server} {label}: {r.refused} messages not answered 250")
        if not busy:
            problems.append(f"door-busy {label}: the workers ran out of work before the load ended")
    out["problems"] = problems
    return out


def table_lines(rec: dict[str, Any]) -> list[str]:
    lines = [
        f"SMTP door while the workers are busy: `registratura serve` (own process, STEP_CHILDREN=true, "
        f"SQLite, in-process broker) processing a backlog of {rec['backlog']['text_1mb']} × 1 MB "
        f"text + {rec['backlog']['scan_pdf_mails']} scan-PDF mails and the load itself; "
        f"{rec['clients']} smtplib sessions; bare = aiosmtpd + file fsync, own process, idle "
        "machine; door-alone = the same serve with no worker threads",
        f"  baseline {rec['baseline']}",
    ]
    for label, s in rec["sizes"].items():
        lines.append(
            f"  {label:<6} bare {s['bare_fsync_per_s']:>7.1f}/s   door-alone "
            f"{s['door_alone_per_s']:>7.1f}/s   serve-busy {s['serve_busy_per_s']:>7.1f}/s   "
            f"ratio {s['ratio']:.2f}   target ≥ {rec['ratio_target']}  {s['verdict']}   "
            f"(busy ÷ alone {s['busy_vs_alone']:.2f}, alone ÷ bare {s['alone_vs_bare']:.2f}; "
            f"backlog {s['pending_before']} → {s['pending_after']} pending)"
        )
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.door_busy", description=__doc__.splitlines()[0]
    )
    ap.add_argument("--messages", type=int, default=800, help="2 KB messages (N/4 of 200 KB)")
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--heavy-text", type=int, default=16, help="1 MB text mails in the backlog")
    ap.add_argument("--heavy-scans", type=int, default=4, help="scan-PDF mails in the backlog")
    ap.add_argument(
        "--env", action="append", default=[], metavar="K=V", help="extra environment for serve"
    )
    ap.add_argument("--sizes", nargs="+", choices=list(SIZES), default=list(SIZES))
    ap.add_argument("--json", action="store_true", help="print the JSON record too")
    ap.add_argument("--bare-sink", nargs=2, metavar=("PORT", "DIR"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.bare_sink:
        _bare_sink_main(int(args.bare_sink[0]), args.bare_sink[1])
        return 0
    env = dict(kv.split("=", 1) for kv in args.env)
    rec = run_door_busy(
        args.messages,
        args.clients,
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
