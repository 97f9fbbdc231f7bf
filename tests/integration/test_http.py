"""The HTTP endpoint: health, Prometheus metrics and the request API, over a real socket."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest

from ingest import Channel, Envelope
from registratura.http import metrics_text, start_http
from registratura.runtime import Runtime
from registratura.settings import Settings
from storage import utcnow
from tests.helpers import free_port, text_mail
from tests.metrics_support import sample

pytestmark = pytest.mark.integration


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_health_metrics_and_api(tmp_path: Path) -> None:
    """/healthz answers ok, /metrics counts the routed item, /api/requests returns its JSON."""
    rt = Runtime(Settings(data_dir=tmp_path))
    port = free_port()
    server = start_http(rt.db, "127.0.0.1", port)
    try:
        rt.start_workers()
        acc = rt.accept(text_mail(7), Envelope(channel=Channel.CLI))
        assert rt.wait_final([acc.item_id], 60) == set()
        base = f"http://127.0.0.1:{port}"
        assert _get(base + "/healthz") == (200, "ok\n")
        status, body = _get(base + "/metrics")
        assert status == 200
        assert sample(body, "registratura_items", state="routed", queue="support") == 1
        assert sample(body, "registratura_waiting", queue="support") == 1
        status, body = _get(f"{base}/api/requests/{acc.registration_number}")
        assert status == 200 and json.loads(body)["queue"] == "support"
        assert _get(base + "/api/requests/REG-1999-000001")[0] == 404
    finally:
        server.shutdown()
        rt.close()


def test_breach_and_due_soon_gauges(tmp_path: Path) -> None:
    """An item past its due time counts as breached; one due within two hours as due soon."""
    rt = Runtime(Settings(data_dir=tmp_path))
    try:
        rt.start_workers()
        acc = rt.accept(text_mail(8), Envelope(channel=Channel.CLI))
        assert rt.wait_final([acc.item_id], 60) == set()
        assert sample(metrics_text(rt.db), "registratura_sla_breached", queue="support") == 0
        later = utcnow() + timedelta(hours=11, minutes=30)
        text = metrics_text(rt.db, now=later)
        assert sample(text, "registratura_sla_due_soon", queue="support") == 1
        assert sample(text, "registratura_oldest_overdue_seconds", queue="support") == 0
        much_later = utcnow() + timedelta(hours=13)
        text = metrics_text(rt.db, now=much_later)
        assert sample(text, "registratura_sla_breached", queue="support") == 1
        assert sample(text, "registratura_sla_due_soon", queue="support") == 0
        # an hour past the 12-hour target (less the seconds the test took)
        assert 3500 < sample(text, "registratura_oldest_overdue_seconds", queue="support") <= 3600
    finally:
        rt.close()
