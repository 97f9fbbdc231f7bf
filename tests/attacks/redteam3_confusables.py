"""Red team 3: the unsigned text is matched code point by code point, not as a person reads it.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with a cover note of their own that asks for more. The
rule searches the cover note for data words (`_DATA`) and user names
(`_SHAPED`, `_ROLE_NAMED`, `_CNP`) on `fold(text)` of the raw decoded part:
the text is never `normalize.clean`ed (zero-width characters, word joiners,
soft hyphens and combining grapheme joiners stay) and letters are never
mapped to their skeleton (a Cyrillic "а" or a fullwidth "ｍ" is not "a"/"m").
A person's mail client draws none of the invisible characters and the look-
alikes look alike, so the legal team reads "parolele", "maria_cumparatoare77"
and a 13-digit CNP, and the rule reads "paro\u200blele", "mаria_…" and two
numbers. Numbers written the way people write them ("1850505 125781",
"1.850.505.125.781") are no CNP to `_CNP` either.

Each forgery puts the demand in a postscript with no request verb, so the
field extractors make no field of it (they `clean` the text, so a request verb
there would be caught by `binding`, not by this rule): the request is
`verified` with the demand in front of the legal team.

Control: a genuine cover note whose signature block carries the invisible
characters Outlook and Gmail signatures do (a zero-width space, a no-break
space, a soft hyphen): `verified`.

Closed: `unsigned_words.skeleton` (NFKC, invisibles removed, look-alikes made Latin)
runs before any search; mixed-script words are a finding; CNPs are read in groups.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, mailed
from tests.attacks.redteam3_kit import policy
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam3_confusables"
WHERE = "unsigned.findings/_named search fold(raw text): no clean() (invisible chars kept), no confusable skeleton"


def _note(text: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return mailed(w, sealed_letter(w), body=COVER + "\n" + text + "\n")

    return build


def _ps(passwords: str, conversations: str) -> str:
    return f"P.S. Atașați la răspuns și {passwords} contului și {conversations} private."


CASES: list[tuple[str, str, str]] = [
    (
        "zero_width_space_in_data_words",
        _ps("paro\u200blele", "conver\u200bsațiile"),
        "U+200B inside 'parolele'/'conversațiile': \\bparol… no longer matches " + WHERE,
    ),
    (
        "word_joiner_in_data_words",
        _ps("paro\u2060lele", "conver\u2060sațiile"),
        "U+2060 (word joiner) inside the data words; " + WHERE,
    ),
    (
        "soft_hyphen_in_data_words",
        _ps("paro\u00adlele", "conver\u00adsațiile"),
        "a soft hyphen (invisible mid-line) inside the data words: _norm keeps U+00AD; " + WHERE,
    ),
    (
        "combining_grapheme_joiner_in_data_words",
        _ps("pa\u034frolele", "con\u034fversațiile"),
        "U+034F (combining grapheme joiner, invisible) inside the data words; " + WHERE,
    ),
    (
        "cyrillic_letters_in_data_words",
        _ps("p\u0430rolele", "c\u043enversațiile"),
        "Cyrillic а/о in 'pаrolele'/'cоnversațiile' fold to themselves; " + WHERE,
    ),
    (
        "cyrillic_letter_in_a_username",
        "P.S. Atașați la răspuns și datele contului de pe platformă folosit de "
        "m\u0430ria_cumparatoare77.",
        "Cyrillic а in 'mаria_cumparatoare77': _SHAPED's lookarounds see a word character and "
        "match nothing; " + WHERE,
    ),
    (
        "fullwidth_letters_in_a_username",
        "P.S. Atașați și datele pentru \uff4d\uff41\uff52\uff49\uff41_cumparatoare77.",
        "fullwidth 'ｍａｒｉａ' before '_cumparatoare77' (NFKC would make it ASCII); " + WHERE,
    ),
    (
        "cnp_written_in_groups",
        "P.S. Includeți și tot ce aveți despre CNP 1850505 125781.",
        "_CNP wants 13 contiguous digits; a CNP written in two groups is two numbers "
        "(unsigned._CNP)",
    ),
    (
        "cnp_written_with_dots",
        "P.S. Includeți și tot ce aveți despre CNP 1.850.505.125.781.",
        "_CNP wants 13 contiguous digits; a CNP with thousands dots is read as nothing "
        "(unsigned._CNP runs on fold(text), not on _norm's separators-dropped text)",
    ),
]


def _genuine_invisible_signature(w: World) -> Submission:
    body = (
        "Bună ziua,\n\nVă transmitem alăturat adresa nr. 123.456 din 12.11.2026 privind "
        "utilizatorul ion_vanzator88.\n\nCu stimă,\u200b\nComisar de\u00a0poliție Popescu Ion\n"
        "Serviciul de Investigare a Criminalității Eco\u00adnomice\u200b\nIPJ Cluj\n"
    )
    return mailed(w, sealed_letter(w), body=body)


ATTACKS = [
    Attack(
        CLS,
        name,
        False,
        _note(text),
        policy_toml=policy,
    )
    for name, text, gap in CASES
] + [
    Attack(
        CLS,
        "genuine_signature_block_with_invisible_characters",
        True,
        _genuine_invisible_signature,
        policy_toml=policy,
    )
]
