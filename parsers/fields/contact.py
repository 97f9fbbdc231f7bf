"""The sender's contact details as stated: {"email": ..., "phone": ...}.

An e-mail on a labelled line ("E-mail: x@y") wins, then the mail's From (the
sender did state it); a phone must carry a label right before it ("Tel.",
"Telefon:", "mobil"), or stand alone on a line of the closing signature. The marketplace's own addresses are never the contact.
With `letterhead_only`, only contact lines count (an official letter's own
phone, not the numbers of the people it is about).
"""

from __future__ import annotations

import re

from ..cues import Cues
from ..model import MailHeaders
from .emails import find_emails
from .phones import find_phones
from .subjects import on_contact_line
from .textview import TextView

_EMAIL_LABEL = re.compile(r"(?:e-?mail|mail|adresa\s+de\s+e-?mail)\s*:?\s*$")
_PHONE_LABEL = re.compile(
    r"(?:\btel(?:efon)?(?:\s+mobil)?|\bmobil|\bgsm|\bphone|\bnr\.?\s+(?:de\s+)?telefon|\bcontacta\w*\s+la|\bsunati\s+la|\bnumar(?:ul)?\s+(?:meu\s+)?(?:de\s+)?telefon(?:\s+este)?)\.?\s*(?:nr\.?\s*)?:?\s*$"
)


def find_contact(
    view: TextView, cues: Cues, headers: MailHeaders | None, *, letterhead_only: bool = False
) -> dict[str, str | None]:
    email = None
    for start, _end, addr in find_emails(view.folded):
        if cues.is_operator(addr):
            continue
        if letterhead_only:
            labelled = on_contact_line(view, start)
        else:
            labelled = bool(_EMAIL_LABEL.search(view.folded[max(0, start - 25) : start]))
        if labelled:
            email = addr
            break
    if email is None and headers and headers.from_addr and not cues.is_operator(headers.from_addr):
        email = headers.from_addr
    phone = None
    for start, _end, number in find_phones(view.folded):
        if letterhead_only:
            labelled = on_contact_line(view, start)
        else:
            labelled = bool(_PHONE_LABEL.search(view.folded[max(0, start - 25) : start]))
        if labelled:
            phone = number
            break
    if phone is None and not letterhead_only:
        phone = _signature_phone(view)
    return {"email": email, "phone": phone}


# A name before the number on a signature line: one to three words of letters.
_NAME_BEFORE = re.compile(r"[a-z]{2,}(?:[ .-]+[a-z]{2,}){0,2}\.?")
# How many lines at the end of a mail form its signature block.
SIGNATURE_LINES = 4


def _signature_phone(view: TextView) -> str | None:
    """A phone alone on its line in the closing signature ("Ana Pop" / "0726 300 400"):
    the sender's own number, written without a label."""
    lines = [(a, b) for a, b in view.lines() if view.text[a:b].strip()][-SIGNATURE_LINES:]
    for a, b in lines:
        found = find_phones(view.folded, a, b)
        if len(found) == 1:
            start, end, number = found[0]
            before = view.folded[a:start].strip(" \t,:-")
            # alone, or after the sender's name on the same line ("marius 0751 404 221")
            if (not before or _NAME_BEFORE.fullmatch(before)) and not view.folded[end:b].strip(
                " \t.,;"
            ):
                return number
    return None
