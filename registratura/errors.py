"""Errors the command line turns into one line and exit status 2."""

from __future__ import annotations


class CommandError(Exception):
    """An argument, a setting or a server the command needs is wrong (the message says which)."""
