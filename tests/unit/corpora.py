"""Where the third-party test corpora live, and the skip-locally / fail-in-CI rule.

The corpora are read in place from ../shared/corpora (never copied into the
repo). Absent locally, a test that needs them is skipped; absent in CI (the
CI environment variable set), it fails, so a broken checkout cannot pass.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(
    os.environ.get(
        "REGISTRATURA_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora"
    )
)


def corpus_path(rel: str) -> Path:
    """The path of a corpus file; skips (locally) or fails (CI) when it is absent."""
    path = ROOT / rel
    if not path.exists():
        message = f"test corpus file missing: {path}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def corpus_bytes(rel: str) -> bytes:
    return corpus_path(rel).read_bytes()
