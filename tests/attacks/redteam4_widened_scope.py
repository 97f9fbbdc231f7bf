"""Red team 4: a postscript widens whose data and how much, with no new name or data word.

Threat model (`unsigned_extras`'): an attacker in the police mailbox holds an
old genuine signed letter that asks for one seller's identification data and
transaction history, for a stated period. What turns that into other
people's data is a quantifier, not a name: "any account on the same device",
"any account with the same phone number", "his relatives' accounts", "the
whole history, since the account was created".

This is the sharpest form of the open gap DESIGN.md names ("a demand with no
request verb, no name and no data word"): the unsigned-text rule
(`unsigned.findings`) finds no user (no username, address, CNP or introduced
person), its data words ("istoricul", "datele", "număr de telefon") are ones
the letter asks for, and the sentence has no request verb, so
`unsigned_words.unsigned_requests` never compares its words with the letter's.
The extractors read the period from the signed letter alone, so the signed
period "binds" while the note overrides it for the person who reads both.
Every case is `verified`; the legal team reads a demand for other people's
data, or for years the letter never asked.

Control: a note that restates the letter's own period, `verified`.

Closed by class (`unsigned._scope`): with or without a request verb, words
that widen whose data (any/all/other accounts, linked accounts, accounts
sharing a device, number or address, relatives, friends, accomplices) or how
much (the whole history, since the account was created, no time limit, not
only the period) are findings unless the signed text says the same; so is a
period (two dates joined, or one a period word introduces) whose dates the
signed text does not state. Variants of our own: linked accounts, a period
reaching back to 2019, "the last five years", "from 2019 on", the same in
English; controls: a deadline for the
answer, a sign-off ("Toate cele bune").
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, letter
from tests.attacks.redteam4_kit import police_mail
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_widened_scope"
PERIOD = letter(
    data="datele de identificare și istoricul tranzacțiilor din perioada 01.01.2026 - 31.10.2026"
)


def _noted(text: str, period: bool = False) -> object:
    def make(w: World) -> Submission:
        pdf = sealed_letter(w, PERIOD) if period else None
        return police_mail(w, pdf, body=COVER + "\n" + text + "\n")

    return make


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    # Variants of the class.
    _attack("last_five_years", False, _noted("P.S. Istoricul din ultimii 5 ani.", True)),
    _attack("since_2019", False, _noted("P.S. Tranzacțiile din 2019 încoace.", True)),
    _attack("linked_accounts", False, _noted("P.S. Inclusiv conturile asociate acestuia.")),
    _attack(
        "period_reaching_back",
        False,
        _noted("P.S. Perioada: 01.01.2019 - prezent.", True),
    ),
    _attack(
        "widened_in_english",
        False,
        _noted("P.S. Also every linked account and his family members."),
    ),
    _attack(
        "genuine_deadline_for_the_answer",
        True,
        _noted("Termen de răspuns: până la data de 20.11.2026.", True),
    ),
    _attack("genuine_sign_off", True, _noted("Toate cele bune,\nComisar Popescu Ion")),
    _attack(
        "any_account_on_the_same_device",
        False,
        _noted("P.S. Aceleași date pentru orice cont de pe același dispozitiv."),
    ),
    _attack(
        "any_account_with_the_same_phone",
        False,
        _noted("P.S. Aceleași date pentru orice cont cu același număr de telefon."),
    ),
    _attack(
        "his_relatives_accounts",
        False,
        _noted("P.S. Aceleași date și pentru rudele sale care au cont pe platformă."),
    ),
    _attack(
        "whole_history_against_the_signed_period",
        False,
        _noted("P.S. Istoricul complet, de la crearea contului, nu doar perioada indicată.", True),
    ),
    _attack(
        "history_without_time_limit",
        False,
        _noted("P.S. Istoricul: fără limită de timp.", True),
    ),
    _attack(
        "genuine_restates_the_signed_period",
        True,
        _noted("Perioada vizată este 01.01.2026 - 31.10.2026.", True),
    ),
]
