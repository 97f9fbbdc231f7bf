"""HTTP endpoint: /healthz, /metrics (Prometheus text), /api/requests/REG-… (JSON).

Metrics are read from the database, so every process reports the same truth
whatever broker or number of workers is behind it.
"""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sqlalchemy import func, select, text

from router.request import build
from storage import Database, Item, utcnow

log = logging.getLogger(__name__)


def metrics_text(db: Database, now: datetime | None = None) -> str:
    """The Prometheus exposition of queue sizes, waiting times and SLA breaches."""
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


def _handler(db: Database) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "registratura"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
            log.debug("http: " + format, *args)

        def _send(self, code: int, body: str, ctype: str) -> None:
            data = body.encode("utf-8")
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 - stdlib hook name
            try:
                if self.path == "/healthz":
                    with db.reader() as s:
                        s.execute(text("SELECT 1"))
                    self._send(200, "ok\n", "text/plain; charset=utf-8")
                elif self.path == "/metrics":
                    self._send(200, metrics_text(db), "text/plain; version=0.0.4; charset=utf-8")
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


def start_http(db: Database, host: str, port: int) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, port), _handler(db))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="http", daemon=True).start()
    log.info("HTTP listening on http://%s:%s (/healthz, /metrics)", host, port)
    return server
