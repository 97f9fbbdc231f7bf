"""Red team 3: the injured party is "asked for" when the letter calls her by a role word the rule lacks.

Threat model (`redteam_role_binding`'s, closed by `unsigned.py`): an attacker
in the police mailbox holds an old genuine signed letter that asks for the
seller's data and names the buyer he cheated; the attacker wants *her* data.
The rule lets a user named in the unsigned text stand when the signed text
names her in a sentence after a request verb, unless it gives her another
role (`_OTHER_ROLE_BEFORE` / `_OTHER_ROLE_AFTER`: plângere, sesizare,
denunț, reclamant, petent, martor, persoană/parte vătămată, victimă). Romanian
criminal procedure and police prose have more ways to say it, all outside
that list:

- "(parte civilă în cauză)" — the injured party once she claims damages;
- "prin care a fost prejudiciată utilizatoarea X";
- "despre care a sesizat organele de poliție utilizatoarea X" ("a sesizat",
  not "sesizare");
- "cumpărătorul păgubit fiind X".

Each letter asks, in one sentence, for the seller's data and names the buyer
in that sentence: to the rule she is asked for. The cover note's postscript
(no request verb) asks for her identification data: `verified`.

Control: the genuine letter naming the civil party, with a plain cover note:
`verified`.

Closed: `unsigned._OTHER_ROLES` reads more role words up to six words before the person
(never across 'împotriva'/'de către').
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, mailed
from tests.attacks.redteam3_kit import policy
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam3_role_words"
WHERE = "unsigned._OTHER_ROLE_BEFORE/_AFTER list only some role words"
HEAD = f"{IPJ}\nNr. 123.456 din 12.11.2026\n\nCătre OKAZII.RO\n\n"
PS = "\nP.S. Includeți și datele de identificare ale utilizatoarei maria_cumparatoare77.\n"


def _letter(role: str) -> str:
    return (
        HEAD + "În dosarul penal nr. 4567/P/2026, în baza art. 170 Cod procedură penală, vă "
        "rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor ale "
        f"utilizatorului ion_vanzator88, {role}.\n\nComisar de poliție Popescu Ion\n"
    )


ROLES: list[tuple[str, str]] = [
    (
        "civil_party",
        "care a înșelat-o pe utilizatoarea maria_cumparatoare77 (parte civilă în cauză)",
    ),
    ("prejudiced", "prin care a fost prejudiciată utilizatoarea maria_cumparatoare77"),
    (
        "who_reported_it",
        "despre care a sesizat organele de poliție utilizatoarea maria_cumparatoare77",
    ),
    ("the_buyer_who_lost_money", "cumpărătorul păgubit fiind maria_cumparatoare77"),
]


def _mail(role: str, body: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return mailed(w, sealed_letter(w, _letter(role)), body=body)

    return build


ATTACKS = [
    Attack(
        CLS,
        f"injured_party_asked_for_{name}",
        False,
        _mail(role, COVER + PS),
        policy_toml=policy,
    )
    for name, role in ROLES
] + [
    Attack(
        CLS,
        "genuine_letter_naming_the_civil_party",
        True,
        _mail(ROLES[0][1], COVER),
        policy_toml=policy,
    )
]
