"""The envelope: everything known about an item besides its bytes, frozen at the door."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from storage import utcnow


class Channel(enum.StrEnum):
    """How an item reached us (REQUEST_SCHEMA.md `source.channel`)."""

    SMTP = "smtp"
    IMAP = "imap"
    FOLDER = "folder"
    CLI = "cli"
    FAX = "fax"
    POST = "post"


@dataclass(frozen=True, slots=True)
class Envelope:
    """Where the bytes came from. Channels fill what they know; the rest stays None."""

    channel: Channel
    filename: str | None = None
    mail_from: str | None = None
    rcpt_to: tuple[str, ...] = ()
    client_ip: str | None = None
    helo: str | None = None
    tls: bool = False
    fax_number: str | None = None
    auth_user: str | None = None  # SMTP AUTH identity, when the client authenticated
    received_at: datetime = field(default_factory=utcnow)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["channel"] = self.channel.value
        data["rcpt_to"] = list(self.rcpt_to)
        data["received_at"] = self.received_at.isoformat()
        return data
