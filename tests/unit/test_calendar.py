"""Business calendars and the response-time timeline, on a frozen clock.

Every instant is written out: weekends, Romanian holidays (1 December,
Orthodox Easter Monday, Pentecost Monday), the DST changes of Europe/Bucharest,
working hours of the phone line (Mon–Sat 09:00–21:00) and pauses while a
request waits on its sender.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from router.calendar import BusinessCalendar, CalendarError, from_policy
from router.errors import PolicyError
from router.policy import load_policy
from router.sla import SlaRule, Target, calendars, check_calendars
from router.timeline import ClockEvent, timeline

BUC = ZoneInfo("Europe/Bucharest")
LEGAL = BusinessCalendar("legal", BUC)
PHONE = BusinessCalendar(
    "support", BUC, weekdays=frozenset(range(6)), opens=time(9), closes=time(21)
)
H = 3600.0


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BUC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("day", "why"),
    [
        (date(2026, 12, 1), "National Day"),
        (date(2026, 4, 13), "Orthodox Easter Monday"),
        (date(2026, 6, 1), "Pentecost Monday (and Children's Day)"),
        (date(2027, 6, 21), "Pentecost Monday 2027"),
        (date(2026, 11, 30), "Saint Andrew"),
    ],
)
def test_romanian_holidays_are_days_off(day: date, why: str) -> None:
    """Public holidays from the holidays package are no working days, whatever the weekday."""
    assert day.weekday() < 5, why
    assert not LEGAL.is_working_day(day), why
    assert LEGAL.holiday(day)


def test_working_seconds_skip_the_weekend_and_1_december() -> None:
    """Friday 27 Nov 2026 12:00 to Wednesday 2 Dec 12:00: half of Friday plus half of Wednesday."""
    assert LEGAL.working_seconds(at(2026, 11, 27, 12), at(2026, 12, 2, 12)) == 24 * H


def test_phone_line_hours_and_saturday() -> None:
    """The phone line works Saturday 09–21 and not Sunday: Sat 20:00 → Mon 10:00 is 2 h."""
    assert PHONE.working_seconds(at(2026, 11, 21, 20), at(2026, 11, 23, 10)) == 2 * H
    assert PHONE.add_working(at(2026, 11, 21, 20), 2 * H) == at(2026, 11, 23, 10).astimezone(UTC)


def test_dst_day_has_23_working_hours() -> None:
    """Sunday 29 March 2026 loses an hour in Bucharest: a whole-day calendar counts 23 h."""
    every_day = BusinessCalendar("all", BUC, weekdays=frozenset(range(7)), country=None)
    assert every_day.working_seconds(at(2026, 3, 29, 0), at(2026, 3, 30, 0)) == 23 * H
    assert every_day.working_seconds(at(2026, 10, 25, 0), at(2026, 10, 26, 0)) == 25 * H


def test_business_days_across_easter_and_pentecost() -> None:
    """Received Thursday 9 April 2026 10:00: Good Friday and Easter Monday are off, 2 days → Wed 15."""
    assert LEGAL.add_business_days(at(2026, 4, 9, 10), 2) == at(2026, 4, 15, 10)
    # Friday 29 May 2026: 1 June (Pentecost Monday) is off; 2 business days → Wednesday 3 June.
    assert LEGAL.add_business_days(at(2026, 5, 29, 11), 2) == at(2026, 6, 3, 11)


def test_policy_calendar_with_extra_day_off_and_unknown_key() -> None:
    """A policy calendar takes extra days off; a misspelt key is an error naming it."""
    cal = from_policy(
        "legal",
        {"weekdays": ["mon", "tue", "wed", "thu", "fri"], "extra_days_off": [date(2026, 12, 24)]},
        BUC,
    )
    assert not cal.is_working_day(date(2026, 12, 24))
    with pytest.raises(CalendarError, match="weekday"):
        from_policy("legal", {"weekday": ["mon"]}, BUC)


def test_acknowledgement_is_not_a_response_and_later_responses_keep_the_first() -> None:
    """The first response is the earliest `responded`; an acknowledgement never counts."""
    t = timeline(
        at(2026, 11, 23, 9),
        [
            ClockEvent("acknowledged", at(2026, 11, 23, 9, 1)),
            ClockEvent("responded", at(2026, 11, 23, 15)),
            ClockEvent("responded", at(2026, 11, 24, 10)),
        ],
    )
    assert t.acknowledged_at == at(2026, 11, 23, 9, 1)
    assert t.first_response_at == at(2026, 11, 23, 15)
    assert len(t.responses) == 2 and t.open


def test_waiting_pauses_the_clock_and_the_due_time_moves() -> None:
    """An official request waiting 2 working days for a signed address is due 2 days later."""
    received = at(2026, 11, 23, 10)  # Monday
    t = timeline(
        received,
        [
            ClockEvent("waiting", at(2026, 11, 23, 12)),
            ClockEvent("resumed", at(2026, 11, 25, 12)),  # Wednesday
        ],
    )
    rule = SlaRule("le", closing={"business_days": 3, "calendar": "business"})
    cals = calendars({}, BUC)
    now = at(2026, 11, 26, 9)
    assert (
        t.elapsed(now, cals["business"]) == (3 * 24 - 1 - 48) * H
    )  # Mon 10:00 → Thu 09:00 less 48 h
    closing = rule.targets()["closing"]
    # Due Thursday 26 10:00 without the pause; 48 working hours later skips the weekend,
    # Saint Andrew (Mon 30 Nov) and the National Day (Tue 1 Dec): Wednesday 2 Dec 10:00.
    assert closing.due(t, cals, now) == at(2026, 12, 2, 10).astimezone(UTC)


def test_reopen_clears_the_closing() -> None:
    """Closed, reopened, closed again: closed_at is the last closing."""
    t = timeline(
        at(2026, 11, 23, 9),
        [
            ClockEvent("closed", at(2026, 11, 24, 9)),
            ClockEvent("reopened", at(2026, 11, 25, 9)),
            ClockEvent("closed", at(2026, 11, 26, 9)),
        ],
    )
    assert t.closed_at == at(2026, 11, 26, 9) and t.reopened == 1


def test_targets_validate_their_units_and_calendars() -> None:
    """A target takes exactly one unit; a word where a number belongs, or an unknown calendar, is an error."""
    with pytest.raises(ValueError, match="positive number"):
        SlaRule("x", first_response={"hours": "twelve"})
    with pytest.raises(ValueError, match="exactly one"):
        Target.parse("t", {"hours": 1, "business_days": 1})
    rule = SlaRule("x", first_response={"business_hours": 8, "calendar": "phone"})
    with pytest.raises(ValueError, match="no calendar 'phone'"):
        check_calendars({"support": rule}, calendars({}, BUC))


def test_a_policy_with_an_unknown_calendar_is_refused_at_load(tmp_path: Path) -> None:
    """A target naming a calendar the policy does not define stops the policy from loading."""
    path = tmp_path / "policy.toml"
    path.write_text(
        '[sla.special]\npolicy = "s"\nfirst_response = { business_hours = 8, calendar = "phone" }\n',
        "utf-8",
    )
    with pytest.raises(PolicyError, match="no calendar 'phone'"):
        load_policy(path)
