"""Row 4: hostile inputs, each routed or quarantined with a reason within its limit.

Each input goes alone through `registratura ingest --wait --json` in a child
process of its own (fresh SQLite, in-process workers, shipped defaults): its
line, its wall time and the child's peak memory (`wait4`'s `ru_maxrss`,
the whole process: interpreter, libraries, the workers and the item). Then
every input together goes into one `registratura serve` (mail through its
SMTP door, files through its watched folder), which must finish them all
and still answer `/healthz`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench.proof import bombs
from bench.proof.common import (
    ROOT,
    Client,
    Row,
    Service,
    free_port,
    note,
    reachable,
    service_env,
    wait_until,
    workdir,
)

# The per-item limits the product sets (its defaults): a text item's parse, a file's.
TEXT_LIMIT = 120.0
FILE_LIMIT = 1800.0
# What an item may cost the process holding it: the failures peaked at 1.9-2.7 GB.
MEMORY_LIMIT_MB = 1024


def _one(tmp: Path, name: bytes, data: bytes, timeout: float) -> tuple[dict[str, object], float, float, int]:  # fmt: skip
    """(its JSON line, seconds, peak MB, exit status) of one `ingest --wait --json`."""
    folder = tmp / "in"
    folder.mkdir(parents=True, exist_ok=True)
    path = os.path.join(os.fsencode(folder), name)
    with open(path, "wb") as f:
        f.write(data)
    env = service_env(tmp / "var")
    cmd = [sys.executable, "-m", "registratura", "ingest", "--wait", "--json", "--timeout",
           str(int(timeout)), os.fsdecode(path)]  # fmt: skip
    start = time.monotonic()
    with open(tmp / "out.json", "wb") as out, open(tmp / "err.log", "wb") as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=err)
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            proc.returncode = 0  # reaped by wait4 above
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    text = (tmp / "out.json").read_text("utf-8", "replace").strip()
    try:
        line = json.loads(text.splitlines()[0]) if text else {}
    except json.JSONDecodeError:
        line = {"status": "bad line", "error": text[:200]}
    if not line:
        last = (tmp / "err.log").read_text("utf-8", "replace").strip().splitlines()
        line = {"status": "no line", "error": (last or ["(nothing)"])[-1][:200]}
    shutil.rmtree(tmp / "var", ignore_errors=True)
    os.unlink(path)
    return line, seconds, usage.ru_maxrss / 1024, code


def _judge(name: bytes, line: dict[str, object], seconds: float, peak: float, code: int) -> tuple[bool, str]:  # fmt: skip
    status = str(line.get("status"))
    reason = str(line.get("error") or "")
    is_file = not name.endswith(b".eml")
    limit = FILE_LIMIT if is_file else TEXT_LIMIT
    ok = code == 0 and seconds <= limit and peak <= MEMORY_LIMIT_MB
    if status == "routed":
        outcome = f"routed to {line.get('queue')}"
    elif status == "quarantined" and reason:
        outcome = f"quarantined: {reason[:90]}"
    else:
        ok = False
        outcome = f"{status} {reason[:90]}"
    return ok, outcome


def run(full: bool, timeout: float, serve_timeout: float) -> tuple[Row, list[str]]:
    """The row, and one table line per input."""
    lines: list[str] = ["| input | size | outcome | s | peak MB | |", "| --- | --: | --- | --: | --: | --- |"]  # fmt: skip
    failures: list[str] = []
    peaks: list[float] = []
    kept: list[tuple[str, bytes, bytes]] = []
    with workdir("hostile") as tmp:
        for label, name, data in bombs.generate(full):
            note(f"hostile: {label}")
            line, seconds, peak, code = _one(tmp, name, data, timeout)
            ok, outcome = _judge(name, line, seconds, peak, code)
            peaks.append(peak)
            size = f"{len(data) / 1024:,.0f} KB"
            lines.append(
                f"| {label} | {size} | {outcome} | {seconds:.1f} | {peak:,.0f} | "
                f"{'PASS' if ok else 'FAIL'} |"
            )
            if not ok:
                failures.append(f"{label}: {outcome} (exit {code}, {seconds:.0f} s, {peak:.0f} MB)")
            if len(data) < 25 * 1024 * 1024:  # the serve pass: what the door takes
                kept.append((label, name, data))
        note(f"hostile: all {len(kept)} inputs into one serve")
        alive, serve_note = _serve_pass(tmp, kept, serve_timeout)
    figure = (
        f"{len(peaks) - len(failures)}/{len(peaks)} inputs routed or quarantined with a reason "
        f"within their limits, peak {max(peaks):,.0f} MB (limit {MEMORY_LIMIT_MB:,}); "
        f"one serve given them all: {serve_note}"
    )
    return Row("hostile input", figure, not failures and alive, failures), lines


def _serve_pass(tmp: Path, kept: list[tuple[str, bytes, bytes]], timeout: float) -> tuple[bool, str]:  # fmt: skip
    import sqlite3

    smtp_port, http_port = free_port(), free_port()
    var = tmp / "serve"
    inbox = var / "inbox"
    inbox.mkdir(parents=True)
    env = service_env(
        var,
        REGISTRATURA_SMTP_PORT=str(smtp_port),
        REGISTRATURA_HTTP_PORT=str(http_port),
        REGISTRATURA_FOLDER_SETTLE_SECONDS="0",
    )
    svc = Service(["-m", "registratura", "serve"], env, tmp / "serve.log")
    svc.start()
    try:
        if not wait_until(lambda: reachable("127.0.0.1", smtp_port, 0.5), 90, 0.1):
            return False, "did not start"
        c = Client(smtp_port, timeout=120)
        sent = 0
        for _, name, data in kept:
            if name.endswith(b".eml"):
                code, _ = c.send(data)
                sent += code == 250
            else:
                with open(os.path.join(os.fsencode(inbox), name), "wb") as f:
                    f.write(data)
                sent += 1
        c.close()
        db = var / "registratura.db"

        def done() -> bool:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
                total, final = conn.execute(
                    "SELECT COUNT(*), SUM(state IN ('routed','quarantined')) FROM items"
                ).fetchone()
            return bool(total >= sent and total == final)

        finished = wait_until(done, timeout, 0.5)
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{http_port}/healthz", timeout=10) as r:
                healthy = r.status == 200
        except OSError:
            healthy = False
        peak = 0.0
        if svc.proc is not None and svc.alive():
            for row in Path(f"/proc/{svc.proc.pid}/status").read_text().splitlines():
                if row.startswith("VmHWM:"):
                    peak = int(row.split()[1]) / 1024
        alive = svc.alive() and healthy
        figure = (
            f"{sent} stored, {'all final' if finished else 'NOT all final'}, "
            f"{'alive, /healthz 200' if alive else 'NOT alive'}, peak {peak:,.0f} MB"
        )
        return alive and finished, figure
    finally:
        svc.stop()
