"""Letters and mails the document-signature classes share (signer, authority, content, shadow).

`letter(heading, …)` is an official request as an authority writes it; `mailed`
wraps a signed PDF in a mail from an authority's mailbox, DKIM-signed by it.
"""

from __future__ import annotations

import re

from tests.attacks.harness import Submission
from tests.samples.signatures.world import World

IPJ = "Inspectoratul de Poliție Județean Cluj"
COVER = "Bună ziua,\n\nVă transmitem alăturat adresa noastră, semnată electronic.\n\nCu stimă,\n"


def letter(
    heading: str = IPJ,
    *,
    user: str = "ion_vanzator88",
    data: str = "datele de identificare și istoricul tranzacțiilor",
    case: str = "4567/P/2026",
) -> str:
    """The text of an official request (number, date, case, legal basis, data, user), signed
    by Popescu Ion in the rank of the heading's body: a police officer, a prosecutor or a
    judge (a body's letter is signed by its own)."""
    return (
        f"{heading}\nNr. 123.456 din 12.11.2026\n\nCătre OKAZII.RO\n\n"
        f"În dosarul penal nr. {case}, în baza art. 170 Cod procedură penală, vă rugăm să ne "
        f"comunicați {data} ale utilizatorului {user}.\n\n{rank_of(heading)} Popescu Ion\n"
    )


_PROSECUTORS = re.compile(r"parchet|diicot|d\.i\.i\.c\.o\.t|investigare|anticorup|\bdna\b", re.I)
_COURTS = re.compile(r"tribunal|judec[aă]tori|curtea", re.I)


def rank_of(heading: str) -> str:
    """How the heading's body's own signatory is ranked."""
    if _PROSECUTORS.search(heading):
        return "Procuror"
    if _COURTS.search(heading):
        return "Judecător"
    return "Comisar de poliție"


def letter_lines(text: str) -> list[str]:
    """The letter broken into short lines, as a page shows it."""
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            if len(line) + len(word) > 60:
                out.append(line)
                line = ""
            line = f"{line} {word}".strip()
        out.append(line)
    return out


def mailed(
    w: World,
    pdf: bytes,
    *,
    sender: str = "politia.cluj@cj.politiaromana.ro",
    domain: str = "cj.politiaromana.ro",
    body: str = COVER,
    display: str = IPJ,
) -> Submission:
    """The signed PDF attached to a mail from `sender`, DKIM-signed by `domain`, as our MX stored it (a .eml file)."""
    raw = w.mail(
        sender,
        display=display,
        body=body,
        attachments=(("adresa.pdf", pdf),),
        dkim_domain=domain,
    )
    return Submission(raw, channel="folder", filename="adresa.eml")
