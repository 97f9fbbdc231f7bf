"""The issuing institution, as written, and its kind (police, prosecutor, court, other).

Every known authority (from `Cues`) named in the text is a candidate; its name
runs on over capitalised words and connectors ("de", "pe lângă", "1") and over a
line break after a connector, and stops at a comma or a lower-case word
("Inspectoratul de Poliție Județean Cluj efectuează..." -> "...Cluj"). The most
specific (highest rank) wins, the earliest on a tie; a candidate inside another's
name is dropped ("Judecătoria" inside "Parchetul de pe lângă Judecătoria ...").
A unit that names no place ("Secția 2 Poliție") is given with the authority on
the line above it: "Poliția Municipiului Constanța, Secția 2 Poliție".
A letterhead in capitals is given the casing the same name has elsewhere in the
letter, or else Romanian title case.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
from dataclasses import dataclass

from ..cues import Authority, Cues
from ..model import MailHeaders
from ..normalize import fold, fold_keep_case
from .dates import DATE
from .textview import TextView

_CONNECTORS = frozenset(
    {"de", "pe", "langa", "al", "a", "din", "si", "pentru", "la", "nr.", "nr", "-"}
)
_TOKEN = re.compile(r"[^\s,;:()|]+|\n")
# Tokens (words, line breaks) an authority's name runs on over after its cue at most.
MAX_NAME_TOKENS = 40


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    authority: Authority
    value: str


def find_authority(
    view: TextView, cues: Cues, headers: MailHeaders | None
) -> tuple[str | None, str | None]:
    """(authority as written, kind), or the sender's authority domain's kind when unnamed."""
    keep_case = fold_keep_case(view.text)
    # OCR reads a speck between two words of a heading as a colon or a comma
    # ("INSPECTORATUL DE POLIȚIE: JUDEȚEAN ARGEȘ", "Parchetului de pe lângă, Judecătoria",
    # round 16): read as the space it stands for (same length: positions stay), and left
    # out of the name as written.
    folded = _SPECK_BETWEEN_WORDS.sub(" ", view.folded) if view.ocr else view.folded
    candidates: list[_Candidate] = []
    found = [
        (authority, m)
        for authority in cues.authorities
        for m in authority.cue.pattern.finditer(
            keep_case if authority.cue.case_sensitive else folded
        )
    ]
    starts = sorted({m.start() for _, m in found})
    for authority, m in found:
        end = _extend(view, m.end())
        tail = _letterhead_tail(view, m.start(), end)
        nxt = bisect_right(starts, end)
        if not (nxt < len(starts) and starts[nxt] < tail):  # the next line is another authority
            end = tail
        value = view.text[m.start() : end].strip()
        if view.ocr:
            value = _SPECK_BETWEEN_WORDS.sub("", value)
        candidates.append(_Candidate(m.start(), end, authority, value))
    candidates = _outermost(candidates)
    # A fax machine's transmission line ("02/12/2026 17:02 +40 232 555 192 IPJ IASI SIC
    # P.001/002") names the sender in its own short form: the letter's own heading is
    # the name as written, and the line's page tag and specks are no part of it.
    faxed = [c for c in candidates if on_fax_line(view, c.start)]
    if faxed and len(faxed) < len(candidates):
        candidates = [c for c in candidates if c not in faxed]
    domain = cues.authority_domain(headers.from_addr if headers else None)
    heading = _letterhead_unit(view)
    if heading is not None:
        top = max(candidates, key=lambda c: (c.authority.rank, -c.start)) if candidates else None
        if not any(c.start < heading[2] and c.authority.rank > MINISTRY_RANK for c in candidates):
            # The registry knows only the ministry, or only a mention in the text, while
            # the letterhead names its issuing unit below the ministry: that unit.
            value = " ".join(view.text[heading[0] : heading[1]].split())
            kind = top.authority.kind if top is not None else None
            if kind is None and domain:
                kind = domain[1]
            return _diacritics(title_case(value), view, cues), kind or _kind_of(value)
    if not candidates:
        if domain and headers is not None:
            return headers.from_display or domain[0], domain[1]
        return None, None
    # The institution whose file it is ("în dosarul penal nr. 77/P/2026 al Parchetului de pe
    # lângă Tribunalul Ilfov", "dosar înregistrat la …") is not the one writing, however
    # specific: another named institution is.
    issuers = [
        c
        for c in candidates
        if not _FILE_OWNER.search(folded, max(0, c.start - 90), c.start)
        and not _SEAT_OR_SUPERVISOR.search(folded, max(0, c.start - 40), c.start)
    ]
    if issuers:
        candidates = issuers
    best = min(candidates, key=lambda c: (-c.authority.rank, c.start))
    best = _deepest_unit(best, candidates, view)
    parent = _parent(best, candidates, view) if best.authority.unit else None
    if parent is not None:
        value = f"{_cased(parent, candidates, view)}, {_cased(best, candidates, view)}"
        return _diacritics(value, view, cues), best.authority.kind
    return _diacritics(_cased(best, candidates, view), view, cues), best.authority.kind


_FILE_OWNER = re.compile(
    r"\bdosar\w*(?:\s+penal)?\s+(?:nr\.?\s*)?[0-9][\w/.-]*,?\s+(?:(?:inregistrat|aflat|instrumentat)\w*\s+)?"
    r"(?:al|a|la|pe\s+rolul|in\s+lucru\s+la)\s+(?:[\w-]+\s+){0,5}$"
    # ... nor the one investigating for the writer ("cercetările sunt efectuate de Poliția
    # Municipiului Sebeș", "delegat organelor de cercetare ale …").
    r"|\b(?:efectuat\w*|efectueaza|delegat\w*|delegarea|desemnat\w*|conduse|condus\w*)\s+"
    r"(?:de\s+(?:catre\s+)?|(?:organelor|organele)\s+(?:de\s+cercetare\s+(?:penala\s+)?)?(?:ale|a|al)\s+)?$"
    # ... nor the office of the prosecutor who delegated or ordered ("în baza delegării
    # dispuse de procurorul din cadrul D.I.I.C.O.T. – Serviciul Teritorial Constanța", a
    # coast guard's letter, round 7)
    r"|\b(?:delegar\w*|dispus\w*|ordonat\w*)\b[^.;\n]{0,40}\b(?:procuror\w*|judecator\w*)\s+"
    r"(?:din\s+cadrul|de\s+la)\s+$"
    # ... nor the applicant a court's act rules on ("cererea formulată de D.I.I.C.O.T. –
    # Serviciul Teritorial Brașov", round 14's încheiere)
    r"|\b(?:formulat\w*|inaintat\w*|depus\w*|introdus\w*)\s+de\s+(?:catre\s+)?$"
)


# A colon, semicolon or comma between two words of letters on one line, as OCR sets a
# speck: only in OCR'd text (a typed "Parchetul de pe lângă Tribunalul Cluj, Judecătoria
# Turda" keeps its comma).
_SPECK_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])[:;,](?= [^\W\d_])")
# A court named as the seat of a prosecutor's office ("sub supravegherea Parchetului de pe
# lângă Judecătoria Brașov": the court writes nothing here), or a body that supervises or
# coordinates the investigation ("sub coordonarea DIICOT"), is not the writer either
# (round 12: a police letter read as the court's).
_SEAT_OR_SUPERVISOR = re.compile(
    r"(?:\bpe\s+langa|\bsub\s+(?:supraveghere|coordonare|conducere|indrumare)a?)\s+$"
)
# The registry's rank of a ministry (the top of a letterhead, never the issuer itself).
MINISTRY_RANK = 1
# The first words of an issuing unit's heading line.
_UNIT_HEAD = re.compile(
    r"(?:directia|serviciul|inspectoratul|politia|parchetul|tribunalul|judecatoria|curtea"
    r"|biroul|departamentul|centrul|agentia|comisariatul|institutia|sectia)\b"
)
_HEAD_SKIP = re.compile(r"(?:romania|nesecret|secret|confidential|ministerul|exemplar|ex\.)\b")
# How many lines at the top of a letter its letterhead may take.
HEAD_LINES = 12


def _letterhead_unit(view: TextView) -> tuple[int, int, int] | None:
    """(start, end) of the most specific heading of a letterhead in capitals under a
    ministry ("MINISTERUL AFACERILOR INTERNE" / "DIRECȚIA GENERALĂ ANTICORUPȚIE" /
    "SERVICIUL JUDEȚEAN ANTICORUPȚIE NEAMȚ"), and where the letterhead ends; or None.

    Only a letterhead that opens with a ministry counts: the units under it are the
    issuer's chain, the last one the issuer.
    """
    found: tuple[int, int] | None = None
    ministry = False
    end_of_head = 0
    for n, (a, b) in enumerate(view.lines()):
        if n >= HEAD_LINES:
            break
        line = view.text[a:b].strip()
        if not line or on_fax_line(view, a):
            continue
        folded = view.folded[a:b].strip()
        letters = [c for c in line if c.isalpha()]
        caps = bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
        if caps and folded.startswith("ministerul"):
            ministry = True
        elif caps and found is not None and _continues(view, found[1]):
            # "INSPECTORATUL DE POLIȚIE AL" / "JUDEȚULUI BIHOR": a heading broken after a
            # connector goes on on the next line (round 9's two-line county heading).
            end = a + len(view.text[a:b].rstrip())
            found = (found[0], end)
        elif caps and ministry and _UNIT_HEAD.match(folded):
            end = a + len(view.text[a:b].rstrip())
            # a column beside the heading ("... NEAMȚ Nr. 2.716") is not part of it
            for m in _TOKEN.finditer(view.text, a, end):
                if _column_break(view, m):
                    end = len(view.text[: m.start()].rstrip())
                    break
            found = (a + len(view.text[a:b]) - len(view.text[a:b].lstrip()), end)
        elif not (caps and _HEAD_SKIP.match(folded)) and (found or ministry):
            end_of_head = a
            break
        end_of_head = b
    if found is None:
        return None
    return found[0], found[1], end_of_head


def _continues(view: TextView, end: int) -> bool:
    """Whether the heading text ending at `end` stops on a connector ("AL", "DE", "PE LÂNGĂ")."""
    words = view.folded[max(0, end - 30) : end].split()
    return bool(words) and words[-1] in _CONNECTORS


_KINDS = (("parchet", "prosecutor"), ("diicot", "prosecutor"), ("tribunal", "court"),
          ("judecator", "court"), ("curtea", "court"))  # fmt: skip


def _kind_of(value: str) -> str:
    folded = fold_keep_case(value).lower()
    return next(
        (kind for word, kind in _KINDS if word in folded), "police" if "poli" in folded else "other"
    )


# Counties and county towns, as the institutions' names write them: OCR drops their
# diacritics ("GALATI" for "GALAȚI") where the rest of the letter keeps them.
PLACES = [
    "Argeș",
    "Bacău",
    "Bistrița-Năsăud",
    "Botoșani",
    "Brăila",
    "Brașov",
    "Buzău",
    "Călărași",
    "Caraș-Severin",
    "Constanța",
    "Dâmbovița",
    "Galați",
    "Ialomița",
    "Iași",
    "Maramureș",
    "Mehedinți",
    "Mureș",
    "Neamț",
    "Sălaj",
    "Timiș",
    "Vâlcea",
    "București",
    "Pitești",
    "Ploiești",
    "Târgoviște",
    "Slobozia",
    "Drobeta-Turnu",
    "Severin",
    "Reșița",
    "Focșani",
    "Pașcani",
    "Băilești",
    "Timișoara",
    "Râmnicu",
    "Sărat",
    "Bârlad",
    "Mediaș",
    "Făgăraș",
    "Târgu",
    "Jiu",
    "Sfântu",
    "Gheorghe",
    "Miercurea",
    "Ciuc",
    "Călărași",
    "Giurgiu",
    "Alexandria",
    "Județean",
    "Județul",
    "Secția",
    "Poliție",
    "Poliția",
    "Poliției",
    "Direcția",
    "Națională",
    "Generală",
    "Română",
    "Române",
    "Judecătoria",
    "Curtea",
    "Casație",
    "Justiție",
    "Anticorupție",
    "Organizată",
    "Terorism",
    "Investigații",
]
_DIACRITIC = re.compile(r"[ăâîșțşţĂÂÎȘȚŞŢ]")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _diacritics(value: str, view: TextView, cues: Cues) -> str:
    """The name's words that OCR read without their diacritics, written with them as the
    registry and the place names do, when the rest of the letter was read with them."""
    if not view.ocr or len(_DIACRITIC.findall(view.text)) < 5:
        return value
    known = {fold_keep_case(w).lower(): w for w in PLACES}
    for a in cues.authorities:
        for w in _WORD.findall(a.name):
            if _DIACRITIC.search(w):
                known.setdefault(fold_keep_case(w).lower(), w)

    def restore(m: re.Match[str]) -> str:
        word = m.group(0)
        if _DIACRITIC.search(word):
            return word
        fixed = known.get(word.lower())
        if fixed is None:
            return word
        if word.isupper():
            return fixed.upper()
        return fixed if word[:1].isupper() else fixed.lower()

    return _WORD.sub(restore, value)


def _key(c: _Candidate) -> tuple[int, int, int]:
    return (c.start, -c.end, -c.authority.rank)


def _outermost(candidates: list[_Candidate]) -> list[_Candidate]:
    """The candidates no other one contains (earlier, longer, or of higher rank on the same
    span), in their order.

    One pass over the candidates sorted by that key: one is contained exactly when a
    candidate before it in that order reaches at least as far. (Comparing every pair
    made a text naming an authority thousands of times quadratic.)
    """
    order = sorted(range(len(candidates)), key=lambda i: _key(candidates[i]))
    dropped: set[int] = set()
    reach = -1  # the furthest end among candidates with a smaller key
    k = 0
    while k < len(order):
        group = [order[k]]  # candidates with equal keys do not drop one another
        while k + len(group) < len(order) and _key(candidates[order[k + len(group)]]) == _key(
            candidates[group[0]]
        ):
            group.append(order[k + len(group)])
        for i in group:
            if reach >= candidates[i].end:
                dropped.add(i)
        reach = max(reach, candidates[group[0]].end)
        k += len(group)
    return [c for i, c in enumerate(candidates) if i not in dropped]


def _deepest_unit(best: _Candidate, candidates: list[_Candidate], view: TextView) -> _Candidate:
    """The last of a heading's chain of units of one kind, each on the line under the one
    before ("SERVICIUL TERITORIAL TIMIȘOARA" / "BIROUL TERITORIAL CARAȘ-SEVERIN"): the
    office under the service writes, not the service."""
    while best.authority.unit:
        below = [
            c
            for c in candidates
            if c.authority.unit
            and c.authority.kind == best.authority.kind
            and c.start >= best.end
            and view.text[best.end : c.start].strip(" \t\n,-–—") == ""
            and 1 <= view.text[best.end : c.start].count("\n") <= 2
        ]
        if not below:
            break
        best = min(below, key=lambda c: c.start)
    return best


def _parent(unit: _Candidate, candidates: list[_Candidate], view: TextView) -> _Candidate | None:
    """The authority of the unit's kind named on the line just above it, if any: above
    one blank line too ("TERORISM" / "" / "SERVICIUL TERITORIAL CLUJ": a heading spaced
    out), and above the lines of the units between them ("DIRECȚIA NAȚIONALĂ
    ANTICORUPȚIE" / "SERVICIUL TERITORIAL CLUJ" / "BIROUL TERITORIAL BISTRIȚA")."""
    between = [c for c in candidates if c.authority.unit and c.end <= unit.start]

    def gap(c: _Candidate) -> str:
        text = view.text[c.end : unit.start]
        for u in between:
            if u.start >= c.end:
                text = text.replace(view.text[u.start : u.end], "\n", 1)
        return text

    above = [
        c
        for c in candidates
        if c.end <= unit.start
        and not c.authority.unit
        and c.authority.kind == unit.authority.kind
        and gap(c).strip(" \t\n,-–—") == ""
        # on the same line only with a dash or comma between ("D.I.I.C.O.T. — Serviciul
        # Teritorial Bacău", a fax cover's "De la:" line)
        and (
            1 <= view.text[c.end : unit.start].count("\n") <= 2 + 2 * len(between)
            or bool(view.text[c.end : unit.start].strip(" \t"))
        )
    ]
    return max(above, key=lambda c: c.end) if above else None


# A fax transmission line: its page tag ("P.001/002", "Pag. 01", "Pagina 1/2"), "Fax No."
# or a date and time opening the line, with a sender's short name after them (a time, not
# the next date of a period: "01.05.2026 - 23.11.2026:" opens no fax line).
FAX_LINE = re.compile(
    r"\bp\.\s*[0-9oa]{1,4}\s*/\s*[0-9oa]{1,4}\b|\bp\.\s*0[0-9]{2}\b|\bpag(?:ina)?\.?\s*[0-9]{1,2}\b"
    r"|\bfax\s+no\b|^\W*[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}\W+[0-9]{1,2}[:.][0-9]{2}\b(?![./][0-9])"
)

# The sending machine's own line, as it opens a page: its date (the month in digits, or in
# letters as a machine prints it: "DEC-02-2026", "01-DEC-2026") and time first, then its
# sender and a page tag or a number. Narrower than FAX_LINE (no "pag. 2" anywhere on a
# line): what the field readers set aside as no user's and no part of a list.
_MONTH3 = "(?:jan|ian|feb|mar|apr|may|mai|jun|iun|jul|iul|aug|sep|oct|nov|dec)"
TRANSMISSION_LINE = re.compile(
    r"^\W{0,3}(?:[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}"
    rf"|[0-9]{{1,2}}[-./ ]{_MONTH3}[-./ ][0-9]{{2,4}}|{_MONTH3}[-./ ][0-9]{{1,2}}[-./ ][0-9]{{2,4}})"
    r"\W+[0-9]{1,2}:[0-9]{2}\b(?![./][0-9])"
    r"(?=.*(?:\bp\.?\s*[0-9]{1,4}\s*/\s*[0-9]{1,4}\b|\b[0-9]{1,2}\s*/\s*[0-9]{1,2}\s*$|[0-9]{9,}|\bfrom\b))"
)


def on_transmission_line(view: TextView, pos: int) -> bool:
    """Whether `pos` is on a fax machine's own line opening a page (`TRANSMISSION_LINE`)."""
    start, end = view.line_at(pos)
    return view.remember(
        ("transmission_line", start),
        lambda: TRANSMISSION_LINE.search(view.folded[start:end]) is not None,
    )


def on_fax_line(view: TextView, pos: int) -> bool:
    """Whether `pos` is on a fax machine's transmission line (`FAX_LINE`)."""
    start, end = view.line_at(pos)
    return view.remember(
        ("fax_line", start), lambda: FAX_LINE.search(view.folded[start:end]) is not None
    )


# Where a heading set in columns runs on into the next column's words, once OCR or the
# sender's program collapsed the gap: a registration number ("Nr. 1.204.557", "Ex. nr.
# 1", "Nr. ieșire"), a label ("Termen:", "Data:"), a classification ("NESECRET").
_COLUMN_WORDS = frozenset(
    {
        "ex",
        "exemplar",
        "nesecret",
        "secret",
        "confidential",
        "termen",
        "data",
        "dosar",
        "operator",
        "tel",
        "telefon",
        "fax",
        "e-mail",
        "email",
        "pagina",
        "pag",
        "iesire",
        "intrare",
        "ordonanta",
        "adresa",
        "catre",
        "urgent",
    }
)
_SPACES = re.compile(r"[ \t.]*")
_REG_NUMBER = re.compile(r"(?:iesire|intrare|inregistrare|[0-9]+[./-]?[0-9./-]*)\b")


def _column_break(view: TextView, m: re.Match[str]) -> bool:
    """Whether the token `m` opens another column's words (see `_COLUMN_WORDS`)."""
    folded = view.folded[m.start() : m.end()]
    bare = folded.rstrip(".:,")
    if view.text.startswith(":", m.end() - 1) or view.text.startswith(":", m.end()):
        return True  # "Termen:", "Data:" — a label
    if bare in _COLUMN_WORDS:
        return True
    if bare in ("din", "gin", "dln"):
        # "… JUDEȚEAN ARGEȘ din 04.12.2026": the registration's date from the next column
        gap = _SPACES.match(view.folded, m.end())
        return DATE.match(view.folded, gap.end() if gap else m.end()) is not None
    if bare == "nr":
        # "Nr. 1.204.557", "Nr. ieșire 41.227": a registration number; "nr. 5" of a
        # unit's name ("Secția nr. 5") is one or two digits
        gap = _SPACES.match(view.folded, m.end())
        nxt = _REG_NUMBER.match(view.folded, gap.end() if gap else m.end())
        if nxt is not None:
            num = nxt.group(0)
            return not (num.isdigit() and len(num) <= 2)
    return False


def _extend(view: TextView, pos: int) -> int:
    """End of an authority's name that starts before `pos` (see the module docstring)."""
    end = pos
    last = ""
    # An institution's name is a few words: reading on over a capitalised annex for
    # every place the name occurs would make the letter's length squared.
    for n, m in enumerate(_TOKEN.finditer(view.text, pos)):
        if n >= MAX_NAME_TOKENS:
            break
        tok = m.group(0)
        between = view.text[end : m.start()]
        if any(ch in between for ch in ",;:()|"):
            break
        if tok == "\n":
            if last not in _CONNECTORS and not _wrapped(view, pos, m.start()):
                break
            continue
        folded = view.folded[m.start() : m.end()]
        if _column_break(view, m):
            break
        if folded in _CONNECTORS or tok[0].isupper() or tok[0].isdigit():
            end = m.end()
            last = folded
            continue
        break
    # "Tribunalul Brașov Brașov, 17 noiembrie 2026": a place line set to the right of
    # the name, its spacing collapsed; the repeated place opens the date, not the name.
    # So is "… MUNICIPIULUI BUCUREȘTI București": the place again in another case.
    # (the name's own last word may end the cue's match, before `pos`)
    words = view.text[max(0, pos - 60) : end].split()
    if (
        end > pos
        and len(words) >= 2
        and fold(words[-1]) == fold(words[-2])
        and words[-1][:1].isupper()
        and (view.text.startswith(",", end) or words[-1] != words[-2])
    ):
        end = pos + view.text[pos:end].rstrip().rfind(words[-1])
        end = len(view.text[:end].rstrip())
    # A trailing connector ("... de") is not part of the name.
    while True:
        words = view.text[pos:end].split()
        if words and view.folded[end - len(words[-1]) : end] in _CONNECTORS:
            end -= len(words[-1])
            end = len(view.text[:end].rstrip())
        else:
            break
    return end


# A line of prose filled this much of the page's widest line was wrapped, not ended.
FULL_LINE = 0.8


def _wrapped(view: TextView, pos: int, newline: int) -> bool:
    """Whether a name in running prose was wrapped at `newline` ("... la DIICOT - Serviciul"
    / "Teritorial Constanța, ..."): its line is full and the name is not in capitals (a
    letterhead's short lines are headings, each ended)."""
    start, _ = view.line_at(pos)
    name = view.text[pos:newline]
    if not any(c.islower() for c in name):
        return False
    width = view.remember("line_width", lambda: max((b - a for a, b in view.lines()), default=0))
    nxt = view.text[newline + 1 : newline + 2]
    return newline - start >= FULL_LINE * width and nxt.isupper()


# The line after a capitalised letterhead that only names its place ("BUCUREȘTI").
_PLACE_LINE = re.compile(
    r"[ \t|]*([A-ZĂÂÎȘȚŞŢ][A-ZĂÂÎȘȚŞŢ-]+(?:[ ][A-ZĂÂÎȘȚŞŢ][A-ZĂÂÎȘȚŞŢ-]+){0,2})[ \t]*(?=\n|$)"
)
# Headings of a letterhead that are not the place of the authority above them.
_NOT_PLACE = frozenset(
    {
        "romania",
        "ministerul",
        "serviciul",
        "biroul",
        "directia",
        "sectia",
        "compartimentul",
        "cabinet",
        "cabinetul",
        "dosar",
        "catre",
        "adresa",
        "urgent",
        "confidential",
        "nesecret",
        "secret",
        "structura",
        "departamentul",
        "sectorul",
        # a document's title under the letterhead, not a place
        "ordonanta",
        "incheiere",
        "sentinta",
        "decizie",
        "citatie",
        "referat",
        "mandat",
        "solicitare",
        "exemplar",
    }
)


def _letterhead_tail(view: TextView, start: int, end: int) -> int:
    """A name in capitals that ends its line goes on over a next line naming only a place.

    Letterheads break "PARCHETUL ... SECTORULUI 4" / "BUCUREȘTI" over two lines;
    the city is part of the institution's name as written.
    """
    name = view.text[start:end]
    letters = [c for c in name if c.isalpha()]
    # (a name in capitals broken over lines by its own words, "INSPECTORATUL DE POLIȚIE" /
    # "JUDEȚEAN", goes on to its place too)
    if not letters or not all(c.isupper() for c in letters):
        return end
    rest = view.text[end:]
    if not rest.startswith("\n"):
        return end
    m = _PLACE_LINE.match(view.text, end + 1)
    if not m:
        return end
    first = view.folded[m.start(1) : m.end(1)].split()[0]
    if first in _NOT_PLACE or any(first.startswith(w) for w in ("ministerul", "inspectoratul")):
        return end
    return m.end(1)


def _cased(best: _Candidate, candidates: list[_Candidate], view: TextView) -> str:
    value = " ".join(best.value.split())
    letters = [c for c in value if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return value
    key = " ".join(view.folded[best.start : best.end].split())
    compared: set[str] = set()  # a name written the same way again is compared once
    for other in candidates:
        other_value = " ".join(other.value.split())
        if other.authority is best.authority and not other_value.isupper():
            other_key = " ".join(view.folded[other.start : other.end].split())
            if other_key in compared:
                continue
            compared.add(other_key)
            # The same name in other letters, not a shorter one ("... JUDECĂTORIA
            # BUFTEA" is not "Judecătoria" of an address line cut before its place).
            if (
                len(other_key.split()) == len(key.split())
                and difflib.SequenceMatcher(None, key, other_key).ratio() >= 0.85
            ):
                return other_value
    return title_case(value)


# Acronyms stay in capitals when a letterhead is title-cased.
ACRONYMS = frozenset(
    {
        "IPJ",
        "IGPR",
        "DGPMB",
        "DIICOT",
        "DNA",
        "DGA",
        "BCCO",
        "SICE",
        "DIPI",
        "ANAF",
        "ONPCSB",
        "UE",
        "MAI",
        "ST",
    }
)
_SMALL = frozenset(
    {
        "de",
        "pe",
        "lângă",
        "langa",
        "al",
        "a",
        "ale",
        "din",
        "la",
        "și",
        "si",
        "pentru",
        "în",
        "in",
        "cu",
    }
)


def title_case(value: str) -> str:
    """Romanian institution title case: "PARCHETUL DE PE LÂNGĂ X" -> "Parchetul de pe lângă X"."""
    words = value.split()
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i and low in _SMALL:
            out.append(low)
        elif word.strip(".,") in ACRONYMS:
            out.append(word)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(out)
