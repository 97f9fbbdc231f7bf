"""Romanian or English, by counting each language's commonest short words."""

from __future__ import annotations

import re

_RO = frozenset(
    [
        "si",
        "de",
        "la",
        "cu",
        "pe",
        "din",
        "pentru",
        "va",
        "nu",
        "este",
        "am",
        "sa",
        "ca",
        "care",
        "un",
        "o",
        "in",
        "mai",
        "al",
        "ale",
        "sunt",
        "fost",
        "prin",
        "dumneavoastra",
        "buna",
        "ziua",
    ]
)
_EN = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "you",
        "i",
        "for",
        "on",
        "with",
        "not",
        "have",
        "my",
        "please",
        "this",
        "that",
        "was",
        "are",
        "be",
        "it",
        "your",
        "from",
    ]
)


def detect_language(folded: str) -> str:
    """ "ro" or "en" for a folded text; Romanian when unsure (the operator's language)."""
    words = re.findall(r"[a-z]+", folded)
    ro = sum(1 for w in words if w in _RO)
    en = sum(1 for w in words if w in _EN)
    return "en" if en > ro else "ro"
