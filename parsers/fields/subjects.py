"""The users an official request is about: usernames, e-mails, phones, user ids, IBANs.

Not subjects: the marketplace's own mailboxes, authority mailboxes and the
sender, the answer address, and anything on a contact line of the letterhead
or footer ("Tel.: 0264 000 111 | Fax: ...", "E-mail: ..."), or on a fax
transmission header ("DE LA: ... CATRE: ... P.001/002"). A phone number is a
subject only in a sentence about a user or an account.
"""

from __future__ import annotations

import re

from ..cues import Cues
from ..model import MailHeaders
from .emails import find_emails
from .iban import find_ibans
from .phones import find_phones, normalize_phone
from .sentences import sentence_of, sentence_spans
from .textview import TextView
from .usernames import mentions

# A letterhead/footer contact line: "Tel.: ...", "Tel. 021 ...", "E-mail: ...", "... | Fax: ...".
# "telefon 0722 123 456" wrapped to the start of a line inside a sentence is not one.
CONTACT_LINE = re.compile(
    r"^\s*(?:tel(?:efon)?|fax|mobil|gsm|e-?mail|mail|web|phone)\s*\.?\s*:"
    r"|^\s*tel\.\s|\btel(?:efon)?\.?\s*:|\bfax\b|\|"
)
_TEL_FIRST = re.compile(r"^\s*tel\.\s")
FAX_HEADER = re.compile(
    r"\b(?:de la|from)\s*:.*\b(?:catre|to)\s*:|\bp\.\s*[0-9]{2,3}\s*/\s*[0-9]{2,3}\b"
)
_ABOUT_USER = re.compile(r"utilizator|titular|contul|cont de|account|user|telefon|persoan|numit")
# "ID utilizator: 445566", "user id 445566", and the user or account named first:
# "utilizatorul cu ID 9876543", "contul având ID-ul 12345".
USER_ID = re.compile(
    r"\b(?:id(?:-?ul)?\s+(?:de\s+)?utilizator(?:ului)?|user\s*id|id(?:-?ul)?\s+cont(?:ului)?|id\s+client"
    r"|(?:utilizator(?:ul|ului)?|cont(?:ul|ului)?|client(?:ul|ului)?|user(?:ul|ului)?)\s+"
    r"(?:cu\s+|avand\s+|having\s+|with\s+)?(?:id(?:-?ul)?|identificatorul))"
    r"\s*(?:nr\.?\s*)?:?\s*(?P<id>[0-9]{3,12})(?![0-9])"
)

_MORE_IDS = re.compile(r"\s*(?:,|\bsi\b|\bsau\b|\band\b)\s*(?P<id>[0-9]{3,12})(?![0-9.,/]?[0-9])")


def on_contact_line(view: TextView, pos: int) -> bool:
    """Whether `pos` is on a letterhead or footer contact line, or a fax header.

    Judged once per line: a line holding many addresses is read once, not once each.
    """
    start, end = view.line_at(pos)

    def judge() -> bool:
        line = view.folded[start:end]
        if not (CONTACT_LINE.search(line) or FAX_HEADER.search(line)):
            return False
        tel = _TEL_FIRST.match(line)
        if tel and not CONTACT_LINE.search(line, tel.end()) and not FAX_HEADER.search(line):
            # "(lemne@x.ro,\ntel. 0254/111.222)": a sentence wrapped before "tel." goes
            # on; a letterhead's "Tel. ..." line follows no comma or open parenthesis.
            return not view.folded[max(0, start - 8) : start].rstrip().endswith((",", "("))
        return True

    return view.remember(("contact_line", start), judge)


def find_subjects(
    view: TextView, cues: Cues, headers: MailHeaders | None, exclude: set[str]
) -> list[dict[str, str]]:
    """[{kind, value}] in order of appearance, without repeats; `exclude` holds known non-subjects."""
    found: list[tuple[int, str, str]] = []
    sender = (headers.from_addr or "") if headers else ""
    for mention in mentions(view):
        found.append((mention.start, "username", mention.value))
    for start, _end, addr in find_emails(view.folded):
        if (
            addr in exclude
            or addr == sender
            or cues.is_operator(addr)
            or cues.authority_domain(addr)
            or on_contact_line(view, start)
        ):
            continue
        found.append((start, "email", addr))
    spans = sentence_spans(view.text, view.folded)
    about_user: dict[tuple[int, int], bool] = {}  # per sentence: phones in one share it
    for start, _end, phone in find_phones(view.folded):
        if phone in exclude or on_contact_line(view, start):
            continue
        span = sentence_of(spans, start)
        if span is None:
            continue
        if span not in about_user:
            about_user[span] = bool(_ABOUT_USER.search(view.folded, span[0], span[1]))
        if about_user[span]:
            found.append((start, "phone", phone))
    for m in view.finditer(USER_ID):
        found.append((m.start("id"), "user_id", m.group("id")))
        pos = m.end()
        # "conturile cu ID utilizator 9930115 și 9930871": every id of the list
        while (more := _MORE_IDS.match(view.folded, pos)) is not None and not normalize_phone(
            more.group("id")
        ):
            found.append((more.start("id"), "user_id", more.group("id")))
            pos = more.end()
    for start, _end, iban in find_ibans(view.text):
        found.append((start, "iban", iban))
    found.sort(key=lambda f: f[0])
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    # An e-mail's local part is not also a username ("ion.vanzator88@..." vs "ion.vanzator88").
    # (Looked up in a set of local parts, not compared with every address: linear.)
    locals_ = {v.partition("@")[0] for _, k, v in found if k == "email"}
    for _, kind, value in found:
        key = (kind, value.lower())
        if key in seen or (kind == "username" and value.lower() in locals_):
            continue
        seen.add(key)
        out.append({"kind": kind, "value": value})
    return out
