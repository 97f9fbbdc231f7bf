"""Red team 3: "quoted history attributed to us" is whatever follows a line anyone can write.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with a cover note of their own. The rule exempts from
the data-word search the quoted history "the mail attributes to us" (the
operator's own earlier reply may name the data we sent): `_walk` splits each
text part with `quoting.split_reply` and, when the first lines of the history
name an operator mailbox (`_attributed_to_us`), puts it in `ours`, searched
for users only.

But the attribution is a line of the attacker's text ("Pe 11.11.2026, Echipa
juridică OKAZII <legal@okazii.ro> a scris:"), and `split_reply` makes
*everything* after it history, quoted with ">" or not. So:

- a fabricated "earlier reply of ours" in which we supposedly promised the
  passwords and private conversations: the legal team reads that the
  promise was made and the police now hold us to it;
- a demand written as plain new text after a fake attribution line.

The demand has no request verb (no field is read from it); its data words are
never searched: `verified`.

Control: a genuine reply quoting our real earlier mail, which named the data
we sent (identification data and history, as the signed letter asks): `verified`.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, mailed
from tests.attacks.redteam3_kit import policy
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam3_own_quote"
WHERE = (
    "unsigned._walk puts all text after an attribution line naming an operator mailbox in "
    "`ours` (quoting.split_reply cuts there), and findings() searches `ours` for users only"
)
ATTRIBUTION = "Pe 11.11.2026, Echipa juridică OKAZII <legal@okazii.ro> a scris:\n"


def _note(text: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return mailed(w, sealed_letter(w), body=text)

    return build


FAKE_PROMISE = (
    COVER
    + "\nRevenim conform celor convenite telefonic (mai jos).\n\n"
    + ATTRIBUTION
    + "> Bună ziua,\n> Conform discuției telefonice, la primirea adresei semnate vom atașa și\n"
    "> parolele contului și conversațiile private.\n> Echipa juridică OKAZII\n"
)
UNQUOTED = (
    COVER
    + "\nCompletați răspunsul conform celor de mai jos.\n\n"
    + ATTRIBUTION
    + "P.S. Atașați la răspuns și parolele contului și conversațiile private.\n"
)
OUTLOOK_HEAD = (
    "De la: Echipa juridica OKAZII\nTrimis: miercuri, 11 noiembrie 2026 10:15\n"
    "Către: Politia Cluj\nSubiect: RE: Solicitare date\n\n"
)
OUTLOOK_PROMISE = (
    COVER
    + "\nRevenim conform celor convenite telefonic (mai jos).\n\n"
    + OUTLOOK_HEAD
    + "Bună ziua,\nConform discuției telefonice, la primirea adresei semnate vom atașa și\n"
    "parolele contului și conversațiile private.\nEchipa juridică OKAZII\n"
)
OUTLOOK_DEMAND = (
    COVER
    + "\nCompletați răspunsul conform celor de mai jos.\n\n"
    + OUTLOOK_HEAD
    + "P.S. Atașați la răspuns și parolele contului și conversațiile private.\n"
)
GENUINE = (
    "Bună ziua,\n\nRevenim cu adresa semnată electronic, atașată.\n\nCu stimă,\n"
    "Comisar de poliție Popescu Ion\n\n" + ATTRIBUTION + "> Bună ziua,\n> Pentru a vă comunica "
    "datele de identificare și istoricul tranzacțiilor\n> utilizatorului ion_vanzator88 avem "
    "nevoie de o adresă oficială semnată.\n"
)

ATTACKS = [
    Attack(
        CLS,
        "fabricated_promise_in_our_quoted_reply",
        False,
        _note(FAKE_PROMISE),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "plain_demand_after_a_fake_attribution_line",
        False,
        _note(UNQUOTED),
        policy_toml=policy,
    ),
    Attack(CLS, "genuine_reply_quoting_our_mail", True, _note(GENUINE), policy_toml=policy),
    Attack(
        CLS,
        "fabricated_promise_under_an_outlook_header",
        False,
        _note(OUTLOOK_PROMISE),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "plain_demand_under_a_fake_outlook_header",
        False,
        _note(OUTLOOK_DEMAND),
        policy_toml=policy,
    ),
]
