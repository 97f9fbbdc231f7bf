"""Red team: a value the signed letter merely mentions counts as a value it requests.

`signed_content` (router/signatures/binding.py) asks whether the signed text
*states* each field's value as a token, not whether it states it in the same
role. A genuine letter names the injured party ("constituit în urma plângerii
utilizatorului maria_cumparatoare77") and asks for the seller's data; an
attacker in the police mailbox (the `unsigned_extras` threat model: an old
genuine signed letter, a body of their own) re-sends it with a body asking for
the *complainant's* identification data and history. Every value of the new
request (case, reference, both users, "datele de identificare", "istoricul
tranzacțiilor") occurs somewhere in the signed text, so it binds: `verified`,
and the person who complained to the police is exposed to whoever wrote the
body. The same holds for a data item the letter mentions in passing
("adresele IP … aparțin unui furnizor") asked for as data, and for account ids
that are only pieces of the letter's numbers (user ids 4567 and 2026 out of
"dosarul penal nr. 4567/P/2026": a token ends at "/"), or usernames made of
two adjacent words of the letter ("popescuion" from the officer's "Popescu
Ion": a space may fall between any two characters of a value).

A data item is now signed only where the signed text asks for it (the sentence
or list after a request verb, `binding._asked`): the mentioned-in-passing case
is closed. The complainant asked for as a list: the extractors read her as a
subject of the signed letter itself, so the fields of the genuine letter and
of the forgery are the same; only the unsigned body tells them apart. Closed
by `router/signatures/unsigned.py`: a user the unsigned text names must be one
the signed text asks for, never one it names as complainant or victim.

A body asking for the complainant's data in one sentence with the user in the
item ("datele … ale utilizatorului maria_…") is held, by luck of how
`requested_data` cuts items; it stays as the regression case.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, mailed
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam_role_binding"
HEAD = f"{IPJ}\nNr. 123.456 din 12.11.2026\n\nCătre OKAZII.RO\n\n"
LETTER = (
    HEAD + "În dosarul penal nr. 4567/P/2026, constituit în urma plângerii utilizatorului "
    "maria_cumparatoare77 (persoană vătămată), în baza art. 170 Cod procedură penală, vă rugăm "
    "să ne comunicați datele de identificare și istoricul tranzacțiilor ale utilizatorului "
    "ion_vanzator88.\n\nComisar de poliție Popescu Ion\n"
)
LETTER_IP = (
    HEAD + "În dosarul penal nr. 4567/P/2026, în baza art. 170 Cod procedură penală, vă rugăm să "
    "ne comunicați datele de identificare ale utilizatorului ion_vanzator88. Din verificări a "
    "rezultat că adresele IP folosite aparțin unui furnizor din Cluj.\n\n"
    "Comisar de poliție Popescu Ion\n"
)
REVISIT = (
    "Bună ziua,\n\nRevenim la adresa nr. 123.456 din 12.11.2026 (dosar penal nr. 4567/P/2026, "
    "art. 170 Cod procedură penală). "
)


def _complainant_list(w: World) -> Submission:
    body = (
        REVISIT + "Pentru utilizatorul maria_cumparatoare77 vă rugăm să ne comunicați:\n"
        "1. datele de identificare;\n2. istoricul tranzacțiilor.\n\nCu stimă,\n"
    )
    return mailed(w, sealed_letter(w, LETTER), body=body)


def _mentioned_data_item(w: World) -> Submission:
    body = (
        REVISIT + "Pentru utilizatorul ion_vanzator88 vă rugăm să ne comunicați:\n"
        "1. datele de identificare;\n2. adresele IP.\n\nCu stimă,\n"
    )
    return mailed(w, sealed_letter(w, LETTER_IP), body=body)


def _letter_numbers_as_user_ids(w: World) -> Submission:
    # The default letter: "Nr. 123.456 din 12.11.2026", "dosarul penal nr. 4567/P/2026".
    body = (
        REVISIT + "Pentru utilizatorul ion_vanzator88 și pentru conturile cu ID utilizator 4567 "
        "și 2026 vă rugăm să ne comunicați:\n1. datele de identificare;\n"
        "2. istoricul tranzacțiilor.\n\nCu stimă,\n"
    )
    return mailed(w, sealed_letter(w), body=body)


def _adjacent_words_as_username(w: World) -> Submission:
    # The default letter ends "Comisar de poliție Popescu Ion": binding.states lets a space
    # fall between any two characters, so the account "popescuion" is "stated" by it.
    body = (
        REVISIT + 'Pentru utilizatorul ion_vanzator88 și pentru contul cu numele de utilizator "'
        'popescuion" vă rugăm să ne comunicați:\n1. datele de identificare;\n'
        "2. istoricul tranzacțiilor.\n\nCu stimă,\n"
    )
    return mailed(w, sealed_letter(w), body=body)


def _complainant_inline(w: World) -> Submission:
    body = (
        REVISIT + "Vă rugăm să ne comunicați datele de identificare ale utilizatorului "
        "maria_cumparatoare77.\n\nCu stimă,\n"
    )
    return mailed(w, sealed_letter(w, LETTER), body=body)


def _genuine(w: World) -> Submission:
    return mailed(w, sealed_letter(w, LETTER), body=COVER)


def _policy(w: World) -> str:
    return w.policy_toml()


ATTACKS = [
    Attack(
        CLS,
        "complainant_asked_for_as_a_list",
        False,
        _complainant_list,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "data_item_mentioned_in_passing_asked_for",
        False,
        _mentioned_data_item,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "letter_numbers_asked_for_as_user_ids",
        False,
        _letter_numbers_as_user_ids,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "adjacent_words_of_the_letter_asked_for_as_a_username",
        False,
        _adjacent_words_as_username,
        policy_toml=_policy,
    ),
    Attack(CLS, "complainant_asked_for_inline", False, _complainant_inline, policy_toml=_policy),
    Attack(CLS, "genuine_letter_naming_the_complainant", True, _genuine, policy_toml=_policy),
]
