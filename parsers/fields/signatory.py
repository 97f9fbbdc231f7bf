"""The signer of an official letter: rank and name as written.

The last short line holding a rank ("Comisar-șef de poliție", "Prim-procuror",
"Judecător", "Grefier") followed by a name ("Popescu Ion") is the signatory; a rank alone
on its line takes the name from the next line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .noise import is_noise_line, name_prefix
from .textview import TextView

RANK = re.compile(
    r"\b(?:prim[- ]?procuror(?:\s+adjunct)?|procuror(?:[- ]sef)?(?:\s+adjunct)?|"
    r"(?:sub)?comisar(?:[- ]sef)?(?:\s+de\s+politie)?|"
    r"inspector(?:\s+(?:principal|sef|general))?(?:\s+de\s+politie)?|"
    r"agent(?:[- ]sef)?(?:\s+(?:principal|adjunct))?(?:\s+de\s+politie)?|"
    r"chestor(?:\s+(?:principal|sef|general))?(?:\s+de\s+politie)?|"
    r"ofiter(?:\s+de\s+politie(?:\s+judiciara)?)?|judecator|presedinte|"
    r"(?:prim[- ]?)?grefier(?:[- ]sef)?|magistrat[- ]asistent|"
    r"director(?:\s+(?:general|executiv|adjunct))?|"
    r"(?:locotenent[- ])?colonel|locotenent|maior|capitan)\b"
)
_NAME = re.compile(
    r"^\s*,?\s*(?P<name>[A-ZĂÂÎȘȚ][\w'-]*\.?(?:\s+[A-ZĂÂÎȘȚ][\w'-]*\.?){1,3})\s*[.,]?\s*$"
)
MAX_LINE = 90


def find_signatory(view: TextView) -> str | None:
    """Rank and name of the signer, as written, or None.

    On OCR'd text a stamp beside or under the signature adds pieces of its
    legend and specks to the rank and name lines, or lines of its own between
    them (`noise`): those are read past.
    """
    lines = view.lines()
    for idx in range(len(lines) - 1, -1, -1):
        start, end = lines[idx]
        if end - start > MAX_LINE:
            continue
        m = RANK.search(view.folded, start, end)
        if not m or view.folded[start : m.start()].strip(" -,'\"."):
            continue
        rank = view.text[m.start() : m.end()]
        rest = view.text[m.end() : end]
        if _NAME.match(rest):
            return _tidy(view.text[m.start() : end])
        if view.ocr and (name := name_prefix(rest)):
            return _tidy(f"{rank} {name}")
        if not rest.strip(" ,.:") or (view.ocr and is_noise_line(rest)):
            name = _name_below(view, lines[idx + 1 : idx + (5 if view.ocr else 3)])
            if name:
                return _tidy(f"{rank} {name}")
    return None


def _name_below(view: TextView, below: Sequence[tuple[int, int]]) -> str | None:
    """The name on the first line under a rank that is not blank (nor, in OCR'd text, stamp noise)."""
    for a, b in below:
        line = view.text[a:b]
        if not line.strip():
            continue
        if _NAME.match(line):
            return line
        if not view.ocr:
            return None
        name = name_prefix(line)
        if name:
            return name
        if not is_noise_line(line):
            return None
    return None


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" ,.;")
