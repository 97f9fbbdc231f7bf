"""Marketplace usernames named in a text, with the role the text gives them.

A word counts as a username only when it looks like one (a digit, "_" or "."
in it, or quoted) or is introduced explicitly ("numele de utilizator X",
"username: X"): "vânzătorul nu mai răspunde" names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..normalize import fold
from .iban import IBAN
from .textview import TextView

_LABEL = (
    r"(?:(?:de\s+utilizator\s+)?(?:cu\s+)?(?:numele\s+de\s+utilizator|nume\s+de\s+utilizator|numele"
    r"|username(?:-?ul)?|user(?:-?ul)?|id-?ul)\s*:?\s*|de\s+utilizator\s+)"
)
# A role word is a word: "vanzator_iasi_2026" is a user's name, not "vânzător" before one.
_ROLE = (
    r"(?P<role>(?:vanzato(?:r|are)[a-z]*|cumparato(?:r|are)[a-z]*|seller|buyer|utilizator[a-z]*|user(?:ul|ului)?|contul(?:ui)?|conturi(?:le|lor)?|"
    r"nume(?:le)?\s+de\s+utilizator|username(?:-?ul)?|pseudonim[a-z]*)(?!\w|\.\w))"
)
_AS = r"(?:(?:inregistrat|identificat|cunoscut|denumit|inscris)\s+(?:ca|cu\s+numele|sub\s+numele)\s+)?"
# The name may follow its role word in quotes, in parentheses or between commas:
# "vânzătoarea (ana_handmade)", "un vânzător, iphone_ieftin_2026, mi-a cerut"; a speck
# OCR put after the role word before a quoted name ("utilizatorul. „x_1”"), not a full
# stop before the next sentence ("… the user.\n\nInsp. Popa").
USERNAME = re.compile(
    rf"\b{_ROLE}\s*(?P<okazii>okazii\s*)?(?:[:,]|\.(?=[ \t]+(?:,,|[\"'])))?\s*{_AS}{_LABEL}?(?:(?:,,|[\"'(])[ \t]?)?(?P<u>[a-z0-9][a-z0-9._-]{{1,31}}[a-z0-9])(?P<q>[\"')])?(?![a-z0-9@_-]|\.[a-z0-9])"
)
# "am cumpărat de la retro_shop_ro", "am plătit o placă la piese_pc": a username-looking
# word after "de la"/"la"/"from" is the other party; so is the sender of a quoted reply
# ("> De la: casa_smart_ro").
_FROM = re.compile(
    r"\b(?:de\s+la|la|vandut[a]?\s+de|sold\s+by|from|catre|to)(?::[ \t]*|\s+)(?:userul\s+|user\s+|contul\s+)?[\"']?(?P<u>[a-z][a-z0-9._-]{1,30}[a-z0-9])[\"']?(?![a-z0-9@_-]|\.[a-z0-9])"
)
# After a header label ("From:", "De la:"), a username is the whole display: the line
# ends after it, or the address in angle brackets follows.
_HEADER_USER = re.compile(r"[\"']?[ \t]*(?:$|<)", re.M)
# OCR'd text: a username broken in pieces, the "_" read as a space or the "." followed
# by one ("bogdan fashion55", "shopioana 100", "gheorghe. mobila8"), up to the end of its clause.
# A speck may follow the role word ("utilizatorii! mamaia gadgets,"); the clause may
# also end at "și"/"sau" ("ardeal gsm și numărul de telefon").
_OCR_PIECES = re.compile(
    rf"\b{_ROLE}\b\s*[:!|']?\s*{_AS}{_LABEL}?(?P<u>[a-z][a-z0-9._]*(?:[ ][a-z0-9._]+){{1,2}})"
    r"(?=[ ]?(?:[,;:()]|\.(?:\s|$)|\n|$)|[ ](?:si|sau)\b)"
)
# Where a list of users, or one introduced as a username, names it: two plain pieces
# there are one name whose "_" OCR read as a space ("conturile de utilizator ro_crypto
# deals și mihai.broker77", "numele de utilizator ardeal gsm și ...").
# A whole date inside a token: no one's username, a date a space was lost before.
_DATE_IN = re.compile(r"(?<![0-9])[0-3]?[0-9]\.[01]?[0-9]\.(?:19|20)[0-9]{2}(?![0-9])")
_NAMING = re.compile(r"utilizator(?:ii|ilor)|\bde\s+utilizator|username|\buser\b")
_LIST_GOES_ON = re.compile(r"[ ]?(?:,|;|\(|\n|[ ](?:si|sau)\b)")
_FUNCTION_WORDS = (
    "a al ale ai are au avea cu de din e este era in la mai nu pe pentru prin sa se si sunt "
    "nr id ca care cel cea lui ei lor meu mea the and of to is was has"
)
_NOT_PIECES = frozenset(_FUNCTION_WORDS.split())
_SELF = re.compile(
    r"(?:\bmeu\b|\bmea\b|\bmy\b|\bsubsemnat\w*|\bma numesc\b"
    # "I am a seller on your platform (user: x)", "sunt vânzător pe platformă (user: x)":
    # the writer's own account, not the other party's (round 9's dev split)
    r"|\bi(?:'m| am) (?:a |an )?(?:seller|buyer|user|customer|member)\b"
    r"|\bsunt (?:un |o )?(?:vanzat|cumparat|utilizat|client)\w*)[^.\n]{0,60}$"
)


# The next name of a list after one: "utilizatorii „a_1”, „b.2” și „c3”", "conturile x_1 si y_2".
_NEXT = re.compile(
    r"\s*(?:,|\bsi\b|\bsau\b|\band\b)\s*(?:\bsi\b\s*)?(?P<q1>[\"']|,,)?(?P<u>[a-z0-9][a-z0-9._-]{1,31}[a-z0-9])(?P<q2>[\"'])?(?![a-z0-9@_-]|\.[a-z0-9])"
)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    value: str
    role: str  # "counterparty", "user", "self"
    explicit: bool


_ROLE_WORD = re.compile(_ROLE)


def _role_matches(view: TextView) -> Iterator[re.Match[str]]:
    """USERNAME's matches; where the "name" it took is itself a role word ("contul
    vânzătorului bucovina_antic": "vânzătorului" after "contul"), the next match may
    start at that word, so the name after it is found too."""
    pos = 0
    while (m := view.search(USERNAME, pos)) is not None:
        yield m
        pos = m.start("u") if _ROLE_WORD.fullmatch(m.group("u")) else m.end()


def mentions(view: TextView) -> list[Mention]:
    """Every username mention in order; roles from the words before it."""
    out: list[Mention] = []
    for m in _role_matches(view):
        token = m.group("u")
        role_word = m.group("role")
        explicit = bool(
            re.search(
                r"nume|username|user\b|userul|pseudonim", m.group(0)[: m.start("u") - m.start()]
            )
        )
        # Quotes make a name of any word; parentheses do not ("vânzătorul (Ion)").
        quoted = m.group("q") in ('"', "'")
        if not (explicit or quoted or re.search(r"[0-9_.]", token)):
            continue
        if token.replace(".", "").isdigit() or IBAN.match(view.text, m.start("u")):
            continue  # a number is an id, not a username
        if role_word.startswith(("vanzato", "cumparato", "seller", "buyer")):
            role = "counterparty"
        elif m.group("okazii") or _SELF.search(view.folded[max(0, m.start() - 80) : m.start()]):
            role = "self"
        else:
            role = "user"
        out.append(Mention(m.start("u"), view.value(m, "u").strip("\"'"), role, explicit))
        out += _listed_after(view, m.end(), role, explicit)
    seen = {m.start for m in out}
    for m in view.finditer(_FROM):
        token = m.group("u")
        if m.start("u") in seen or not re.search(r"[0-9_]|[a-z]\.[a-z]", token) or "@" in token:
            continue
        if re.fullmatch(r"[a-z]+\.(?:ro|com|net|org|eu)", token):
            continue  # a web address, not a user
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]?\.?", token):
            continue  # initials ("Către S.C. X S.R.L."), not a user
        if ":" in view.folded[m.start() : m.start("u")]:
            # After a header label the name must be the whole display ("From: PJS4
            # Registratura <pjs4@…>" is a display name) and not the sender's own mailbox
            # ("From: ion_pop77 <ion_pop77@gmail.com>").
            header = _HEADER_USER.match(view.folded, m.end("u"))
            if header is None or view.folded.startswith(token + "@", header.end()):
                continue
        out.append(Mention(m.start("u"), view.value(m, "u"), "counterparty", False))
    out += _listed_below(view, {m.start for m in out})
    out += _quoted_in_user_sentence(view, {m.start for m in out})
    if view.ocr:
        pieces = _ocr_pieces(view, set())
        # the whole of a name OCR broke replaces its first piece read alone ("ro_crypto")
        longer = {p.start: p for p in pieces}
        out = [
            longer.pop(x.start)
            if x.start in longer and longer[x.start].value.startswith(x.value)
            else x
            for x in out
        ]
        taken = {x.start for x in out}
        out += [p for p in longer.values() if p.start not in taken]
    # A whole date in a name: a date OCR glued to a word, or a word and a date joined as
    # an underscore OCR lost ("contului între 01.01.2025", round 16), no one's username.
    out = [x for x in out if not _DATE_IN.search(fold(x.value))]
    return sorted(out, key=lambda x: x.start)


# "ale următorilor utilizatori:" at a line's end, and below it one name a line
# ("- ion_vanzator88;", "1. maria_x99", "• „a.b_c”").
_LIST_HEAD = re.compile(rf"\b{_ROLE}\s*:[ \t]*$", re.M)
_LIST_ITEM = re.compile(
    r"[ \t]*(?:[-•*–]|\(?[0-9a-z]{1,3}[.)])?[ \t]*[\"'„“]?"
    r"(?P<u>[a-z0-9][a-z0-9._-]{1,31}[a-z0-9])[\"'”]?"
    # the name alone on its line, or followed by a dash, a comma or a parenthesis saying more
    r"(?=[ \t]*[;,.]?[ \t]*$|[ \t]+[–—-][ \t]|[ \t]*[,(])"
)


# A quoted name that looks like a username ("„mega.deals2026”", "\"consola_ps5\""), in a
# sentence about users or accounts, wherever the role word stands ("Conturile de
# utilizator implicate sunt „mega.deals2026” (ID 7781204) și „consola_ps5_ieftin”").
_QUOTED = re.compile(r"[\"'](?P<u>[a-z0-9][a-z0-9._-]{1,31}[a-z0-9])[\"']")
_USER_SENTENCE = re.compile(r"\b(?:utilizator\w*|conturi\w*|contul\w*|user\w*|accounts?)\b")


def _quoted_in_user_sentence(view: TextView, seen: set[int]) -> list[Mention]:
    from .sentences import sentence_of, sentence_spans

    out: list[Mention] = []
    spans = None
    for m in view.finditer(_QUOTED):
        token = m.group("u")
        if (
            m.start("u") in seen
            or not re.search(r"[0-9_.]", token)
            or token.replace(".", "").isdigit()
        ):
            continue
        if (
            re.fullmatch(r"[a-z0-9-]+\.(?:ro|com|net|org|eu)", token)
            or "@" in view.folded[m.end() : m.end() + 1]
        ):
            continue  # a web address or an e-mail's local part
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]?\.?", token) or IBAN.match(view.text, m.start("u")):
            continue
        spans = spans if spans is not None else sentence_spans(view.text, view.folded)
        span = sentence_of(spans, m.start())
        if span is None or not _USER_SENTENCE.search(view.folded, span[0], span[1]):
            continue
        out.append(Mention(m.start("u"), view.value(m, "u"), "user", False))
    return out


def _listed_below(view: TextView, seen: set[int]) -> list[Mention]:
    """Usernames listed one a line under a line ending on a user word and a colon."""
    out: list[Mention] = []
    for head in view.finditer(_LIST_HEAD):
        role_word = head.group("role")
        role = "counterparty" if role_word.startswith(("vanzato", "cumparato")) else "user"
        pos = view.folded.find("\n", head.end())
        while pos >= 0 and len(out) < 200:
            end = view.folded.find("\n", pos + 1)
            line_end = end if end >= 0 else len(view.folded)
            if view.ocr and not view.folded[pos + 1 : line_end].strip() and end >= 0:
                pos = end  # OCR's blank line between the head and the names, or two names
                continue
            m = _LIST_ITEM.match(view.folded, pos + 1, line_end)
            if m is None:
                break
            token = m.group("u")
            if not re.search(r"[0-9_.]", token) or token.replace(".", "").isdigit():
                break
            if m.start("u") not in seen and not IBAN.match(view.text, m.start("u")):
                out.append(Mention(m.start("u"), view.text[m.start("u") : m.end("u")], role, True))
            pos = end
    return out


def _listed_after(view: TextView, pos: int, role: str, explicit: bool) -> list[Mention]:
    """The names listed after a named user, joined by commas or "și": each looks like a
    username (quoted, or a digit, "_" or "." in it), or the list ends."""
    out = []
    while (m := _NEXT.match(view.folded, pos)) is not None:
        token = m.group("u")
        quoted = bool(m.group("q1") and m.group("q2"))
        if not (quoted or re.search(r"[0-9_.]", token)) or token.replace(".", "").isdigit():
            break
        if "@" in view.folded[m.end() : m.end() + 1] or IBAN.match(view.text, m.start("u")):
            break
        out.append(Mention(m.start("u"), view.value(m, "u"), role, explicit))
        pos = m.end()
    return out


def _ocr_pieces(view: TextView, seen: set[int]) -> list[Mention]:
    """Usernames OCR broke in pieces after a role word, joined again (see `_OCR_PIECES`)."""
    out = []
    for m in view.finditer(_OCR_PIECES):
        if m.start("u") in seen and not view.ocr:
            continue
        pieces = m.group("u").rstrip(".").split(" ")
        written = view.value(m, "u").rstrip(".").split(" ")
        if all(re.fullmatch(r"[A-ZĂÂÎȘȚ][a-zăâîșț]+", p) for p in written):
            continue  # "cumpărătorul Popa Dan": a person's name, not a username
        clause_ends = _LIST_GOES_ON.match(view.folded, m.end("u")) is not None
        named = (
            len(pieces) == 2
            and _NAMING.search(m.group(0)[: m.start("u") - m.start()]) is not None
            and clause_ends
            and all(len(p.strip("._")) >= 3 for p in pieces)
            and pieces[1].isalnum()
        ) or (
            # "utilizatorului roman ceramica nt,": a name ending in a county's or a
            # country's code, its "_" read as spaces
            clause_ends
            and pieces[-1].isalpha()
            and 2 <= len(pieces[-1]) <= 3
            and pieces[-1] not in _NOT_PIECES
            and all(len(p.strip("._")) >= 3 for p in pieces[:-1])
        )
        if (
            any(p in _NOT_PIECES or not p.strip("._") for p in pieces)
            or any(p.isdigit() for p in pieces[:-1])
            # a digit, "_" or "." in a later piece, or the usual "_ro" ending ("mobila retro ro")
            or not (re.search(r"[0-9_.]", "".join(pieces[1:])) or pieces[-1] == "ro" or named)
        ):
            continue
        value = written[0]
        for left, right in zip(written, written[1:], strict=False):
            glue = "" if left[-1] in "._" or right[0] in "._" or right.isdigit() else "_"
            value += glue + right
        if len(value) > 32:
            continue
        role = m.group("role")
        kind = (
            "counterparty"
            if role.startswith(("vanzato", "cumparato", "seller", "buyer"))
            else "user"
        )
        out.append(Mention(m.start("u"), value, kind, False))
        if named:  # "utilizatorii mamaia gadgets, port_tomis_shop": the list goes on
            out += _listed_after(view, m.end("u"), kind, False)
    return out
