"""Corpus look-ups for the parsers' tests (the rule itself lives in tests/conftest.py)."""

from __future__ import annotations

from tests.conftest import corpus

corpus_path = corpus


def corpus_bytes(rel: str) -> bytes:
    return corpus_path(rel).read_bytes()
