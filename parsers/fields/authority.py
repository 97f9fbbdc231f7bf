"""The issuing institution, as written, and its kind (police, prosecutor, court, other).

Every known authority (from `Cues`) named in the text is a candidate; its name
runs on over capitalised words and connectors ("de", "pe lângă", "1") and over a
line break after a connector, and stops at a comma or a lower-case word
("Inspectoratul de Poliție Județean Cluj efectuează..." -> "...Cluj"). The most
specific (highest rank) wins, the earliest on a tie; a candidate inside another's
name is dropped ("Judecătoria" inside "Parchetul de pe lângă Judecătoria ...").
A letterhead in capitals is given the casing the same name has elsewhere in the
letter, or else Romanian title case.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ..cues import Authority, Cues
from ..model import MailHeaders
from ..normalize import fold_keep_case
from .textview import TextView

_CONNECTORS = frozenset(
    {"de", "pe", "langa", "al", "a", "din", "si", "pentru", "la", "nr.", "nr", "-"}
)
_TOKEN = re.compile(r"[^\s,;:()|]+|\n")


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    authority: Authority
    value: str


def find_authority(
    view: TextView, cues: Cues, headers: MailHeaders | None
) -> tuple[str | None, str | None]:
    """(authority as written, kind), or the sender's authority domain's kind when unnamed."""
    keep_case = fold_keep_case(view.text)
    candidates: list[_Candidate] = []
    for authority in cues.authorities:
        haystack = keep_case if authority.cue.case_sensitive else view.folded
        for m in authority.cue.pattern.finditer(haystack):
            end = _extend(view, m.end())
            candidates.append(
                _Candidate(m.start(), end, authority, view.text[m.start() : end].strip())
            )
    candidates = [
        c
        for c in candidates
        if not any(
            o is not c
            and o.start <= c.start
            and c.end <= o.end
            and (o.start, -o.end, -o.authority.rank) < (c.start, -c.end, -c.authority.rank)
            for o in candidates
        )
    ]
    domain = cues.authority_domain(headers.from_addr if headers else None)
    if not candidates:
        if domain and headers is not None:
            return headers.from_display or domain[0], domain[1]
        return None, None
    best = min(candidates, key=lambda c: (-c.authority.rank, c.start))
    return _cased(best, candidates, view), best.authority.kind


def _extend(view: TextView, pos: int) -> int:
    """End of an authority's name that starts before `pos` (see the module docstring)."""
    end = pos
    last = ""
    for m in _TOKEN.finditer(view.text, pos):
        tok = m.group(0)
        between = view.text[end : m.start()]
        if any(ch in between for ch in ",;:()|"):
            break
        if tok == "\n":
            if last not in _CONNECTORS:
                break
            continue
        folded = view.folded[m.start() : m.end()]
        if folded in _CONNECTORS or tok[0].isupper() or tok[0].isdigit():
            end = m.end()
            last = folded
            continue
        break
    # A trailing connector ("... de") is not part of the name.
    while True:
        words = view.text[pos:end].split()
        if words and view.folded[end - len(words[-1]) : end] in _CONNECTORS:
            end -= len(words[-1])
            end = len(view.text[:end].rstrip())
        else:
            break
    return end


def _cased(best: _Candidate, candidates: list[_Candidate], view: TextView) -> str:
    value = " ".join(best.value.split())
    letters = [c for c in value if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return value
    key = " ".join(view.folded[best.start : best.end].split())
    for other in candidates:
        other_value = " ".join(other.value.split())
        if other.authority is best.authority and not other_value.isupper():
            other_key = " ".join(view.folded[other.start : other.end].split())
            if difflib.SequenceMatcher(None, key, other_key).ratio() >= 0.85:
                return other_value
    return title_case(value)


# Acronyms stay in capitals when a letterhead is title-cased.
ACRONYMS = frozenset(
    {
        "IPJ",
        "IGPR",
        "DGPMB",
        "DIICOT",
        "DNA",
        "DGA",
        "BCCO",
        "SICE",
        "DIPI",
        "ANAF",
        "ONPCSB",
        "UE",
        "MAI",
        "ST",
    }
)
_SMALL = frozenset(
    {
        "de",
        "pe",
        "lângă",
        "langa",
        "al",
        "a",
        "ale",
        "din",
        "la",
        "și",
        "si",
        "pentru",
        "în",
        "in",
        "cu",
    }
)


def title_case(value: str) -> str:
    """Romanian institution title case: "PARCHETUL DE PE LÂNGĂ X" -> "Parchetul de pe lângă X"."""
    words = value.split()
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i and low in _SMALL:
            out.append(low)
        elif word.strip(".,") in ACRONYMS:
            out.append(word)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(out)
