"""How an extracted field is compared with the evaluation corpus's ground truth.

The rules (also in tests/eval/README.md): identifiers exactly (reference
numbers without thousands dots), names and authorities after folding
diacritics, case and punctuation, free text (`requested_data` items,
`proposed_resolution`, `topic`) by containment, legal bases exactly as a set
in issue 4's normalised form ("art. 170 CPP": article and code, no paragraph),
subjects as a set of (kind, value).
A field the truth states as absent (None, []) must come out absent: invented
values count as wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any


def fold(value: Any) -> str:
    text = unicodedata.normalize("NFD", str(value or ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^0-9a-z@._]+", " ", text).split())


def _basis(items: Any) -> set[str]:
    return {" ".join(str(item).split()) for item in items or []}


def _subjects(items: Any) -> set[tuple[str, str]]:
    return {
        (str(s.get("kind")), str(s.get("value", "")).lower().replace(" ", "")) for s in items or []
    }


def _requested(got: Any, want: Any) -> bool:
    items = [fold(g) for g in got or []]
    return all(any(fold(w) in g for g in items) for w in want) and len(items) <= len(want) + 1


def _contains(got: Any, want: Any) -> bool:
    return want is None and not got or bool(got) and fold(want) in fold(got)


def _name(got: Any, want: Any) -> bool:
    return fold(got) == fold(want)


def _signatory(got: Any, want: Any) -> bool:
    have = set(fold(got).split())
    return bool(got) and all(t in have for t in fold(want).split())


def _authority(got: Any, want: Any) -> bool:
    options = want if isinstance(want, list) else [want]
    return any(fold(got) == fold(o) for o in options)


def _ident(got: Any, want: Any) -> bool:
    if want is None:
        return got is None
    return str(got or "").replace(".", "").lower() == str(want).replace(".", "").lower()


def _equal(got: Any, want: Any) -> bool:
    if want in (None, []) and got in (None, [], ""):
        return True
    return bool(got == want)


COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "authority": _authority,
    "reference_number": _ident,
    "case_number": _ident,
    "transaction_id": _ident,
    "counterparty": _ident,
    "legal_basis": lambda g, w: _basis(g) == _basis(w),
    "subjects": lambda g, w: _subjects(g) == _subjects(w),
    "transactions": lambda g, w: set(g or []) == set(w or []),
    "requested_data": _requested,
    "proposed_resolution": _contains,
    "topic": _contains,
    "complainant": _name,
    "signatory": _signatory,
}


def check_fields(got: dict[str, Any], want: dict[str, Any]) -> dict[str, bool]:
    """field name -> correct, for every field the truth lists (contact split into contact.email/phone)."""
    out: dict[str, bool] = {}
    for key, value in want.items():
        if key == "contact":
            have = got.get("contact") or {}
            for sub, v in value.items():
                out[f"contact.{sub}"] = str(have.get(sub) or "").lower() == str(v).lower()
            continue
        out[key] = COMPARE.get(key, _equal)(got.get(key), value)
    return out
