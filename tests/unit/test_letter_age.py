"""An old letter sent again is no current request: its age is judged against its arrival."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from parsers.model import Category
from router.policy import load_policy
from router.signatures.evidence import Check, Outcome
from router.signatures.input import SignatureInput
from router.signatures.letter import letter_age

ARRIVED = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.UTC)
POLICY = load_policy()


def _item(reference_date: str | None, arrived: dt.datetime | None = ARRIVED) -> SignatureInput:
    fields = {"reference_date": reference_date} if reference_date else {}
    return SignatureInput(Category.LAW_ENFORCEMENT, "post", b"", {}, {}, fields, arrived)


def _signed(at: str) -> Check:
    return Check("pdf_signature", Outcome.PASS, "valid", {"signing_time_stated": at})


def test_a_letter_dated_long_before_it_arrived_is_missing_its_content() -> None:
    (check,) = letter_age(_item("2024-03-14"), POLICY, [])
    assert check.kind == "content" and check.verdict is Outcome.MISSING
    assert "2024-03-14" in check.detail and "max_letter_age_days" in check.detail


def test_a_recent_letter_passes_silently() -> None:
    assert letter_age(_item("2026-11-12"), POLICY, []) == []


def test_the_signed_time_is_judged_before_the_letters_own_date() -> None:
    """Signed in March 2024: old, whatever date the text claims; signed today: current."""
    (check,) = letter_age(_item("2026-11-30"), POLICY, [_signed("2024-03-14T10:05:00+00:00")])
    assert check.verdict is Outcome.MISSING and "signed 2024-03-14" in check.detail
    assert letter_age(_item("2024-03-14"), POLICY, [_signed("2026-12-04T08:00:00+00:00")]) == []


def test_a_letter_dated_after_it_arrived_cannot_be_right() -> None:
    (check,) = letter_age(_item("2027-01-20"), POLICY, [])
    assert check.verdict is Outcome.MISSING and "after it arrived" in check.detail


def test_no_date_no_arrival_or_no_limit_judge_nothing(tmp_path: Path) -> None:
    assert letter_age(_item(None), POLICY, []) == []
    assert letter_age(_item("2024-03-14", arrived=None), POLICY, []) == []
    path = tmp_path / "policy.toml"
    path.write_text("[signatures]\nmax_letter_age_days = 0\n", "utf-8")
    assert letter_age(_item("2024-03-14"), load_policy(path), []) == []


def test_a_signed_letter_post_dated_past_its_arrival_cannot_be_right() -> None:
    """A valid signature of 4 December does not make a letter dated 11.I.2027 current (round
    9's README: post-dated letter). The old code judged only the signed time then."""
    (check,) = letter_age(_item("2027-01-11"), POLICY, [_signed("2026-12-04T08:00:00+00:00")])
    assert check.verdict is Outcome.MISSING and "2027-01-11, after it arrived" in check.detail


def test_a_letter_dated_after_its_signature_cannot_be_right() -> None:
    """Signed on 1 December, dated the 5th (and arrived the 5th): signed before it was written."""
    (check,) = letter_age(_item("2026-12-05"), POLICY, [_signed("2026-12-01T08:00:00+00:00")])
    assert check.verdict is Outcome.MISSING and "after it was signed" in check.detail
    # the same day, or a day's difference of time zones, is no contradiction
    assert letter_age(_item("2026-12-02"), POLICY, [_signed("2026-12-01T23:30:00+00:00")]) == []
