"""E-mail addresses in text, lower-cased, trailing punctuation dropped."""

from __future__ import annotations

import re

# A local part is at most 64 characters (RFC 5321): bounded, so that a long run of
# "%a%a%a..." (each "%" a place an address may start) is not read to its end from
# every one of them.
# Letters of any script, as a mail client shows them: an address whose domain has a
# Cyrillic "а" in it (a look-alike of an authority's) is an address, and is what the
# checks must see whole (`covernote.foreign_mailbox`), not a word ending at the "а".
EMAIL = re.compile(
    r"(?<![\w.+-])(?P<addr>[^\W_][\w.%+-]{0,63}@(?:[^\W_]|-)+(?:\.(?:[^\W_]|-)+)*"
    r"\.[^\W\d_]{2,24})(?![\w-])"
)


def find_emails(folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, address) of every e-mail address in folded text."""
    return [
        (m.start("addr"), m.end("addr"), m.group("addr").rstrip("."))
        for m in EMAIL.finditer(folded, start, len(folded) if end is None else end)
    ]


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower()
