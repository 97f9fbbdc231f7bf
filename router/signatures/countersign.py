"""A supervising authority's approval, signed after the issuer's own signature.

A request the criminal-investigation body writes often carries the
supervising prosecutor's approval ("Văzut și aprobat, procuror …, Parchetul
de pe lângă Tribunalul Cluj"), sealed by the prosecutor's office in a second
signature field after the police seal, changing nothing on the page (the PDF
check fails any later revision that changes content). Such a later signature
counts, as a countersignature only, when the text the *first* signature
covers names that authority in an approval clause: the issuer signed a letter
saying who approves it, and that authority's own bound identity sealed it.
The issuer, the channel and the stated authority are still judged on the
first signature; a countersigner never stands in for them.
"""

from __future__ import annotations

import re

from router.policy import Policy, fold_name
from router.signatures.evidence import Check, Outcome

# An approval clause opens its line: "Văzut și aprobat", "Aprobat", "Avizat", "De acord".
_APPROVAL = re.compile(r"^(?:vazut\b|aprob|avizat\b|vizat\b|de acord\b|confirmam\b|approved\b)")
_BLOCK_LINES = 3  # the clause's line and the two after it (rank and name, institution)


def approval_lines(text: str) -> list[str]:
    """The approval clauses of a letter's text, each with the lines that name the approver."""
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    return [
        " / ".join(lines[i : i + _BLOCK_LINES])
        for i, line in enumerate(lines)
        if _APPROVAL.match(fold_name(line))
    ]


def approvers(checks: list[Check], policy: Policy, first: dict[str, int]) -> dict[str, set[str]]:
    """For each signed PDF, the authorities its first signed revision names as approving it."""
    out: dict[str, set[str]] = {}
    for c in checks:
        doc = str(c.evidence.get("document"))
        if (
            c.kind != "signed_content"
            or c.verdict is not Outcome.PASS
            or c.evidence.get("revision") is None
            or int(c.evidence["revision"]) != first.get(doc)
        ):
            continue
        for clause in c.evidence.get("approvals") or []:
            found = policy.authority_named(str(clause))
            if found is not None:
                out.setdefault(doc, set()).add(found.name)
    return out
