"""The blind scorer runs the product of its own tree, not the checkout the venv was made in.

The venv's `registratura` is an editable install of one checkout; a scorer started
from another worktree (first contact is scored on the code *before* a change, from a
worktree of that commit) ran that one checkout's code instead, silently. Session 18
scored round 13's first contact that way once and had to score it again.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from bench.blind import score


def test_the_product_runs_from_the_scorer_s_own_tree(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: dict[str, Any] = {}

    def fake_run(cmd: list[str], **kw: Any) -> subprocess.CompletedProcess[bytes]:
        seen["env"] = kw["env"]
        return subprocess.CompletedProcess(cmd, 0, b"", b"")

    monkeypatch.setattr(score.subprocess, "run", fake_run)
    monkeypatch.setenv("PYTHONPATH", "/somewhere/else")
    score.run_product([tmp_path / "m01.eml"], tmp_path, batch=10, timeout=5)
    tree = str(Path(score.__file__).resolve().parents[2])
    assert seen["env"]["PYTHONPATH"].split(":")[0] == tree
    assert "/somewhere/else" in seen["env"]["PYTHONPATH"].split(":")
