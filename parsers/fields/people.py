"""Who complains: a name introduced as such, else the signature, else the mail's sender.

"Subsemnatul Mihai-Andrei Dumitrescu", "Mă numesc Elena Marinescu", "My name is
..." come first, then the writer of a petition an authority forwards ("formulată de
doamna Lungu Cristina"), then a username the writer gives as theirs ("sunt bogdan_ct"); then the last line of the text that is only a name (2-4
capitalised words), looking up from the end past contact and closing lines.
"""

from __future__ import annotations

import re

from ..cues import Cues
from ..model import MailHeaders
from .noise import is_noise_line, name_prefix
from .textview import TextView

_INTRO = re.compile(r"\b(?:subsemnat(?:ul|a|ii)|ma\s+numesc|numele\s+meu\s+este|my\s+name\s+is)\s+")
# A petition forwarded by an authority names its writer in the third person: "petiția …
# formulată de doamna Lungu Cristina", "petentul Ion Pop", "the complaint filed by Mr X";
# within one sentence (a number's dots aside), and only a petition's or a referral's
# ("sesizarea"): a complaint the writer mentions ("o reclamație depusă de …", "plângerea
# semnată de agentul …") is not the writer's name.
_FILED_BY = re.compile(
    r"\b(?:(?:petiti|sesizar)\w*\s+(?:(?:nr\.|[0-9][0-9./-]*[,;]?|[^\s.!?]+)\s+){0,10}?"
    r"(?:formulat|depus|semnat|adresat)\w*\s+de|petent(?:ul|a)|petitionar(?:ul|a)"
    r"|(?:petition|complaint)\s+(?:\w+\s+){0,4}?(?:filed|submitted|lodged|written)\s+by)\s+"
    r"(?:(?:catre\s+)?(?:domnul|doamna|dl\.?|dna\.?|d-l|d-na|mr\.?|mrs\.?|ms\.?)\s+)?"
)
# "sunt bogdan_ct", "I am ana.pop88": the writer introduced by a username (a digit, "_"
# or "." in it), on the folded text.
_I_AM_USER = re.compile(
    r"\b(?:sunt|eu\s+sunt|i\s+am|i'm)\s+(?:userul\s+|utilizatorul\s+)?"
    r"(?P<u>(?=[a-z0-9._-]*[0-9_.][a-z0-9._-]*(?![a-z0-9@._-]))[a-z][a-z0-9._-]{1,30}[a-z0-9])(?![a-z0-9@._-])"
)
_WORD = r"[A-ZĂÂÎȘȚ][a-zăâîșțA-ZĂÂÎȘȚ'-]+"
NAME = re.compile(rf"{_WORD}(?:[ ]{_WORD}){{1,3}}")
_NAME_LINE = re.compile(rf"^\s*(?P<name>{_WORD}(?:[ ]{_WORD}){{1,3}})\s*[,.]?\s*$")
_SKIP = re.compile(
    r"tel|fax|mobil|e-?mail|@|[0-9]|cu stima|cu respect|multumesc|multumim|va multumesc|salut|o zi buna|"
    r"regards|thanks|thank you|sincerely|trimis de pe|sent from|^\s*-+\s*$"
)
_NOT_NAMES = frozenset(
    {"buna ziua", "stimate domn", "stimata doamna", "cu stima", "va multumesc", "multumesc frumos"}
)


def complainant(view: TextView, cues: Cues, headers: MailHeaders | None) -> str | None:
    """Name (or, failing that, sender address) of who complains, as written."""
    m = view.search(_INTRO)
    if m:
        name = NAME.match(view.text, m.end())
        if name:
            return name.group(0)
    filed = view.search(_FILED_BY)
    if filed:
        name = NAME.match(view.text, filed.end())
        if name:
            return name.group(0)
    me = view.search(_I_AM_USER)
    if me:
        return view.value(me, "u")
    lines = view.lines()
    scrawls = 2 if view.ocr else 0  # a signature OCR'd as a word or two of garbage
    for start, end in reversed(lines[-12:]):
        line = view.text[start:end]
        folded = view.folded[start:end]
        if not line.strip() or _SKIP.search(folded):
            continue
        nm = _NAME_LINE.match(line)
        found = nm.group("name") if nm else (name_prefix(line) if view.ocr else None)
        if found and " ".join(folded.split()).strip(",.") not in _NOT_NAMES:
            return found
        if scrawls and is_noise_line(line, scrawl=True):
            scrawls -= 1
            continue
        break  # the closing block ends at the first line that is neither name nor contact
    if headers and headers.from_addr and not cues.is_operator(headers.from_addr):
        return headers.from_display or headers.from_addr
    return None
