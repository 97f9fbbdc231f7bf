"""Does a stamp's text name the authority the letter states? And does each page belong to the letter?

The stamp's text (read from its ring or frame at parse, `parsers.stampring`)
is compared, folded (no diacritics, lower case, letters and digits), with the
authority the letter states (`fields.authority`) and with the registry
entry's name (and aliases, when the registry has them). Fuzzy enough for OCR
noise (a word matches a run of letters at similarity 0.8), strict where it
matters: every distinctive word of the stated name must be there (so
"Inspectoratul de Poliție Județean Brașov" is not the Cluj one), and a stamp
naming a town hall or a company (PRIMĂRIA, CONSILIUL LOCAL, S.R.L., S.A.)
never passes for a police inspectorate, a prosecutor's office or a court.

The signed letter in a file: from the page that opens it (a heading line "Nr. X
din <date>") to its signature page (`letter_pages`); a cover sheet before it
and anything after the signature page are outside what the ink signs.

Page belonging: a page of a multi-page letter belongs to it when it carries
the letter's reference number or case number, or numbers itself as that page
of that many ("Pagina 2 din 2", "2/2"); a page that carries another letter's
number does not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from parsers.repair import repair_ocr
from parsers.stampwords import fold, fuzzy_in, fuzzy_score, ocr_fold, similar

# Words too common to tell two authorities apart.
_STOP = frozenset({"de", "pe", "langa", "a", "al", "si", "din", "la", "romania", "judetean"})
# Institutions that are never the police, a prosecutor or a court.
# A private body (an association, a foundation, a company, an arbitral tribunal) or a town
# hall's local police ("POLIȚIA LOCALĂ") is never one either.
_FOREIGN = (
    "primaria",
    "primarul",
    "consiliul local",
    "srl",
    "societatea",
    "prefectura",
    "asociatia",
    "fundatia",
    "locala",
    "arbitral",
)
# Other bodies that carry an authority's words ("CLUBUL SPORTIV „POLIȚIA”", "INSPECTORATUL
# ȘCOLAR", "ACADEMIA DE POLIȚIE"): each must be read as a word (a ring's garbage, read
# mirrored, holds runs like "vamal" or "clubul" often enough).
_OTHER_BODIES = (
    "clubul",
    "sportiv",
    "scolar",
    "jandarmi",
    "jandarmeria",
    "vamal",
    "penitenciarul",
    "pompieri",
    "urgenta",
    "academia",
    "universitatea",
    # bodies "de pe lângă" a court that are not its prosecutor's office (the trade registry
    # stamps every company's certificate; probation, notaries, bailiffs, the bar), and the
    # specialised courts a county's name does not tell apart (review, session 16)
    "registrului",
    "comertului",
    "probatiune",
    "notarilor",
    "executorilor",
    "avocatilor",
    "baroul",
    "militar",
    "militara",
    "minori",
)
# The bodies that live inside or beside an authority and name it whole on their own seal
# ("SINDICATUL POLIȚIȘTILOR * INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ", its medical office, its
# canteen, its pensioners' association), and the words of a registry's mark of receipt, which
# proves the authority RECEIVED a page ("REGISTRATURA - INTRARE Nr. …"), never that it issued
# it (its IEȘIRE mark, of what it sent, is its own).
# Each read as a word: their holders are not the authority's signatories (red team 6).
_SUB_BODIES = (
    "sindicatul",
    "sindicatului",
    "sindicat",
    "politistilor",
    "cabinet",
    "cabinetul",
    "medical",
    "medicala",
    "medicale",
    "cantina",
    "cantinei",
    "popota",
    "spitalul",
    "policlinica",
    "dispensarul",
    "biblioteca",
    "cercul",
    "pensionarilor",
    "veteranilor",
    "federatia",
    "uniunea",
    "intrare",
    "intrari",
    "arhiva",
    "arhivei",
)


def _word_read(word: str, folded: str) -> bool:
    """Whether `word` is read as a word of `folded`, a letter or two wrong: about its length,
    or another form of it (the same first four letters: "spital" for "spitalul", "cerc" for
    "cercul"). OCR's "anina" of a ring's noise is no "cantina" (0.83 alike, two letters
    short, another beginning; round 4's genuine IPJ stamp was vetoed as a canteen's)."""
    return any(
        similar(word, t) >= 0.8 and (abs(len(t) - len(word)) <= 1 or t[:4] == word[:4])
        for t in folded.split()
    )


def distinctive(name: str) -> list[str]:
    """The words of an authority's name that tell it apart (folded)."""
    return [w for w in fold(name).split() if w not in _STOP and (len(w) >= 2 or w.isdigit())]


_SHARED = ("ministerul", "afacerilor", "interne", "public", "publice", "romania")


def _unglued(folded: str) -> str:
    """`folded` without the pieces of a word OCR split in two ("MINI. CERUL" for
    MINISTERUL, whose "CERUL" is one letter from "CERCUL": round 14's DIICOT ring)."""
    tokens = re.findall(r"[a-z0-9]+", folded)
    shared = (*_SHARED, *_GENERIC)
    drop: set[int] = set()
    for i in range(len(tokens) - 1):
        joined = tokens[i] + tokens[i + 1]
        if (
            tokens[i] not in shared
            and tokens[i + 1] not in shared
            and any(similar(joined, g) >= 0.8 for g in shared)
        ):
            drop.update((i, i + 1))
    return " ".join(t for i, t in enumerate(tokens) if i not in drop)


def foreign(text: str) -> str | None:
    """The word that makes a stamp's text another kind of institution's, if any."""
    folded = fold(text)
    words = folded.split()
    rest = _unglued(folded)
    for w in _FOREIGN:
        if " " in w and w in folded:
            return w
        if len(w) <= 3 and w in words:
            return w
        if len(w) > 3 and fuzzy_in(w, rest, 0.85):
            return w
    return next((w for w in ("clubul", "sportiv", *_SUB_BODIES) if _word_read(w, rest)), None)


# The words of a name that tell two bodies of one kind apart (the county, the town, the
# sector, the unit's number: a KEY word) must each be found at least KEY_MIN; a word every
# body of its kind shares (the kind, "de poliție județean", the ministry: `_GENERIC`) may be
# garbled by a crossing signature or print down to WORD_MIN; and all of them WORDS_MEAN on
# average. So one garbled word is forgiven, another county's name never is.
KEY_MIN = 0.8
# The name's first word (its kind: "PARCHETUL", "INSPECTORATUL") read with a letter or two wrong.
KIND_MIN = 0.7
WORD_MIN = 0.55
WORDS_MEAN = 0.8

# Words many authorities' names share: alone they name nobody ("POLIȚIA" of a sports club).
_GENERIC = frozenset(
    {
        "inspectoratul",
        "inspectoratului",
        "politie",
        "politia",
        "politiei",
        "parchetul",
        "tribunalul",
        "judecatoria",
        "curtea",
        "apel",
        "directia",
        "directiei",
        "generala",
        "nationala",
        "serviciul",
        "serviciului",
        "teritorial",
        "sectia",
        "biroul",
        "postul",
        "judetean",
        "judetul",
        "municipiului",
        "orasului",
        "comunei",
        "ministerul",
        "afacerilor",
        "interne",
        "public",
        "romana",
        "romaniei",
        "sectorului",
        "sector",
        # The kinds of unit every inspectorate, directorate or court has: a unit's name
        # without its town or county names none of them ("SERVICIUL DE INVESTIGARE A
        # FRAUDELOR" of any county).
        "investigare",
        "investigatii",
        "investigatiilor",
        "fraudelor",
        "criminalitate",
        "criminalitatii",
        "economice",
        "criminale",
        "ordine",
        "publica",
        "rutiera",
        "compartimentul",
        "penala",
        "penale",
        "civila",
        "urmarire",
        "combatere",
        "informatice",
        # the border police's kind and its units' ("SECTORUL POLIȚIEI DE FRONTIERĂ …")
        "frontiera",
        "sectorul",
    }
)

# The abbreviations rings use for the words every body of a kind shares (folded, as words).
_ABBREVIATED: dict[str, frozenset[str]] = {
    "municipiului": frozenset({"mun", "municipiul"}),
    "municipiul": frozenset({"mun", "municipiului"}),
    "judetean": frozenset({"jud", "judet"}),
    "judetul": frozenset({"jud", "judet"}),
    "orasului": frozenset({"or", "oras"}),
    # "I.P.J." (a county's police inspectorate), "I.G.P.R.", "I.G.P.F.": the kind's words,
    # never the county or the town, which the ring must still name
    "inspectoratul": frozenset({"insp", "ipj", "igpr", "igpf"}),
    "politie": frozenset({"pol", "ipj", "igpr", "igpf"}),
    "politiei": frozenset({"pol", "ipj", "igpr", "igpf"}),
    "serviciul": frozenset({"serv"}),
    "sectia": frozenset({"sect"}),
}

# The first word of a two-word town name, as stamps and letterheads abbreviate it ("RM.
# VÂLCEA", "TG. MUREȘ", "SF. GHEORGHE", "DR. TR. SEVERIN"): a key word found when its
# abbreviation is a word of the text right before the name's next word, itself read as a word
# (so "RM." alone names no town, and the town's own word must still be read).
_TOWN_ABBREVIATED: dict[str, frozenset[str]] = {
    "ramnicu": frozenset({"rm"}),
    "targu": frozenset({"tg", "tirgu"}),
    "sfantu": frozenset({"sf"}),
    "drobeta": frozenset({"dr"}),
    "turnu": frozenset({"tr"}),
}

# Words that say what kind of authority a stamp is: one on the stamp that the stated name
# lacks makes it another authority ("PARCHETUL DE PE LÂNGĂ TRIBUNALUL CLUJ" is not the court,
# "INSPECTORATUL ȘCOLAR JUDEȚEAN IAȘI" not the county police).
_KIND = ("parchetul", "tribunalul", "judecatoria", "curtea", "inspectoratul", "politie", "diicot")


def _in_word(word: str, token: str, others: tuple[str, ...] = ()) -> float:
    """How well `word` is read in one token of a stamp's text: the token itself, letters lost
    ("SLATI" for SLATINA) or a stray letter more (two of eight or more: "VASIUIN" for VASLUI);
    or, in a longer token, what is left when another word of the name (`others`), an acronym
    or a county is split off its start or end, judged the same way: two words the OCR glued
    ("JUDETEANCLUJ", "ONEȘTIIPJ"). A longer name that holds the word is another name:
    "MOINEȘTI" is 0.86 like "ONEȘTI" by difflib's ratio, two letters longer, and another
    town, glued or not ("MUNICIPIULUIMOINEȘTI")."""
    n = len(word)
    near = len(token) - n <= (2 if n >= 8 else 1)
    if near:
        best = similar(word, token)
        for size in (n - 1, n, n + 1):
            for i in range(0, len(token) - size + 1):
                best = max(best, similar(word, token[i : i + size]))
        return best
    best = 0.0
    for o in (*others, *_GLUED_SHORT):
        if len(o) < 2 or len(o) + 2 > len(token):
            continue
        for head in (True, False):
            # where `o` ends (or begins) in the token: its own length, a letter more or less,
            # whichever reads it best (the length itself on a tie)
            cuts = [k for k in (len(o), len(o) - 1, len(o) + 1) if 2 <= k < len(token) - 1]
            k = max(cuts, key=lambda k: similar(o, token[:k] if head else token[-k:]))
            piece = token[:k] if head else token[-k:]
            if not _glued(piece, o):
                continue
            rest = token[k:] if head else token[:-k]
            best = max(best, _in_word(word, rest))
    return best


_COURTS = frozenset({"judecatoria", "tribunalul", "curtea"})


def _nearer_county(token: str, word: str, stated: set[str]) -> bool:
    """Whether `token` reads as a county not in the stated name better than as `word`."""
    if len(token) < 3 or token == word:
        return False
    own = similar(word, token)
    return any(
        c != word and c not in stated and similar(c, token) > own
        for c in COUNTIES
        if abs(len(c) - len(token)) <= 2
    )


def _glued(piece: str, other: str) -> bool:
    """Whether `piece`, split off a token, is read as the word `other` (an acronym or a word
    of three letters or less exactly)."""
    if len(other) <= 3 or other in _GLUED_SHORT:
        return piece == other
    return similar(piece, other) >= 0.75


# What a ring writes beside a locality, glued to it by the OCR: the acronyms and the counties.
_GLUED_SHORT = frozenset({"ipj", "mai", "igpr", "igpf", "ijj", "dga", "diicot", "dna", "mp"})
COUNTIES = frozenset(
    [
        "alba",
        "arad",
        "arges",
        "bacau",
        "bihor",
        "bistrita",
        "nasaud",
        "botosani",
        "braila",
        "brasov",
        "bucuresti",
        "buzau",
        "calarasi",
        "caras",
        "severin",
        "cluj",
        "constanta",
        "covasna",
        "dambovita",
        "dolj",
        "galati",
        "giurgiu",
        "gorj",
        "harghita",
        "hunedoara",
        "ialomita",
        "iasi",
        "ilfov",
        "maramures",
        "mehedinti",
        "mures",
        "neamt",
        "olt",
        "prahova",
        "salaj",
        "satu",
        "mare",
        "sibiu",
        "suceava",
        "teleorman",
        "timis",
        "tulcea",
        "valcea",
        "vaslui",
        "vrancea",
    ]
)


def _key_min(word: str) -> float:
    """One letter of four to seven may be misread ("CLUI"), two of eight or more
    ("EONSTAJTA"); a shorter word must be read whole."""
    n = len(word)
    if n >= 8:
        return min(KEY_MIN, (n - 2) / n) - 1e-9
    return min(KEY_MIN, (n - 1) / n) - 1e-9 if n >= 4 else KEY_MIN


# The shapes OCR reads one capital of a small, inked ring as two ("SUCEAVA" read "STICEVAA",
# "MUREȘ" read "RNURES"): a run of the pair read back as the one letter, tried only where the
# key word has that letter and not the pair (another body's name that truly holds the pair
# is never rewritten into ours).
_CONFUSED = (("ti", "u"), ("ii", "u"), ("li", "u"), ("rn", "m"), ("nn", "m"), ("cl", "d"))


def _confused(token: str, word: str) -> list[str]:
    """`token` with each OCR pair of `_CONFUSED` read back as the letter it stands for, when
    `word` has that letter and not the pair: every such rewriting of one pair, and of all."""
    out: list[str] = []
    for pair, letter in _CONFUSED:
        if pair not in token or letter not in word or pair in word:
            continue
        starts = [m.start() for m in re.finditer(f"(?={pair})", token)]
        out += [token[:i] + letter + token[i + 2 :] for i in starts]
        if len(starts) > 1:
            out.append(token.replace(pair, letter))
    return out


def key_words(name: str) -> list[str]:
    """The words of `name` that tell it from another body of its kind (folded): the locality,
    the sector, a unit's number. An acronym in capitals ("IPJ") is no key word: every county
    has one; "IPJ Cluj" has "cluj"."""
    upper = _upper_words(name)
    return [w for w in distinctive(name) if w not in _GENERIC and w not in upper]


def _upper_words(name: str) -> set[str]:
    """The words written in capitals in a stated name ("IPJ Cluj": ipj): perhaps acronyms.
    A name all in capitals of three words or more is a heading line, not acronyms."""
    words = name.replace(".", "").split()
    if len(words) >= 3 and name.isupper():
        return set()
    return {fold(w) for w in words if len(w) >= 2 and w.isupper()}


def _acronyms(folded: str) -> dict[str, str]:
    """Every acronym the words of a stamp's text spell, small words skipped, with the words
    that spell it: "inspectoratul de politie judetean" spells ipj, "directia de investigare
    a infractiunilor de criminalitate organizata si terorism" diicot."""
    words = [w for w in folded.split() if w not in _STOP or w == "judetean"]
    out: dict[str, str] = {}
    for i in range(len(words)):
        for j in range(i + 2, min(len(words), i + 7) + 1):
            out.setdefault("".join(w[0] for w in words[i:j]), " ".join(words[i:j]))
    return out


# The words that follow a kind in every name of that kind, and in no other body's name.
_IMPLIED_BY: dict[str, tuple[str, ...]] = {
    "inspectoratul": ("politie", "judetean"),
    "parchetul": ("pe", "langa"),
}


def _phrase_read(phrase: tuple[str, ...], folded: str) -> bool:
    """Whether the words of `phrase` are read one after the other in `folded`, each at
    similarity 0.8 (a two-letter word exactly)."""
    tokens = folded.split()
    n = len(phrase)
    for i in range(len(tokens) - n + 1):
        if all(
            tokens[i + k] == w if len(w) <= 2 else similar(w, tokens[i + k]) >= 0.8
            for k, w in enumerate(phrase)
        ):
            return True
    return False


@lru_cache(maxsize=64)  # the same letter's names against one ring, once per candidate name
def _own_read(own: str, folded: str) -> tuple[str, ...]:
    """The letter's names of itself (`own`, one a line) that the ring `folded` reads, by
    their acronym or by all their distinctive words ("Direcția de Investigare a
    Infracțiunilor de Criminalitate Organizată și Terorism" by "D.I.I.C.O.T."), folded, each
    with its acronym: a heading line the ring does not read ("PARCHETUL … ÎNALTA CURTE …")
    makes no court's ring the letter's own."""
    out: list[str] = []
    for line in own.split("\n"):
        words = distinctive(line)
        acronym = "".join(w[0] for w in words)
        if words and (
            (len(acronym) >= 3 and fuzzy_in(acronym, folded, 0.85))
            or all(fuzzy_in(w, folded, 0.8) for w in words)
        ):
            out += [fold(line), acronym]
    return tuple(out)


def names(text: str, authority: str, own: str = "") -> bool:
    """Whether stamp `text` names `authority`: every distinctive word, give or take OCR noise,
    and no word of another kind of authority than the letter's own (`own`: the letter's other
    names of itself, one a line: its stated authority and heading lines; a unit's heading
    "D.I.I.C.O.T. / SERVICIUL TERITORIAL CRAIOVA" makes DIICOT's kind word on the unit's ring
    its own, `_own_read`)."""
    want = distinctive(authority)
    folded = ocr_fold(text)
    if not want:
        return False
    acronyms = _acronyms(folded)
    spelled = [acronyms[w] for w in want if w in acronyms and w in _upper_words(authority)]
    # The words an acronym of the stated name stands for are the stated name's words too.
    stated = " ".join([fold(authority), *spelled]).replace("politia", "politie")
    # A police unit's ring names the county inspectorate above it ("INSPECTORATUL DE POLIȚIE
    # JUDEȚEAN VÂLCEA * POLIȚIA MUN. DRĂGĂȘANI"): for a police name that word is of its kind.
    police = "politie" in stated.split()
    other_kinds = [
        k
        for k in _KIND
        if not fuzzy_in(k, stated, 0.8)
        and fuzzy_in(k, folded, 0.85)
        and not (police and k == "inspectoratul")
    ]
    # Another kind's word is the letter's own when one of its names the ring reads carries
    # it (`_own_read`; looked for only then: it costs a fuzzy pass per word of each name).
    if other_kinds:
        kinds = " ".join([stated, *_own_read(own, folded)]).replace("politia", "politie")
        if any(not fuzzy_in(k, kinds, 0.8) for k in other_kinds):
            return False
    if any(_word_read(k, folded) and not _word_read(k, stated) for k in _OTHER_BODIES):
        return False
    # "DE PE LÂNGĂ" or "MINISTERUL PUBLIC" on the ring is a body attached to a court (its
    # prosecutor's office above all), never the court itself.
    if want[0] in _COURTS and (
        _phrase_read(("pe", "langa"), folded) or _phrase_read(("ministerul", "public"), folded)
    ):
        return False
    # Sectors are Bucharest's alone: "JUDECĂTORIA SECTORULUI 3" needs no "BUCUREȘTI" beside it.
    sector = re.search(r"\bsector(?:ului)?\s+[1-6]\b", folded) is not None
    forced = {
        w
        for w in want
        if (w in acronyms and w in _upper_words(authority)) or (w == "bucuresti" and sector)
    }
    scores = {w: 1.0 if w in forced else fuzzy_score(w, folded) for w in want}
    # A ring writing the name's words by their initials ("S.P.F. TURNU MĂGURELE" for the
    # Sectorul Poliției de Frontieră Turnu Măgurele): three or more consecutive words of the
    # name, none of them a key word, spelled by one word of the text. The locality must
    # still be read as itself.
    key_set = set(key_words(authority))
    tokens_read = set(folded.split())
    for i in range(len(want)):
        for j in range(i + 3, len(want) + 1):
            run = want[i:j]
            if key_set & set(run[1:]):
                break
            if "".join(w[0] for w in run) in tokens_read:
                for w in run:
                    scores[w] = 1.0
    # A ring short of room abbreviates the words every body of a kind shares ("POLIȚIA MUN.
    # DRĂGĂȘANI", "I.P.J."): such a word is there when its abbreviation is a word of the text.
    # Never a key word: the town, the county must be read.
    for w in want:
        if scores[w] < 1.0 and w in _GENERIC and tokens_read & _ABBREVIATED.get(w, frozenset()):
            scores[w] = 1.0
    # A kind stated by the words after it: only a county police inspectorate is "DE POLIȚIE
    # JUDEȚEAN", only a prosecutor's office "DE PE LÂNGĂ" a court. A line of print or a
    # signature across the ring may hide the first word; those words, read in order, tell the
    # kind as well (the other kinds' words above still make the stamp another body's).
    implied = _IMPLIED_BY.get(want[0])
    if scores[want[0]] < KIND_MIN and implied and _phrase_read(implied, folded):
        scores[want[0]] = KIND_MIN
    keys = key_words(authority) or want
    # A key word is read as a word (or two pieces of one), not as any run of letters: "IAȘI"
    # is not in "JUDEȚEAN GALAȚI", where a sliding window finds "iai"-like runs.
    tokens = folded.split()
    split = [a + b for a, b in zip(tokens, tokens[1:], strict=False)]  # "IA ȘI"
    stated_words = set(stated.split())
    for w in keys:
        # Read as a word, even when its letters are there as written inside a longer one
        # (`fuzzy_score` finds "onesti" in "moinesti").
        if w in scores and w not in forced and w not in tokens and len(w) >= 2:
            others = tuple(
                o for o in (*want, *_GENERIC, *_STOP, *fold(own).split(), *COUNTIES) if o != w
            )
            scores[w] = max(
                [
                    _in_word(w, t, others)
                    for t in tokens
                    # A token nearer another county's name than the key word is that county
                    # ("VASUI", Vaslui with a letter lost, is no "IAȘI" one letter off).
                    if not _nearer_county(t, w, stated_words)
                ]
                + [similar(w, t) for t in split]
                + [_in_word(w, v, others) for t in tokens for v in _confused(t, w)],
                default=0.0,
            )
    # "RM. VÂLCEA" for "Râmnicu Vâlcea": the abbreviation, then the next word of the name
    # read as a word right after it.
    for i, w in enumerate(want[:-1]):
        short = _TOWN_ABBREVIATED.get(w)
        if short is None or scores.get(w, 1.0) >= _key_min(w):
            continue
        after = want[i + 1]
        for j, t in enumerate(tokens[:-1]):
            if t in short and _in_word(after, tokens[j + 1]) >= _key_min(after):
                scores[w] = 1.0
                break
    return (
        # One letter of a four-letter key word may be misread ("CLUI"), as `fuzzy_in` allows.
        all(scores[w] >= _key_min(w) for w in keys if w in scores)
        and scores[want[0]] >= KIND_MIN  # the kind ("INSPECTORATUL", "PARCHETUL") is read
        and min(scores.values()) >= WORD_MIN
        and sum(scores.values()) / len(scores) >= WORDS_MEAN
    )


# The body above every office of a kind, as its dies write it on the outer ring: a
# prosecutor's office is of the Public Ministry, a police unit of the Ministry of Internal
# Affairs ("Poliția Română" is a body's name: its ring is judged as one).
PARENTS = {
    "prosecutor": (("ministerul", "public"),),
    "police": (("ministerul", "afacerilor", "interne"), ("m", "a", "i")),
}
_PARENT_WORDS = " ".join(w for phrases in PARENTS.values() for p in phrases for w in p)
# A ring naming only its parent may hold this many other word-like words of five letters or
# more (none: a town read beside the ministry may be another office's); shorter tokens and
# scraps that are no word (the unit's small inner letters, a line of print) are let be.
PARENT_SCRAPS = 0
# A ministry of the same name abroad: the Moldovan police's die (round 15).
_ABROAD = ("republica", "moldova", "moldovei")


def _wordlike(word: str) -> bool:
    """A token shaped like a word (a third of its letters vowels or more, as Romanian words
    are), not a scrap of ink read as letters ("INTGND")."""
    return sum(c in "aeiouy" for c in word) * 3 >= len(word)


def parent_only(text: str, kind: str | None, heading: str = "") -> str | None:
    """The parent body a stamp's legible text names, when that is all it names: the outer
    ring of a die whose office's own name is in letters too small to read (a fax, a long
    name on the inner ring: round 15), with no word of a body of any kind (no
    "INSPECTORATUL", "PARCHETUL", "JUDECĂTORIA", no county, no other body) beside it.
    None otherwise. Such a ring names no other body, and proves no office: the stamp
    check makes it `unverifiable`, for a person to read."""
    folded = ocr_fold(text)
    phrase = next((p for p in PARENTS.get(kind or "", ()) if _phrase_read(p, folded)), None)
    if phrase is None:
        return None
    if any(fuzzy_in(k, folded, 0.85) for k in _KIND) or any(
        _word_read(k, folded) for k in _OTHER_BODIES
    ):
        return None
    tokens = folded.split()
    if any(t in COUNTIES for t in tokens) or any(fuzzy_in(w, folded, 0.85) for w in _ABROAD):
        return None
    rest = [
        w
        for w in leftover(text, " ".join(phrase), f"{heading} {_PARENT_WORDS}")
        if len(w) >= 5 and w.isalpha() and _wordlike(w)
    ]
    if len(rest) > PARENT_SCRAPS:
        return None
    return " ".join(phrase)


def leftover(text: str, authority: str, also: str = "") -> list[str]:
    """The words of stamp `text` that `authority` (a registry name or acronym) does not account
    for: another locality, a unit's or a private body's own words ("HUEDIN", "PRIETENII").

    A registry name or acronym names a whole institution ("Poliția Română", "IPJ"): a ring
    counts as that institution's only when it says nothing more than it (ROMÂNIA aside, and
    `also`: what the letter's own heading says, its ministry and its parent).
    """
    folded = fold(text)
    spelled = " ".join(
        v for k, v in _acronyms(folded).items() if k in _upper_words(authority) and len(k) >= 2
    )
    allowed = " ".join([fold(authority), spelled, "romania", fold(also)])
    return [
        w
        for w in folded.split()
        if w not in _STOP and len(w) >= 3 and not fuzzy_in(w, allowed, 0.8)
    ]


# A registration number: "Nr. 1234", "Nr.: 1234", labelled ("Nr. ieșire 52.106/04.12.2026",
# "Nr. înreg. 1234", "Număr de înregistrare: 1204/ST-PIT/2026", "Număr: 1.204.877"). A bare
# "număr"/"numărul" (of a phone, of an order) is no registration without its colon.
_REF = re.compile(
    r"(?:\bnr\.?(?:\s*(?:de\s+)?(?:[îi]nreg(?:istrare)?|ie[șşs]ire|intrare)\.?)?\s*:?"
    r"|\bnum[aă]r(?:ul)?\s+de\s+[îi]nregistrare\s*:?|\bnum[aă]r\s*:)"
    r"\s*([0-9][0-9./-]{2,})",
    re.IGNORECASE,
)
_DATED = re.compile(r"^(\d[\d.]*?)/\d{1,2}\.\d{1,2}\.\d{2,4}$")
_CASE = re.compile(r"\b(\d{2,7}/[a-z]{1,4}/\d{4}|\d{2,7}/\d{1,4}/\d{4})\b", re.IGNORECASE)
_PAGE_OF = re.compile(
    r"\bpag(?:ina|\.)?\s*(\d{1,2})\s*(?:din|/|de)\s*(\d{1,2})\b|\b(\d{1,2})\s*/\s*(\d{1,2})\s*$",
    re.IGNORECASE | re.MULTILINE,
)


# Words before "nr." that number a thing the letter asks about, not a letter: "tranzacțiile
# nr. 70655102", "comanda nr.", "comenzilor nr." (its plural), "telefonul nr.", "contul nr.",
# "anunțul nr.".
_THING = re.compile(
    r"\b(?:tranzac\w*|comand\w*|comenz\w*|telefon\w*|cont\w*|factur\w*|anun\w*|awb\w*|colet\w*"
    r"|utilizator\w*|card\w*|iban|id)\W{0,3}$",
    re.IGNORECASE,
)


def numbers(text: str) -> set[str]:
    """Reference and case numbers a page carries, as written (dots and spaces dropped).

    Read the way the field extractors read a scan (`repair_ocr`): "nr..77.904" or
    "nr, 77.904" as Tesseract prints "nr. 77.904" on a fax is that number (a genuine
    page 2 of round 9 lost its tie to page 1 over the doubled dot)."""
    text = repair_ocr(text)
    out = {
        m.group(1).strip(".-/").replace(" ", "")
        for m in _REF.finditer(text)
        if not _THING.search(fold(text[max(0, m.start() - 30) : m.start()]) + " ")
    }
    # "nr. 1187/02.12.2026" is number 1187 of that date, as "nr. 1187 din 2 decembrie 2026".
    out |= {m.group(1) for n in out if (m := _DATED.match(n))}
    out |= {m.group(1).upper() for m in _CASE.finditer(text)}
    return {n for n in out if len(n) >= 3}


def page_of(text: str, *, spelled: bool = False) -> set[tuple[int, int]]:
    """(page, of) pairs a page states about itself (`spelled`: "Pagina 2 din 3" only, not a
    bare "2/3" at a line's end, which may be something else's number)."""
    out = set()
    for m in _PAGE_OF.finditer(text):
        if spelled and not m.group(1):
            continue
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if a and b and 0 < int(a) <= int(b) <= 50:
            out.add((int(a), int(b)))
    return out


def tie(first: str, page: str, number: int, total: int) -> tuple[str, str]:
    """How page `number` of `total` (text `page`) is tied to the letter that page 1 (`first`) opens:
    "tied", "untied" (nothing shows it belongs, nothing shows it does not: a person compares
    the pages) or "other" (it is another letter's page, or says it is another page), and why.

    What ties it is a number of page 1's that it carries: the letter's registration number,
    or its case number (a genuine page 2 often cites the case alone: four genuine letters
    of blind rounds 3-5 do). Neither binds against a forger who holds one genuine page and
    writes page 1 after it (red team 6): whatever ties the pages is on the genuine page to
    be copied. Only the call-back, reading back the content (`evaluation._what_to_confirm`),
    tells. A page whose own numbering says it is another page ("Pagina 2 din 2" as the
    third page: a page was slipped in) is not this page of the letter.
    """
    stated = page_of(page, spelled=True)
    if stated and all(a != number for a, _b in stated):
        shown = ", ".join(f"{a} of {b}" for a, b in sorted(stated))
        return "other", (
            f"page {number} numbers itself {shown}: a page was added to or taken from the letter"
        )
    ours, theirs = numbers(first), numbers(page)
    if theirs and ours & theirs:
        return "tied", f"page {number} carries the letter's number {sorted(ours & theirs)[0]}"
    # The number as written, its label misread ("Ny. 3.411.877/IM" for "Nr. 3.411.877/TM" on
    # a fax, round 12): five digits or more of page 1's number, verbatim on the page.
    verbatim = sorted(n for n in ours if len(re.sub(r"\D", "", n)) >= 5 and n in page)
    if verbatim:
        return (
            "tied",
            f"page {number} carries the letter's number {verbatim[0]} (its label misread)",
        )
    if theirs and ours:
        return "other", (
            f"page {number} carries {', '.join(sorted(theirs))}, not the letter's "
            f"{', '.join(sorted(ours))}: it is another letter's page"
        )
    if (number, total) in page_of(page) and not ours:
        # Page 1 states no number to compare (a fax cover sheet): its page numbering ties it.
        return "tied", f"page {number} numbers itself {number} of {total}"
    if (number, total) in page_of(page):
        # "Pagina 2 din 2" alone is what every two-page letter's last page says: the ink of
        # any genuine letter's unnumbered last page would sign a page 1 written by anyone.
        return "untied", (
            f"page {number} numbers itself {number} of {total} but does not carry the letter's "
            f"number{(' ' + sorted(ours)[0]) if ours else ''}: any letter's unnumbered last page "
            "says as much; a person compares the pages (or asks for a copy numbered on each page)"
        )
    return "untied", (
        f"page {number} carries neither the letter's number nor its page numbering "
        f"({number} of {total}): nothing shows it belongs to the letter on page 1"
    )


def belongs(first: str, page: str, number: int, total: int) -> tuple[bool, str]:
    """Whether page `number` of `total` is tied to the letter page 1 opens (`tie`), and why."""
    state, why = tie(first, page, number, total)
    return state == "tied", why


# The line that opens a letter: its registration number and date ("Nr. 123.456 din 12.11.2026"),
# at the start of a line: "Anexă la adresa nr. …", "Continuare la adresa nr. …" do not open one.
# OCR reads a head set in two columns across: the institution's lines on the left run
# into the number and the date on the right ("MINISTERUL AFACERILOR INTERNE Nr. 241.590" /
# "INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ din 27.11.2026"): a line of capitals
# before either is that left column (round 14).
_LEFT_COLUMN = r"(?:(?P<left{n}>[A-ZĂÂÎȘȚŞŢ][A-ZĂÂÎȘȚŞŢ .,-]{{6,}}?)[ \t]+)?"
_OPENS = re.compile(
    r"^"
    + _LEFT_COLUMN.format(n=1)
    + r"\W{0,3}(?i:nr)\.?\s*[0-9][0-9./-]*\s+"
    + _LEFT_COLUMN.format(n=2)
    + r"(?i:din)\s+\d",
    re.MULTILINE,
)


def _openings(text: str) -> list[re.Match[str]]:
    """The lines of `text` that open a letter (`_OPENS`), not a left column that cites
    another paper ("ANEXĂ LA ADRESA Nr. …")."""
    return [
        m
        for m in _OPENS.finditer(text)
        if not (set(fold(m.group("left1") or "").split()) & _CITING)
    ]


# Words before "nr." that make it a citation of another paper's number, not the page's own.
_CITING = frozenset(
    {
        "la",
        "adresa",
        "adresei",
        "adresele",
        "anexa",
        "continuare",
        "ref",
        "referitor",
        "raspuns",
        "raspunsul",
        "dosar",
        "dosarul",
        "dosarului",
        "penal",
        "ordinul",
        "ordonanta",
        "ordonantei",
        "dvs",
        "dumneavoastra",
        "noastra",
        "nostru",
        "cererea",
        "petitia",
        "plangerea",
    }
)


def _own_numbers(text: str) -> set[str]:
    """The reference numbers a page states as its own registration: "Nr." not after a word
    citing another paper ("la adresa nr.", "dosarul penal nr.")."""
    out: set[str] = set()
    for m in _REF.finditer(text):
        before = fold(text[max(0, m.start() - 30) : m.start()]).split()
        if before and before[-1] in _CITING:
            continue
        out |= numbers(m.group(0))
    return out


def _line_at(text: str, pos: int) -> str:
    """The line of `text` holding position `pos`."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


def letter_pages(read: list[dict[str, Any]], signed: int) -> tuple[list[dict[str, Any]], list[int]]:
    """(the read pages of the letter whose signature is on page `signed`, the numbers of the
    read pages outside it).

    The ink signs its letter only: from the last page at or before the signature page that
    opens a letter ("Nr. X din <date>" at a line's start; else the file's first read page) to
    the signature page. A page before it (an inserted "annex", a cover sheet) or after the
    signature page is not signed by that ink, whatever its numbering says.
    """
    pages = sorted(
        (p for p in read if isinstance(p.get("text"), str) and isinstance(p.get("number"), int)),
        key=lambda p: int(p["number"]),
    )
    upto = [p for p in pages if int(p["number"]) <= signed]
    if not upto:
        return [], [int(p["number"]) for p in pages]
    # A page that numbers itself as a later page ("Pagina 3/3") and whose opening line repeats
    # the registration number a page before it states as its own (a fax's "Nr. 1.204.557 din
    # 30.11.2026" atop each page, the first page's number split over two heading lines): it
    # opens no other letter. A page opening with another number still does (another letter's
    # page spliced in), and so does a letter's page whose number a page before it only cites
    # ("Anexă la adresa nr. …": an annex or cover sheet put before the letter).
    openers: list[int] = []
    earlier: set[str] = set()
    for p in upto:
        text = str(p["text"])
        opens = _openings(text)
        opened = {n for m in opens for n in numbers(m.group(0))}
        later = any(k > 1 for k, _n in page_of(text))
        if opens and not (later and opened and opened <= earlier):
            openers.append(int(p["number"]))
        earlier |= _own_numbers(text)
    start = openers[-1] if openers else int(upto[0]["number"])
    inside = [p for p in upto if int(p["number"]) >= start]
    return inside, [int(p["number"]) for p in pages if p not in inside]
