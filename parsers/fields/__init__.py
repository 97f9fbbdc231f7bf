"""Field extraction per category (REQUEST_SCHEMA.md "Fields by category").

One module per noun (dates, amounts, phones, authority, signatory, ...);
`extract_fields` picks the set the category needs and adds `contact` to all.
Missing values are None or [], never invented.
"""

from __future__ import annotations

import re
from typing import Any

from ..cues import Cues
from ..model import Category, MailHeaders
from .complaint import complaint_fields
from .contact import find_contact
from .law_enforcement import law_enforcement_fields
from .textview import TextView

__all__ = ["TextView", "extract_fields", "fill_missing"]

_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|fwd?|tr|aw|sv|rs|raspuns|redirectionare)\s*(?:\[[0-9]+\])?\s*:\s*)+",
    re.IGNORECASE,
)


def extract_fields(
    category: Category, view: TextView, cues: Cues, headers: MailHeaders | None
) -> dict[str, Any]:
    """The fields of `category` found in `view`, plus the sender's contact."""
    fields: dict[str, Any]
    if category is Category.LAW_ENFORCEMENT:
        fields = law_enforcement_fields(view, cues, headers)
        fields["contact"] = find_contact(view, cues, headers, letterhead_only=True)
    elif category in (Category.COMPLAINT, Category.MEDIATION):
        fields = complaint_fields(view, cues, headers, category.value)
        fields["contact"] = find_contact(view, cues, headers)
    elif category is Category.SUPPORT:
        fields = {"topic": topic(view, headers), "contact": find_contact(view, cues, headers)}
    else:
        fields = {"contact": find_contact(view, cues, headers)}
    return fields


def topic(view: TextView, headers: MailHeaders | None) -> str | None:
    """The mail's subject without Re:/Fwd: prefixes, else the first line of the text (shortened)."""
    subject = _REPLY_PREFIX.sub("", headers.subject or "").strip() if headers else ""
    if subject:
        return subject
    for line in view.text.split("\n"):
        line = line.strip()
        if len(line) > 3:
            return line if len(line) <= 100 else line[:100].rsplit(" ", 1)[0] + "…"
    return None


def fill_missing(primary: dict[str, Any], secondary: dict[str, Any]) -> dict[str, Any]:
    """`primary` with its empty values (None, [], {all None}, an issue of "other") taken
    from `secondary`."""
    out = dict(primary)
    for key, value in secondary.items():
        if key == "unread":
            continue  # merged below, once the values are known
        current = out.get(key)
        if _empty(current) and not _empty(value):
            out[key] = value
        elif key == "issue" and current == "other" and value != "other":
            out[key] = value  # "other" says no issue was named: the subject may name it
        elif isinstance(current, dict) and isinstance(value, dict) and key == "contact":
            out[key] = {
                k: current.get(k) if current.get(k) is not None else value.get(k) for k in current
            }
    if "unread" in primary or "unread" in secondary:
        # A candidate stays unread only while no readable value was found anywhere.
        unread = {**secondary.get("unread", {}), **primary.get("unread", {})}
        out["unread"] = {k: v for k, v in unread.items() if _empty(out.get(k))}
    return out


def _empty(value: Any) -> bool:
    if value is None or value == [] or value == "":
        return True
    return isinstance(value, dict) and all(v is None for v in value.values())
