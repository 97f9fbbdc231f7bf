"""The signer of an official letter: rank and name as written.

The last short line holding a rank ("Comisar-șef de poliție", "Prim-procuror",
"Judecător", "Grefier") followed by a name ("Popescu Ion") is the signatory; a rank alone
on its line takes the name from the next line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalize import fold
from ..repair import _osa
from .noise import is_noise_line, name_prefix
from .textview import TextView

RANK = re.compile(
    r"\b(?:prim[- ]?procuror(?:\s+adjunct)?|procuror(?:[- ]sef)?(?:\s+adjunct)?|"
    r"(?:sub)?comisar(?:[- ]sef)?(?:\s+de\s+politie)?|"
    r"(?:sub)?inspector(?:\s+(?:principal|sef|general))?(?:\s+de\s+politie)?|"
    r"agent(?:[- ]sef)?(?:\s+(?:principal|adjunct))?(?:\s+de\s+politie)?|"
    r"chestor(?:\s+(?:principal|sef|general))?(?:\s+de\s+politie)?|"
    r"ofiter(?:\s+de\s+politie(?:\s+judiciara)?)?|judecator(?:\s+de\s+drepturi\s+si\s+libertati)?|presedinte|"
    r"(?:prim[- ]?)?grefier(?:[- ]sef)?|magistrat[- ]asistent|"
    r"director(?:\s+(?:general|executiv|adjunct))?|"
    r"(?:locotenent[- ])?colonel|locotenent|maior|capitan)\b"
)
_NAME = re.compile(
    r"^\s*[,:]?\s*(?P<name>[A-ZĂÂÎȘȚ][\w'-]*\.?(?:\s+[A-ZĂÂÎȘȚ][\w'-]*\.?){1,3})\s*[.,]?\s*$"
)
MAX_LINE = 90


def find_signatory(view: TextView) -> str | None:
    """Rank and name of the signer, as written, or None.

    On OCR'd text a stamp beside or under the signature adds pieces of its
    legend and specks to the rank and name lines, or lines of its own between
    them (`noise`): those are read past.
    """
    lines = view.lines()
    clerk: tuple[int, str] | None = None
    for idx in range(len(lines) - 1, -1, -1):
        if clerk is not None and clerk[0] - idx > CLERK_REACH:
            break
        found = _signer_at(view, lines, idx)
        if found is None:
            continue
        if not _CLERK.match(fold(found)):
            return found
        # A clerk countersigns: the judge (or president) who signs stands above or
        # beside the clerk in the same block, and is the signatory.
        clerk = clerk or (idx, found)
    return clerk[1] if clerk else None


# How many lines above a clerk's signature the judge's is looked for.
CLERK_REACH = 6
_CLERK = re.compile(r"(?:prim[- ]?)?grefier|magistrat")
# Lower-case words after a rank on its line are its function ("Procuror șef serviciu",
# "Inspector antifraudă"), not a name: the name is on the line below.
_FUNCTION = re.compile(r"^\s+[a-zăâîșț][a-zăâîșț-]*(?:\s+[a-zăâîșț][a-zăâîșț-]*){0,2}\s*[,.:]?\s*$")
# Signatures side by side ("Judecător,      Grefier,", the gap collapsed to one space
# by then): a second rank, alone, after the first.
_SECOND_RANK = re.compile(rf"\s*[,.]?\s+(?:{RANK.pattern})\s*[,.:]?\s*$")


def _first_column(line: str) -> str:
    """The first of two names written side by side: the first half of its words (an odd
    count cannot be split without guessing, and gives nothing)."""
    words = line.split()
    half, odd = divmod(len(words), 2)
    return "" if odd else " ".join(words[:half])


def _signer_at(view: TextView, lines: Sequence[tuple[int, int]], idx: int) -> str | None:
    """Rank and name of a signature whose rank is on line `idx`, or None."""
    start, end = lines[idx]
    if end - start > MAX_LINE:
        return None
    m = RANK.search(view.folded, start, end)
    if view.ocr and m is None:
        return _split_rank(view, lines, idx) or _police_rank(view, lines, idx)
    if not m or not _only_specks(view, start, m.start()):
        return None
    rank = _rank_as_written(view, view.text[m.start() : m.end()])
    rest = view.text[m.end() : end]
    # Another rank right after this one: two signatures side by side ("Judecător,
    # Grefier,"), their names on the line below in the same order.
    columns = bool(_SECOND_RANK.match(view.folded, m.end(), end))
    if columns:
        rest = ""
    if _NAME.match(rest):
        return _tidy(f"{rank} {rest.strip(' ,:')}")
    if view.ocr and (name := name_prefix(rest)):
        return _tidy(f"{rank} {name}")
    if not view.ocr and _FUNCTION.match(rest):
        rank, rest = f"{rank} {rest.strip(' ,.:')}", ""
    if not rest.strip(" ,.:") or (view.ocr and is_noise_line(rest)):
        name = _name_below(view, lines[idx + 1 : idx + (5 if view.ocr else 3)], columns)
        if name:
            return _tidy(f"{rank} {name}")
    return None


def _only_specks(view: TextView, start: int, end: int) -> bool:
    """Nothing but punctuation before a rank, or, in OCR'd text, specks and scraps of
    ink read as one- or two-letter tokens ("ae Judecător")."""
    before = view.folded[start:end]
    if not before.strip(" -,'\"."):
        return True
    return view.ocr and is_noise_line(before) and len(before.split()) <= 3


# OCR splits a word after its capital initial ("J udecător", "P rocuror"): a rank
# so split, alone on its line after specks, is read joined.
_SPLIT_INITIAL = re.compile(r"(?<![^\W\d_])([A-ZĂÂÎȘȚ]) (?=[a-zăâîșț]{3,})")


def _split_rank(view: TextView, lines: Sequence[tuple[int, int]], idx: int) -> str | None:
    start, end = lines[idx]
    line = view.text[start:end]
    joined = _SPLIT_INITIAL.sub(r"\1", line)
    if joined == line:
        return None
    folded = fold(joined)
    m = RANK.search(folded)
    if not m or not is_noise_line(folded[: m.start()]) or len(folded[: m.start()].split()) > 3:
        return None
    rest = joined[m.end() :]
    if rest.strip(" ,.:") and not is_noise_line(rest):
        return None
    name = _name_below(view, lines[idx + 1 : idx + 5])
    return _tidy(f"{_rank_as_written(view, joined[m.start() : m.end()])} {name}") if name else None


# A police rank ends in "de poliție", which survives a pen stroke through the rank's
# first letters better than they do ("Corvisar de poliție", "Cobyisar de pfliție").
_DE_POLITIE = re.compile(r"(?P<word>[^\W\d_][\w'/-]{2,14})[\s/.,]+de[\s/.,]*p\w{0,2}li[tț]ie\b\W*$")
_POLICE_RANKS = {
    "comisar": "Comisar",
    "subcomisar": "Subcomisar",
    "comisarsef": "Comisar-șef",
    "inspector": "Inspector",
    "subinspector": "Subinspector",
    "agent": "Agent",
    "agentsef": "Agent-șef",
    "chestor": "Chestor",
}


def _police_rank(view: TextView, lines: Sequence[tuple[int, int]], idx: int) -> str | None:
    """A police rank damaged by the signature's ink, read by its "de poliție" (OCR'd text)."""
    start, end = lines[idx]
    m = _DE_POLITIE.search(view.folded, start, end)
    if not m or not _only_specks(view, start, m.start()):
        return None
    word = re.sub(r"[^a-z]", "", m.group("word"))
    best = sorted((_osa(word, k, 3), k) for k in _POLICE_RANKS)
    if len(word) < 4 or best[0][0] > 2 or best[0][0] == best[1][0] or best[0][0] > len(word) // 3:
        return None
    name = _name_below(view, lines[idx + 1 : idx + 5])
    return _tidy(f"{_POLICE_RANKS[best[0][1]]} de poliție {name}") if name else None


def _name_below(
    view: TextView, below: Sequence[tuple[int, int]], columns: bool = False
) -> str | None:
    """The name on the first line under a rank that is not blank (nor, in OCR'd text,
    stamp noise); of signatures side by side, the first column's."""
    for a, b in below:
        line = _first_column(view.text[a:b]) if columns else view.text[a:b]
        if not line.strip():
            continue
        if _NAME.match(line):
            return line
        if not view.ocr:
            return None
        name = name_prefix(line, lead=True)
        if name:
            return name
        if not is_noise_line(line):
            return None
    return None


# Rank words that carry diacritics, by their folded spelling.
_RANK_DIACRITICS = {
    "judecator": "judecător",
    "politie": "poliție",
    "sef": "șef",
    "ofiter": "ofițer",
    "judiciara": "judiciară",
    "presedinte": "președinte",
    "capitan": "căpitan",
    "libertati": "libertăți",
    "si": "și",
}
_DIACRITIC = re.compile(r"[ăâîșțşţĂÂÎȘȚŞŢ]")
_RANK_WORD = re.compile(r"[^\W\d_]+")


def _rank_as_written(view: TextView, rank: str) -> str:
    """The rank, its lost diacritics restored when OCR read the rest of the letter with
    them ("Judecator" where the letter prints "Judecător"); typed text stays as written."""
    if not view.ocr or _DIACRITIC.search(rank) or len(_DIACRITIC.findall(view.text)) < 5:
        return rank

    def restore(m: re.Match[str]) -> str:
        word = m.group(0)
        fixed = _RANK_DIACRITICS.get(word.lower())
        if fixed is None:
            return word
        return (
            fixed.upper()
            if word.isupper() and len(word) > 1
            else (fixed.capitalize() if word[0].isupper() else fixed)
        )

    return _RANK_WORD.sub(restore, rank)


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" ,.;")
