"""`/metrics` over a real socket, on a database the real pipeline filled (SQLite and PostgreSQL).

What the pipeline did (channels, queues, verdicts, quarantines, duplicates,
clock events) is known item by item; the scrape must say the same, parsed by
prometheus_client's own parser. The figures come from the database, so a
second service process on the same database answers the same numbers.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ingest import Channel, Envelope
from registratura import admin
from registratura.http import start_http
from registratura.metrics import metrics_text
from registratura.runtime import Runtime
from registratura.settings import Settings
from router import steps
from router.responses import record_clock
from storage import Database
from tests.conftest import ROOT, SAMPLES
from tests.helpers import free_port, text_mail
from tests.metrics_support import by_label, sample, samples, scrape

pytestmark = pytest.mark.integration

RULES = ROOT / "deploy" / "prometheus"


def test_scrape_matches_what_the_pipeline_did(
    tmp_path: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rt = Runtime(Settings(data_dir=tmp_path, database_url=database_url))
    port = free_port()
    server = start_http(rt.db, "127.0.0.1", port)
    try:
        # Before any worker runs: an item the parse step's time limit quarantines
        # (what router.actors does when TimeLimitExceeded reaches it).
        slow = rt.accept(text_mail(900), Envelope(channel=Channel.FOLDER, filename="slow.eml"))
        assert steps.quarantine(
            rt.pipeline,
            slow.item_id,
            "parse exceeded its time limit of 120 s; not retried (the same input would take "
            "as long again)",
            actor="router.parse",
        )
        rt.start_workers()
        inputs = [
            (text_mail(1), Envelope(channel=Channel.SMTP)),
            (text_mail(2), Envelope(channel=Channel.SMTP)),
            (text_mail(3), Envelope(channel=Channel.CLI)),
            ((SAMPLES / "le_police_email.eml").read_bytes(), Envelope(channel=Channel.IMAP)),
            (
                (SAMPLES / "complaint_text.pdf").read_bytes(),
                Envelope(channel=Channel.FOLDER, filename="complaint_text.pdf"),
            ),
            (b"\x00\x01 not a document at all", Envelope(channel=Channel.CLI, filename="x.bin")),
        ]
        accepted = [rt.accept(raw, env) for raw, env in inputs]
        again = rt.accept(text_mail(1), Envelope(channel=Channel.IMAP))  # the same bytes again
        assert again.duplicate and again.item_id == accepted[0].item_id
        assert rt.wait_final([a.item_id for a in accepted], 120) == set()

        # What each item became, from the request API (the pipeline's own account).
        api = {a.registration_number: rt_request(rt, a.registration_number) for a in accepted}
        routed = Counter(
            (r["category"], r["queue"], r["signatures"]["verdict"] or "none")
            for r in api.values()
            if r["queue"] != "quarantine"
        )
        garbage = accepted[-1].registration_number
        assert api[garbage]["queue"] == "quarantine"
        support = [a for a in accepted if api[a.registration_number]["queue"] == "support"]
        assert len(support) == 3

        # Clock events on the first support request: acknowledged, answered, closed.
        first = support[0].registration_number
        received = rt_received(rt, support[0].item_id)
        record_clock(rt.db, first, "acknowledged", received + timedelta(seconds=30), "test")
        record_clock(rt.db, first, "responded", received + timedelta(hours=2, minutes=10), "test")
        record_clock(rt.db, first, "closed", received + timedelta(hours=3), "test")

        ctype, text = scrape(port)
        assert ctype.startswith("text/plain; version=0.0.4")
        assert by_label(text, "registratura_received_total", "channel") == {
            "smtp": 2,
            "cli": 2,
            "imap": 1,
            "folder": 2,
        }
        assert by_label(text, "registratura_duplicates_total", "channel") == {"imap": 1}
        got_routed = Counter(
            {
                (s.labels["category"], s.labels["queue"], s.labels["verdict"]): int(s.value)
                for s in samples(text)
                if s.name == "registratura_routed_total"
            }
        )
        assert got_routed == routed
        assert by_label(text, "registratura_quarantined_total", "reason") == {
            "unreadable": 1,
            "time_limit": 1,
        }
        assert sample(text, "registratura_items", state="routed", queue="support") == 3
        assert sample(text, "registratura_items", state="quarantined", queue="quarantine") == 2
        assert sample(text, "registratura_waiting", queue="support") == 2
        assert sample(text, "registratura_open", queue="support") == 2
        assert sample(text, "registratura_sla_breached", queue="support") == 0

        def hist(name: str, le: str) -> float:
            return sample(text, f"registratura_{name}_seconds_bucket", queue="support", le=le)

        assert sample(text, "registratura_first_response_seconds_count", queue="support") == 1
        assert sample(
            text, "registratura_first_response_seconds_sum", queue="support"
        ) == pytest.approx(7800, abs=0.01)
        assert hist("first_response", "7200.0") == 0 and hist("first_response", "14400.0") == 1
        assert sample(
            text, "registratura_acknowledgement_seconds_sum", queue="support"
        ) == pytest.approx(30, abs=0.01)
        assert hist("acknowledgement", "60.0") == 1
        assert sample(text, "registratura_closing_seconds_sum", queue="support") == pytest.approx(
            10800, abs=0.01
        )
        assert hist("closing", "14400.0") == 1 and hist("closing", "3600.0") == 0
        latency_counts = by_label(text, "registratura_route_latency_seconds_count", "queue")
        assert sum(latency_counts.values()) == sum(routed.values())
        # Bounded labels: nothing personal, nothing per item.
        for s in samples(text):
            for value in s.labels.values():
                assert "@" not in value and "REG-" not in value and len(value) <= 32, s

        # `registratura retry` of the unreadable item: quarantined again. The
        # counter counts both quarantines; nothing is received twice.
        assert admin.retry(rt, [garbage], wait=True, timeout=60) == 0
        capsys.readouterr()
        _, text = scrape(port)
        assert sample(text, "registratura_quarantined_total", reason="unreadable") == 2
        assert sample(text, "registratura_received_total", channel="cli") == 2

        # A second process on the same database answers the same figures.
        other = Database(rt.db.url)
        try:
            again_text = metrics_text(other)
        finally:
            other.dispose()
        strip = re.compile(
            r"^registratura_metrics_query_seconds .*$|^registratura_oldest_wait.*$", re.M
        )
        assert strip.sub("", again_text) == strip.sub("", text)

        # OpenMetrics when the scraper asks for it.
        ctype, om = scrape(port, accept="application/openmetrics-text; version=1.0.0")
        assert ctype.startswith("application/openmetrics-text") and om.endswith("# EOF\n")
    finally:
        server.shutdown()
        rt.close()


def rt_request(rt: Runtime, number: str) -> dict[str, Any]:
    from sqlalchemy import select

    from router.request import build
    from storage import Item

    with rt.db.reader() as s:
        item = s.scalar(select(Item).where(Item.registration_number == number))
        assert item is not None
        return build(item)


def rt_received(rt: Runtime, item_id: int) -> datetime:
    from sqlalchemy import select

    from storage.items import ITEMS

    with rt.db.read() as conn:
        at: datetime = conn.execute(
            select(ITEMS.c.received_at).where(ITEMS.c.id == item_id)
        ).scalar_one()
        return at
