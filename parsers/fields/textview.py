"""A text seen twice: cleaned (what values are sliced from) and folded (what patterns match).

Both have the same length (see `normalize.fold`), so a match's offsets on the
folded text cut the value "as written" out of the cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..normalize import clean, fold
from ..repair import LABEL_WORDS, repair_ocr, repair_words


@dataclass(frozen=True, slots=True)
class TextView:
    """Cleaned text, its folded twin, and whether it came from OCR (looser patterns apply)."""

    text: str
    folded: str
    ocr: bool = False

    @classmethod
    def of(
        cls, raw: str, *, ocr: bool = False, vocabulary: frozenset[str] = LABEL_WORDS
    ) -> TextView:
        """Clean `raw`; OCR'd text is also repaired (`repair.repair_ocr`, words from `vocabulary`).

        Typed text gets the word repair alone: people misspell the same words
        ("coeltul", "reclaamție") that OCR damages.
        """
        cleaned = clean(raw)
        cleaned = repair_ocr(cleaned, vocabulary) if ocr else repair_words(cleaned, vocabulary)
        return cls(cleaned, fold(cleaned), ocr)

    def finditer(
        self, pattern: re.Pattern[str], start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        return pattern.finditer(self.folded, start, len(self.folded) if end is None else end)

    def search(self, pattern: re.Pattern[str], start: int = 0) -> re.Match[str] | None:
        return pattern.search(self.folded, start)

    def value(self, m: re.Match[str], group: int | str = 0) -> str:
        """The cleaned (as written) text of a match group on the folded text."""
        start, end = m.span(group)
        return self.text[start:end]

    def line_at(self, pos: int) -> tuple[int, int]:
        """(start, end) offsets of the line holding `pos`."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, (len(self.text) if end < 0 else end)

    def lines(self) -> list[tuple[int, int]]:
        """(start, end) offsets of every line."""
        out: list[tuple[int, int]] = []
        pos = 0
        for line in self.text.split("\n"):
            out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out
