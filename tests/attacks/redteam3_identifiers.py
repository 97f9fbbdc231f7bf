"""Red team 3: ways to name a user that are no "user" to the rule.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with a cover note asking about *another* person, in a
postscript without a request verb (no field is read from it). The rule names
a user only by the subject extractor's kinds, a username-shaped word
(`_SHAPED`, which refuses a word right after "/", "." or ":"), the word after
"contul"/"utilizatorul" (`_ROLE_NAMED`), a 13-digit CNP, or a capitalised
name after "numitul"/"domnul"/… (`_PERSON`). A marketplace's legal team
finds a person from any of these, and the rule sees none of them:

- the profile link ("https://www.okazii.ro/profil/maria_cumparatoare77"),
  with or without the scheme;
- a phone number (national or +40), which is how buyers and sellers reach
  each other;
- an e-mail address written to dodge harvesters ("maria.pop [at] gmail
  [dot] com") or with a fullwidth "＠";
- a numeric user id, a listing number ("anunțul nr. 991234567 și … cel care
  l-a publicat");
- a person named without the introducing word, in capitals or in lower case
  ("POP ELENA din Cluj", "numita pop elena"), or by a nickname in quotes.

`verified`, with another person's data asked for in front of the legal team.

Control: a genuine cover note whose signature carries the officer's phone,
fax and the police web site: `verified` (a fix must still let it through).

Closed: a sentence that asks may use only the signed letter's words
(`unsigned_words.unsigned_requests`).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, mailed
from tests.attacks.redteam3_kit import policy
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam3_identifiers"
WHERE = "unsigned._named knows usernames, CNPs and introduced names only"
ABOUT = "P.S. Includeți și tot ce aveți despre {}."


def _note(text: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return mailed(w, sealed_letter(w), body=COVER + "\n" + text + "\n")

    return build


CASES: list[tuple[str, str, str]] = [
    (
        "profile_link",
        ABOUT.format("https://www.okazii.ro/profil/maria_cumparatoare77 "),
        "_SHAPED refuses a word after '/'; URLs name nobody to " + WHERE,
    ),
    (
        "profile_link_without_scheme",
        ABOUT.format("www.okazii.ro/u/maria_cumparatoare77 "),
        "_SHAPED refuses a word after '/'; " + WHERE,
    ),
    ("phone_number", ABOUT.format("numărul 0722 123 456"), "phone numbers are no user; " + WHERE),
    (
        "international_phone_number",
        ABOUT.format("+40 722 123 456"),
        "phone numbers are no user; " + WHERE,
    ),
    (
        "email_written_with_at_and_dot",
        ABOUT.format("maria.pop [at] gmail [dot] com"),
        "an obfuscated address is no e-mail; " + WHERE,
    ),
    (
        "email_with_a_fullwidth_at",
        ABOUT.format("maria.pop\uff20gmail.com"),
        "'＠' (U+FF20) is no '@' to find_emails; " + WHERE,
    ),
    ("numeric_user_id", ABOUT.format("ID 88123456"), "a bare numeric id is no user; " + WHERE),
    (
        "listing_number_and_its_seller",
        ABOUT.format("anunțul nr. 991234567 și despre cel care l-a publicat"),
        "a listing number names its seller to the legal team, nobody to " + WHERE,
    ),
    (
        "name_in_capitals_without_an_introducing_word",
        ABOUT.format("POP ELENA din Cluj"),
        "_PERSON needs 'numitul'/'domnul'/… before a capitalised name; " + WHERE,
    ),
    (
        "name_in_lower_case",
        ABOUT.format("numita pop elena"),
        "_PERSON's _NAME_WORD needs capitals; " + WHERE,
    ),
    (
        "nickname_in_quotes",
        ABOUT.format("„Maria Cumpărătoarea”"),
        "a quoted display name is no user; " + WHERE,
    ),
]


def _genuine(w: World) -> Submission:
    body = (
        "Bună ziua,\n\nVă transmitem alăturat adresa nr. 123.456 din 12.11.2026.\n\nCu stimă,\n"
        "Comisar de poliție Popescu Ion\nTel.: +40 264 432 100, int. 21345 | Fax: 0264 432 101\n"
        "https://cj.politiaromana.ro/ro/contact\n"
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
] + [Attack(CLS, "genuine_signature_with_phone_fax_and_site", True, _genuine, policy_toml=policy)]
