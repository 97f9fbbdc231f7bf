"""HTTP endpoint: /healthz, /metrics (Prometheus), /api/requests/REG-… (JSON).

Metrics are read from the database at scrape time (`registratura.metrics`),
so every process reports the same truth whatever broker or number of workers
is behind it.
"""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client.exposition import choose_encoder
from sqlalchemy import select, text

from registratura.metrics import metrics_text, registry
from router.request import build
from storage import Database, Item

__all__ = ["metrics_text", "start_http"]

log = logging.getLogger(__name__)


def _handler(db: Database) -> type[BaseHTTPRequestHandler]:
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
                if self.path == "/healthz":
                    with db.reader() as s:
                        s.execute(text("SELECT 1"))
                    self._send(200, "ok\n", "text/plain; charset=utf-8")
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


def start_http(db: Database, host: str, port: int) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, port), _handler(db))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="http", daemon=True).start()
    log.info("HTTP listening on http://%s:%s (/healthz, /metrics)", host, port)
    return server
