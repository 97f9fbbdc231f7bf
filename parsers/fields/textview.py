"""A text seen twice: cleaned (what values are sliced from) and folded (what patterns match).

Both have the same length (see `normalize.fold`), so a match's offsets on the
folded text cut the value "as written" out of the cleaned text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..normalize import clean, fold
from ..repair import LABEL_WORDS, TYPED_EDITS, repair_ocr, repair_words

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class TextView:
    """Cleaned text, its folded twin, and whether it came from OCR (looser patterns apply)."""

    text: str
    folded: str
    ocr: bool = False
    # What is computed once per text and asked for by several extractors (the lines,
    # the sentences): each extractor asking again would make their sum quadratic.
    _memo: dict[Hashable, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(
        cls, raw: str, *, ocr: bool = False, vocabulary: frozenset[str] = LABEL_WORDS
    ) -> TextView:
        """Clean `raw`; OCR'd text is also repaired (`repair.repair_ocr`, words from `vocabulary`).

        Typed text gets the word repair alone: people misspell the same words
        ("coeltul", "reclaamție") that OCR damages.
        """
        cleaned = clean(raw)
        cleaned = (
            repair_ocr(cleaned, vocabulary)
            if ocr
            else repair_words(cleaned, vocabulary, TYPED_EDITS, typed=True, keep_names=True)
        )
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

    def remember(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """`compute()`, once per view and key (what several extractors ask of one text)."""
        if key not in self._memo:
            self._memo[key] = compute()
        value: _T = self._memo[key]
        return value

    def line_at(self, pos: int) -> tuple[int, int]:
        """(start, end) offsets of the line holding `pos` (found by bisection, not a scan)."""
        lines = self.lines()
        i = bisect_right(self._line_starts(), pos) - 1
        if pos < 0 or i < 0:
            return self._scan_line(pos)
        start, end = lines[i]
        if pos > end:  # past the end of the text: as the scan finds it
            return self._scan_line(pos)
        return start, end

    def _scan_line(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, (len(self.text) if end < 0 else end)

    def lines(self) -> tuple[tuple[int, int], ...]:
        """(start, end) offsets of every line (computed once per view)."""
        cached: tuple[tuple[int, int], ...] | None = self._memo.get("lines")
        if cached is None:
            out: list[tuple[int, int]] = []
            pos = 0
            for line in self.text.split("\n"):
                out.append((pos, pos + len(line)))
                pos += len(line) + 1
            cached = self._memo["lines"] = tuple(out)
        return cached

    def line_ends(self) -> list[int]:
        """The end offset of every line, in order (for bisection)."""
        ends: list[int] | None = self._memo.get("ends")
        if ends is None:
            ends = self._memo["ends"] = [b for _, b in self.lines()]
        return ends

    def _line_starts(self) -> list[int]:
        starts: list[int] | None = self._memo.get("starts")
        if starts is None:
            starts = self._memo["starts"] = [a for a, _ in self.lines()]
        return starts
