"""IMAP accounts from the policy file: `[[imap]]` tables turned into frozen values.

The policy file names the environment variable that holds each password
(`password_env`), never the password itself: the file is reviewed and
versioned by the legal team, the secret is not. Every mistake is reported
with the account and the key at fault, at start-up, not when a poller first
connects.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ingest.errors import ImapConfigError

E = TypeVar("E", bound=enum.StrEnum)

DEFAULT_KEYWORD = "$Registratura"
DEFAULT_POLL_SECONDS = 60.0
DEFAULT_MAX_MESSAGE_BYTES = 50 * 1024 * 1024
# RFC 3501 atom-specials plus the backslash of system flags: a keyword must be an atom.
_KEYWORD_FORBIDDEN = set('(){ %*"\\]') | {chr(c) for c in range(0x20)} | {"\x7f"}

_KNOWN_KEYS = {
    "name",
    "host",
    "port",
    "tls",
    "ca_file",
    "username",
    "password_env",
    "folders",
    "after",
    "keyword",
    "move_to",
    "poll_seconds",
    "idle",
    "max_message_bytes",
}


class Tls(enum.StrEnum):
    """How the connection is protected: implicit TLS (993), STARTTLS (143), or none."""

    SSL = "ssl"
    STARTTLS = "starttls"
    NONE = "none"


class After(enum.StrEnum):
    """What the poller does to a message once it is stored (never a deletion by default)."""

    KEYWORD = "keyword"  # add a keyword (default $Registratura); the message stays as it was
    SEEN = "seen"  # mark \\Seen
    MOVE = "move"  # move to `move_to` (MOVE, or COPY + \\Deleted + UID EXPUNGE)


@dataclass(frozen=True, slots=True)
class ImapAccount:
    """One mailbox to pull from, and what to do with each message after storing it."""

    name: str
    host: str
    port: int
    tls: Tls
    username: str
    password_env: str
    folders: tuple[str, ...]
    after: After = After.KEYWORD
    keyword: str = DEFAULT_KEYWORD
    move_to: str | None = None
    poll_seconds: float = DEFAULT_POLL_SECONDS
    idle: bool = True
    ca_file: str | None = None
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES

    def password(self, environ: Mapping[str, str] | None = None) -> str:
        """The password, read from the environment variable the policy names."""
        env = os.environ if environ is None else environ
        value = env.get(self.password_env)
        if not value:
            raise ImapConfigError(
                f"imap account {self.name!r}: environment variable {self.password_env} "
                "(password_env) is not set"
            )
        return value


def parse_accounts(
    tables: Any, *, environ: Mapping[str, str] | None = None
) -> tuple[ImapAccount, ...]:
    """Parse the policy's `[[imap]]` list; checks every password variable is set too."""
    if tables is None:
        return ()
    if not isinstance(tables, list):
        raise ImapConfigError("policy key 'imap' must be an array of tables ([[imap]])")
    accounts = tuple(_parse_one(i, t) for i, t in enumerate(tables))
    names = [a.name for a in accounts]
    for name in names:
        if names.count(name) > 1:
            raise ImapConfigError(f"imap account name {name!r} is used twice; set `name`")
    for account in accounts:
        account.password(environ)
    return accounts


def _parse_one(index: int, table: Any) -> ImapAccount:
    where = f"[[imap]] #{index + 1}"
    if not isinstance(table, dict):
        raise ImapConfigError(f"{where}: must be a table")
    if "password" in table:
        raise ImapConfigError(f"{where}: never put the password in the file; use password_env")
    unknown = sorted(set(table) - _KNOWN_KEYS)
    if unknown:
        raise ImapConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")
    host = _str(table, "host", where)
    username = _str(table, "username", where)
    name = _str(table, "name", where, default=f"{username}@{host}")
    where = f"imap account {name!r}"
    tls = _enum(Tls, table.get("tls", "ssl"), "tls", where)
    port = _int(table, "port", where, default=993 if tls is Tls.SSL else 143)
    if not 0 < port < 65536:
        raise ImapConfigError(f"{where}: port {port} is out of range")
    folders = _folders(table.get("folders", ["INBOX"]), where)
    after = _enum(After, table.get("after", "keyword"), "after", where)
    keyword = _str(table, "keyword", where, default=DEFAULT_KEYWORD)
    if not keyword or keyword.startswith("\\") or set(keyword) & _KEYWORD_FORBIDDEN:
        raise ImapConfigError(f"{where}: keyword {keyword!r} is not a valid IMAP keyword")
    move_to = table.get("move_to")
    if after is After.MOVE:
        if not isinstance(move_to, str) or not move_to:
            raise ImapConfigError(f"{where}: after = 'move' needs move_to = 'Folder'")
        if move_to in folders:
            raise ImapConfigError(f"{where}: move_to {move_to!r} is also a folder we poll")
    elif move_to is not None:
        raise ImapConfigError(f"{where}: move_to is set but after is {after.value!r}")
    poll_seconds = _float(table, "poll_seconds", where, default=DEFAULT_POLL_SECONDS)
    if poll_seconds <= 0:
        raise ImapConfigError(f"{where}: poll_seconds must be positive")
    idle = table.get("idle", True)
    if not isinstance(idle, bool):
        raise ImapConfigError(f"{where}: idle must be true or false")
    ca_file = table.get("ca_file")
    if ca_file is not None and not isinstance(ca_file, str):
        raise ImapConfigError(f"{where}: ca_file must be a path")
    if ca_file is not None and not Path(ca_file).is_file():
        raise ImapConfigError(f"{where}: ca_file {ca_file!r} is not a file")
    max_bytes = _int(table, "max_message_bytes", where, default=DEFAULT_MAX_MESSAGE_BYTES)
    if max_bytes <= 0:
        raise ImapConfigError(f"{where}: max_message_bytes must be positive")
    return ImapAccount(
        name=name,
        host=host,
        port=port,
        tls=tls,
        username=username,
        password_env=_str(table, "password_env", where),
        folders=folders,
        after=after,
        keyword=keyword,
        move_to=move_to if after is After.MOVE else None,
        poll_seconds=poll_seconds,
        idle=idle,
        ca_file=ca_file,
        max_message_bytes=max_bytes,
    )


def _str(table: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = table.get(key, default)
    if value is None:
        raise ImapConfigError(f"{where}: {key} is required")
    if not isinstance(value, str) or not value.strip():
        raise ImapConfigError(f"{where}: {key} must be a non-empty string")
    return value


def _int(table: Mapping[str, Any], key: str, where: str, default: int) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ImapConfigError(f"{where}: {key} must be an integer")
    return value


def _float(table: Mapping[str, Any], key: str, where: str, default: float) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ImapConfigError(f"{where}: {key} must be a number")
    return float(value)


def _enum(kind: type[E], value: Any, key: str, where: str) -> E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in kind)
        raise ImapConfigError(f"{where}: {key} = {value!r}; expected one of {allowed}") from None


def _folders(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Sequence) or not value:
        raise ImapConfigError(f"{where}: folders must be a non-empty list of folder names")
    if not all(isinstance(f, str) and f for f in value):
        raise ImapConfigError(f"{where}: folders must be a non-empty list of folder names")
    if len(set(value)) != len(value):
        raise ImapConfigError(f"{where}: a folder is listed twice")
    return tuple(value)
