"""The words on a stamp, compared the way OCR allows: folded, and fuzzy by a letter or two."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

# Words that name an institution on a stamp (folded, no diacritics): a ring or frame whose
# text has none of them is not an institution's stamp (a framed note, a logo's motto).
INSTITUTION_WORDS = (
    "inspectoratul",
    "politie",
    "politia",
    "parchetul",
    "tribunalul",
    "judecatoria",
    "curtea",
    "diicot",
    "anticoruptie",
    "ministerul",
    "directia",
    "serviciul",
    "primaria",
    "consiliul",
    "municipiului",
    "srl",
    "societatea",
    "prefectura",
)


def fold(text: str) -> str:
    """Lower case without diacritics (ş ţ and ș ț alike), letters and digits only, one space."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", text.replace(".", "")))


# Digits the OCR reads for capitals inside a word ("D.1.1.C.0.T.", "P0LIȚIA"), and "]" or
# "}" for the J between an acronym's full stops ("1.P.]." for "I.P.J.").
_DIGIT_LETTERS = str.maketrans({"0": "o", "1": "i"})
_BRACKET_J = re.compile(r"(?<=[A-Z0-9]\.)[\]}](?=\.)")


def ocr_fold(text: str) -> str:
    """`fold`, with 0 and 1 inside a word of letters read as O and I (a number stays one),
    "]" between an acronym's full stops as J and "$" as S ("$.P.F.")."""
    text = _BRACKET_J.sub("J", text)
    return " ".join(
        w.translate(_DIGIT_LETTERS) if any(c.isalpha() for c in w) else w
        for w in fold(text.replace("$", "S")).split()
    )


def similar(a: str, b: str) -> float:
    """Similarity 0..1 of two words (difflib's ratio): OCR noise costs a letter or two."""
    return SequenceMatcher(None, a, b).ratio()


def fuzzy_score(word: str, text: str) -> float:
    """How well `word` (folded) is found in folded `text`: the best similarity of a run of
    letters of about its length (1.0: it is there as written)."""
    letters = text.replace(" ", "")
    if word in letters:
        return 1.0
    n = len(word)
    if n < 4:
        return 1.0 if word in text.split() else 0.0
    best = 0.0
    for size in (n - 1, n, n + 1):
        for i in range(0, max(1, len(letters) - size + 1)):
            best = max(best, similar(word, letters[i : i + size]))
    return best


def fuzzy_in(word: str, text: str, cutoff: float = 0.8) -> bool:
    """Whether `word` (folded) is in folded `text`, give or take OCR noise (a four-letter
    word may lose one letter)."""
    n = len(word)
    return fuzzy_score(word, text) >= (min(cutoff, (n - 1) / n) if n >= 4 else cutoff)


# The acronyms rings write instead ("ROMÂNIA * M.A.I. * I.P.J. TELEORMAN", the unit in the
# middle): each only as a word of its own, exactly (three letters are no fuzzy match).
INSTITUTION_ACRONYMS = frozenset(
    {"ipj", "igpr", "igpf", "itpf", "dgpmb", "dga", "dna", "diicot", "mai", "anaf", "onpcsb"}
)


def names_institution(text: str) -> bool:
    """Whether a stamp's text holds a word (or an acronym) that names an institution; an
    acronym as OCR reads it too ("1.P.]. MUREȘ", round 16)."""
    folded = fold(text)
    if INSTITUTION_ACRONYMS & (set(folded.split()) | set(ocr_fold(text).split())):
        return True
    return any(fuzzy_in(w, folded, 0.8) for w in INSTITUTION_WORDS)


# A registry's mark of what it RECEIVED ("REGISTRATURA - INTRARE Nr. 4471 / 10.11.2026"): the
# institution's name in a frame anyone gets on a page of their own by filing it, not its
# seal. Its mark of what it SENT ("IEȘIRE Nr. …") is the authority's own, on its own letter.
_INCOMING = ("intrare", "intrari", "primit", "primita")


def registry_mark(text: str) -> bool:
    """Whether a stamp's text is a registry's mark of receipt (an incoming word read as a
    word; "REGISTRATURA" alone counts unless it says IEȘIRE, the authority's outgoing mark)."""
    words = fold(text).split()

    def read(w: str) -> bool:
        return any(similar(w, t) >= 0.8 for t in words)

    return any(read(w) for w in _INCOMING) or (read("registratura") and not read("iesire"))
