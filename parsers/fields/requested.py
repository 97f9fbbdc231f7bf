"""What an official request asks for: the list of data items and the period.

The items follow a request phrase ("vă rugăm să ne comunicați ... :") as a
numbered, lettered or bulleted list (items may wrap over lines and be separated
by blank lines, as OCR makes them); without a list, the phrase's own sentence
is split at ";", "," and "și". Items are kept as written, minus the marker and
the closing ";" or ".". The period is two dates after "perioada", "intervalul",
"between", "de la"... joined by "-", "până la", "și", "to".
"""

from __future__ import annotations

import re

from .dates import find_dates
from .sentences import sentence_spans
from .textview import TextView

TRIGGER = re.compile(
    r"\b(?:va\s+rugam\s+(?:sa\s+)?(?:ne\s+)?(?:comunicati|transmiteti|puneti\s+la\s+dispozitie|furnizati|inaintati|comunica)"
    r"|solicitam\b(?:\s+sa\s+ne\s+(?:comunicati|transmiteti|furnizati)\b)?|please\s+provide|we\s+request"
    r"|(?:sa\s+)?ne\s+(?:comunicati|transmiteti|trimiteti|furnizati|puneti\s+la\s+dispozitie|inaintati)"
    r"|urmatoarele\s+(?:date|informatii|documente))"
)
MARKER = re.compile(r"^\s*(?:[0-9]{1,2}\s?[.)]|[a-h]\s?[.)]|[-•*·–])\s+")
_STOP_TAIL = re.compile(r"[\s;.,]+(?:si|sau|and)?[\s;.,]*$")
PERIOD_WORD = re.compile(
    r"\b(?:perioada|perioadei|intervalul|period|between|de\s+la|incepand\s+cu|from|intre)\b"
)
_JOIN = re.compile(r"^\s*(?:-|pana\s+la|pana\s+in|si|and|to|,)?\s*(?:data\s+de\s+)?$")


def requested_data(view: TextView) -> list[str]:
    """The data items asked for, as written."""
    for trig in view.finditer(TRIGGER):
        items = _list_after(view, trig.end())
        if items:
            return items
    for trig in view.finditer(TRIGGER):
        items = _inline(view, trig.end())
        if items:
            return items
    return []


def _list_after(view: TextView, pos: int) -> list[str]:
    """Items of the first list whose introducing line (after `pos`) ends with a colon."""
    lines = view.lines()
    idx = None
    prev = None
    for i, (a, b) in enumerate(lines):
        if b < pos:
            continue
        if a > pos + 900:
            break
        if (
            MARKER.match(view.text[a:b])
            and prev is not None
            and ":" in view.text[prev[0] : prev[1]][-4:]
        ):
            idx = i - 1
            break
        if view.text[a:b].strip():
            prev = (a, b)
    if idx is None:
        return []
    items: list[list[str]] = []
    gap = False
    for a, b in lines[idx + 1 :]:
        line = view.text[a:b]
        if "\f" in line:
            break  # a page break: the list does not go on into the next page's header
        if not line.strip():
            gap = True
            continue
        marker = MARKER.match(line)
        if marker:
            items.append([line[marker.end() :]])
        elif not items:
            return []  # the colon introduced prose, not a list
        elif gap:
            break  # prose after the list
        else:
            items[-1].append(line)  # a wrapped item
        gap = False
    return [_tidy(" ".join(parts)) for parts in items if _tidy(" ".join(parts))]


def _inline(view: TextView, pos: int) -> list[str]:
    span = next(((a, b) for a, b in sentence_spans(view.text, view.folded) if a <= pos < b), None)
    if span is None:
        return []
    text = view.text[pos : span[1]]
    text = re.sub(
        r"^\s*(?:următoarele(?:\s+date|\s+informații)?\s*)?[:,]?\s*", "", text, flags=re.IGNORECASE
    )
    parts: list[str] = []
    depth = 0
    buf = ""
    for token in re.split(r"(\(|\)|;|,\s+|\s+și\s+|\s+si\s+)", text):
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        if depth == 0 and token and re.fullmatch(r";|,\s+|\s+și\s+|\s+si\s+", token):
            parts.append(buf)
            buf = ""
        else:
            buf += token
    parts.append(buf)
    return [t for t in (_tidy(p) for p in parts) if len(t) > 2]


def _tidy(item: str) -> str:
    item = " ".join(item.split())
    return _STOP_TAIL.sub("", item).strip()


def period(view: TextView) -> dict[str, str] | None:
    """{"from", "to"} ISO dates of the first named period, or None."""
    for kw in view.finditer(PERIOD_WORD):
        dates = find_dates(view.folded, kw.end(), min(len(view.folded), kw.end() + 120))
        if len(dates) < 2 or len(view.folded[kw.end() : dates[0][0]].strip(" :")) > 12:
            continue
        (_s1, e1, d1), (s2, _e2, d2) = dates[0], dates[1]
        if _JOIN.match(view.folded[e1:s2]) and d1 <= d2:
            return {"from": d1.isoformat(), "to": d2.isoformat()}
    return None
