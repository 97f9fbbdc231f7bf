"""Red team 3: "or" is "his": the anaphora rule asks for whoever the letter named one sentence earlier.

Threat model (`redteam_role_binding`'s): an attacker in the police mailbox
holds an old genuine signed letter that names the buyer who complained, in
the sentence before the request, and asks for the seller's data; the
attacker wants the buyer's.

`unsigned._asks_for` counts a user as asked for when the signed text names
her in one sentence and the next sentence has a request verb and a word
that refers back (`_BACK`: "acestuia", "sus-numitul", … but also "sau",
"lui", "ei", "sale"). Folded, "sau" is both "sau" (or) and "său" (his);
"lui" and "ei" are in most sentences. So "Suma … a fost plătită de
utilizatoarea maria_cumparatoare77, care a formulat plângere. … vă rugăm să ne
comunicați datele de identificare **sau**, după caz, istoricul
tranzacțiilor utilizatorului ion_vanzator88" asks, to the rule, for her data;
her role ("care a formulat plângere") comes after her name, where
`_OTHER_ROLE_AFTER` only looks for a role word right after it.

A cover note's postscript (no request verb) asks for her identification
data: `verified`.

Control: the same genuine letter with a plain cover note: `verified`.

Closed: `unsigned._BACK` keeps only words that refer back (acestuia, sus-numitul, de mai
sus…), and the role is read from the signed sentence (`_OTHER_ROLES`).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, mailed
from tests.attacks.redteam3_kit import policy
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam3_anaphora"
WHERE = (
    "unsigned._BACK takes 'sau' (or = său folded), 'lui', 'ei' as referring back; "
    "_OTHER_ROLE_AFTER needs the role word right after the name"
)
HEAD = f"{IPJ}\nNr. 123.456 din 12.11.2026\n\nCătre OKAZII.RO\n\n"
NAMED = (
    "Suma de 2.500 lei a fost plătită de utilizatoarea maria_cumparatoare77, care a formulat "
    "plângere."
)
PS = "\nP.S. Includeți și datele de identificare ale utilizatoarei maria_cumparatoare77.\n"


def _letter(request: str) -> str:
    return (
        HEAD + "În dosarul penal nr. 4567/P/2026 se efectuează cercetări privind o înșelăciune. "
        f"{NAMED} În baza art. 170 Cod procedură penală, vă rugăm să ne comunicați {request}."
        "\n\nComisar de poliție Popescu Ion\n"
    )


OR = "datele de identificare sau, după caz, istoricul tranzacțiilor utilizatorului ion_vanzator88"
HIS = (
    "datele de identificare și istoricul tranzacțiilor contului utilizat de vânzător, "
    "ion_vanzator88, inclusiv anunțurile lui"
)


def _mail(request: str, body: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return mailed(w, sealed_letter(w, _letter(request)), body=body)

    return build


ATTACKS = [
    Attack(
        CLS,
        "complainant_asked_for_through_sau",
        False,
        _mail(OR, COVER + PS),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "complainant_asked_for_through_lui",
        False,
        _mail(HIS, COVER + PS),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "genuine_letter_naming_the_complainant_first",
        True,
        _mail(OR, COVER),
        policy_toml=policy,
    ),
]
