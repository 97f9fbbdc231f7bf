"""The forged/defective matrix of bench/eval_signatures.py meets its targets (a correctness test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.eval_signatures import run_matrix
from tests.samples.signatures.world import World

pytestmark = pytest.mark.slow


def test_no_forged_request_is_verified_and_valid_ones_are(tmp_path: Path) -> None:
    """0 forged or defective cases verified, at least 95% of valid ones verified, ≥ 40 forged cases."""
    results = run_matrix(World.create(tmp_path))
    forged = [r for r in results if not r.case.valid]
    valid = [r for r in results if r.case.valid]
    assert len(forged) >= 40
    assert [r.case.name for r in forged if r.verdict == "verified"] == []
    assert sum(r.verdict == "verified" for r in valid) / len(valid) >= 0.95, [
        (r.case.name, r.result["reasons"]) for r in valid if r.verdict != "verified"
    ]
