"""Candidates that could not be read: a value is written, but not in a form we can parse.

An element is "not stated" only when the text holds no candidate for it at all.
A registration line whose date is "24.41.2026", a period of "01.13.2026 -
31.13.2026", a file number "dosar penal nr. 4S21/P/2O2G" are stated: a person
must read them, and no reply may ask the authority to send them again. Each
finder here returns the candidate as written, for `fields["unread"]`.
"""

from __future__ import annotations

import re

from .dates import DATE, date_from_match
from .numbers import CASE
from .periods import PERIOD_WORD
from .textview import TextView

# Shaped like a numeric date (day, month, year apart by "." "/" "-"), real or not.
DATE_SHAPED = re.compile(
    r"(?<![\w./-])[0-9oOlI]{1,2}\s?[./-]\s?(?:[0-9oOlI]{1,2}|[ivx]{1,4})\s?[./-]\s?[0-9oOlI]{2,4}(?![0-9./-])",
    re.IGNORECASE,
)
# A line that registers the letter: "Nr. 123 din ...", "Data: ...", "Cluj, ..." alone.
# (Matched on folded text at a line's start: `match(folded, start)`.)
_REGISTRATION_LINE = re.compile(
    r"[ \t]*(?:nr\.?|numar(?:ul)?|data|datat?|din)\b|[ \t]*[a-z][a-z .-]{1,30},[ \t]*\S+[ \t]*$",
    re.MULTILINE,
)
# "dosar penal nr. X" / "cauza penală nr. X": X with a digit but not a file number.
_FILE_LABEL = re.compile(
    r"\b(?:dosar(?:ul|ului)?(?:\s+penal)?|cauz(?:a|ei)\s+penal[ae])\s*(?:nr\.?|numarul)\s*:?\s*"
    r"(?P<raw>[^\s,;()]*[0-9][^\s,;()]*)"
)
# How far after a period word its dates are looked for.
PERIOD_REACH = 60


def _unparsed(view: TextView, start: int, end: int) -> list[str]:
    """Date-shaped candidates between `start` and `end` that are no real date, as written."""
    out = []
    for m in DATE_SHAPED.finditer(view.folded, start, end):
        real = DATE.match(view.folded, m.start())
        if real is None or real.end() < m.end() or date_from_match(real) is None:
            out.append(view.text[m.start() : m.end()])
    return out


def unread_reference_date(view: TextView) -> str | None:
    """The date written on a registration line that is no real date, as written."""
    for a, b in view.lines():
        if b - a > 120 or not _REGISTRATION_LINE.match(view.folded, a, b):
            continue
        found = _unparsed(view, a, b)
        if found:
            return found[0]
    return None


def unread_period(view: TextView) -> str | None:
    """The dates after a period word when one of them is no real date, as written."""
    for kw in view.finditer(PERIOD_WORD):
        end = min(len(view.folded), kw.end() + PERIOD_REACH)
        shaped = list(DATE_SHAPED.finditer(view.folded, kw.end(), end))
        if shaped and _unparsed(view, kw.end(), end):
            return view.text[shaped[0].start() : shaped[-1].end()]
    return None


def unread_case_number(view: TextView) -> str | None:
    """What follows "dosar penal nr." when it holds digits but is no file number."""
    for m in view.finditer(_FILE_LABEL):
        raw = view.value(m, "raw").rstrip(".")
        if not CASE.fullmatch(raw.lower()):
            return raw
    return None
