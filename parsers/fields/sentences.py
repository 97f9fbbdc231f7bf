"""Sentence spans of a folded text, aware of Romanian abbreviations.

A period ends a sentence when whitespace and a capital letter, digit or the
end follow, unless it closes an abbreviation ("nr.", "art.", "Bd.", "Str.",
initials). A blank line ends a sentence unless the text before it clearly goes
on (a lower-case word, a comma, an abbreviation): OCR splits paragraphs in the
middle of sentences.
"""

from __future__ import annotations

import re

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
_BOUNDARY = re.compile(r"[.!?;]+(?=\s)|\n\s*\n|\f")


def sentence_spans(text: str, folded: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; `text` (cleaned, with case) decides capitals."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(folded):
        if not _ends_sentence(text, folded, m):
            continue
        end = m.end() if m.group(0)[0] in ".!?;" else m.start()
        if folded[start:end].strip():
            spans.append(_trim(folded, start, end))
        start = m.end()
    if folded[start:].strip():
        spans.append(_trim(folded, start, len(folded)))
    return spans


def _trim(folded: str, start: int, end: int) -> tuple[int, int]:
    while start < end and folded[start].isspace():
        start += 1
    while end > start and folded[end - 1].isspace():
        end -= 1
    return start, end


def _ends_sentence(text: str, folded: str, m: re.Match[str]) -> bool:
    before = folded[: m.start()]
    word = re.search(r"([\w.-]+)$", before)
    last = word.group(1).lower() if word else ""
    if m.group(0)[0] in "\n\f":
        if m.group(0)[0] == "\f":
            return True
        tail = before.rstrip()
        if not tail:
            return True
        if tail[-1] == "," and "\n" in m.group(0)[1:] and text[m.end() : m.end() + 1].isupper():
            return True  # a paragraph that opens with a capital starts a new sentence
        if tail[-1] in ",(-" or (tail[-1] == "." and last.rstrip(".") in ABBREVIATIONS):
            return False
        return not re.search(r"[a-z]$", tail) or bool(re.search(r"[:;]\s*$", tail))
    if m.group(0)[0] != ".":
        return True
    if last.rstrip(".") in ABBREVIATIONS or re.fullmatch(r"[a-z]", last.rstrip(".")):
        return False
    after = text[m.end() :].lstrip()
    return not after or after[0].isupper() or after[0].isdigit() or after[0] in "\"'-("
