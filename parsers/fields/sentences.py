"""Sentence spans of a folded text, aware of Romanian abbreviations.

A period ends a sentence when whitespace and a capital letter, digit or the
end follow, unless it closes an abbreviation ("nr.", "art.", "Bd.", "Str.",
initials). A blank line ends a sentence unless the text before it clearly goes
on (a lower-case word, a comma, an abbreviation): OCR splits paragraphs in the
middle of sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

ABBREVIATIONS = frozenset(
    [
        "nr",
        "art",
        "alin",
        "lit",
        "pct",
        "str",
        "bd",
        "b-dul",
        "bl",
        "sc",
        "et",
        "ap",
        "jud",
        "mun",
        "sect",
        "loc",
        "com",
        "tel",
        "fax",
        "dl",
        "dna",
        "dra",
        "d-l",
        "d-na",
        "prof",
        "dr",
        "ing",
        "av",
        "ec",
        "cod",
        "c.proc.pen",
        "proc",
        "pen",
        "c.pen",
        "cca",
        "etc",
        "ian",
        "feb",
        "febr",
        "mart",
        "apr",
        "iun",
        "iul",
        "aug",
        "sept",
        "oct",
        "noi",
        "nov",
        "dec",
        "inreg",
        "ref",
        "pag",
        "vol",
        "cf",
        "ex",
        "resp",
        "ss",
        "sf",
        "ng",
        "no",
    ]
)
# Dotted initials: "i.p.j", "d.i.i.c.o.t" (folded, the last dot left out).
_DOTTED_ACRONYM = re.compile(r"(?:[a-z]\.){1,7}[a-z]")
# The codes' initials, which end a sentence often: "art. 170 C.p.p. Vă rugăm …".
_CODES = frozenset({"cpp", "cpen", "cpc", "cciv", "cproc", "ncpp", "ncpc", "cp", "cc"})
# After the initials' last dot: spaces on the same line, then a capital.
_NAME_GOES_ON = re.compile(r"\.?[ \t]+[A-ZĂÂÎȘȚŞŢ]")
_BOUNDARY = re.compile(r"[.!?;]+(?=\s)|\n\s*\n|\f")
# The word just before a boundary, looked for in a short window: an abbreviation
# is a few letters, so a longer word is simply "not an abbreviation".
_LAST_WORD = re.compile(r"([\w.-]+)$")
_WORD_WINDOW = 48
_LONG_WORD = "#long"


def sentence_spans(text: str, folded: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; `text` (cleaned, with case) decides capitals.

    Linear in the length of the text: each boundary looks at a bounded window
    before it and at the whitespace after it, never at a copy of the text
    (issue 13: copying the text before every boundary made a 256 KB body take
    minutes). The result is remembered for the last few texts, since several
    extractors ask for the same text's sentences.
    """
    return list(_spans(text, folded))


@lru_cache(maxsize=4)
def _spans(text: str, folded: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    last_solid = -1  # index of the last non-space character before the current boundary
    scanned = 0  # characters before this index have been looked at for `last_solid`
    for m in _BOUNDARY.finditer(folded):
        i = m.start() - 1
        while i >= scanned and folded[i].isspace():
            i -= 1
        if i >= scanned:
            last_solid = i
        scanned = m.start()
        ends = _ends_sentence(text, folded, m, last_solid)
        # The boundary itself is scanned too: a "." in it is the text's last solid character.
        for j in range(m.end() - 1, m.start() - 1, -1):
            if not folded[j].isspace():
                last_solid = j
                break
        scanned = m.end()
        if not ends:
            continue
        end = m.end() if m.group(0)[0] in ".!?;" else m.start()
        if folded[start:end].strip():
            spans.append(_trim(folded, start, end))
        start = m.end()
    if folded[start:].strip():
        spans.append(_trim(folded, start, len(folded)))
    return tuple(spans)


def sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The span holding `pos` (spans sorted and disjoint, as `sentence_spans` gives them)."""
    i = bisect_right(spans, (pos, _MAX)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return None


_MAX = 1 << 62


def _trim(folded: str, start: int, end: int) -> tuple[int, int]:
    while start < end and folded[start].isspace():
        start += 1
    while end > start and folded[end - 1].isspace():
        end -= 1
    return start, end


def _last_word(folded: str, pos: int) -> str:
    r"""The run of word characters, "." and "-" ending at `pos` (lower-case), as
    `re.search(r"([\w.-]+)$", folded[:pos])` finds it, looked for in a short window."""
    stem = pos
    while stem > 0 and folded[stem - 1] == ".":
        stem -= 1  # dots ending a word belong to the boundary before: seen once more at most
    low = max(0, stem - _WORD_WINDOW)
    word = _LAST_WORD.search(folded, low, pos)
    if word is None:
        return ""
    if word.start() == low and low > 0 and _LAST_WORD.match(folded[low - 1]):
        return _LONG_WORD  # longer than the window: no abbreviation is that long
    return word.group(1).lower()


def _ends_sentence(text: str, folded: str, m: re.Match[str], last_solid: int) -> bool:
    """Whether boundary `m` ends a sentence; `last_solid` is the index of the last
    non-space character before it (-1: none)."""
    last = _last_word(folded, m.start())
    if m.group(0)[0] in "\n\f":
        if m.group(0)[0] == "\f":
            return True
        if last_solid < 0:
            return True
        tail_end = folded[last_solid]
        if tail_end == "," and "\n" in m.group(0)[1:] and text[m.end() : m.end() + 1].isupper():
            return True  # a paragraph that opens with a capital starts a new sentence
        if tail_end in ",(-" or (tail_end == "." and last.rstrip(".") in ABBREVIATIONS):
            return False
        return not ("a" <= tail_end <= "z") or tail_end in ":;"
    if m.group(0)[0] != ".":
        return True
    if last.rstrip(".") in ABBREVIATIONS or re.fullmatch(r"[a-z]", last.rstrip(".")):
        return False
    if (
        _DOTTED_ACRONYM.fullmatch(last.rstrip("."))
        and last.replace(".", "") not in _CODES
        and _NAME_GOES_ON.match(text, m.end() - 1)
    ):
        # An institution's dotted initials ("la sediul I.P.J. Dolj", "D.I.I.C.O.T. Cluj"),
        # typed in capitals, a capitalised word after them on the same line: its name goes
        # on (round 15). A code's ("C.p.p.") may end a sentence, and so may initials at a
        # line's end or before a dash ("S.R.L. - Centrul …", "S.R.L.\nDepartamentul").
        stem = m.start()
        while stem > 0 and folded[stem - 1] == ".":
            stem -= 1
        written = text[max(0, stem - len(last)) : stem]
        if written.upper() == written:
            return False
    after = m.end()
    while after < len(text) and text[after].isspace():
        after += 1
    if after >= len(text):
        return True
    first = text[after]
    return first.isupper() or first.isdigit() or first in "\"'-("
