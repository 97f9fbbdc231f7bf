"""Response times through the real commands: a mail in, answered, held, resumed, closed, reported."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.helpers import cli_env, run_cli

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_respond_hold_resume_close_and_report(tmp_path: Path) -> None:
    """The first response and the closing come from clock events; a pause is subtracted; refusals say why."""
    env = cli_env(tmp_path)
    proc = run_cli(["ingest", "--wait", "--json", str(SAMPLES / "support_html.eml")], env)
    assert proc.returncode == 0, proc.stderr
    line = json.loads(proc.stdout)
    reg, queue = line["registration_number"], line["queue"]
    received = datetime.fromisoformat(line["source"]["received_at"])

    def cmd(*args: str) -> str:
        p = run_cli(list(args), env)
        assert p.returncode == 0, p.stderr
        return p.stdout

    t = lambda hours: (received + timedelta(hours=hours)).isoformat()  # noqa: E731
    refused = run_cli(["resume", reg, "--at", t(1)], env)
    assert refused.returncode == 1 and "not waiting" in refused.stderr
    cmd("hold", reg, "--at", t(1), "--by", "ana")
    cmd("resume", reg, "--at", t(3))
    cmd("respond", reg, "--at", t(5), "--ref", "<answer-1@okazii.ro>")
    cmd("respond", reg, "--at", t(8))  # a later response never moves the first
    cmd("close", reg, "--at", t(9))
    out = json.loads(cmd("report", "--since", "1d", "--format", "json", "--now", t(10)))
    (figures,) = [q for q in out["queues"] if q["queue"] == queue]
    first = next(x for x in figures["targets"] if x["target"] == "first_response")
    assert first["calendar_hours"]["count"] == 1
    assert first["calendar_hours"]["mean"] == pytest.approx(3.0)  # 5 h less the 2 h waiting
    assert figures["open"] == 0
    shown = json.loads(cmd("show", reg))
    clock = [e["detail"]["clock"] for e in shown["audit"] if (e.get("detail") or {}).get("clock")]
    assert clock == ["waiting", "resumed", "responded", "responded", "closed"]
    assert datetime.fromisoformat(shown["sla"]["first_response_at"]) == received + timedelta(
        hours=5
    )
    assert datetime.fromisoformat(shown["sla"]["closed_at"]) == received + timedelta(hours=9)
    table = cmd("report", "--since", "1d", "--now", t(10))
    assert "first_response" in table and queue in table


def test_export_filters(tmp_path: Path) -> None:
    """`export` keeps only the requests of the queue, category, verdict and window asked for."""
    env = cli_env(tmp_path)
    files = [
        str(SAMPLES / n) for n in ("support_html.eml", "le_police_email.eml", "complaint_text.pdf")
    ]
    proc = run_cli(["ingest", "--wait", "--json", *files], env)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.splitlines()]

    def exported(*args: str) -> list[str]:
        p = run_cli(["export", "--jsonl", *args], env)
        assert p.returncode == 0, p.stderr
        return [json.loads(x)["registration_number"] for x in p.stdout.splitlines()]

    by_queue = {x["queue"]: x["registration_number"] for x in lines}
    assert exported("--queue", "support") == [by_queue["support"]]
    assert exported("--category", "law_enforcement") == [by_queue["law_enforcement"]]
    verdicts = {x["registration_number"]: x["signatures"]["verdict"] for x in lines}
    want = sorted(r for r, v in verdicts.items() if v == "not_required")
    assert sorted(exported("--verdict", "not_required")) == want and want
    assert len(exported("--since", "1d")) == 3
    assert exported("--since", "2999-01-01") == []
    bad = run_cli(["export", "--jsonl", "--since", "yesterday"], env)
    assert bad.returncode == 2 and "not a time" in bad.stderr


def test_audit_commands(tmp_path: Path) -> None:
    """`audit seal` leaves fresh events for later; `audit verify` reports an intact trail, exit 0."""
    env = cli_env(tmp_path)
    assert run_cli(["ingest", "--wait", str(SAMPLES / "support_html.eml")], env).returncode == 0
    sealed = run_cli(["audit", "seal"], env)
    assert sealed.returncode == 0 and "nothing new to seal" in sealed.stdout
    checked = run_cli(["audit", "verify"], env)
    assert checked.returncode == 0 and "audit trail intact" in checked.stdout, checked.stderr
