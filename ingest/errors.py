"""Errors raised by `ingest`."""

from __future__ import annotations


class IngestError(Exception):
    """Root of every error raised by `ingest`."""


class ImapConfigError(IngestError):
    """An `[[imap]]` table of the policy file is missing a value or has a wrong one."""


class ImapConnectionError(IngestError):
    """The IMAP server could not be reached, refused us, or dropped the session."""
