"""The report's remembering calendars answer exactly as the calendars they stand for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from router.calendar import from_policy
from router.report import remembering
from router.sla import calendars

BUC = ZoneInfo("Europe/Bucharest")
CALS = {
    **calendars({}, BUC),
    "support": from_policy(
        "support",
        {"weekdays": ["mon", "tue", "wed", "thu", "fri", "sat"], "hours": ["09:00", "21:00"]},
        BUC,
    ),
    "legal": from_policy(
        "legal", {"hours": ["00:00", "24:00"], "extra_days_off": ["2026-12-24"]}, BUC
    ),
}
TWINS = remembering(CALS)
# Around the DST changes, Easter, Pentecost, 1 December and Christmas of 2026.
instants = st.datetimes(
    min_value=datetime(2026, 3, 1), max_value=datetime(2027, 1, 31), timezones=st.just(UTC)
)


@settings(max_examples=300, deadline=None)
@given(start=instants, hours=st.floats(0, 24 * 40), name=st.sampled_from(sorted(CALS)))
def test_working_seconds_are_the_same_to_the_last_bit(
    start: datetime, hours: float, name: str
) -> None:
    end = start + timedelta(hours=hours)
    assert TWINS[name].working_seconds(start, end) == CALS[name].working_seconds(start, end)
    assert TWINS[name].working_seconds(end, start) == 0.0


@settings(max_examples=300, deadline=None)
@given(start=instants, days=st.integers(0, 10), name=st.sampled_from(sorted(CALS)))
def test_business_days_land_on_the_same_instant(start: datetime, days: int, name: str) -> None:
    want = CALS[name].add_business_days(start, days)
    got = TWINS[name].add_business_days(start, days)
    assert got == want and got.utcoffset() == want.utcoffset()
    assert TWINS[name].is_working_day(start.date()) == CALS[name].is_working_day(start.date())


def test_equal_calendars_share_one_twin() -> None:
    assert remembering(calendars({}, BUC))["business"] is TWINS["business"]
    assert remembering(TWINS) == TWINS  # a twin is not wrapped again
