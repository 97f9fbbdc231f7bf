"""Errors raised by `router`."""

from __future__ import annotations


class RouterError(Exception):
    """Root of every error raised by `router`."""


class PolicyError(RouterError):
    """The policy file cannot be read or does not have the expected shape."""


class BrokerConfigError(RouterError):
    """BROKER_URL names a broker we do not know how to reach."""
