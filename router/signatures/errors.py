"""Errors of the signature checks; each is turned into evidence, never raised to the router."""

from __future__ import annotations


class SignatureError(Exception):
    """Root of the signature checks' errors."""


class DnsError(SignatureError):
    """A DNS question could not be answered (temporary failure, timeout, bad zone file)."""
