"""What OCR makes of things that are not text: stamps, signatures, specks.

A handwritten signature is read as a short word of garbage ("Wolo", "(malo",
"ID"), a round stamp as pieces of its legend ("ROMÂNIA", "ȘTAMPILA", "L.S."),
specks as stray punctuation. Signature blocks are read past such lines and
such tails of lines; nothing here is used on text that did not come from OCR.
"""

from __future__ import annotations

import re

from ..normalize import fold

# Words of a stamp's legend or of the signature block's own marks ("L.S." = locul
# ștampilei, "ss" = semnătura), never a signer's name.
STAMP_WORDS = frozenset(
    {"romania", "stampila", "stampilei", "ls", "ss", "semnatura", "sigiliu", "ministerul", "seal"}
)
_TOKEN = re.compile(r"\S+")
# A name word: capitalised or all capitals, letters with inner hyphens/apostrophes.
NAME_WORD = re.compile(r"[A-ZĂÂÎȘȚ][a-zăâîșțA-ZĂÂÎȘȚ'-]*[a-zăâîșțA-ZĂÂÎȘȚ]")


def _bare(token: str) -> str:
    return re.sub(r"[^a-z]", "", fold(token))


def is_noise_token(token: str) -> bool:
    """Punctuation, one or two letters, or a stamp word."""
    bare = _bare(token)
    return len(bare) <= 2 or bare in STAMP_WORDS


def is_noise_line(line: str, *, scrawl: bool = False) -> bool:
    """A line of noise tokens only; with `scrawl`, also a line of one or two short tokens (a signature read as garbage)."""
    tokens = _TOKEN.findall(line)
    if not tokens:
        return True
    if all(is_noise_token(t) for t in tokens):
        return True
    return scrawl and (len(tokens) == 1 or (len(tokens) == 2 and len(line.strip()) <= 12))


# Ink or specks read before a name: non-letters glued to its first letter ("\\Barbu", "“Marinescu").
_GLUED_SPECKS = re.compile(r"^[^\w]+(?=[A-ZĂÂÎȘȚ])")


def name_prefix(line: str, *, max_words: int = 4, lead: bool = False) -> str | None:
    """The 2..max_words name words a line starts with, when the rest of it is noise; else None.

    With `lead`, up to two noise tokens before the name (the signature's ink read as
    "ey", "\\;") and specks glued to a word's first letter are read past too.
    """
    tokens = _TOKEN.findall(line.strip(" ,.;:|'\"-"))
    if lead:
        tokens = [_GLUED_SPECKS.sub("", t) for t in tokens]
        skipped = 0
        while (
            tokens
            and skipped < 2
            and is_noise_token(tokens[0])
            and not NAME_WORD.fullmatch(tokens[0])
        ):
            tokens.pop(0)
            skipped += 1
    words: list[str] = []
    for i, token in enumerate(tokens):
        word = token.rstrip(",.;:")
        if len(words) < max_words and NAME_WORD.fullmatch(word) and _bare(word) not in STAMP_WORDS:
            words.append(word)
            if word != token:  # "Popescu Ion," ends the name
                rest = tokens[i + 1 :]
                break
            continue
        rest = tokens[i:]
        break
    else:
        rest = []
    if len(words) < 2 or not all(is_noise_token(t) for t in rest):
        return None
    return " ".join(words)
