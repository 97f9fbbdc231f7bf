"""Foreign bytes become text once, one way: what every text column, JSON value and line holds.

Bytes that are not UTF-8 reach us as file names (a scanner writing
Windows-1250 names; Python hands them over surrogate-escaped, `os.fsdecode`)
and as raw 8-bit header bytes (the email parser escapes them the same way).
Neither PostgreSQL nor a UTF-8 JSON line can hold a lone surrogate, and
PostgreSQL's text cannot hold NUL while SQLite's can. So one rule, applied at
the door (the envelope) and again by the column types on the way in and out
of the database (`storage.models`):

- a run of escaped bytes is decoded as Windows-1250, the Romanian 8-bit
  charset the mail headers' fallback already assumes (`parsers.charset`),
  with U+FFFD for the five bytes it leaves undefined;
- any other lone surrogate becomes U+FFFD;
- NUL is removed.

Text that is already clean is returned as it is (the common case costs one
regular-expression search).
"""

from __future__ import annotations

import base64
import json
import os
import re
from typing import Any

_DIRTY = re.compile("[\x00\ud800-\udfff]")
_ESCAPED = re.compile("[\udc80-\udcff]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
FALLBACK_CHARSET = "cp1250"


def _unescape(match: re.Match[str]) -> str:
    raw = bytes(ord(c) - 0xDC00 for c in match.group())
    return raw.decode(FALLBACK_CHARSET, errors="replace")


def clean_text(text: str) -> str:
    """`text` as valid UTF-8 without NUL: escaped bytes decoded as Windows-1250."""
    if _DIRTY.search(text) is None:
        return text
    text = _ESCAPED.sub(_unescape, text)
    text = _SURROGATE.sub("\ufffd", text)
    return text.replace("\x00", "")


def clean_json(value: Any) -> Any:
    """`value` (JSON-shaped: dicts, lists, strings…) with every string and key cleaned.

    Returns the very object when nothing needed cleaning, so a clean row
    costs no copy: one C-speed serialisation tells (a parse record with ink
    marks holds tens of thousands of numbers, too many to visit in Python).
    """
    if isinstance(value, dict | list | tuple):
        try:
            dumped = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            return _clean_walk(value)
        if "\\u0000" not in dumped and _SURROGATE.search(dumped) is None:
            return value
    return _clean_walk(value)


def _clean_walk(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        items = [(_clean_walk(k), _clean_walk(v)) for k, v in value.items()]
        if all(k is k0 and v is v0 for (k, v), (k0, v0) in zip(items, value.items(), strict=True)):
            return value
        return dict(items)
    if isinstance(value, list | tuple):
        cleaned = [_clean_walk(v) for v in value]
        if all(c is v for c, v in zip(cleaned, value, strict=True)):
            return value
        return cleaned if isinstance(value, list) else tuple(cleaned)
    return value


def text_of_bytes(raw: bytes) -> str:
    """Bytes as text by the same rule: UTF-8 where they are UTF-8, other runs Windows-1250; no NUL."""
    return clean_text(raw.decode("utf-8", errors="surrogateescape"))


def name_bytes(name: str) -> bytes | None:
    """The real bytes of an OS name (`os.fsencode`), or None if `name` never came from bytes."""
    try:
        return os.fsencode(name)
    except UnicodeEncodeError:
        return None


def foreign_name(name: str) -> tuple[str, str | None]:
    """(readable name, base64 of the real bytes or None when the name is clean UTF-8)."""
    if _DIRTY.search(name) is None:
        return name, None
    raw = name_bytes(name)
    return clean_text(name), None if raw is None else base64.b64encode(raw).decode("ascii")
