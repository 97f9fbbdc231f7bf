"""Whose role a user has in a letter: the complainant, the injured party, a witness.

A letter names users in other roles than "whose data is asked for": the
complaint it was opened on ("plângerea utilizatorului X"), the injured party
("X (persoană vătămată)", "partea vătămată, utilizatorul X"). Read on folded
text (`parsers.normalize.fold`). Used by the field extractors (such a user is
no subject of the request) and by the signature checks
(`router.signatures.unsigned`: unsigned text may recall them).
"""

from __future__ import annotations

import re

# Near a user in the signed text, a role that is not "whose data is asked for".
OTHER_ROLES = (
    r"planger\w*|plangere|sesiza\w*|denunt\w*|reclama\w*|petent\w*|martor\w*|vatamat\w*"
    r"|victim\w*|parte\w*\s+civil\w*|prejudicia\w*|pagubi\w*|pagub\w*|inselat\w*|inselata"
    r"|pierdut\w*|defrauda\w*|complain\w*|injured|witness\w*|reported|defrauded|cheated"
)
# A role word up to six words before the person, with no "împotriva"/"de către" between
# (the complaint *against* X names the suspect: X is whose data is asked for).
OTHER_ROLE_BEFORE = re.compile(rf"(?:{OTHER_ROLES})\W+(?P<between>(?:[\w-]+\W+){{0,6}})$")
_ROLE_WORD = re.compile(rf"\b(?:{OTHER_ROLES})")
AGAINST = re.compile(r"\b(?:impotriva|fata\s+de|de\s+catre|against|by)\b")
# Between a role word and the person it names, only words that name them: "partea
# vătămată, utilizatorul X", "petentul Pop Ion, cu adresa de e-mail x@…"; never a verb or a
# preposition of another clause ("a comunicat cu partea vătămată de pe adresa X": X is the
# other party's address).
_APPOSITION = re.compile(
    r"(?:\s*[,:(\u201e\u201c\"']?\s*(?:utilizator\w*|cont(?:ul|ului)?|user(?:ul)?|numit\w*|domn\w*"
    r"|doamn\w*|d-?l|d-?na|dna|titular\w*|pseudonim\w*|cu|numele|de|adres\w*|e-?mail\w*|telefon\w*"
    r"|nr\.?|numar\w*|id|avand|identificat\w*|[a-z]+\s+[a-z]+(?=\s*,))?)*\s*[,:(\u201e\u201c\"']?\s*$"
)
OTHER_ROLE_AFTER = re.compile(
    r"^\W{0,3}\(?\s*(?:persoan\w*\s+vatamat\w*|part\w*\s+vatamat\w*|parte\w*\s+civil\w*|"
    r"reclamant\w*|petent\w*|martor\w*|victim\w*|complainant|injured\s+party|witness"
    r"|(?:care|ce)\s+a\s+(?:formulat|depus|facut)\s+(?:o\s+)?(?:plangere|sesizare|denunt))"
)


def other_role(text: str, start: int, end: int) -> bool:
    """Whether the (folded) text names the person at text[start:end] as complainant, victim, witness."""
    before = text[max(0, start - 120) : start]
    role = OTHER_ROLE_BEFORE.search(before)
    if role is not None and not AGAINST.search(role.group("between")):
        return True
    return bool(OTHER_ROLE_AFTER.search(text[end : end + 60]))


def named_in_role(text: str, start: int, end: int) -> bool:
    """Whether the (folded) text introduces the person at text[start:end] in another role,
    as an apposition: "partea vătămată, utilizatorul X", "X (persoană vătămată)". Stricter
    than `other_role`: only naming words between the role and the person."""
    before = text[max(0, start - 120) : start]
    for role in _ROLE_WORD.finditer(before):
        if _APPOSITION.fullmatch(before[role.end() :]):
            return True
    return bool(OTHER_ROLE_AFTER.search(text[end : end + 60]))
