"""Shared fixtures for the parsers' unit tests."""

from __future__ import annotations

import pytest

from parsers import Cues


@pytest.fixture(scope="session")
def cues() -> Cues:
    return Cues.default()
