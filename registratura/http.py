"""HTTP endpoint: /healthz, /readyz, /metrics (Prometheus), /api/requests/REG-… (JSON).

Metrics are read from the database at scrape time (`registratura.metrics`),
so every process reports the same truth whatever broker or number of workers
is behind it.

`/healthz` (given a `Health`, as `registratura serve` does) is JSON: the
database, the broker, the live workers, the SMTP door, the outbox's and the
resend backlog, each with its status, and `status` over all: 200 when every
check that matters passes, 503 otherwise. `/readyz` is for load balancers:
200 `ready` when the database answers and the SMTP door accepts (or is
disabled), 503 `not ready: …` otherwise.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client.exposition import choose_encoder
from sqlalchemy import func, select, text

from registratura.metrics import metrics_text, registry
from router.request import build
from storage import Database, Item

__all__ = ["Health", "metrics_text", "start_http"]

log = logging.getLogger(__name__)

# Each `registratura worker` process on Redis keeps a key `<prefix>:<HEARTBEAT>:<host>:<pid>`
# (its queues, as JSON) alive: refreshed every HEARTBEAT_SECONDS, gone HEARTBEAT_TTL seconds
# after the process stops refreshing it (registratura/workers.py). On RabbitMQ the broker
# itself counts each queue's consumers; in-process, the workers are this process's threads.
HEARTBEAT = "registratura-heartbeat"
HEARTBEAT_SECONDS = 10
HEARTBEAT_TTL = 30
# An acknowledgement waiting longer than this with a relay configured is worth a look.
OUTBOX_STALE_SECONDS = 3600

Check = dict[str, Any]


def heartbeat_key(prefix: str, host: str, pid: int) -> str:
    return f"{prefix}:{HEARTBEAT}:{host}:{pid}"


def _reason(exc: BaseException) -> str:
    """One line saying why, from a driver's exception (no URL, so no password)."""
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    return (lines[0] if lines else "")[:300] or type(cause).__name__


def _within(fn: Callable[[], Check], timeout: float, what: str) -> Check:
    """`fn()`, or a failed check when it raises or takes longer than `timeout`."""
    box: list[Check] = []

    def run() -> None:
        try:
            box.append(fn())
        except Exception as exc:
            box.append({"status": "fail", "reason": _reason(exc)})

    t = threading.Thread(target=run, name=f"health-{what}", daemon=True)
    t.start()
    t.join(timeout)
    return box[0] if box else {"status": "fail", "reason": f"no answer within {timeout:g} s"}


@dataclass
class Health:
    """What `/healthz` and `/readyz` look at. `registratura serve` gives all of it; a
    check without its source is left out (`smtp=None`: the door is disabled)."""

    db: Database
    broker_url: str = "inprocess://"
    queue_prefix: str = "registratura"
    queues: Sequence[str] = ()  # full queue names, as the broker knows them
    workers: Sequence[Any] | None = None  # in-process: this process's dramatiq Workers
    smtp: Callable[[], bool] | None = None  # is the door accepting?
    unsent: Callable[[], int] | None = None  # items the broker refused, waiting to be re-sent
    relay_configured: bool = False
    timeout: float = 3.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def in_process(self) -> bool:
        return self.broker_url.startswith(("inprocess:", "stub:"))

    # -- the checks -------------------------------------------------------------------

    def database(self) -> Check:
        def ask() -> Check:
            start = time.monotonic()
            with self.db.reader() as s:
                s.execute(text("SELECT 1"))
            return {"status": "ok", "latency_ms": round((time.monotonic() - start) * 1000, 1)}

        return _within(ask, self.timeout, "database")

    def smtp_door(self) -> Check:
        if self.smtp is None:
            return {"status": "disabled"}
        try:
            accepting = self.smtp()
        except Exception as exc:
            return {"status": "fail", "reason": _reason(exc)}
        return {"status": "ok"} if accepting else {"status": "fail", "reason": "not listening"}

    def broker_and_workers(self) -> tuple[Check, Check]:
        if self.in_process:
            return {"status": "ok", "kind": "inprocess"}, self._threads()
        if self.broker_url.startswith(("amqp://", "amqps://")):
            found = _within(self._rabbitmq, self.timeout * 2, "broker")
        else:
            found = _within(self._redis, self.timeout, "broker")
        if found.get("status") != "ok":
            return found, {"status": "fail", "reason": "broker unreachable"}
        return {"status": "ok", "kind": found["kind"]}, found["workers"]

    def unreachable(self) -> list[str]:
        """Which of the database and the broker do not answer now (`registratura.recovery`):
        a query and a ping or a connection, nothing about workers."""
        down = []
        if self.database().get("status") != "ok":
            down.append("database")
        if not self.in_process and _within(self._ping, self.timeout * 2, "ping")["status"] != "ok":
            down.append("broker")
        return down

    def _ping(self) -> Check:
        if self.broker_url.startswith(("amqp://", "amqps://")):
            import pika

            params = pika.URLParameters(self.broker_url)
            params.socket_timeout = self.timeout
            params.connection_attempts = 1
            pika.BlockingConnection(params).close()
            return {"status": "ok"}
        client = self._redis_client()
        try:
            client.ping()
        finally:
            client.close()
        return {"status": "ok"}

    def _redis_client(self) -> Any:
        import redis

        return redis.Redis.from_url(
            self.broker_url, socket_connect_timeout=self.timeout, socket_timeout=self.timeout
        )

    def _threads(self) -> Check:
        workers = list(self.workers or ())
        threads = [t for w in workers for t in (*w.workers, *w.consumers.values())]
        live = sum(1 for w in workers for t in w.workers if t.is_alive())
        dead = sum(1 for t in threads if not t.is_alive())
        if not workers:
            return {"status": "fail", "live": 0, "reason": "no worker threads in this process"}
        check: Check = {"status": "ok" if dead == 0 else "fail", "live": live}
        if dead:
            check["reason"] = f"{dead} worker or consumer thread(s) stopped"
        return check

    def _covering(self, seen: dict[str, int], live: int, extra: Check) -> Check:
        missing = sorted(q for q in self.queues if not seen.get(q))
        check: Check = {"status": "ok" if live and not missing else "fail", "live": live, **extra}
        if not live:
            check["reason"] = "no live worker"
        elif missing:
            check["reason"] = "no worker for " + ", ".join(missing)
        return check

    def _redis(self) -> Check:
        client = self._redis_client()
        try:
            client.ping()
            seen: dict[str, int] = {}
            live = 0
            pattern = heartbeat_key(self.queue_prefix, "*", 0).removesuffix(":0")
            for key in client.scan_iter(match=pattern + ":*", count=100):
                raw = client.get(key)
                if raw is None:
                    continue  # expired meanwhile
                live += 1
                try:
                    queues = json.loads(raw).get("queues") or []
                except (ValueError, AttributeError):
                    queues = []
                for q in queues:
                    seen[q] = seen.get(q, 0) + 1
        finally:
            client.close()
        return {"status": "ok", "kind": "redis", "workers": self._covering(seen, live, {})}

    def _rabbitmq(self) -> Check:
        import pika

        params = pika.URLParameters(self.broker_url)
        params.socket_timeout = self.timeout
        params.connection_attempts = 1
        params.blocked_connection_timeout = self.timeout
        quiet = logging.getLogger("pika")
        conn = pika.BlockingConnection(params)
        try:
            seen: dict[str, int] = {}
            for q in self.queues:
                channel = conn.channel()
                try:
                    frame = channel.queue_declare(queue=q, passive=True)
                    seen[q] = int(frame.method.consumer_count)
                except Exception:  # not declared yet: nobody consumes it
                    seen[q] = 0
                    quiet.debug("health: queue %s not declared", q)
                finally:
                    if channel.is_open:
                        channel.close()
        finally:
            conn.close()
        live = max(seen.values(), default=0)
        workers = self._covering(seen, live, {"consumers": seen})
        return {"status": "ok", "kind": "rabbitmq", "workers": workers}

    def outbox(self) -> Check:
        from storage.outbox_models import OutboxRow

        def ask() -> Check:
            with self.db.reader() as s:
                counts = dict(
                    s.execute(
                        select(OutboxRow.status, func.count())
                        .where(OutboxRow.status.in_(("pending", "failed")))
                        .group_by(OutboxRow.status)
                    ).all()
                )
                oldest = s.scalar(
                    select(func.min(OutboxRow.created_at)).where(OutboxRow.status == "pending")
                )
            age = 0.0
            if oldest is not None:
                oldest = oldest if oldest.tzinfo else oldest.replace(tzinfo=UTC)
                age = max(0.0, (datetime.now(UTC) - oldest).total_seconds())
            pending, failed = int(counts.get("pending", 0)), int(counts.get("failed", 0))
            stale = self.relay_configured and age > OUTBOX_STALE_SECONDS
            return {
                "status": "warn" if failed or stale else "ok",
                "pending": pending,
                "failed": failed,
                "oldest_pending_seconds": round(age),
                "relay_configured": self.relay_configured,
            }

        return _within(ask, self.timeout, "outbox")

    def resend(self) -> Check:
        if self.unsent is None:
            return {"status": "ok", "unsent": 0}
        n = int(self.unsent())
        return {"status": "warn" if n else "ok", "unsent": n}

    # -- the answers ------------------------------------------------------------------

    def report(self) -> tuple[bool, dict[str, Any]]:
        """Every check; healthy when none that matters failed (a backlog only warns)."""
        with self._lock:  # one report at a time: a scraper storm never piles up connections
            broker, workers = self.broker_and_workers()
            checks = {
                "database": self.database(),
                "broker": broker,
                "workers": workers,
                "smtp": self.smtp_door(),
                "outbox": self.outbox(),
                "resend": self.resend(),
            }
        failed = sorted(
            k for k, c in checks.items() if c.get("status") == "fail" and k not in ("outbox",)
        )
        body: dict[str, Any] = {"status": "fail" if failed else "ok"}
        if failed:
            body["failed"] = failed
        body["checks"] = checks
        body["time"] = datetime.now(UTC).isoformat(timespec="seconds")
        return not failed, body

    def not_ready(self) -> str | None:
        """Why a load balancer should not send traffic here, or None: ready."""
        db = self.database()
        if db["status"] != "ok":
            return f"database: {db.get('reason', 'fail')}"
        door = self.smtp_door()
        if door["status"] == "fail":
            return f"smtp: {door.get('reason', 'fail')}"
        return None


def _handler(db: Database, health: Health | None) -> type[BaseHTTPRequestHandler]:
    metrics = registry(db)

    class Handler(BaseHTTPRequestHandler):
        server_version = "registratura"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
            log.debug("http: " + format, *args)

        def _send(self, code: int, body: str, ctype: str) -> None:
            self._send_bytes(code, body.encode("utf-8"), ctype)

        def _send_bytes(self, code: int, data: bytes, ctype: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 - stdlib hook name
            try:
                if self.path == "/healthz" and health is not None:
                    ok, report = health.report()
                    self._send(
                        200 if ok else 503,
                        json.dumps(report, ensure_ascii=False) + "\n",
                        "application/json; charset=utf-8",
                    )
                elif self.path == "/healthz":  # a bare endpoint (no service behind it)
                    with db.reader() as s:
                        s.execute(text("SELECT 1"))
                    self._send(200, "ok\n", "text/plain; charset=utf-8")
                elif self.path == "/readyz":
                    why = (health or Health(db)).not_ready()
                    if why:
                        self._send(503, f"not ready: {why}\n", "text/plain; charset=utf-8")
                    else:
                        self._send(200, "ready\n", "text/plain; charset=utf-8")
                elif self.path == "/metrics":
                    # Text format 0.0.4, or OpenMetrics when the scraper asks for it.
                    encoder, ctype = choose_encoder(self.headers.get("Accept") or "")
                    self._send_bytes(200, encoder(metrics), ctype)
                elif self.path.startswith("/api/requests/"):
                    number = self.path.rsplit("/", 1)[1]
                    with db.reader() as s:
                        item = s.scalar(select(Item).where(Item.registration_number == number))
                        body = None if item is None else build(item)
                    if body is None:
                        self._send(
                            404, json.dumps({"error": f"no request {number}"}), "application/json"
                        )
                    else:
                        self._send(
                            200,
                            json.dumps(body, ensure_ascii=False),
                            "application/json; charset=utf-8",
                        )
                else:
                    self._send(404, "not found\n", "text/plain; charset=utf-8")
            except Exception as exc:
                log.exception("http %s failed", self.path)
                self._send(
                    503, f"unavailable: {exc.__class__.__name__}\n", "text/plain; charset=utf-8"
                )

    return Handler


def start_http(
    db: Database, host: str, port: int, health: Health | None = None
) -> ThreadingHTTPServer:
    """Serve on host:port in a thread. Without `health`, `/healthz` is the database's
    plain `ok` (what the endpoint answered before the JSON report)."""
    server = ThreadingHTTPServer((host, port), _handler(db, health))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="http", daemon=True).start()
    log.info("HTTP listening on http://%s:%s (/healthz, /readyz, /metrics)", host, port)
    return server
