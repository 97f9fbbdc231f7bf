"""The response-time report on a frozen clock: percentiles, targets met and missed, pauses."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from router.report import Request, percentile, report
from router.sla import SlaRule, calendars
from router.timeline import ClockEvent

BUC = ZoneInfo("Europe/Bucharest")
RULES = {
    "support": SlaRule("support_12h", hours=12, first_response={"hours": 12}),
    "law_enforcement": SlaRule(
        "le_3bd", business_days=3, closing={"business_days": 3, "calendar": "business"}
    ),
}
CALS = calendars({}, BUC)


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BUC)  # type: ignore[misc]


def test_percentile_interpolates_between_ranks() -> None:
    """p50 of 1..4 is 2.5 and p90 is 3.7, as numpy's default interpolation gives."""
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile([1, 2, 3, 4], 90) == pytest.approx(3.7)


def test_support_first_responses_met_late_and_open() -> None:
    """Answered in 3 h (met), in 14 h (late), one open 20 h (late and open): an ack never counts."""
    received = at(2026, 11, 23, 8)
    reqs = [
        Request(
            "REG-1",
            "support",
            received,
            (
                ClockEvent("acknowledged", received + timedelta(minutes=1)),
                ClockEvent("responded", received + timedelta(hours=3)),
            ),
        ),
        Request(
            "REG-2", "support", received, (ClockEvent("responded", received + timedelta(hours=14)),)
        ),
        Request("REG-3", "support", received, (ClockEvent("acknowledged", received),)),
    ]
    (support,) = report(reqs, RULES, CALS, now=received + timedelta(hours=20))
    (first,) = support.targets
    assert (first.met, first.breached, first.open_past_due) == (1, 2, 1)
    assert first.calendar_hours.count == 2
    assert first.calendar_hours.mean == pytest.approx(8.5)
    assert support.open == 3 and support.oldest_open[0][0] == "REG-1"


def test_a_pause_does_not_count_against_the_legal_team() -> None:
    """Closed 4 working days after receipt, 2 of them waiting for a signed copy: met, 2 days of work."""
    received = at(2026, 11, 16, 10)  # Monday
    events = (
        ClockEvent("waiting", at(2026, 11, 16, 12)),
        ClockEvent("resumed", at(2026, 11, 18, 12)),
        ClockEvent("closed", at(2026, 11, 20, 10)),  # Friday
    )
    (le,) = report(
        [Request("REG-9", "law_enforcement", received, events)], RULES, CALS, at(2026, 11, 30)
    )
    (closing,) = le.targets
    assert (closing.met, closing.breached) == (1, 0)
    assert closing.working_hours.mean == pytest.approx(4 * 24 - 48)
    assert le.open == 0


def test_closing_missed_across_the_national_day() -> None:
    """Received Friday 27 Nov 09:00; 30 Nov and 1 Dec are holidays, so due Friday 4 Dec 09:00: closed at 10:00 is late."""
    received = at(2026, 11, 27, 9)
    events = (ClockEvent("closed", at(2026, 12, 4, 10)),)
    (le,) = report(
        [Request("REG-7", "law_enforcement", received, events)], RULES, CALS, at(2026, 12, 5)
    )
    (closing,) = le.targets
    assert (closing.met, closing.breached) == (0, 1)  # due Friday 4 Dec 09:00
