"""A MIME part's bytes as the original holds them, cut by its multipart's boundary.

Signatures are over bytes, never over what a parser serialises back: the
S/MIME-signed entity (`smime`) and an enclosed original (`enclosure`) are cut
from the untouched item with this one function.
"""

from __future__ import annotations

import re


def part_bytes(raw: bytes, boundary: str, index: int = 0) -> bytes | None:
    """The `index`-th body part of the multipart whose boundary is `boundary`, as the
    bytes hold it (headers and body), cut from the untouched original: boundaries
    are unique, so this works for a multipart nested anywhere."""
    delim = re.escape(b"--" + boundary.encode("ascii", "replace"))
    starts = [m.end() for m in re.finditer(rb"(?:^|\n)" + delim + rb"[ \t]*\r?\n", raw)]
    if index >= len(starts):
        return None
    start = starts[index]
    end = re.search(rb"\r?\n" + delim, raw[start:])
    return None if end is None else raw[start : start + end.start()]
