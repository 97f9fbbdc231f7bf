"""Errors raised by `storage`."""

from __future__ import annotations


class StorageError(Exception):
    """Root of every error raised by `storage`."""


class StorageUnavailable(StorageError):
    """The database refused or could not be reached; the caller should answer "try later"."""
