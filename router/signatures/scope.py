"""An order that reaches further than the approval it rests on.

Traffic and location data, and other measures under art. 152-153 CPP, are ordered
by the prosecutor only as far as the judge of rights and liberties approved them.
An ordonanță that quotes the approval as given "exclusiv cu privire la contul X"
and then orders data for X, Y and Z (round 15) orders the rest without one: for Y
and Z it is no lawful order, genuine seal or not. The item is `missing` (the
authority is asked), naming the users the approval leaves out.

Only a clause that limits the approval in words ("exclusiv", "numai", "doar",
"strict", "limitat") and names at least one of the request's users is read: an
approval quoted without a limit, or whose limit names nobody we can compare, says
nothing about the others.
"""

from __future__ import annotations

import re

from parsers.normalize import fold
from router.signatures.context import Context
from router.signatures.evidence import Check, Outcome
from router.signatures.letter import _letter_texts

# An approval and, within its sentence, the words that limit it to someone.
_APPROVAL = re.compile(r"\b(?:incuviint\w*|autoriz\w*|aprob\w*|admis\w*)\b")
_LIMIT = re.compile(
    r"\b(?:exclusiv|numai|doar|strict|limitat\w*|restrans\w*)\b[^.;:]{0,40}?"
    r"\b(?:cu\s+privire\s+la|pentru|privind|asupra|referitor\s+la|in\s+privinta)\b"
)
# To the end of the clause: a full stop (not the dot inside "crypto.ardeal"), a semicolon
# or colon, or a comma that ends its line or opens the next clause.
_CLAUSE_END = re.compile(r"[;:]|\.(?:\s|$)|,\s*\n|,\s+(?:in|avand|iar|prin|dispun)\b")
_CLAUSE_MAX = 240
_SENTENCE_BACK = 400


def _values(subjects: object) -> list[str]:
    out: list[str] = []
    for s in subjects if isinstance(subjects, list) else []:
        value = s.get("value") if isinstance(s, dict) else s
        if isinstance(value, str) and len(value.strip()) >= 3:
            out.append(value.strip())
    return out


def _named(value: str, text: str) -> bool:
    want = fold(value)
    return bool(re.search(rf"(?<![\w.@-]){re.escape(want)}(?![\w@-]|\.\w)", text))


def beyond_approval(ctx: Context) -> list[Check]:
    """`content` missing when the letter limits the approval it rests on to some of the
    request's users and asks about others too."""
    users = _values(ctx.item.fields.get("subjects"))
    if len(users) < 2:
        return []
    for text in _letter_texts(ctx):
        folded = fold(text)
        for m in _LIMIT.finditer(folded):
            # the approval is in the same sentence, before the limit
            start = max(folded.rfind(".", 0, m.start()), m.start() - _SENTENCE_BACK, 0)
            if not _APPROVAL.search(folded, start, m.start()):
                continue
            stop = _CLAUSE_END.search(folded, m.end(), m.end() + _CLAUSE_MAX)
            clause = folded[m.end() : stop.start() if stop else m.end() + _CLAUSE_MAX]
            inside = [u for u in users if _named(u, clause)]
            outside = [u for u in users if u not in inside]
            if not inside or not outside:
                continue
            return [
                Check(
                    "content",
                    Outcome.MISSING,
                    f"the approval the letter rests on is limited to {', '.join(inside)}, "
                    f"and it asks about {', '.join(outside)} too: for them no approval is "
                    "stated; ask the authority, at its registry number",
                    {"approved_for": inside, "beyond": outside},
                )
            ]
    return []
