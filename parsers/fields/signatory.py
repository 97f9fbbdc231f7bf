"""The signer of an official letter: rank and name as written.

The last short line holding a rank ("Comisar-șef de poliție", "Prim-procuror",
"Judecător") followed by a name ("Popescu Ion") is the signatory; a rank alone
on its line takes the name from the next line.
"""

from __future__ import annotations

import re

from .textview import TextView

RANK = re.compile(
    r"\b(?:prim[- ]?procuror(?:\s+adjunct)?|procuror(?:[- ]sef)?(?:\s+adjunct)?|"
    r"(?:sub)?comisar(?:[- ]sef)?(?:\s+de\s+politie)?|"
    r"inspector(?:\s+(?:principal|sef|general))?(?:\s+de\s+politie)?|"
    r"agent(?:[- ]sef)?(?:\s+(?:principal|adjunct))?(?:\s+de\s+politie)?|"
    r"chestor(?:\s+(?:principal|sef|general))?(?:\s+de\s+politie)?|"
    r"ofiter(?:\s+de\s+politie(?:\s+judiciara)?)?|judecator|presedinte|"
    r"(?:locotenent[- ])?colonel|locotenent|maior|capitan)\b"
)
_NAME = re.compile(
    r"^\s*,?\s*(?P<name>[A-ZĂÂÎȘȚ][\w'-]*\.?(?:\s+[A-ZĂÂÎȘȚ][\w'-]*\.?){1,3})\s*[.,]?\s*$"
)
MAX_LINE = 90


def find_signatory(view: TextView) -> str | None:
    """Rank and name of the signer, as written, or None."""
    lines = view.lines()
    for idx in range(len(lines) - 1, -1, -1):
        start, end = lines[idx]
        if end - start > MAX_LINE:
            continue
        m = RANK.search(view.folded, start, end)
        if not m or view.folded[start : m.start()].strip(" -,"):
            continue
        rest = view.text[m.end() : end]
        if _NAME.match(rest):
            return _tidy(view.text[start:end])
        if not rest.strip(" ,.:"):
            nxt = next(
                (ln for ln in lines[idx + 1 : idx + 3] if view.text[ln[0] : ln[1]].strip()), None
            )
            if nxt and _NAME.match(view.text[nxt[0] : nxt[1]]):
                return _tidy(view.text[m.start() : m.end()] + " " + view.text[nxt[0] : nxt[1]])
    return None


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" ,.;")
