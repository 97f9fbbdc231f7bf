"""The person a letter says signs it must be of the body whose letter it is.

A prosecutors' office's ordonanță is signed by a prosecutor, a court's încheiere by
a judge, a police letter by a police officer. A prosecutors' office's mailbox and
seal over an act whose only signatory is a police officer ("Comisar de poliție …",
round 15) is no act of that office: a delegated officer acts under the police's own
heading and answers to the prosecutor, he does not sign for the prosecutor's office.
The letter may still be genuine (a clerk's mistake), so the item is `missing` and the
authority is asked; the rank words are those of the Romanian police (the border police
and the DGA use the same), prosecutors and courts. A body of kind `other` (a ministry,
an agency, the gendarmerie) is not judged here.
"""

from __future__ import annotations

import re

from parsers.normalize import fold
from router.signatures.evidence import Check, Outcome
from router.signatures.input import SignatureInput

_RANKS = {
    "police": re.compile(
        r"\b(?:agent(?:\s*-?\s*sef)?(?:\s+(?:principal|de\s+politie))|subinspector|inspector"
        r"(?:\s+principal)?\s+de\s+politie|subcomisar|comisar(?:\s*-?\s*sef)?|chestor"
        r"|ofiter\s+de\s+politie)\b"
    ),
    "prosecutor": re.compile(r"\b(?:prim\s*-?\s*)?procuror(?:\s*-?\s*sef)?\b"),
    "court": re.compile(
        r"\b(?:judecator|grefier|presedinte(?:le)?\s+(?:de\s+)?(?:complet|instant|sectie))\b"
    ),
}
_WHO = {"police": "a police officer", "prosecutor": "a prosecutor", "court": "a judge or clerk"}
_OF = {"police": "a police body", "prosecutor": "a prosecutors' office", "court": "a court"}


def kind_of_signatory(signatory: str) -> str | None:
    """The kind of body whose rank or function the signatory line states, when one only."""
    folded = fold(signatory)
    kinds = [k for k, pattern in _RANKS.items() if pattern.search(folded)]
    return kinds[0] if len(kinds) == 1 else None


def signatory_of_another_body(item: SignatureInput) -> list[Check]:
    """`content` missing when the signatory's rank is another kind of body's than the
    letter's authority (police, prosecutor, court)."""
    signatory = item.fields.get("signatory")
    kind = item.fields.get("authority_kind")
    if not isinstance(signatory, str) or kind not in _RANKS:
        return []
    theirs = kind_of_signatory(signatory)
    if theirs is None or theirs == kind:
        return []
    authority = item.fields.get("authority") or _OF[str(kind)]
    return [
        Check(
            "content",
            Outcome.MISSING,
            f"the letter of {authority} is signed by {signatory!r}, {_WHO[theirs]}, not "
            f"{_WHO[str(kind)]}: {_OF[theirs]}'s officer does not sign for {_OF[str(kind)]}; "
            "ask the authority, at its registry number, whether the act is its own",
            {"signatory": signatory, "signatory_kind": theirs, "authority_kind": kind},
        )
    ]
