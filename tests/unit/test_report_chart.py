"""`report --chart`: the weekly figures behind the chart, and the PNG it writes (not its pixels)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from router.report import Request
from router.report_chart import Series, weekly, write_chart
from router.sla import SlaRule, calendars
from router.timeline import ClockEvent
from tests.conftest import ROOT

BUC = ZoneInfo("Europe/Bucharest")
RULES = {
    "support": SlaRule("support_12h", hours=12, first_response={"hours": 12}),
    "law_enforcement": SlaRule(
        "le_3bd",
        business_days=3,
        acknowledgement={"business_days": 1},
        closing={"business_days": 3, "calendar": "business"},
    ),
}
CALS = calendars({}, BUC)
PNG = b"\x89PNG\r\n\x1a\n"


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BUC)  # type: ignore[misc]


def answered(n: int, received: datetime, hours: float, *extra: ClockEvent) -> Request:
    events = (ClockEvent("responded", received + timedelta(hours=hours)), *extra)
    return Request(f"REG-{n}", "support", received, events)


def generated() -> list[Request]:
    """Two weeks of support requests and one law-enforcement closing, with known answers."""
    week1 = at(2026, 11, 16, 10)  # Monday
    reqs = [answered(i, week1, h) for i, h in enumerate((1, 2, 3, 4), start=1)]
    # Sunday 23:30 local is still the week of Monday 16 (in UTC it is 21:30, also Sunday).
    reqs.append(answered(5, at(2026, 11, 22, 23, 30), 10))
    # Monday 00:30 local is the week of Monday 23, though in UTC it is still Sunday 22:30.
    monday2 = at(2026, 11, 23, 0, 30)
    reqs.append(answered(6, monday2, 6))
    # Answered after 8 h, 5 of them waiting on the sender: 3 h on the clock.
    waited = (
        ClockEvent("waiting", monday2 + timedelta(hours=1)),
        ClockEvent("resumed", monday2 + timedelta(hours=6)),
    )
    reqs.append(answered(7, monday2, 8, *waited))
    reqs.append(Request("REG-8", "support", monday2, ()))  # open: not in any week's figures
    # Received Friday 10:00, closed Tuesday 10:00: Fri 14 h + Mon 24 h + Tue 10 h of the
    # business calendar's whole days = 48 working hours = 2 working days.
    le_received = at(2026, 11, 20, 10)
    reqs.append(
        Request(
            "REG-9",
            "law_enforcement",
            le_received,
            (
                ClockEvent("acknowledged", le_received + timedelta(hours=1)),
                ClockEvent("closed", at(2026, 11, 24, 10)),
            ),
        )
    )
    return reqs


def test_weekly_percentiles_in_the_targets_units() -> None:
    """p50/p90 per week of receipt (local Mondays), pauses subtracted, open requests left out."""
    support, le = weekly(generated(), RULES, CALS, BUC)

    assert (support.queue, support.target, support.unit, support.goal) == (
        "support",
        "first_response",
        "hours",
        12.0,
    )
    first, second = support.weeks
    assert first.monday == date(2026, 11, 16) and first.count == 5
    # 1, 2, 3, 4, 10 hours: median 3, p90 between 4 and 10 (numpy's linear rule): 7.6.
    assert first.p50 == pytest.approx(3.0) and first.p90 == pytest.approx(7.6)
    assert second.monday == date(2026, 11, 23) and second.count == 2
    # 6 hours and 3 hours (8 less the 5 waiting): median 4.5, p90 5.7.
    assert second.p50 == pytest.approx(4.5) and second.p90 == pytest.approx(5.7)

    # Only first response and closing are charted; the acknowledgement target is not.
    assert (le.target, le.unit, le.goal, le.describe) == (
        "closing",
        "working days (business)",
        3.0,
        "3 working days (business)",
    )
    (week,) = le.weeks
    assert week.monday == date(2026, 11, 16) and week.count == 1
    assert week.p50 == pytest.approx(2.0) and week.p90 == pytest.approx(2.0)


def test_a_queue_without_answers_has_no_series() -> None:
    assert weekly([Request("REG-1", "support", at(2026, 11, 16, 10), ())], RULES, CALS, BUC) == []
    only_le = [r for r in generated() if r.queue == "law_enforcement"]
    assert [(s.queue, s.target) for s in weekly(only_le, RULES, CALS, BUC)] == [
        ("law_enforcement", "closing")
    ]


def _png(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG
    assert 10_000 < len(data) < 1_000_000, len(data)
    with Image.open(path) as img:
        assert img.format == "PNG"
        return img.size


def test_the_chart_is_a_png_with_one_panel_per_series(tmp_path: Path) -> None:
    reqs = generated()
    series: list[Series] = weekly(reqs, RULES, CALS, BUC)
    chart = tmp_path / "weekly.png"
    assert write_chart(chart, reqs, RULES, CALS, BUC, at(2026, 11, 1), at(2026, 12, 1)) is True
    width, height = _png(chart)
    empty = tmp_path / "empty.png"
    assert write_chart(empty, [], RULES, CALS, BUC, at(2026, 11, 1), at(2026, 12, 1)) is False
    empty_width, empty_height = _png(empty)  # a PNG that says "no data", not a missing file
    assert width == empty_width == 1000
    assert len(series) == 2 and height == empty_height + 250  # 2.5 inches a panel more


def test_matplotlib_is_loaded_only_for_a_chart() -> None:
    """The CLI and the report import without matplotlib: other commands never pay for it."""
    code = (
        "import sys, registratura.cli, registratura.clock_cmd, router.report; "
        "print('matplotlib' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
