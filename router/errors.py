"""Errors raised by `router`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class RouterError(Exception):
    """Root of every error raised by `router`."""


class PolicyError(RouterError):
    """The policy file cannot be read or does not have the expected shape.

    `problems` holds each mistake found (`router.policy_schema.PolicyProblem`:
    file, line, key path, message); the message is one line naming the first.
    """

    def __init__(self, message: str, problems: Sequence[Any] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


class BrokerConfigError(RouterError):
    """BROKER_URL names a broker we do not know how to reach."""
