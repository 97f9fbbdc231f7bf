"""The signer of an official letter: rank and name as written.

The last short line holding a rank ("Comisar-șef de poliție", "Prim-procuror",
"Judecător", "Grefier") followed by a name ("Popescu Ion") is the signatory; a rank alone
on its line takes the name from the next line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalize import fold
from ..repair import _osa
from .noise import NAME_WORD, is_noise_line, name_prefix
from .textview import TextView

RANK = re.compile(
    r"\b(?:prim[- ]?procuror(?:\s+adjunct)?|procuror(?:[- ]sef)?(?:\s+adjunct)?|"
    r"(?:sub)?comisar(?:[- ]sef)?(?:\s+de\s+politie)?|"
    r"(?:sub)?inspector(?:\s+(?:principal|sef|general))?(?:\s+de\s+politie)?|"
    r"agent(?:[- ]sef)?(?:\s+(?:principal|adjunct))?(?:\s+de\s+politie)?|"
    r"chestor(?:\s+(?:principal|sef|general))?(?:\s+de\s+politie)?|"
    r"ofiter(?:\s+de\s+politie(?:\s+judiciara)?)?|judecator(?:\s+de\s+drepturi\s+si\s+libertati)?|presedinte|"
    r"(?:prim[- ]?)?grefier(?:[- ]sef)?|magistrat[- ]asistent|"
    r"director(?:\s+(?:general|executiv|adjunct))?|"
    r"(?:locotenent[- ])?colonel|locotenent|maior|capitan|"
    # English ranks and functions of letters sent abroad or translated
    r"(?:chief\s+)?(?:superintendent|inspector|commissioner)(?:\s+of\s+police)?|"
    r"(?:chief\s+|deputy\s+)?prosecutor|judge|police\s+officer)\b"
)
_NAME = re.compile(
    r"^\s*[,:]?\s*(?P<name>[A-ZĂÂÎȘȚ][\w'-]*\.?(?:\s+[A-ZĂÂÎȘȚ][\w'-]*\.?){1,3})\s*[.,]?\s*$"
)
MAX_LINE = 90


def find_signatory(view: TextView) -> str | None:
    """Rank and name of the signer, as written, or None.

    On OCR'd text a stamp beside or under the signature adds pieces of its
    legend and specks to the rank and name lines, or lines of its own between
    them (`noise`): those are read past.
    """
    lines = view.lines()
    clerk: tuple[int, str] | None = None
    for idx in range(len(lines) - 1, -1, -1):
        if clerk is not None and clerk[0] - idx > CLERK_REACH:
            break
        found = _signer_at(view, lines, idx)
        if found is None:
            continue
        if not _CLERK.match(fold(found)):
            return _name_diacritics(view, found)
        # A clerk countersigns: the judge (or president) who signs stands above or
        # beside the clerk in the same block, and is the signatory.
        clerk = clerk or (idx, found)
    if clerk:
        return _name_diacritics(view, clerk[1])
    own = _first_person(view) or _author(view)
    return _name_diacritics(view, own) if own else None


# "Subsemnatul, inspector principal de poliție Vlad Sorin, din cadrul ...": an officer
# writing in the first person names himself, rank and name, at the letter's start;
# with the signature block unreadable (a function line and ink), that is the signer.
_FIRST_PERSON = re.compile(rf"\bsubsemnat(?:ul|a)\s*,?\s*(?P<rank>{RANK.pattern})\s+")
_NAME_RUN = re.compile(
    r"(?P<name>[A-ZĂÂÎȘȚ][\w'-]+(?:\s+[A-ZĂÂÎȘȚ][\w'-]+){1,3})\s*(?:,|\.|\s+(?:din|de\s+la|[îi]n)\b)"
)


def _first_person(view: TextView) -> str | None:
    m = _FIRST_PERSON.search(view.folded)
    if m is None:
        return None
    name = _NAME_RUN.match(view.text, m.end())
    if name is None:
        return None
    return _ranked(view, m, name.group("name"))


# An ordonanță opens with its author, name then function, before what was examined
# (with the signature block unreadable, the author is the signer):
# "Pop Delia-Maria, procuror în cadrul Parchetului de pe lângă Judecătoria Zalău,".
_AUTHOR = re.compile(
    rf"\s*(?P<name>[a-z'-]+(?:\s+[a-z'-]+){{1,3}})\s*,\s*(?P<rank>{RANK.pattern})\s*,?\s+"
    r"(?:[îi]n\s+cadrul|din\s+cadrul|de\s+la|la)\b"
)
# Or rank then name, as a prosecutor's request opens: "Procuror Cazacu Roxana-Elena, în
# dosarul penal nr. …, solicită …", "Comisar de poliție Ion Pop, din cadrul …".
_RANK_AUTHOR = re.compile(
    rf"\s*(?P<rank>{RANK.pattern})\s+(?P<name>[a-z'-]+(?:\s+[a-z'-]+){{1,3}})\s*,\s*"
    r"(?:[îi]n\s+(?:cadrul|dosarul|cauza|temeiul|baza)|din\s+cadrul|de\s+la|av[âa]nd\s+[îi]n\s+vedere"
    r"|v[ăa]z[âa]nd|examin[âa]nd)\b"
)
# How far into the text (its lines) the author's line is looked for.
AUTHOR_LINES = 25


def _author(view: TextView) -> str | None:
    for a, b in view.lines()[:AUTHOR_LINES]:
        m = _AUTHOR.match(view.folded, a, b) or _RANK_AUTHOR.match(view.folded, a, b)
        if m is None:
            continue
        name = view.text[m.start("name") : m.end("name")]
        if not all(w[:1].isupper() for w in name.split()):
            continue  # "examinând actele, procuror …" is no name
        return _ranked(view, m, name)
    return None


def _ranked(view: TextView, m: re.Match[str], name: str) -> str:
    """ "Rank Name": the rank matched as group "rank" of `m`, as written, capitalised."""
    rank = _rank_as_written(view, view.text[m.start("rank") : m.end("rank")])
    return _tidy(f"{rank[:1].upper()}{rank[1:]} {name}")


# How many lines above a clerk's signature the judge's is looked for.
CLERK_REACH = 6
_CLERK = re.compile(r"(?:prim[- ]?)?grefier|magistrat")
# Lower-case words after a rank on its line are its function ("Procuror șef serviciu",
# "Inspector antifraudă"), not a name: the name is on the line below.
# A rank's function words alone (folded), in whatever case: "GENERAL ADJUNCT", "Șef Secție".
_FUNCTION_ONLY = re.compile(
    r"^[\s,.:]*(?:(?:general|adjunct|sef|sefa|principal|executiv|sectie|sectiei|serviciu"
    r"|serviciului|birou|biroului|de|al|si)\b[\s,.:-]*)+$"
)
_FUNCTION = re.compile(r"^\s+[a-zăâîșț][a-zăâîșț-]*(?:\s+[a-zăâîșț][a-zăâîșț-]*){0,2}\s*[,.:]?\s*$")
# Words of a function after a rank, as OCR may read them beside specks: "șef serviciu",
# "șef birou", "adjunct", "antifraudă" (folded).
_FUNCTION_WORD = re.compile(r"[a-z]{3,}")


def _function_words(rest: str) -> bool:
    """In OCR'd text: every word of `rest` a word of three letters or more (a function,
    not specks read as letters), one of five or more."""
    words = fold(rest).strip(" ,.:").split()
    return all(_FUNCTION_WORD.fullmatch(w) for w in words) and any(len(w) >= 5 for w in words)


# Signatures side by side ("Judecător,      Grefier,", the gap collapsed to one space
# by then): a second rank, alone, after the first.
_SECOND_RANK = re.compile(rf"\s*[,.]?\s+(?:{RANK.pattern})\s*[,.:]?\s*$")


def _two_ranks(view: TextView, line: tuple[int, int]) -> bool:
    """Whether a line holds two functions side by side ("PREȘEDINTE DE COMPLET, GREFIER,")."""
    a, b = line
    found = list(RANK.finditer(view.folded, a, b))
    return len(found) >= 2 and "," in view.folded[found[0].end() : found[-1].start()]


def _first_column(line: str) -> str:
    """The first of two names written side by side: the first half of its words (an odd
    count cannot be split without guessing, and gives nothing)."""
    words = line.split()
    half, odd = divmod(len(words), 2)
    return "" if odd else " ".join(words[:half])


# After a rank and a comma, a unit of the institution ("Biroul Investigații Criminale",
# "Serviciul de Investigare a Criminalității Economice"): the signer's function line
# under the name, not a name.
_UNIT = re.compile(
    r"^\s*[,:]?\s*(?:biroul|serviciul|sectia|directia|compartimentul|departamentul|oficiul"
    r"|inspectoratul|politia|parchetul|structura|unitatea|sectorul|brigada|detasamentul)\b"
)


def _signer_at(view: TextView, lines: Sequence[tuple[int, int]], idx: int) -> str | None:
    """Rank and name of a signature whose rank is on line `idx`, or None."""
    start, end = lines[idx]
    if end - start > MAX_LINE:
        return None
    m = RANK.search(view.folded, start, end)
    if view.ocr and m is None:
        return (
            _split_rank(view, lines, idx)
            or _police_rank(view, lines, idx)
            or _damaged_rank(view, lines, idx)
        )
    if m and view.ocr and not _only_specks(view, start, m.start()):
        # "Prirm-procuror": the rank's damaged head before the part the pattern reads
        return _damaged_rank(view, lines, idx)
    if not m or not _only_specks(view, start, m.start()):
        return None
    rank = _rank_as_written(view, view.text[m.start() : m.end()])
    rest = _SS.sub(" ", view.text[m.end() : end])
    # Another rank right after this one: two signatures side by side ("Judecător,
    # Grefier,"), their names on the line below in the same order.
    columns = bool(_SECOND_RANK.match(view.folded, m.end(), end))
    if columns:
        rest = ""
    if _FUNCTION_ONLY.match(fold(rest)):
        # "PROCUROR GENERAL ADJUNCT," in capitals: a function, however capitalised; the
        # name is on the line below
        rank, rest = f"{rank} {rest.strip(' ,.:')}", ""
    if _NAME.match(rest) and not _UNIT.match(fold(rest)):
        written = rest.strip(" ,:")
        if idx > 0 and _two_ranks(view, lines[idx - 1]) and len(written.split()) >= 4:
            # "PREȘEDINTE DE COMPLET, GREFIER," above "Judecător Ciobanu Laurențiu Neagu
            # Diana": two names side by side under two functions; the first is his.
            written = _first_column(written)
            if not written:
                return None
        return _tidy(f"{rank} {written}")
    if _UNIT.match(fold(rest)):
        return None  # "Ofițer de poliție judiciară, Biroul Investigații Criminale": a function line
    if view.ocr and (name := name_prefix(rest)):
        return _tidy(f"{rank} {name}")
    if _FUNCTION.match(rest) and (not view.ocr or _function_words(rest)):
        rank, rest = f"{rank} {rest.strip(' ,.:')}", ""
    if not rest.strip(" ,.:") or (view.ocr and is_noise_line(rest)):
        name = _name_below(view, lines[idx + 1 : idx + (5 if view.ocr else 3)], columns)
        if name:
            return _tidy(f"{rank} {name}")
    return None


# "(ss)", "ss.": a copy or extract types it where the original was signed ("(ss) Judecător
# Avram Sorina (ss) Neagu Diana"): the mark of a signature, not a word of the block.
_SS = re.compile(r"\(\s*s\.?\s*s\.?\s*\)|(?<!\w)ss\.?(?!\w)", re.IGNORECASE)


def _only_specks(view: TextView, start: int, end: int) -> bool:
    """Nothing but punctuation before a rank, or, in OCR'd text, specks and scraps of
    ink read as one- or two-letter tokens ("ae Judecător")."""
    before = _SS.sub(" ", view.folded[start:end])
    if not before.strip(" -,'\"."):
        return True
    return view.ocr and is_noise_line(before) and len(before.split()) <= 3


# OCR splits a word after its capital initial ("J udecător", "P rocuror"): a rank
# so split, alone on its line after specks, is read joined.
_SPLIT_INITIAL = re.compile(r"(?<![^\W\d_])([A-ZĂÂÎȘȚ]) (?=[a-zăâîșț]{3,})")


def _split_rank(view: TextView, lines: Sequence[tuple[int, int]], idx: int) -> str | None:
    start, end = lines[idx]
    line = view.text[start:end]
    joined = _SPLIT_INITIAL.sub(r"\1", line)
    if joined == line:
        return None
    folded = fold(joined)
    m = RANK.search(folded)
    if not m or not is_noise_line(folded[: m.start()]) or len(folded[: m.start()].split()) > 3:
        return None
    rest = joined[m.end() :]
    if rest.strip(" ,.:") and not is_noise_line(rest):
        return None
    name = _name_below(view, lines[idx + 1 : idx + 5])
    return _tidy(f"{_rank_as_written(view, joined[m.start() : m.end()])} {name}") if name else None


# A police rank ends in "de poliție", which survives a pen stroke through the rank's
# first letters better than they do ("Corvisar de poliție", "Cobyisar de pfliție").
_DE_POLITIE = re.compile(r"(?P<word>[^\W\d_][\w'/-]{2,14})[\s/.,]+de[\s/.,]*p\w{0,2}li[tț]ie\b\W*$")
_POLICE_RANKS = {
    "comisar": "Comisar",
    "subcomisar": "Subcomisar",
    "comisarsef": "Comisar-șef",
    "inspector": "Inspector",
    "subinspector": "Subinspector",
    "agent": "Agent",
    "agentsef": "Agent-șef",
    "chestor": "Chestor",
}


def _police_rank(view: TextView, lines: Sequence[tuple[int, int]], idx: int) -> str | None:
    """A police rank damaged by the signature's ink, read by its "de poliție" (OCR'd text)."""
    start, end = lines[idx]
    m = _DE_POLITIE.search(view.folded, start, end)
    if not m or not _only_specks(view, start, m.start()):
        return None
    word = re.sub(r"[^a-z]", "", m.group("word"))
    best = sorted((_osa(word, k, 3), k) for k in _POLICE_RANKS)
    if len(word) < 4 or best[0][0] > 2 or best[0][0] == best[1][0] or best[0][0] > len(word) // 3:
        return None
    name = _name_below(view, lines[idx + 1 : idx + 5])
    return _tidy(f"{_POLICE_RANKS[best[0][1]]} de poliție {name}") if name else None


# Ranks as a damaged line may hold them (letters only), and how they are written.
_RANK_HEADS = {
    "primprocuror": "Prim-procuror",
    "procuror": "Procuror",
    "judecator": "Judecător",
    "presedinte": "Președinte",
    "comisarsef": "Comisar-șef",
    "comisar": "Comisar",
    "subcomisar": "Subcomisar",
    "inspector": "Inspector",
    "subinspector": "Subinspector",
    "chestor": "Chestor",
    "grefier": "Grefier",
}
_WORD_TOKEN = re.compile(r"[^\W\d_][\w-]*")
_DE_POLITIE_REST = re.compile(r"^(?:principal\s+|sef\s+)?de\s*p\w{0,2}li[tț]ie\b")


def _damaged_rank(view: TextView, lines: Sequence[tuple[int, int]], idx: int) -> str | None:
    """A rank OCR damaged (a letter doubled or lost, "Prirm-procuror"), or whose first
    letters the signature's ink or the page's edge took ("ocuror", "rim-procuror",
    "isar-șef de poliție"), alone on its line after specks, a name under it (OCR'd text).

    The word must be one or two edits from one rank and farther from every other;
    a word cut at its start is compared with the rank's same-length ending.
    """
    start, end = lines[idx]
    folded = view.folded[start:end]
    tokens = list(_TOKEN_SPAN.finditer(folded))
    k = 0
    while k < len(tokens) and k < 3 and is_noise_line(tokens[k].group(0)):
        k += 1
    if k >= len(tokens) or not _WORD_TOKEN.match(tokens[k].group(0)):
        return None
    token = tokens[k]
    word = re.sub(r"[^a-z]", "", token.group(0))
    if len(word) < 5:
        return None
    if word in _RANK_HEADS:
        return None  # read whole: the rank pattern's, with prose before it
    scores = []
    for key in _RANK_HEADS:
        d = _osa(word, key, 3)
        if len(word) < len(key) <= len(word) + 3:  # its first letters lost
            d = min(d, _osa(word, key[-len(word) :], 3) + (1 if len(key) - len(word) > 2 else 0))
        scores.append((d, key))
    scores.sort()
    (d, key), (d2, _) = scores[0], scores[1]
    if d > max(1, len(word) // 4) or d2 <= d:
        return None  # too far from any rank, or as near to two
    rest = folded[token.end() :].strip(" ,.:;'\"-|")
    rank = _RANK_HEADS[key]
    police = _DE_POLITIE_REST.match(rest)
    if police:
        principal = "principal " if rest.startswith("principal") else ""
        rank = f"{rank} {principal}de poliție"
        rest = rest[police.end() :]
    if rest.strip(" ,.:;'\"-|+") and not is_noise_line(rest):
        return None
    name = _name_below(view, lines[idx + 1 : idx + 5])
    return _tidy(f"{_rank_as_written(view, rank)} {name}") if name else None


_TOKEN_SPAN = re.compile(r"\S+")


def _name_then_ink(line: str) -> str | None:
    """A name of 2..4 words after specks, ended by a scrap of ink ("Ștefan Bogdan Lupu
    A las": the signature drawn over the line's end), or None."""
    tokens = line.split()
    k = 0
    while (
        k < len(tokens)
        and k < 4
        and is_noise_line(tokens[k])
        and not NAME_WORD.fullmatch(tokens[k])
    ):
        k += 1
    words: list[str] = []
    while k < len(tokens) and len(words) < 4 and NAME_WORD.fullmatch(tokens[k].rstrip(",.")):
        words.append(tokens[k].rstrip(",."))
        k += 1
    if len(words) < 2:
        return None
    if k < len(tokens) and not is_noise_line(tokens[k]):
        return None  # a word follows the name: prose, not a signature
    return " ".join(words)


def _scrawl(line: str) -> bool:
    """A signature's strokes read as scraps: every token three letters or fewer, most of
    them not capitalised words ("A. | x : ni, | Piz oo")."""
    tokens = line.split()
    bare = [re.sub(r"[^a-z]", "", fold(t).lower()) for t in tokens]
    if not tokens or any(len(b) > 3 for b in bare):
        return False
    return sum(1 for t in tokens if NAME_WORD.fullmatch(t.strip(",.;:"))) * 2 < len(tokens)


def _scrap_dropped(name: str) -> str:
    """A name of three words or more without a first or last word of one or two letters:
    a scrap of the stamp or the pen beside it read as a word ("Diaconu Marian Lo", "AY
    Barbulescu Cristian"); an initial keeps its dot ("Pop Ion V.")."""
    words = name.split()

    def scrap(word: str) -> bool:
        return len(word.rstrip(",;")) <= 2 and not word.endswith(".")

    if len(words) >= 3 and scrap(words[-1]):
        words = words[:-1]
    if len(words) >= 3 and scrap(words[0]):
        words = words[1:]  # ... or before it ("AY Barbulescu Cristian")
    return " ".join(words)


def _name_below(
    view: TextView, below: Sequence[tuple[int, int]], columns: bool = False
) -> str | None:
    """The name on the first line under a rank that is not blank (nor, in OCR'd text,
    stamp noise); of signatures side by side, the first column's."""
    for a, b in below:
        line = _first_column(view.text[a:b]) if columns else view.text[a:b]
        if not line.strip():
            continue
        if _NAME.match(line):
            return _scrap_dropped(line) if view.ocr else line
        if not view.ocr:
            return None
        name = name_prefix(line, lead=True) or _name_then_ink(line)
        if name:
            return name
        if not is_noise_line(line) and not _scrawl(line):
            return None
    return None


# Rank words that carry diacritics, by their folded spelling.
_RANK_DIACRITICS = {
    "judecator": "judecător",
    "politie": "poliție",
    "sef": "șef",
    "ofiter": "ofițer",
    "judiciara": "judiciară",
    "presedinte": "președinte",
    "capitan": "căpitan",
    "libertati": "libertăți",
    "si": "și",
}
_DIACRITIC = re.compile(r"[ăâîșțşţĂÂÎȘȚŞŢ]")
_RANK_WORD = re.compile(r"[^\W\d_]+")


def _rank_as_written(view: TextView, rank: str) -> str:
    """The rank, its lost diacritics restored when OCR read the rest of the letter with
    them ("Judecator" where the letter prints "Judecător"); typed text stays as written."""
    if not view.ocr or len(_DIACRITIC.findall(view.text)) < 5:
        return rank

    def restore(m: re.Match[str]) -> str:
        word = m.group(0)
        if _DIACRITIC.search(word):
            return word  # "Comisar-sef de poliție": each word by itself
        fixed = _RANK_DIACRITICS.get(word.lower())
        if fixed is None:
            return word
        return (
            fixed.upper()
            if word.isupper() and len(word) > 1
            else (fixed.capitalize() if word[0].isupper() else fixed)
        )

    return _RANK_WORD.sub(restore, rank)


# Given names the civil register writes with diacritics, which OCR drops first (the
# comma under a capital "Ș" at a line's start, a "ț" under ink).
_GIVEN_NAMES = {
    fold(n).lower(): n
    for n in [
        "Ștefan",
        "Ștefania",
        "Cătălin",
        "Cătălina",
        "Ionuț",
        "Lenuța",
        "Dănuț",
        "Laurențiu",
        "Mădălina",
        "Răzvan",
        "Mihăiță",
        "Costică",
        "Gheorghiță",
        "Nicușor",
        "Florență",
        "Bănel",
        "Vlăduț",
        "Tănase",
        "Sânziana",
        "Ilinca",
        "Mărioara",
        "Lăcrămioara",
        "Viorică",
        "Ionică",
        "Săndel",
        "Lucreția",
        "Horațiu",
    ]
    if _DIACRITIC.search(n)
}


def _name_diacritics(view: TextView, value: str) -> str:
    """A given name OCR read without its diacritics, written as the register does,
    when the rest of the letter was read with them."""
    if not view.ocr or len(_DIACRITIC.findall(view.text)) < 5:
        return value

    def restore(m: re.Match[str]) -> str:
        word = m.group(0)
        fixed = _GIVEN_NAMES.get(word.lower())
        if fixed is None or _DIACRITIC.search(word) or not word[:1].isupper():
            return word
        return fixed.upper() if word.isupper() and len(word) > 1 else fixed

    return _RANK_WORD.sub(restore, value)


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" ,.;")
