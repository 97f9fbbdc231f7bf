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
from ..repair import _osa
from .authority import on_transmission_line
from .emails import find_emails
from .iban import find_ibans, valid_iban
from .phones import find_phones, normalize_phone
from .sentences import sentence_of, sentence_spans
from .tables import table_users
from .textview import TextView
from .usernames import mentions

# A letterhead/footer contact line: "Tel.: ...", "Tel. 021 ...", "E-mail: ...", "... | Fax: ...".
# "telefon 0722 123 456" wrapped to the start of a line inside a sentence is not one.
CONTACT_LINE = re.compile(
    r"^\s*(?:tel(?:efon)?|fax|mobil|gsm|e-?mail|mail|web|phone)\s*\.?\s*:"
    r"|^\s*tel\.\s|\btel(?:efon)?\.?\s*:|\bfax\b|\|"
    # "Str. Republicii nr. 9, Fălticeni · tel. 0230 566 170 · pm@…": the letterhead's
    # address line, its parts apart by middle dots or bullets, or a street and a phone.
    r"|[·•∙]\s*(?:tel(?:efon)?|e-?mail|mobil|phone)\b"
    r"|\b(?:str|strada|bd|b-dul|bulevardul|calea|sos|soseaua|aleea|piata)\.?\s.{0,60}?\bnr\.?\s*[0-9].{0,80}\btel(?:efon)?\b"
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
    r"|(?:utilizator(?:ul|ului|ii|ilor)?|cont(?:ul|ului|urile|urilor)?|client(?:ul|ului|ii|ilor)?"
    r"|user(?:ul|ului|ii|ilor)?)\s+"
    r"(?:cu\s+|avand\s+|having\s+|with\s+)?(?:id(?:-?ul)?|1d|identificatorul))"
    r"\s*(?:nr\.?\s*)?:?\s*(?P<id>[0-9]{3,12})(?![0-9])"
)

# A user's id in parentheses after the name: "„mega.deals2026” (ID 7781204)", perhaps
# first of what the parentheses give ("(ID 3012876, e-mail …)").
_ID_AFTER_NAME = re.compile(
    r"[a-z0-9_.\"'”]\s*\(\s*(?:id|1d)(?:-?ul)?(?:\s+(?:de\s+)?utilizator)?\s*:?\s*(?P<id>[0-9]{3,12})"
    r"\s*[),;]"
)
_MORE_IDS = re.compile(r"\s*(?:,|\bsi\b|\bsau\b|\band\b)\s*(?P<id>[0-9]{3,12})(?![0-9.,/]?[0-9])")


# An address the data are to be sent to ("vor fi comunicate de îndată la adresa de e-mail
# X", "să transmiteți datele exclusiv. la adresa securizată X"): where to answer, not a
# user, though the reply field may not have read it (an OCR speck, a blank line, scraps
# of ink between the words and the address).
_SENT_TO = re.compile(
    r"\b(?:comunica|transmi|trimi|inainta|expedia|preda|raspuns|raspunde)\w*\b[^@]{0,100}?"
    r"(?<!\bde\s)\b(?:la|pe)\s+adres(?:a|ele)(?:\s+de)?"
    r"(?:\s+(?:e-?mail|posta\s+electronica|securizat\w*|electronic\w*|indicat\w*|oficial\w*))*"
    r"[\s:,.]*(?:[^\s@]{1,3}[\s,.]+){0,4}$"
)
# A phone of the authority's own officer: "Persoana de contact: agent ... telefon 0232
# 555 100", "Pentru relații suplimentare: ...", not a user's.
_OWN_CONTACT = re.compile(
    r"\bpersoan[aă]\s+de\s+contact\b|\bpentru\s+(?:orice\s+)?(?:lamurir|relati|informati|detalii)\w*"
    r"|\binterior\s+[0-9]"
)


def _sent_to(view: TextView, start: int) -> bool:
    return _SENT_TO.search(view.folded, max(0, start - 220), start) is not None


# A forwarded mail's block: its separator, then its sender's line.
_FORWARD_SEPARATOR = re.compile(
    r"[ \t>]*-{2,}.*(?:redirectionat|forwarded|original|inaintat|transmis)|"
    r"[ \t>]*(?:begin\s+forwarded\s+message|forwarded\s+message|mesaj\s+(?:redirectionat|original))"
)
_SENDER_LINE = re.compile(r"[ \t>]*(?:de\s+la|from|expeditor)[ \t]*:")
_RECIPIENT = re.compile(r"[ \t>]*(?:catre|to|cc|bcc|destinatar\w*)[ \t]*:")


def in_mail_header(view: TextView, pos: int, addr: str, cues: Cues) -> bool:
    """Whether `addr` at `pos` is our own mailbox, misspelt or not ("juridic@okazii.com"),
    on the recipient line of a forwarded mail's block (a separator line, then the sender's
    line, within the eight lines above): whom that mail went to, not a user it names. Any
    other address there is judged as anywhere else: a forwarded block is text the sender
    writes."""
    domain = addr.rpartition("@")[2]
    label = domain.split(".")[0]
    if not any(label == d.split(".")[0] for d in cues.operator_domains):
        return False
    start, end = view.line_at(pos)
    folded = view.folded
    if not _RECIPIENT.match(folded, start, end):
        return False
    above = folded[:start].split("\n")[-9:-1]
    sender = next((i for i in range(len(above) - 1, -1, -1) if _SENDER_LINE.match(above[i])), None)
    return sender is not None and any(_FORWARD_SEPARATOR.match(x) for x in above[:sender])


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


# The "@" of an address at a mail provider as OCR reads it: "(9 ", "(O ", "©", "0 " or
# "Q" beside a space, a "q" or "o" glued to the provider's name ("@qoutlook.com").
_PROVIDER = (
    r"(?:gmail|yahoo|outlook|hotmail|icloud|protonmail|proton|ymail|live)\.(?:com|ro|me|net)"
)
_OCR_AT = re.compile(
    r"(?<![\w.@+-])(?P<local>[a-z0-9][a-z0-9._-]{0,62}[a-z0-9])"
    r"(?:\s?\((?:9|o|a|@)\s?|\s?[©®]\s?|\s(?:q|0|o|9|@)\s?|(?:q|0|9)\s|\sq|q(?=[a-z]))"
    rf"(?P<domain>{_PROVIDER})(?![\w-])"
)
_JUNK_BEFORE_PROVIDER = re.compile(rf"@[q0o9(]+(?={_PROVIDER}$)")


def _capital_at(view: TextView, start: int, addr: str) -> str:
    """ "c.ionita.consultQ@gmail.com": a capital "Q" or "O" ending a lower-case local part,
    before an "@" the repair put back, is the "@" OCR read twice."""
    at = addr.find("@")
    local = view.text[start : start + at]
    if (
        at > 2
        and local[-1:] in ("Q", "O")
        and local[:-1] == local[:-1].lower()
        and any(c.isalpha() for c in local[:-1])
    ):
        return addr[: at - 1] + addr[at:]
    return addr


# An address wrapped at the line's end right after its "@" ("ion.pop@" / "gmail.com"):
# read whole, not as a domain alone.
_WRAPPED_AT = re.compile(
    r"(?<![\w.+-])(?P<local>[a-z0-9][a-z0-9._%+-]{0,63})@[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    r"(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24})(?![\w-])"
)


def _wrapped(view: TextView, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    extra = [
        (m.start(), m.end(), f"{m.group('local')}@{m.group('domain')}".rstrip("."))
        for m in _WRAPPED_AT.finditer(view.folded)
    ]
    if not extra:
        return found
    kept = [f for f in found if not any(a <= f[0] < b for a, b, _ in extra)]
    return sorted(kept + extra)


_PROVIDER_NAMES = ("gmail", "yahoo", "outlook", "hotmail", "icloud", "protonmail", "ymail")


def _provider(addr: str) -> str:
    """A mail provider's name OCR damaged by one letter ("yahooe.com", "gmaii.com"),
    written again (OCR'd text only: a typed domain is as written)."""
    local, _, domain = addr.rpartition("@")
    name, dot, tld = domain.partition(".")
    if not dot or tld not in ("com", "ro", "me", "net") or name in _PROVIDER_NAMES:
        return addr
    near = [p for p in _PROVIDER_NAMES if len(name) >= 5 and _osa(name, p, 2) == 1]
    return f"{local}@{near[0]}.{tld}" if len(near) == 1 else addr


def _emails(view: TextView) -> list[tuple[int, int, str]]:
    """The text's e-mail addresses; in OCR'd text also those at a mail provider whose "@"
    OCR misread (see `_OCR_AT`), and a speck glued to the provider's name dropped."""
    found = _wrapped(view, find_emails(view.folded))
    if not view.ocr:
        return found
    out = [
        (a, b, _provider(_JUNK_BEFORE_PROVIDER.sub("@", _capital_at(view, a, addr))))
        for a, b, addr in found
    ]
    taken = [(a, b) for a, b, _ in out]
    for m in _OCR_AT.finditer(view.folded):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        out.append((m.start(), m.end(), f"{m.group('local')}@{m.group('domain')}"))
    return sorted(out)


# A Romanian IBAN as OCR reads it: "RO" as "R0" or "R()", a digit read as a letter
# ("ROG6RNCBO082...": "G" for "6", "O" for "0") or a letter as a digit, the space before
# it read as "_" ("bancar_RO72..."). Taken only when its checksum holds once the look-alikes
# are put back: digits in the check and account parts, letters in the bank code.
# Between two groups, a speck may stand ("9999. 1234") or the line may end ("INGB\n0000").
_OCR_IBAN = re.compile(
    r"(?<![A-Za-z0-9])(?:[a-z]+_)?(?P<iban>R(?:O|0|\(\))(?:(?:[ ]?[.,'][ ]|[ ]|\n)?[A-Za-z0-9]){22})"
    r"(?![A-Za-z0-9])"
)
_TO_DIGIT = str.maketrans({"O": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "L": "1", "S": "5",
                           "B": "8", "G": "6", "Z": "2", "o": "0"})  # fmt: skip
_TO_LETTER = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B", "6": "G", "2": "Z"})


# Shaped like a Romanian IBAN whatever its check digits ("Ro66\nBACX 9900 0024 8810 1001":
# OCR read a 0 as a 9 and the "O" small): unread, but no piece of it is a username.
_IBAN_SHAPED = re.compile(
    r"(?<![A-Za-z0-9])R[Oo0][0-9]{2}(?:[ ]?\n?[A-Za-z]{4})(?:[ ]?\n?[A-Za-z0-9]{4}){4}(?![A-Za-z0-9])"
)


def _ocr_ibans(view: TextView) -> list[tuple[int, int, str]]:
    out = []
    for m in _OCR_IBAN.finditer(view.text):
        raw = m.group("iban")
        body = re.sub(
            r"[ \n.,']", "", raw[raw.index(")") + 1 :] if raw.startswith("R(") else raw[2:]
        )
        if len(body) != 22:
            continue
        check, bank, account = body[:2], body[2:6], body[6:]
        for acc in (account.translate(_TO_DIGIT), account.upper()):
            iban = "RO" + check.translate(_TO_DIGIT) + bank.upper().translate(_TO_LETTER) + acc
            if iban[2:4].isdigit() and bank.isalnum() and valid_iban(iban):
                out.append((m.start("iban"), m.end("iban"), iban))
                break
    return out


def _authority_misread(addr: str, cues: Cues) -> bool:
    """On a scan: an address whose domain is an authority's as OCR damages it under a stamp
    ("c@ghipelitiarowana.ro" for "sic@gl.politiaromana.ro", round 10): the authority's own
    mailbox, not a user's. Dropping it asks for less, never for more."""
    domain = addr.rpartition("@")[2].lower()
    flat = domain.replace(".", "")
    for known in cues.authority_domains:
        base = known.replace(".", "")
        allowed = max(2, len(base) // 6)
        if len(base) >= 8 and _osa(flat[-len(base) :], base, allowed) <= allowed:
            return True
    return False


def find_subjects(
    view: TextView, cues: Cues, headers: MailHeaders | None, exclude: set[str]
) -> list[dict[str, str]]:
    """[{kind, value}] in order of appearance, without repeats; `exclude` holds known non-subjects."""
    found: list[tuple[int, str, str]] = []
    sender = (headers.from_addr or "") if headers else ""
    for mention in mentions(view):
        # "utilizator:" at a fax page's end runs on into the next page's transmission line
        # ("DEC-02-2026 09:31 FROM POL CARACAL … P.2/2"): nothing on that line is a user.
        if not on_transmission_line(view, mention.start):
            found.append((mention.start, "username", mention.value))
    for start, _end, addr in _emails(view):
        if (
            addr in exclude
            or addr == sender
            or cues.is_operator(addr)
            or cues.authority_domain(addr)
            or (view.ocr and _authority_misread(addr, cues))
            or on_contact_line(view, start)
            or _sent_to(view, start)
            or in_mail_header(view, start, addr, cues)
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
            about_user[span] = bool(
                _ABOUT_USER.search(view.folded, span[0], span[1])
            ) and not _OWN_CONTACT.search(view.folded, max(span[0], start - 160), start)
        if about_user[span]:
            found.append((start, "phone", phone))
    for m in view.finditer(_ID_AFTER_NAME):
        found.append((m.start("id"), "user_id", m.group("id")))
    for m in view.finditer(USER_ID):
        found.append((m.start("id"), "user_id", m.group("id")))
        pos = m.end()
        # "conturile cu ID utilizator 9930115 și 9930871": every id of the list
        while (more := _MORE_IDS.match(view.folded, pos)) is not None and not normalize_phone(
            more.group("id")
        ):
            found.append((more.start("id"), "user_id", more.group("id")))
            pos = more.end()
    # Users in a table (a column of usernames, one of ids): each cell says what it is,
    # so a username is kept even when an e-mail of the same row begins with it.
    tabled = set()
    for start, kind, value in table_users(view.text, view.folded):
        found.append((start, kind, value))
        if kind == "username":
            tabled.add(value.lower())
    ibans = find_ibans(view.text)
    if view.ocr:
        ibans += [
            i for i in _ocr_ibans(view) if not any(i[0] < b and a < i[1] for a, b, _ in ibans)
        ]
        # A name-looking run that is (a piece of) an IBAN OCR damaged is not a user
        # ("bancar_RO72BTRLO1301...", "Ro66" of "Ro66\nBACX 9900 ..."); a user named just
        # before an IBAN ("utilizatorului ion_pop77, cont RO49 ...") is one.
        runs = [(a, b) for a, b, _ in ibans]
        runs += [(m.start(), m.end()) for m in _IBAN_SHAPED.finditer(view.text)]
        found = [
            f
            for f in found
            if f[1] != "username" or not any(f[0] < b and f[0] + len(f[2]) > a for a, b in runs)
        ]
    for start, _end, iban in ibans:
        found.append((start, "iban", iban))
    found.sort(key=lambda f: f[0])
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    # An e-mail's local part is not also a username ("ion.vanzator88@..." vs "ion.vanzator88").
    # (Looked up in a set of local parts, not compared with every address: linear.)
    locals_ = {v.partition("@")[0] for _, k, v in found if k == "email"}
    for _, kind, value in found:
        key = (kind, value.lower())
        if key in seen or (
            kind == "username" and value.lower() in locals_ and value.lower() not in tabled
        ):
            continue
        seen.add(key)
        out.append({"kind": kind, "value": value})
    return out
