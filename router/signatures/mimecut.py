"""A MIME part's bytes as the original holds them, cut by its multipart's boundary.

Signatures are over bytes, never over what a parser serialises back: the
S/MIME-signed entity (`smime`) and an enclosed original (`enclosure`) are cut
from the untouched item here.

A boundary string is no position: the same `--<boundary>` lines may be written
anywhere in an item (in an earlier text part, an HTML comment, a second
multipart with the same boundary), where no reader takes them for delimiters.
`part_bytes` cuts the `index`-th stretch after such a line; `stretches` gives
every stretch the email package could have read as a body part of that
boundary, delimited as it delimits them, so a caller can keep only the one
that reads as exactly the part the parser walked (`smime.signed_part_bytes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def part_bytes(raw: bytes, boundary: str, index: int = 0) -> bytes | None:
    """The `index`-th body part of the multipart whose boundary is `boundary`, as the
    bytes hold it (headers and body), cut from the untouched original: the `index`-th
    line `--<boundary>` anywhere in the item, which is where the parser found the part
    only when nothing else in the item writes such a line (see `stretches`)."""
    delim = re.escape(b"--" + boundary.encode("ascii", "replace"))
    starts = [m.end() for m in re.finditer(rb"(?:^|\n)" + delim + rb"[ \t]*\r?\n", raw)]
    if index >= len(starts):
        return None
    start = starts[index]
    end = re.search(rb"\r?\n" + delim, raw[start:])
    return None if end is None else raw[start : start + end.start()]


def _boundary_bytes(boundary: str) -> bytes:
    """The boundary as the item's bytes write it (the email package reads bytes as ASCII,
    anything else kept as surrogate escapes)."""
    try:
        return boundary.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return boundary.encode("utf-8", "surrogateescape")


def stretches(raw: bytes, boundary: str) -> Iterator[bytes]:
    """Every stretch of `raw` that the email package could read as one body part of a
    multipart whose boundary is `boundary`, in the order they occur.

    A delimiter line is matched as the email package matches it (`--<boundary>`, an
    optional `--`, spaces or tabs, the line's end; at a line's start, after CR, LF or
    CRLF); a stretch runs from the end of a delimiter line that does not close the
    multipart to the next delimiter line of either kind, without the line end just
    before it (which belongs to the delimiter). Which stretch is the part the parser
    walked the boundary cannot say: the caller must compare.
    """
    sep = re.escape(b"--" + _boundary_bytes(boundary))
    pattern = re.compile(rb"(?<![^\r\n])" + sep + rb"(--)?[ \t]*(?:\r\n|\r|\n|\Z)")
    previous: re.Match[bytes] | None = None
    for match in pattern.finditer(raw):
        if previous is not None and previous.group(1) is None:
            start, end = previous.end(), match.start()
            if raw.endswith(b"\r\n", start, end):
                end -= 2
            elif end > start and raw[end - 1 : end] in (b"\r", b"\n"):
                end -= 1
            yield raw[start:end]
        previous = match
