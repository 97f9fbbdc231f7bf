"""Decode bytes whose declared charset may be wrong, unknown or missing.

Romanian mail arrives in UTF-8, ISO-8859-2, ISO-8859-16 and Windows-1250, and
sometimes declares a charset Python does not know ("x-unknown", "unknown-8bit",
a typo). The fallback order is UTF-8 (strict: it rarely decodes what is not
UTF-8) then Windows-1250 (decodes nearly any byte, and is the likeliest 8-bit
charset of a Romanian writer); every fallback is reported as a defect.
"""

from __future__ import annotations

import codecs

# Names seen in the wild that Python's codec registry does not resolve.
_ALIASES = {
    "x-unknown": None,
    "unknown-8bit": None,
    "unknown": None,
    "x-user-defined": None,
    "default": None,
    "ansi_x3.4-1968": "ascii",
    "iso-8859-8-i": "iso-8859-8",
    "ks_c_5601-1987": "cp949",
    "windows-874": "cp874",
    "utf8": "utf-8",
    "x-mac-ce": "mac-latin2",
}


def codec_for(charset: str | None) -> str | None:
    """The Python codec name for a declared charset, or None when unknown/absent."""
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    if name in _ALIASES:
        return _ALIASES[name]
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def decode_bytes(data: bytes, charset: str | None, defects: list[str], where: str) -> str:
    """Decode `data` as `charset`, falling back (with a defect) when that fails.

    US-ASCII declared on 8-bit bytes is common (clients that lie); it is treated
    as "try UTF-8, then Windows-1250" without a defect-worthy surprise beyond one note.
    """
    codec = codec_for(charset)
    if codec == "ascii" and not data.isascii():
        codec = None
        defects.append(f"{where}: declared us-ascii but has 8-bit bytes")
    elif charset and codec is None:
        defects.append(f"{where}: unknown charset {charset!r}, decoded by guess")
    if codec is not None:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            defects.append(f"{where}: bytes are not valid {charset}, decoded by guess")
        except LookupError:  # pragma: no cover - codec_for already checked
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1250", errors="replace")


def decode_surrogates(text: str, defects: list[str], where: str) -> str:
    """Undo the surrogateescape the email parser applies to raw 8-bit header bytes."""
    if not any("\udc80" <= c <= "\udcff" for c in text):
        return text
    data = text.encode("utf-8", errors="surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        defects.append(f"{where}: raw 8-bit header bytes, decoded as windows-1250")
        return data.decode("cp1250", errors="replace")
