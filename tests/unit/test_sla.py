"""The response-time clock: Romanian business days, holidays and calendar hours."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from router.sla import (
    SlaRule,
    add_business_days,
    due_at,
    is_business_day,
    romanian_holidays,
)

BUC = ZoneInfo("Europe/Bucharest")


@pytest.mark.parametrize(
    ("year", "easter_monday"),
    [
        (2024, date(2024, 5, 6)),
        (2025, date(2025, 4, 21)),
        (2026, date(2026, 4, 13)),
        (2027, date(2027, 5, 3)),
    ],
)
def test_orthodox_easter_monday_is_a_holiday(year: int, easter_monday: date) -> None:
    """Orthodox Easter Monday (the published dates) is a day off; the Tuesday after is not."""
    assert easter_monday in romanian_holidays(year)
    assert not is_business_day(easter_monday)
    assert is_business_day(easter_monday + timedelta(days=1))


def test_holidays_2026_include_movable_and_new_ones() -> None:
    """2026's list has Good Friday, Easter Monday, Rusalii Monday, Boboteaza and Sf. Ioan."""
    h = romanian_holidays(2026)
    for d in (
        date(2026, 4, 10),
        date(2026, 4, 13),
        date(2026, 6, 1),
        date(2026, 5, 31),
        date(2026, 1, 6),
        date(2026, 1, 7),
        date(2026, 12, 1),
        date(2026, 11, 30),
    ):
        assert d in h
    assert date(2026, 1, 6) not in romanian_holidays(2023)


def test_three_business_days_skip_weekend() -> None:
    """A request received on Thursday is due on Tuesday at the same local time."""
    received = datetime(2026, 11, 19, 10, 30, tzinfo=BUC)  # Thursday
    assert add_business_days(received, 3, BUC) == datetime(2026, 11, 24, 10, 30, tzinfo=BUC)


def test_three_business_days_skip_national_day() -> None:
    """Received Friday 27 Nov 2026: Mon 30 Nov and Tue 1 Dec are holidays, so Wed, Thu, Fri: due Fri 4 Dec."""
    received = datetime(2026, 11, 27, 9, 15, tzinfo=BUC)
    assert add_business_days(received, 3, BUC) == datetime(2026, 12, 4, 9, 15, tzinfo=BUC)


def test_weekend_receipt_starts_next_business_day() -> None:
    """Received on Saturday, the clock starts Monday 00:00: one business day later is Tuesday 00:00."""
    received = datetime(2026, 11, 21, 15, 0, tzinfo=BUC)
    assert add_business_days(received, 1, BUC) == datetime(2026, 11, 24, 0, 0, tzinfo=BUC)
    assert not is_business_day(date(2026, 11, 21))


def test_hours_rule_is_calendar_time() -> None:
    """Support's 12 hours run through nights and weekends."""
    received = datetime(2026, 11, 21, 22, 0, tzinfo=BUC)
    assert due_at(SlaRule("support_12h", hours=12), received, BUC) == datetime(
        2026, 11, 22, 10, 0, tzinfo=BUC
    )
