"""The generated sample set (tests/samples) against its ground truth, expected.json.

Comparison follows tests/samples/README.md: strings after NFC and cedilla ->
comma-below; free-text fields (requested_data items, proposed_resolution,
reply_to, topic) need only contain the expected phrase, case-insensitively;
only the fields listed are checked.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from parsers import Cues, Understanding, extract, understand

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
EXPECTED = SAMPLES / "expected.json"
FREE_TEXT = {"proposed_resolution", "reply_to", "topic"}


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", value).translate(str.maketrans("şţŞŢ", "șțȘȚ"))


def _cases() -> list[tuple[str, dict[str, Any]]]:
    if not EXPECTED.exists():
        return []
    return sorted(json.loads(EXPECTED.read_text(encoding="utf-8")).items())


@cache
def _understood(name: str) -> Understanding:
    raw = (SAMPLES / name).read_bytes()
    return understand(extract(raw, filename=name), Cues.default())


def _check(key: str, got: Any, want: Any) -> None:
    if key in FREE_TEXT:
        assert isinstance(got, str) and _norm(want).lower() in _norm(got).lower(), (key, got, want)
    elif key == "requested_data":
        for phrase in want:
            assert any(_norm(phrase).lower() in _norm(item).lower() for item in got), (
                key,
                phrase,
                got,
            )
    elif isinstance(want, dict) and key != "period" and key != "amount":
        assert isinstance(got, dict), (key, got)
        for sub, value in want.items():
            _check(sub, got.get(sub), value)
    elif isinstance(want, str):
        assert isinstance(got, str) and _norm(got) == _norm(want), (key, got, want)
    else:
        assert got == want, (key, got, want)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "expected"), _cases() or [pytest.param("-", {}, marks=pytest.mark.skip("no samples"))]
)
def test_sample_matches_ground_truth(name: str, expected: dict[str, Any]) -> None:
    """understand(extract(sample)) gives the category and every field expected.json lists."""
    u = _understood(name)
    assert u.category.value == expected["category"], u.reasons
    assert u.confidence >= 0.5
    for key, want in expected["fields"].items():
        _check(key, u.fields.get(key), want)
