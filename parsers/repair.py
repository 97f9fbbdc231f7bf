"""Repairs of damaged text: OCR misreads and misspelt domain words.

Runs only where the damage is likely (OCR'd pages; typed mail for the word
repair) and before the matchers, so extracted values come out readable.
`normalize` keeps the loss-free layer (`clean`, `fold`); this module changes
characters on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lexicon import romanian_words
from .normalize import fold

# --- OCR repairs ---------------------------------------------------------------
#
# Tesseract's usual damage on Romanian letters, repaired before matching (only
# for text that came from OCR: `repair_ocr`). Values are still sliced from the
# repaired text, so the repairs are limited to what a reader would also undo:
# spaces OCR puts around an underscore, "l" read for a capital "I" at the start
# of a word, "," or ".." read for the "." of an abbreviation before a number,
# bullet glyphs read as stray symbols, letters inside digit groups, and
# misspelt or OCR-damaged domain words (labels, cue words) restored by a small
# edit distance against a vocabulary.

# Words the field extractors and the default cues look for; `Cues.vocabulary`
# adds the words of every cue phrase. Folded (lower-case ASCII).
_LABEL_TEXT = """
    utilizator utilizatorul utilizatorului utilizatorii utilizatorilor username userul
    vanzator vanzatorul vanzatorului vanzatoarea cumparator cumparatorul cumparatorului
    contul contului titular titularul titularului pseudonim pseudonimul
    tranzactia tranzactiei tranzactiile tranzactiilor tranzactie comanda comenzii comanda
    numarul numarului inregistrare inregistrat inregistrata identificat identificare
    dosar dosarul dosarului penal penala penale procedura procedurii cercetare cercetari
    articolul articolului alineatul temeiul conformitate prevederile dispozitiile
    telefon telefonul telefonului adresa adresele electronic electronica electronice
    curier curierat curierul posta postala raspunsul comunicati transmiteti furnizati
    solicitam solicitate rugam istoricul corespondenta anunturile publicate datele
    comisar subcomisar procuror judecator inspector chestor agent ofiter presedinte
    politie politiei principal adjunct locotenent colonel maior capitan
    subsemnatul subsemnata numesc garantia livrare reclamatie reclamatia
    descrierii corespunde produsul returnare rambursare mediere
    intervalul intervalului perioada perioadei contacta contactati contactat
"""
LABEL_WORDS = frozenset(_LABEL_TEXT.split())
_UNDERSCORE_GAP = re.compile(r"(?<=[0-9A-Za-z]) ?_ ?(?=[0-9A-Za-z])")
# No Romanian or English word starts with "l" + consonant: that "l" is an "I" ("lrina").
_L_FOR_I = re.compile(r"(?<![\w@.])l(?=[bcdfghjkmnpqrstvwxz][a-zăâîșț]+(?![\w@.]))")
# ... in any mix of them, with a space inside ("nr., 77.904", "nr ,.77.904": round 9's faxes).
_ABBREV_PUNCT = re.compile(
    r"\b(nr|art|alin|lit|pct)[ ]?(?:,(?:[ ]?[.,]+)?|\.[ ]?[.,]+)(?=[ ]?[0-9(])", re.IGNORECASE
)
_BULLET = re.compile(r"^[ ]*(?:[¢©®°•·»■□▪◦]|\.)[ ]+(?=\w)", re.MULTILINE)
# "O"/"o" for 0 and "l"/"I"/"|" for 1 inside a run of digits ("2O26", "1l23").
_DIGIT_LOOKALIKE = re.compile(r"(?<=[0-9])[OoIl|](?=[0-9])")
_DIGIT_MAP = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})
# A standalone word: not a piece of a username, an e-mail address or a number.
# Specks at the ends of a line: "solicităm: |", "contului; -€", a stray quote before a word.
_TRAILING_SPECKS = re.compile(r"(?:[ ]+[|~©®¢°»«€'\"-]{1,2})+$", re.MULTILINE)
_LEADING_QUOTE = re.compile(r"^[ ]*['\"`](?=[^\W\d_])(?![^\n]*['\"])", re.MULTILINE)
# "istoricul.tranzacțiilor", "de.telefon": a dot read into the space between two words.
_DOT_IN_SPACE = re.compile(r"(?<![\w.@])([^\W\d_]{2,})\.([^\W\d_]{6,})(?![\w@]|\.\w)")
_SHORT_WORDS = frozenset({"de", "la", "si", "in", "cu", "al", "ale", "din", "pe"})
_WORD_TOKEN = re.compile(r"(?<![\w.@])[^\W\d_]{6,}(?![\w@]|\.\w)")


# "irinamarinescu7 7@example.com": a space read into an address just before its "@".
# Only after a piece that is itself address-like (a digit, "." or "_", or long): not "la 7@x.ro".
_EMAIL_GAP = re.compile(r"(?<![\w.@-])([A-Za-z0-9._-]{2,})[ ](?=[A-Za-z0-9]{1,2}@[A-Za-z0-9-]+\.)")
# "E-mail: preda. diana example.net": on a line labelled as an address, the "@" lost
# and a space read after a "." or "_"; restored when the value ends in a domain.
_EMAIL_LINE = re.compile(
    r"(?P<label>\b(?:e-?mail|email)(?:[ \t]*:)?[ \t]*)"
    r"(?P<local>[A-Za-z0-9][A-Za-z0-9._-]*(?:(?<=[._-])[ ][A-Za-z0-9._-]+|[ ](?=[._-])[A-Za-z0-9._-]+)*)"
    r"[ ](?P<domain>[a-z0-9-]+(?:\.[ ]?[a-z0-9-]+)*\.[ ]?(?:ro|com|net|org|eu|md|info|biz))(?![\w@.-])",
    re.IGNORECASE,
)
_NOT_LOCAL = frozenset(
    [
        "pe",
        "la",
        "de",
        "din",
        "si",
        "sau",
        "in",
        "cu",
        "al",
        "ale",
        "este",
        "asociat",
        "asociata",
        "at",
        "on",
        "is",
        "and",
        "or",
    ]
)
# An address is typed in lower case: a capital "I" in one is OCR's reading of an "l".
_ADDRESS_I = re.compile(r"(?<![\w.+-])[a-z0-9._-]*I[a-z0-9._-]*@[a-z0-9-]+\.")


# "741 0/P/2026": a space read into the number of a criminal file (not the year of a
# date before it: "02.12.2026 1877/P/2026" in a registration table's row).
_CASE_NUMBER_GAP = re.compile(
    r"(?<![\d/.,])(\d{1,5}) (\d{1,4})(?=[ ]?/[ ]?(?:[A-Za-z]{1,3}[ ]?/[ ]?)?P[ ]?/[ ]?\d{4})"
)

# "4522/P2026", "1302/D/P2026": the slash before the year of a criminal file lost.
_CASE_YEAR_SLASH = re.compile(r"(?<![\w/])(\d{1,7}/(?:[A-Z]{1,3}/)?P)((?:19|20)\d{2})(?!\d)")

# A date's full stops read as commas, or one of them as a colon ("din 03,12,2026",
# "03:12.2026"): two numbers of a day and a month, then a year. Not amounts (their groups
# are of three digits), nor a time ("3:12:2026" has two colons).
_DATE_COMMAS = re.compile(
    r"(?<![\d.,:])([0-3]?[0-9])(?:[,.]([01]?[0-9])[,.:]|:([01]?[0-9])[,.])((?:19|20)[0-9]{2})"
    r"(?![\d,:]|\.\d)"
)
# An institution's acronym with its "I" read as "1" ("1PJ NEAMȚ", "1GPR"): the acronyms that
# begin with an I (IPJ, IGPR, IGPF, IGJR, IGSU, ICCJ, ITPF, IJJ), not "1RON" nor "1GB". Read
# so in a letter's heading (`router.policy.heading_lines`), where it names the issuer; the
# text keeps it as read (a stated "IPJ Neamț - Poliția …" would then be the whole line).
ACRONYM_ONE = re.compile(r"(?<![\w.])1(?=(?:PJ|GPR|GPF|GJR|GSU|CCJ|TPF|JJ)(?!\w|\.\w))")

# A registry's Roman month with its "I"s read as "1" or "l" ("30.X1.2026", "3.X11.2026",
# "5.V1.2026"): only a token with an X or a V in it, which no number has.
_ROMAN_MONTH_OCR = re.compile(
    r"(?<![0-9])([0-3]?[0-9][ ]?[.-][ ]?)([XVxv][1lI|]{1,3}|[1lI|]{1,2}[XVxv]|[Xx][Il1|]{0,2})"
    r"(?=[ ]?[.-][ ]?(?:19|20)[0-9]{2}(?![0-9]))"
)
_ROMAN_MONTHS = frozenset(
    ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
)


# E-mail addresses as OCR damages them: spaces around the "@" ("pjbrasov @ mpublic.ro"),
# a speck beside it ("sic@¢gl.politiaromana.ro"), the "@" read as "e" before a mail
# provider's domain in a word without one ("ionescuegmail.com"), a comma for a dot in
# the name ("ion,popescu@gmail.com").
_AT_SPACED = re.compile(
    r"(?<=[A-Za-z0-9._-])(?: @ ?| ?@ )(?=[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b)"
)
_AT_SPECK = re.compile(r"(?<=[A-Za-z0-9._-])(?:[¢©®°'`\"]@|@[¢©®°'`\"])(?=[a-z0-9])")
_AT_AS_E = re.compile(
    r"(?<![\w.@-])([a-z0-9][a-z0-9._,-]*[a-z0-9])e(?=(?:gmail|yahoo|outlook|hotmail)\.(?:com|ro)\b)"
)
# ... or read as a "Q" (the letter OCR takes the sign for most) or a sign, glued to the name,
# before any domain, in a lower-case address with no "@" ("officeQecodeal-bv.ro"); not a
# "Qu", which begins words ("Quality.ro"). With a space between, only on a line labelled
# as an address (`_email_line`): "drepturi rezervate ©okazii.ro" names no one.
_AT_AS_Q = re.compile(
    r"(?<![\w.@-])([a-z0-9][a-z0-9._-]*[a-z0-9])[Q©®](?=[a-tv-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
    r"\.[a-z]{2,6}(?![\w@]|\.\w))"
)
# ... or read as a capital or a sign ("politia.sloboziaBil.politiaromana.ro": "B" for "@";
# a space before it: "politia.zimnicea Qtr.politiaromana.ro")
# in a lower-case address with no "@", right before an institution's mail domain (a
# county's subdomain of the police's, the prosecutors', the courts', DIICOT's, DNA's): no
# address has a capital there (round 9's dev split).
_AT_AS_SIGN = re.compile(
    r"(?<![\w.@-])([a-z0-9][a-z0-9._-]*[a-z0-9]) ?[BQG&©®]"
    r"(?=(?:[a-z]{2}\.)?(?:politiaromana|politiadefrontiera|mpublic|just|diicot|pna|anaf|"
    r"onpcsb|mai-dga)\.ro\b|mai\.gov\.ro\b)"
)
# ... or read as a capital "O" (or a zero) between spaces, before a mail provider's domain
# ("catei.rasa.mm O gmail.com", round 14's dark bilevel scan)
_AT_AS_O = re.compile(
    r"(?<![\w.@-])([a-z0-9][a-z0-9._-]*[a-z0-9]) [O0] (?=(?:gmail|yahoo|outlook|hotmail|icloud|ymail)"
    r"\.(?:com|ro)\b)"
)
_COMMA_IN_NAME = re.compile(r"(?<![\w.@-])([a-z0-9][a-z0-9._-]*),([a-z0-9][a-z0-9._-]*@)")
# "Nr." read as "Ne," or "Nt." before a registration number and its date ("Ne, 4.211 din
# 02.12.2026"): the label is restored only where the number and "din" + a date follow.
# A speck read as a colon or semicolon between two words of a heading in capitals
# ("INSPECTORATUL DE POLIȚIE: JUDEȚEAN ARGEȘ", round 16's fax); a comma there is often
# the writer's ("PREȘEDINTE, GREFIER,").
_CAPS_SPECK = re.compile(r"(?<=[A-ZĂÂÎȘȚ]{3})[:;](?=[ ][A-ZĂÂÎȘȚ]{3,}\b)")
_NR_LABEL = re.compile(
    r"(?<![\w.])N[eyt][.,](?=[ ]?[0-9][0-9.]*(?:/[\w.]+)*[ ]+din[ ]+[0-9]{1,2}[./ ])"
)


def _roman_month(m: re.Match[str]) -> str:
    roman = re.sub(r"[1lI|]", "I", m.group(2)).upper()
    return m.group(1) + roman if roman in _ROMAN_MONTHS else m.group(0)


def _email_line(m: re.Match[str]) -> str:
    local = m.group("local").replace(" ", "")
    if len(local) < 3 or fold(local) in _NOT_LOCAL:
        return m.group(0)
    domain = m.group("domain").replace(" ", "")
    if domain[:1] in "Q©®" and domain[1:2].islower() and domain[1:2] != "u":
        domain = domain[1:]  # the "@" read as "Q" before a domain in lower case (`_AT_AS_Q`)
    return f"{m.group('label')}{local}@{domain}"


# Diacritics OCR drops where the rest of the letter keeps them: words whose bare form is
# no Romanian word ("si", "alti", "catre"), word starts that are always "în"/"încă"
# ("inregistrare", "incasate"), and the "-ție" family ("reclamatiile", "tranzactiei").
_BARE_WORDS = {
    "si": "și",
    "in": "în",
    "alti": "alți",
    "fara": "fără",
    "catre": "către",
    "dupa": "după",
    "intre": "între",
    "impotriva": "împotriva",
    "impreuna": "împreună",
    "inainte": "înainte",
}
_BARE_WORD = re.compile(r"(?<![\w@./-])(" + "|".join(_BARE_WORDS) + r")(?![\w@/-]|\.\w)")
_IN_PREFIX = re.compile(
    r"(?<![\w@./-])in(?=(?:registr|cas|sot|tocm|aint|cheiat|cheier|ceput|cepand|deplin|carcat|scris|semnat)[a-z]*(?![\w@/-]|\.\w))"
)
_TIE_SUFFIX = re.compile(
    r"(?<![\w@./-])([a-zăâîșț]{3,}[a-zăâîșț])ti(e|a|ei|ile|ilor|ii|ilor|unea|unii|onal|onala|onale)(?![\w@/-]|\.\w)"
)
_HAS_DIACRITIC = re.compile(r"[ăâîșțşţĂÂÎȘȚ]")


def restore_diacritics(text: str) -> str:
    """Diacritics OCR dropped (see `_BARE_WORDS`), only in a text that has them elsewhere."""
    if len(_HAS_DIACRITIC.findall(text)) < 10:
        return text
    text = _BARE_WORD.sub(lambda m: _BARE_WORDS[m.group(1)], text)
    text = _IN_PREFIX.sub("în", text)
    text = _TIE_SUFFIX.sub(lambda m: f"{m.group(1)}ț{'i' + m.group(2)}", text)
    return _LOWER_WORD.sub(_as_written_elsewhere(text), text)


# A lower-case word of six letters or more written without diacritics, not inside an
# address, a username or a number ("tigari_vrac" is a username, "anunturile" a word).
_LOWER_WORD = re.compile(r"(?<![\w@./-])[a-z]{6,}(?![\w@/-]|\.\w)")
_WRITTEN_WORD = re.compile(r"[^\W\d_]{6,}")
_CEDILLA = str.maketrans("şţŞŢ", "șțȘȚ")


def _as_written_elsewhere(text: str) -> Callable[[re.Match[str]], str]:
    """The spelling with diacritics the same letter gives a word elsewhere, when it gives
    one only ("anunțurile" in one line, "anunturile" where OCR lost the comma in the
    next). A word list cannot say it: "prezentei" and "prezenței", "cardul" and
    "cârdul" are both words; the letter's own spelling of the same word can."""
    spellings: dict[str, set[str]] = {}
    for w in _WRITTEN_WORD.findall(text):
        low = w.lower().translate(_CEDILLA)
        # A final "ă" is no lost diacritic but another form: "perioada" (the period)
        # is not the "perioadă" the letter writes in another sentence.
        if not low.isascii() and low[-1].isascii():
            spellings.setdefault(fold(low), set()).add(low)

    def restore(m: re.Match[str]) -> str:
        word = m.group(0)
        found = spellings.get(word, set())
        return next(iter(found)) if len(found) == 1 else word

    return restore


def repair_ocr(text: str, vocabulary: frozenset[str] = LABEL_WORDS) -> str:
    """Undo Tesseract's usual damage in a cleaned text (see the section comment); idempotent."""
    text = _UNDERSCORE_GAP.sub("_", text)
    text = _EMAIL_GAP.sub(
        lambda m: (
            m.group(1) if len(m.group(1)) >= 6 or re.search(r"[0-9._]", m.group(1)) else m.group(0)
        ),
        text,
    )
    text = _EMAIL_LINE.sub(_email_line, text)
    text = _CASE_NUMBER_GAP.sub(r"\1\2", text)
    text = _CASE_YEAR_SLASH.sub(r"\1/\2", text)
    text = _DATE_COMMAS.sub(lambda m: f"{m[1]}.{m[2] or m[3]}.{m[4]}", text)
    text = _ROMAN_MONTH_OCR.sub(_roman_month, text)
    text = _AT_SPACED.sub("@", text)
    text = _AT_SPECK.sub("@", text)
    text = _AT_AS_E.sub(r"\1@", text)
    text = _AT_AS_SIGN.sub(r"\1@", text)
    text = _AT_AS_Q.sub(r"\1@", text)
    text = _AT_AS_O.sub(r"\1@", text)
    text = _NR_LABEL.sub("Nr.", text)
    text = _CAPS_SPECK.sub("", text)
    text = _COMMA_IN_NAME.sub(r"\1.\2", text)
    text = _ADDRESS_I.sub(lambda m: m.group(0).replace("I", "l"), text)
    text = _L_FOR_I.sub("I", text)
    text = _ABBREV_PUNCT.sub(lambda m: m.group(1) + ".", text)
    text = _BULLET.sub("- ", text)
    text = _DIGIT_LOOKALIKE.sub(lambda m: m.group(0).translate(_DIGIT_MAP), text)
    text = _TRAILING_SPECKS.sub("", text)
    text = _LEADING_QUOTE.sub("", text)
    text = repair_words(text, vocabulary, keep_names=True)
    text = _DOT_IN_SPACE.sub(lambda m: _dot_to_space(m, vocabulary), text)
    return restore_diacritics(text)


def _dot_to_space(m: re.Match[str], vocabulary: frozenset[str]) -> str:
    left, right = fold(m.group(1)), fold(m.group(2))
    if (left in vocabulary or left in _SHORT_WORDS) and right in vocabulary:
        return f"{m.group(1)} {m.group(2)}"
    return m.group(0)


# Edits a typed word may be away from the vocabulary word it is repaired to. A typist's
# slip is one edit; two edits reach other Romanian words ("deschiderea" is two from
# "descrierea"), and a typed letter's words are the authority's own: never rewritten.
TYPED_EDITS = 1


def repair_words(
    text: str,
    vocabulary: frozenset[str],
    max_edits: int = 2,
    typed: bool = False,
    keep_names: bool = False,
) -> str:
    """Replace words a small edit away from a vocabulary word (not a mere inflection of it):
    one edit, two for words of ten letters or more when `max_edits` allows (OCR).

    `typed` (a person wrote it): a word of the language is left as written ("mărimea
    corectă" is not "conecta", `lexicon.romanian_words`). Not for OCR, whose damage often
    makes a real word of a cue word ("PACHETUL DE PE LÂNGĂ" for PARCHETUL, "dalele").
    `keep_names`: a capitalised word beside another one, by a space or a hyphen, is
    part of a name and left as written ("Cazacu Roxana-Elena" is no "Romana"); a slip
    or OCR's damage in a cue word is mended in lower case and in capitals."""
    index = _vocabulary_index(vocabulary)

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        folded = fold(word)
        best = _closest(folded, index, max_edits)
        if best is None or (typed and folded in romanian_words()):
            return word  # nothing near, or a word a person wrote as meant
        if keep_names and _in_name(text, m.start(), m.end()):
            return word
        if word.isupper():
            return best.upper()
        return best.capitalize() if word[0].isupper() else best

    return _WORD_TOKEN.sub(fix, text)


_TITLE_WORD = re.compile(r"[^\W\d_][^\W\d_A-ZĂÂÎȘȚŞŢ]+")


def _in_name(text: str, start: int, end: int) -> bool:
    """The word at [start, end) is Title-case and a Title-case word stands right before or
    after it (one space or a hyphen between): a run of names."""
    if not _TITLE_WORD.fullmatch(text[start:end]) or not text[start].isupper():
        return False
    after = re.match(r"[ \t-]([^\W\d_]+)", text[end : end + 40])
    if after and _TITLE_WORD.fullmatch(after.group(1)) and after.group(1)[0].isupper():
        return True
    before = re.search(r"([^\W\d_]+)[ \t-]$", text[max(0, start - 40) : start])
    return bool(before and _TITLE_WORD.fullmatch(before.group(1)) and before.group(1)[0].isupper())


@lru_cache(maxsize=8)
def _vocabulary_index(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for word in vocabulary:
        if len(word) >= 6:
            index.setdefault(word[0], []).append(word)
    return {k: tuple(sorted(v)) for k, v in index.items()} | {"": tuple(sorted(vocabulary))}


def _closest(word: str, index: dict[str, tuple[str, ...]], max_edits: int = 2) -> str | None:
    if word in index[""]:
        return None
    return _closest_cached(word, index[""], index.get(word[0], ()), max_edits)


@lru_cache(maxsize=16384)
def _closest_cached(
    word: str, _all: tuple[str, ...], candidates: tuple[str, ...], max_edits: int = 2
) -> str | None:
    limit = min(max_edits, 1 if len(word) < 10 else 2)
    found: list[str] = []
    best = limit + 1
    for cand in candidates:
        if abs(len(cand) - len(word)) > limit or _inflection(word, cand):
            continue
        d = _osa(word, cand, best)
        if d < best:
            best, found = d, [cand]
        elif d == best:
            found.append(cand)
    return found[0] if best <= limit and len(found) == 1 else None


def _inflection(a: str, b: str) -> bool:
    """True when `a` and `b` differ only in their last three letters (another ending)."""
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= min(len(a), len(b)) - 3


def _osa(a: str, b: str, cap: int) -> int:
    """Optimal-string-alignment distance (edits + adjacent swaps), stopping early above `cap`."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > cap:
            return cap + 1
        prev2, prev = prev, cur
    return prev[-1]
