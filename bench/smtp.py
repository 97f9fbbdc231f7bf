"""SMTP door's speed: messages accepted per second beside a bare aiosmtpd that only fsyncs a file.

Both servers run in this process, one after the other, on 127.0.0.1, and get
the same load: `clients` threads (smtplib), each one session sending its share
of distinct messages of one size back to back. The bare server's handler
writes each message to its own file and fsyncs it (in the loop's thread pool)
before answering 250; ours is `start_smtp` with group commit on a `Runtime`
with a fresh SQLite file (WAL, synchronous=FULL, as shipped), the in-process
broker, and no worker threads: the door alone, as the bare server is a door
alone. The ratio ours ÷ bare is the figure to compare (target ≥ 0.5).
"""

from __future__ import annotations

import asyncio
import os
import smtplib
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Session
from aiosmtpd.smtp import Envelope as SmtpEnvelope

from bench.machine import busy_share, cpu_snapshot

RATIO_TARGET = 0.5
SIZES = {"2KB": 2 * 1024, "200KB": 200 * 1024}


@dataclass(frozen=True, slots=True)
class SmtpRun:
    """One server under one load: how many messages got 250, and how long it took."""

    server: str
    size: str
    messages: int
    clients: int
    seconds: float
    refused: int
    cpu_busy: float | None

    @property
    def per_s(self) -> float:
        return self.messages / self.seconds if self.seconds > 0 else 0.0


def message(n: int, size: int) -> bytes:
    """A distinct support e-mail of about `size` bytes (CRLF, 76-character lines)."""
    head = (
        f"From: client{n}@example.ro\r\nTo: support@okazii.ro\r\n"
        f"Subject: Intrebare #{n}\r\nMessage-ID: <bench-{n}-{uuid.uuid4().hex}@example.ro>\r\n\r\n"
        f"Buna ziua, mesajul {n}.\r\n"
    ).encode()
    line = b"Textul reclamatiei, repetat pentru a atinge marimea mesajului de test.....\r\n"
    return head + line * max(0, (size - len(head)) // len(line))


class _FsyncHandler:
    """The bare yardstick: write the message to a file, fsync, then 250."""

    def __init__(self, directory: Path) -> None:
        self._dir = directory

    def _write(self, data: bytes) -> None:
        path = self._dir / uuid.uuid4().hex
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: SmtpEnvelope
    ) -> str:
        await asyncio.get_running_loop().run_in_executor(
            None, self._write, envelope.original_content or b""
        )
        return "250 2.0.0 OK"


def _load(port: int, size: int, messages: int, clients: int, first: int) -> tuple[float, int]:
    """Send `messages` distinct messages with `clients` sessions at once; (seconds, refused)."""
    payloads = [message(first + i, size) for i in range(messages)]
    shares = [payloads[k::clients] for k in range(clients)]
    refused = [0] * clients
    errors: list[BaseException] = []
    barrier = threading.Barrier(clients + 1)

    def client(k: int) -> None:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=120) as c:
                c.ehlo("bench.example.ro")
                barrier.wait(timeout=60)
                for raw in shares[k]:
                    c.mail(f"bench{k}@example.ro")
                    c.rcpt("support@okazii.ro")
                    code, _ = c.data(raw)
                    if code != 250:
                        refused[k] += 1
        except BaseException as exc:  # reported below
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(clients)]
    for t in threads:
        t.start()
    barrier.wait(timeout=60)
    start = time.monotonic()
    for t in threads:
        t.join(timeout=600)
    seconds = time.monotonic() - start
    if errors:
        raise RuntimeError(f"SMTP bench client failed: {errors[0]!r}") from errors[0]
    return seconds, sum(refused)


def _measure(
    server: str, port: int, label: str, messages: int, clients: int, first: int
) -> SmtpRun:
    before = cpu_snapshot()
    seconds, refused = _load(port, SIZES[label], messages, clients, first)
    return SmtpRun(
        server,
        label,
        messages - refused,
        clients,
        seconds,
        refused,
        busy_share(before, cpu_snapshot()),
    )


def run_smtp(messages_2kb: int, clients: int = 8) -> dict[str, Any]:
    """Both servers, both sizes; the JSON record of bench/results/latest.json's `smtp`."""
    from ingest.smtp import start_smtp
    from ingest.smtp_options import SmtpOptions
    from registratura.runtime import Runtime
    from registratura.settings import Settings
    from tests.helpers import free_port

    counts = {"2KB": messages_2kb, "200KB": max(clients, messages_2kb // 4)}
    runs: list[SmtpRun] = []
    first = 0
    with tempfile.TemporaryDirectory(prefix="registratura-bench-smtp-") as tmp:
        for label, n in counts.items():
            # Bare: aiosmtpd + file fsync.
            out = Path(tmp) / f"bare-{label}"
            out.mkdir()
            bare = Controller(
                _FsyncHandler(out), hostname="127.0.0.1", port=free_port(), data_size_limit=None
            )
            bare.start()
            try:
                _load(bare.port, SIZES[label], clients, clients, 10**8)  # warm-up, untimed
                runs.append(_measure("bare", bare.port, label, n, clients, first))
            finally:
                bare.stop()
            _progress(runs[-1])
            first += n
            # Ours: the door on a fresh Runtime.
            settings = Settings(
                data_dir=Path(tmp) / f"ours-{label}",
                broker_url="inprocess://",
                queue_prefix="benchsmtp" + uuid.uuid4().hex[:6],
            )
            rt = Runtime(settings)
            options = replace(settings.smtp_options(), port=free_port(), per_ip_per_minute=10**6)
            assert isinstance(options, SmtpOptions)
            door = start_smtp(rt.accept, options, accept_many=rt.accept_many)
            try:
                _load(options.port, SIZES[label], clients, clients, 2 * 10**8)  # warm-up
                runs.append(_measure("registratura", options.port, label, n, clients, first))
            finally:
                door.stop()
                rt.close()
            _progress(runs[-1])
            first += n
    return _record(runs, clients)


def _progress(run: SmtpRun) -> None:
    print(
        f"  smtp {run.server} {run.size}: {run.per_s:.0f} messages/s ({run.messages} in {run.seconds:.2f} s)",
        file=sys.stderr,
        flush=True,
    )


def _record(runs: list[SmtpRun], clients: int) -> dict[str, Any]:
    out: dict[str, Any] = {"clients": clients, "ratio_target": RATIO_TARGET, "sizes": {}}
    problems: list[str] = []
    for label in SIZES:
        pair = {r.server: r for r in runs if r.size == label}
        bare, ours = pair["bare"], pair["registratura"]
        ratio = ours.per_s / bare.per_s if bare.per_s > 0 else 0.0
        out["sizes"][label] = {
            "bare_fsync_per_s": round(bare.per_s, 1),
            "registratura_per_s": round(ours.per_s, 1),
            "ratio": round(ratio, 3),
            "verdict": "PASS" if ratio >= RATIO_TARGET else "BELOW",
            "messages": ours.messages,
            "bare_seconds": round(bare.seconds, 3),
            "registratura_seconds": round(ours.seconds, 3),
            "bare_cpu_busy": bare.cpu_busy,
            "registratura_cpu_busy": ours.cpu_busy,
        }
        for r in (bare, ours):
            if r.refused:
                problems.append(f"{r.server} {label}: {r.refused} messages not answered 250")
    out["problems"] = problems
    return out


def table_lines(smtp: dict[str, Any]) -> list[str]:
    """The SMTP part of the bench table."""
    lines = [
        f"SMTP door: {smtp['clients']} concurrent smtplib sessions; bare = aiosmtpd writing a file "
        "+ fsync per message; ours = start_smtp, group commit, SQLite FULL, no workers"
    ]
    for label, s in smtp["sizes"].items():
        lines.append(
            f"  {label:<6} bare {s['bare_fsync_per_s']:>7.1f}/s   registratura "
            f"{s['registratura_per_s']:>7.1f}/s   ratio {s['ratio']:.2f}   "
            f"target ≥ {smtp['ratio_target']}  {s['verdict']}"
        )
    return [*lines, ""]
