"""Channels in: SMTP, IMAP, watched folders, the CLI. All go through `accept`."""

from __future__ import annotations

from ingest.accept import Accepted, accept, accept_many
from ingest.envelope import Channel, Envelope

__all__ = ["Accepted", "Channel", "Envelope", "accept", "accept_many"]
