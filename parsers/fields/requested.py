"""What an official request asks for: the list of data items.

The items follow a request phrase ("vă rugăm să ne comunicați ... :") as a
numbered, lettered or bulleted list (items may wrap over lines and be separated
by blank lines, as OCR makes them); without a list, the phrase's own sentence
is split at ";", ",", "și" and "precum și", with a deadline or manner cut off
an item's head ("în regim de urgență datele de trafic"), a clause naming the
period left out, and "X și de Y" kept as one item; a later sentence that asks
for more ("Totodată, vă rugăm să ne comunicați ...") adds its items. Items are
kept as written, minus the marker and the closing ";" or ".". With no request
phrase before it, the first list introduced by a colon is the data asked for.
The period is `periods.period` (re-exported here).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..normalize import fold
from .dates import MONTH_ALT
from .periods import PERIOD_WORD, period
from .sentences import sentence_of, sentence_spans
from .textview import TextView

__all__ = ["PERIOD_WORD", "period", "requested_data"]

TRIGGER = re.compile(
    r"\b(?:va\s+rugam\s+(?:sa\s+)?(?:ne\s+)?(?:comunicati|transmiteti|puneti\s+la\s+dispozitie|furnizati|inaintati|comunica)(?:-ne)?"
    r"|solicitam\b(?:\s+sa\s+ne\s+(?:comunicati|transmiteti|furnizati)\b)?|please\s+provide|we\s+request"
    # a court's letter: "instanța a dispus să vă solicite, cu privire la ...:"
    r"|(?:sa\s+(?:va|vi\s+se)\s+)solicite\b"
    r"|(?:sa\s+)?ne\s+(?:comunicati|transmiteti|trimiteti|furnizati|puneti\s+la\s+dispozitie|inaintati)"
    r"|sa\s+(?:comunicati|transmiteti|furnizati|inaintati)(?:-ne)?"
    # An ordinance obliges in the third person: "DISPUN: Obligarea X să predea / să comunice".
    r"|sa\s+(?:predea|comunice|transmita|furnizeze|puna\s+la\s+dispozitie)\b"
    # ... or in the future: "DISPUN: Art. 1. X va comunica / vor fi transmise …".
    r"|\b(?:va|vor)\s+(?:comunica|transmite|furniza|preda|inainta|pune\s+la\s+dispozitie)\b"
    r"|pentru\s+a\s+(?:ne\s+|i\s+se\s+)?(?:comunica|transmite|furniza|inainta|pune\s+la\s+dispozitie)\b"
    r"|urmatoare(?:le|lor)\s+(?:date|informatii|documente))"
)
# "|." and "l." are OCR's "1." (the first item of a numbered list).
MARKER = re.compile(r"^\s*(?:[0-9]{1,2}\s?[.)]|[a-h]\s?[.)]|[|l]\s?[.)]|[-•*·–])\s+")
_STOP_TAIL = re.compile(r"[\s;.,]+(?:si|sau|and)?[\s;.,]*$")
# Between the items of an inline request: ";", ", ", "și", "precum și" (and parentheses).
_SEPARATOR = re.compile(
    r"(\(|\)|;|,?\s+precum\s+(?:și|si)\s+|,\s+|\s+și\s+|\s+si\s+)", re.IGNORECASE
)
# At the head of an item, when or how rather than what: cut off ("în regim de urgență
# datele de trafic" -> "datele de trafic").
_LEAD = re.compile(
    r"^(?:(?:în|in)\s+(?:termen\s+de\s+[^,;]*?zile(?:\s+lucr\w+)?|regim\s+de\s+urgen\w+"
    r"|cel\s+mai\s+scurt\s+timp(?:\s+posibil)?)|de\s+urgen\w+|urgent)\b\s*,?\s*",
    re.IGNORECASE,
)
# A whole clause that is a deadline or the period (the period is a field of its own).
_DROP = re.compile(
    r"^(?:cel\s+t[âa]rziu|p[âa]n[ăa]\s+la|(?:în|in|pentru|din)\s+(?:perioada|intervalul)"
    r"|(?:de\s+la|între|intre)\s+[0-9]"
    # whom the data are about (the users are a field of their own), the file and the
    # article the request stands on, and the period: circumstances, not data
    r"|(?:ca\s+)?(?:cu\s+privire\s+la|referitor\s+la|privind|pentru)\s+(?:utilizator|cont|numit|titular|adres|num[ăa]rul\s+de\s+telefon)"
    r"|(?:în|in)\s+(?:dosar|cauza)|conform\s+art|(?:în|in)\s+(?:temeiul|baza)\s"
    rf"|(?:din|începând\s+cu|incepand\s+cu)\s+(?:luna\s+)?(?:{MONTH_ALT})\b"
    # a period's end date left alone by the split at "și" ("între 01.02.2026 și 01.03.2026")
    r"|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}$)",
    re.IGNORECASE,
)
# "datele de trafic și de localizare": what follows "și" with a preposition completes the item.
_OF_PREVIOUS = re.compile(r"^(?:de|din|ale|al)\s", re.IGNORECASE)
# A later sentence that asks for more: "Totodată, vă rugăm să ne comunicați ...".
_MORE = re.compile(
    r"\W*(?:totodat[aă]|de\s+asemenea|[îi]n\s+plus|also|additionally|furthermore)\b",
    re.IGNORECASE,
)
# How far after a request phrase its inline items are read (a long sentence's end is not).
INLINE_CHARS = 4000
# How close a second request verb must follow the first to be the one the items follow.
NEXT_VERB_REACH = 200


def requested_data(view: TextView) -> list[str]:
    """The data items asked for, as written."""
    tried: set[int] = set()  # lists already read: the triggers before one list all find it
    for trig in view.finditer(TRIGGER):
        items = _list_after(view, trig.end(), tried)
        if items:
            return items
    triggers = list(view.finditer(TRIGGER))
    spans = sentence_spans(view.text, view.folded)
    for i, trig in enumerate(triggers):
        if (
            i + 1 < len(triggers)
            and triggers[i + 1].start() - trig.end() <= NEXT_VERB_REACH
            and _sentence(spans, triggers[i + 1].end()) == _sentence(spans, trig.end())
        ):
            # "vă solicităm ca, pentru contul X, să ne transmiteți ...": the items follow
            # the last request verb of the clause, not the first (a verb far on is
            # another request run on by a lost full stop).
            continue
        items = _inline(view, trig.end(), spans)
        if not items:
            continue
        done = _sentence(spans, trig.end())
        for later in triggers[i + 1 :]:
            span = _sentence(spans, later.end())
            if span is None or done is None or span[0] < done[1]:
                continue  # the same sentence
            if _MORE.match(view.text, span[0]):
                items += [x for x in _inline(view, later.end(), spans) if x not in items]
            done = span
        return items
    # No request phrase leads to them, but an official letter's list introduced by a
    # colon ("... și următoarele categorii de date:") is what it asks for.
    return _first_colon_list(view, tried)


def _sentence(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    return sentence_of(spans, pos)


_SOLID = re.compile(r"\S")
# MARKER at a line's offset in the whole text ("^" matches only at the text's start).
_MARKER_AT = re.compile(MARKER.pattern.removeprefix("^"))


# "ale următorilor utilizatori", "privind conturile", at the end of a list's introduction.
_OF_USERS = re.compile(
    r"\s*\b(?:ale|al|a|ai|privind|pentru|referitoare\s+la|of|for)\s+(?:urm[aă]tori\w*\s+)?"
    r"(?:utilizator\w*|user\w*|cont\w*|titular\w*|persoan\w*|accounts?|users?)\s*$",
    re.IGNORECASE,
)
# A list's first item that is a name alone (a digit, "_" or "." in it), not a datum.
_NAME_ITEM = re.compile(
    r"\s*(?:[-•*–]|\(?[0-9a-z]{1,3}[.)])?[ \t]*[\"'„“]?[a-z0-9]*[0-9_.][a-z0-9._-]*[a-z0-9]"
    r"[\"'”]?(?:[ \t]*[;,.]?[ \t]*(?:\n|$)|[ \t]+[–—-][ \t]|[ \t]*[,(])"
)


def _names_follow(folded_after: str) -> bool:
    """Whether the (folded) text after a colon begins with a list of usernames."""
    return _NAME_ITEM.match(folded_after) is not None


# A list's introducing line that ends on the users it lists.
_USERS_HEAD = re.compile(
    r"\b(?:utilizator\w*|user\w*|cont(?:ul|ului|uri|urile|urilor)|titular\w*|persoan\w*"
    r"|accounts?|users?)\s*:\s*$"
)


def _list_after(view: TextView, pos: int, tried: set[int]) -> list[str]:
    """Items of the first list whose introducing line (after `pos`) ends with a colon.

    `tried` holds the lists already read (by their first line): read again, they
    would give the same nothing.
    """
    lines = view.lines()
    idx = None
    prev = None
    # The first line ending at or after `pos`, found by bisection rather than a scan
    # from the top for every trigger.
    first = bisect_left(view.line_ends(), pos)
    for i in range(first, len(lines)):
        a, b = lines[i]
        if a > pos + 900:
            break
        if (
            _MARKER_AT.match(view.text, a, b)
            and prev is not None
            and ":" in view.text[max(prev[0], prev[1] - 4) : prev[1]]
        ):
            idx = i - 1
            break
        if _SOLID.search(view.text, a, b):
            prev = (a, b)
    if idx is None or idx in tried:
        return []
    tried.add(idx)
    if _USERS_HEAD.search(view.folded, *lines[idx]) and _names_follow(
        view.folded[lines[idx][1] : lines[idx][1] + 200]
    ):
        return []  # "… ale următorilor utilizatori:" and names: a list of users, not of data
    items: list[list[str]] = []
    gap = False
    for k in range(idx + 1, len(lines)):
        a, b = lines[k]
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
        elif items[-1][-1].rstrip().endswith(".") and line.lstrip()[:1].isupper():
            break  # the last item ended its sentence: prose follows, even with no blank line
        else:
            items[-1].append(line)  # a wrapped item
        gap = False
    return [_tidy(" ".join(parts)) for parts in items if _tidy(" ".join(parts))]


def _first_colon_list(view: TextView, tried: set[int]) -> list[str]:
    """Items of the first marked list whose introducing line ends with a colon."""
    prev: tuple[int, int] | None = None
    for a, b in view.lines():
        if (
            prev is not None
            and _MARKER_AT.match(view.text, a, b)
            and ":" in view.text[max(prev[0], prev[1] - 4) : prev[1]]
        ):
            return _list_after(view, prev[0], tried)
        if _SOLID.search(view.text, a, b):
            prev = (a, b)
    return []


def _inline(view: TextView, pos: int, spans: list[tuple[int, int]]) -> list[str]:
    """Items of the request sentence after `pos`, split at ";", ",", "și", "precum și"."""
    span = _sentence(spans, pos)
    if span is None:
        return []
    # Items follow their request within a few lines; a "sentence" of megabytes (no
    # full stop anywhere) is not read to its end for every request phrase in it.
    end = span[1]
    # Items separated by ";" run on past the sentence's end at each ";".
    while view.text[:end].rstrip().endswith(";") and (
        (following := _sentence(spans, end + 1)) is not None and following[1] > end
    ):
        end = following[1]
    text = view.text[pos : min(end, pos + INLINE_CHARS)]
    text = re.sub(
        r"^\s*(?:următoarele(?:\s+date|\s+informații)?\s*)?[:,]?\s*", "", text, flags=re.IGNORECASE
    )
    # "pentru conturile X și Y, în intervalul ...: A; B; C": after a colon come the data.
    colon = _last_colon(text)
    if (
        colon is not None
        and _USERS_HEAD.search(fold(text[: colon + 1]))
        and _names_follow(fold(text[colon + 1 :]))
    ):
        # "… datele X și Y ale următorilor utilizatori:" and a list of users: the data
        # come before the colon, the users after it.
        text = _OF_USERS.sub("", text[:colon])
    elif colon is not None and text[colon + 1 :].strip():
        text = text[colon + 1 :]
    parts: list[tuple[str, str]] = []  # (separator before, part)
    depth = 0
    buf, sep = "", ""
    for token in re.split(_SEPARATOR, text):
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        if depth == 0 and token not in ("", "(", ")") and _SEPARATOR.fullmatch(token):
            parts.append((sep, buf))
            buf, sep = "", token
        else:
            buf += token
    parts.append((sep, buf))
    items: list[str] = []
    for sep, part in parts:
        item = _tidy(part)
        while (cut := _LEAD.sub("", item, count=1)) != item:
            item = cut
        if len(item) <= 2 or _DROP.match(item):
            continue
        joined = sep.strip().lower() in ("și", "si")
        if items and joined and (_OF_PREVIOUS.match(item) or _pair(items[-1], item)):
            items[-1] = f"{items[-1]} {sep.strip()} {item}"
        else:
            items.append(item)
    return items


def _pair(before: str, after: str) -> bool:
    """Two single words joined by "și" are one datum ("numele și prenumele")."""
    return " " not in before and " " not in after


def _last_colon(text: str) -> int | None:
    """Offset of the last ":" outside parentheses, or None."""
    depth, found = 0, None
    for i, c in enumerate(text):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == ":" and depth == 0:
            found = i
    return found


def _tidy(item: str) -> str:
    item = " ".join(item.split())
    return _STOP_TAIL.sub("", item).strip()
