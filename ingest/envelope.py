"""The envelope: everything known about an item besides its bytes, frozen at the door.

The envelope is where foreign bytes become text, once, for every channel
(`storage.text`): a file name that is not UTF-8 is kept readable in
`filename` (Windows-1250, the Romanian scanners' charset) with its real bytes
in `filename_raw` (base64); every other text (addresses, HELO, `extra`) is
cleaned the same way, NUL removed. What the envelope holds can then go into
any text column or JSON line, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import base64
import copy
import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from storage import utcnow
from storage.text import clean_json, clean_text, foreign_name


class Channel(enum.StrEnum):
    """How an item reached us (REQUEST_SCHEMA.md `source.channel`)."""

    SMTP = "smtp"
    IMAP = "imap"
    FOLDER = "folder"
    CLI = "cli"
    FAX = "fax"
    POST = "post"


def _clean(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


@dataclass(frozen=True, slots=True)
class Envelope:
    """Where the bytes came from. Channels fill what they know; the rest stays None.

    `filename` may be given as the OS hands it over (surrogate-escaped bytes,
    `os.fsdecode`); the envelope keeps it as clean text and, when it was not
    UTF-8, its real bytes base64-encoded in `filename_raw`.
    """

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
    filename_raw: str | None = None  # base64 of the name's bytes when they are not UTF-8

    def __post_init__(self) -> None:
        # Frozen: the cleaned values are set once, here, through object.__setattr__.
        if self.filename is not None:
            name, raw = foreign_name(self.filename)
            object.__setattr__(self, "filename", name)
            if raw is not None:
                object.__setattr__(self, "filename_raw", raw)
        for attr in ("mail_from", "client_ip", "helo", "fax_number", "auth_user"):
            object.__setattr__(self, attr, _clean(getattr(self, attr)))
        object.__setattr__(self, "rcpt_to", tuple(clean_text(r) for r in self.rcpt_to))
        object.__setattr__(self, "extra", clean_json(self.extra))

    @property
    def filename_bytes(self) -> bytes | None:
        """The file name as the sender's file system spelled it (its real bytes)."""
        if self.filename_raw is not None:
            return base64.b64decode(self.filename_raw)
        return None if self.filename is None else self.filename.encode("utf-8")

    def to_json(self) -> dict[str, Any]:
        """The envelope as the item's JSON column holds it: what `dataclasses.asdict`
        gives (field order; `extra` a copy the caller may change), without asdict's
        per-value `deepcopy`, which was 7% of the SMTP door's time per message."""
        return {
            "channel": self.channel.value,
            "filename": self.filename,
            "mail_from": self.mail_from,
            "rcpt_to": list(self.rcpt_to),
            "client_ip": self.client_ip,
            "helo": self.helo,
            "tls": self.tls,
            "fax_number": self.fax_number,
            "auth_user": self.auth_user,
            "received_at": self.received_at.isoformat(),
            "extra": _copied(self.extra),
            "filename_raw": self.filename_raw,
        }


def _copied(value: Any) -> Any:
    """A copy of JSON-shaped `value` sharing nothing mutable (asdict's deep copy, for
    dicts, lists and tuples without its memo; anything else deep-copied as asdict does)."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, dict):
        return type(value)((_copied(k), _copied(v)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return type(value)(_copied(v) for v in value)
    return copy.deepcopy(value)
