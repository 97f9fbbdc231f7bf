"""What every row of `make proof` shares: its result, processes of ours, the services it uses.

Each run works in its own temporary directory, PostgreSQL database, Redis key
prefix and RabbitMQ queue names, and removes them afterwards. The outage row
starts throwaway PostgreSQL and Redis servers of its own (the machine's
shared ones are never stopped).
"""

from __future__ import annotations

import os
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PG_ADMIN_URL = os.environ.get("TEST_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
AMQP_URL = os.environ.get("TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/")
T0 = time.monotonic()


@dataclass
class Row:
    """One line of the table: what was proved, the figures, PASS or FAIL, and why."""

    name: str
    figure: str
    ok: bool
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


class Missing(Exception):
    """A service the row needs is not there (a FAIL under CI=true, a SKIP otherwise)."""


def note(text: str) -> None:
    print(f"[proof {time.monotonic() - T0:6.1f} s] {text}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def reachable(host: str, port: int, timeout: float = 2.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def require(name: str, port: int) -> None:
    if not reachable("127.0.0.1", port):
        raise Missing(f"{name} is not reachable on 127.0.0.1:{port}")


def wait_until(predicate: Callable[[], Any], timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except Exception:
            pass
        time.sleep(interval)
    return False


def run_id() -> str:
    return "proof" + uuid.uuid4().hex[:8]


@contextmanager
def workdir(prefix: str) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=f"proof-{prefix}-"))
    try:
        yield path
    finally:
        if os.environ.get("PROOF_KEEP"):  # the services' logs, for a failed row's reasons
            note(f"{prefix}: kept {path}")
        else:
            shutil.rmtree(path, ignore_errors=True)


def service_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a registratura process: ours minus any REGISTRATURA_ setting."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGISTRATURA_")}
    env.update({"REGISTRATURA_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1"})
    env.update(extra)
    return env


class Service:
    """A registratura process (serve or worker) that can be SIGKILLed and started again."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path) -> None:
        self.args, self.env, self.log = args, env, log
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        with self.log.open("ab") as out:
            out.write(f"\n=== start {self.starts} ===\n".encode())
            out.flush()
            self.proc = subprocess.Popen(
                [sys.executable, *self.args],
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(30)

    def stop(self) -> int | None:
        """SIGTERM, then SIGKILL after 30 s; the exit status."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        return self.proc.returncode

    def tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log.read_text("utf-8", "replace").splitlines()[-lines:])
        except OSError:
            return ""


# --------------------------------------------------------------------------- SMTP client


def message(n: int, tag: str, *, to: str = "support@okazii.ro", size: int = 0) -> bytes:
    """A small support mail, unique by `tag` and `n` (its bytes are its identity)."""
    body = (
        f"Buna ziua,\r\n\r\nCum pot schimba numarul de telefon din contul meu? "
        f"(mesajul {tag}-{n})\r\n" + ("Detalii: " + "x" * 70 + "\r\n") * (size // 80)
    )
    return (
        f"From: client{n}@example.ro\r\nTo: {to}\r\nSubject: Intrebare {tag} #{n}\r\n"
        f"Message-ID: <{tag}-{n}@example.ro>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


class Client:
    """One SMTP session kept open, opened again after any failure."""

    def __init__(self, port: int, timeout: float = 30) -> None:
        self.port, self.timeout = port, timeout
        self.conn: smtplib.SMTP | None = None

    def send(self, raw: bytes, sender: str = "client@example.ro") -> tuple[int, str]:
        """(code, text) of the DATA reply, or of the first refusal; (0, error) if none came."""
        try:
            if self.conn is None:
                self.conn = smtplib.SMTP("127.0.0.1", self.port, timeout=self.timeout)
                self.conn.ehlo("proof.example.ro")
            code, text = self.conn.mail(sender)
            if code == 250:
                code, text = self.conn.rcpt("support@okazii.ro")
            if code == 250:
                code, text = self.conn.data(raw)
            if code != 250:
                self.close()
            return code, text.decode("utf-8", "replace")
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            return 0, repr(exc)

    def close(self) -> None:
        if self.conn is not None:
            with suppress(Exception):
                self.conn.close()
        self.conn = None


# --------------------------------------------------------------------------- shared services


@contextmanager
def pg_database(rid: str) -> Iterator[str]:
    """A fresh database on the machine's PostgreSQL, dropped afterwards."""
    require("PostgreSQL", 5432)
    import psycopg

    name = f"registratura_{rid}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def redis_namespace(prefix: str) -> Iterator[str]:
    require("Redis", 6379)
    try:
        yield REDIS_URL
    finally:
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        keys = list(client.scan_iter(match=f"{prefix}*"))
        if keys:
            client.delete(*keys)
        client.close()


@contextmanager
def amqp_queues(prefix: str) -> Iterator[str]:
    require("RabbitMQ", 5672)
    try:
        yield AMQP_URL
    finally:
        import pika

        from router.steps import QUARANTINE, TEAM_QUEUES

        conn = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
        try:
            ch = conn.channel()
            for n in ["parse", "ocr", "route", *TEAM_QUEUES, QUARANTINE]:
                for suffix in ("", ".DQ", ".XQ"):
                    ch.queue_delete(queue=f"{prefix}.{n}{suffix}")
        finally:
            conn.close()


# --------------------------------------------------------------------------- throwaway servers


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not found and shutil.which("pg_ctl") is None:
        raise Missing("no PostgreSQL server binaries (pg_ctl) to start a throwaway instance")
    return found[-1].parent if found else Path(str(shutil.which("pg_ctl"))).parent


class ThrowawayPostgres:
    """A PostgreSQL cluster of our own in a temporary directory, on a free port."""

    def __init__(self, base: Path) -> None:
        self.dir = base / "pg"
        self.port = free_port()
        self.bin = _pg_bin()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run(
            [*self.as_user, *args], check=True, capture_output=True, timeout=120, cwd="/"
        )

    def init(self) -> None:
        self.dir.mkdir(parents=True)
        if self.as_user:
            shutil.chown(self.dir, "postgres", "postgres")
            os.chmod(self.dir.parent, 0o755)
        self._run(str(self.bin / "initdb"), "-D", str(self.dir), "-U", "postgres", "-A", "trust")
        self.start()

    def start(self) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=on"
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.dir), "-o", options, "-w", "-l",
            str(self.dir / "log"), "start",
        )  # fmt: skip

    def stop(self, mode: str = "immediate") -> None:
        """`immediate`: as a crash (recovery at the next start)."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.dir), "-m", mode, "-w", "stop")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"


class ThrowawayRedis:
    """A redis-server of our own (append-only file on, so a restart keeps what it held)."""

    def __init__(self, base: Path) -> None:
        self.dir = base / "redis"
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        if shutil.which("redis-server") is None:
            raise Missing("no redis-server binary to start a throwaway instance")

    def start(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir",
             str(self.dir), "--save", "", "--appendonly", "yes", "--appendfsync", "always"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        if not wait_until(lambda: reachable("127.0.0.1", self.port, 0.5), 20, 0.1):
            raise Missing("the throwaway redis-server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"


class Repeater:
    """Run `fn` every `interval` seconds on a thread until stopped."""

    def __init__(self, fn: Callable[[], None], interval: float) -> None:
        self.stop_event = threading.Event()

        def loop() -> None:
            while not self.stop_event.wait(interval):
                fn()

        self.thread = threading.Thread(target=loop, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.stop_event.set()
        self.thread.join(10)
