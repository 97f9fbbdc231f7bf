"""Romanian text normalisation shared by every matcher.

Two layers, so that matching is forgiving while extracted values stay "as written":

- `clean(text)` repairs the text without losing anything a reader would want:
  Unicode NFC, the old cedilla letters ş ţ Ş Ţ mapped to comma-below ș ț Ș Ț,
  soft hyphens and zero-width characters dropped, non-breaking and other exotic
  spaces made plain, runs of spaces folded, hyphenated line breaks joined
  ("tranzac-\\nției" -> "tranzacției"). Line breaks are kept: letters, lists and
  signatures are line-shaped, and the field extractors rely on it.
- `fold(text)` maps a cleaned text to lower-case ASCII **one character for one
  character**, so a regex match on the folded text is sliced out of the cleaned
  text at the same offsets. Diacritics become optional that way: "Poliția",
  "Politia", "POLIŢIA" all fold to "politia".

Phrases (cues, labels) are folded with `fold_phrase`, which also cleans them, and
compiled with `phrase_pattern`, where any whitespace in the phrase matches any
run of whitespace (line breaks included) in the text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Old cedilla letters (what ISO-8859-2, Windows-1250 and Tesseract's `ron` model
# often produce) -> the comma-below letters Romanian orthography prescribes.
CEDILLA_TO_COMMA = str.maketrans({"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț"})

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(
    map(
        ord,
        "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v",
    ),
    " ",
)
# Form feed (\f) is kept: it marks page breaks, which lists and letterheads must not cross.
# Typographic punctuation folded to ASCII so that patterns need one spelling only.
_PUNCT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)

_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ ]*\n[ ]*(?=[a-zăâîșț])")
_SPACE_RUN = re.compile(r" {2,}")
_TRAILING = re.compile(r" *\n *")
_BLANK_RUN = re.compile(r"\n{3,}")


def fold_cedilla(text: str) -> str:
    """Map ş ţ Ş Ţ (cedilla) to ș ț Ș Ț (comma below); nothing else changes."""
    return text.translate(CEDILLA_TO_COMMA)


def clean(text: str) -> str:
    """Repair a text for reading and matching; keeps diacritics, case and line breaks."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).translate(_SPACES).translate(_PUNCT)
    text = fold_cedilla(text)
    text = _HYPHEN_BREAK.sub("", text)
    text = _SPACE_RUN.sub(" ", text)
    text = _TRAILING.sub("\n", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip()


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character in, exactly one character out (keeps offsets aligned)."""
    if ch.isascii():
        return ch.lower()
    base = unicodedata.normalize("NFD", ch)[0]
    if base.isascii():
        return base.lower()
    low = ch.lower()
    return low if len(low) == 1 else ch


def fold(text: str) -> str:
    """Lower-case ASCII image of an already-cleaned text, same length, same offsets."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


def fold_keep_case(text: str) -> str:
    """Strip diacritics but keep case (for acronyms like "DNA" that must stay upper-case)."""
    return "".join(
        c if c.isascii() else (_fold_char(c).upper() if c.isupper() else _fold_char(c))
        for c in text
    )


def matchable(text: str) -> str:
    """`fold(clean(text))`: what phrases are matched against when offsets do not matter."""
    return fold(clean(text))


def fold_phrase(phrase: str) -> str:
    """Fold a cue phrase the same way texts are folded, whitespace collapsed to one space."""
    return " ".join(fold(clean(phrase)).split())


_WORD = r"[0-9a-z_]"


@lru_cache(maxsize=2048)
def phrase_pattern(phrase: str, case_sensitive: bool = False) -> re.Pattern[str]:
    """A regex for a cue phrase on folded text: whitespace-tolerant, whole words.

    A trailing `*` makes the last word a prefix ("reclamați*" matches "reclamația",
    "reclamațiile"), because Romanian inflects nouns by suffix.
    """
    prefix = phrase.endswith("*")
    body = phrase[:-1] if prefix else phrase
    folded = " ".join(fold_keep_case(clean(body)).split()) if case_sensitive else fold_phrase(body)
    parts = [re.escape(tok) for tok in folded.split(" ")]
    core = r"\s+".join(parts)
    word = r"[0-9A-Za-z_]" if case_sensitive else _WORD
    start = rf"(?<!{word})" if re.match(r"\w", folded) else ""
    end = rf"{word}*" if prefix else (rf"(?!{word})" if re.search(r"\w$", folded) else "")
    return re.compile(start + core + end)
