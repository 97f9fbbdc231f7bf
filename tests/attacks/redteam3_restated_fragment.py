"""Red team 3: a "restated" sentence only has to *end* where a signed sentence ends.

Threat model (`unsigned.py`'s): an attacker in the police mailbox holds an old
genuine signed letter that names the injured party ("constituit în urma
plângerii numitei Pop Elena, utilizator maria_cumparatoare77 (persoană
vătămată), …, vă rugăm să ne comunicați … ale utilizatorului
ion_vanzator88.") and wants *her* data. The rule lets a user or a data word
stand in the unsigned text when every sentence naming it is "a whole
sentence of the signed text": `findings.whole` looks the sentence up in the
signed text and checks that it ends where a signed sentence ends, never that
it *starts* where one starts. The sentence's start in the unsigned text is
wherever the attacker puts a full stop, "!" or "?".

So the attacker ends a sentence of their own ("Aceleași date ne trebuie și
pentru persoana vătămată!") just before a tail cut out of the signed sentence
that begins with her name. The tail ends where the signed sentence ends: it is
"restated", her name needs nothing more. A person reads the demand the first
sentence makes and the name the second gives. No request verb in the first
sentence, so no field is read from it; the second restates the letter, so its
fields bind: `verified`.

Control: the whole genuine letter pasted in the cover note: `verified`.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import mailed
from tests.attacks.redteam_kit import sealed_letter
from tests.attacks.redteam_unsigned_text import COMPLAINT_LETTER
from tests.samples.signatures.world import World

CLS = "redteam3_restated_fragment"
WHERE = (
    "unsigned.findings.whole checks only that the sentence ends where a signed sentence ends, "
    "not that it starts where one starts"
)
# The tail of the letter's request sentence, from the injured party's name on.
_FROM_NAME = COMPLAINT_LETTER[
    COMPLAINT_LETTER.index("Pop Elena") : COMPLAINT_LETTER.index("\n\nComisar")
]
_FROM_USER = COMPLAINT_LETTER[
    COMPLAINT_LETTER.index("maria_cumparatoare77") : COMPLAINT_LETTER.index("\n\nComisar")
]


def _note(text: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return mailed(
            w, sealed_letter(w, COMPLAINT_LETTER), body=f"Bună ziua,\n\n{text}\n\nCu stimă,\n"
        )

    return build


ATTACKS = [
    Attack(
        CLS,
        "injured_party_by_username_after_an_exclamation",
        False,
        _note(
            "Aceleași date ne trebuie de data aceasta și pentru persoana vătămată, nu doar pentru "
            f"cel din adresă! {_FROM_USER}"
        ),
        policy_toml=lambda w: w.policy_toml(),
    ),
    Attack(
        CLS,
        "injured_party_by_name_after_a_question",
        False,
        _note(
            f"Puteți extinde răspunsul, cu aceleași date, și la persoana de mai jos? {_FROM_NAME}"
        ),
        policy_toml=lambda w: w.policy_toml(),
    ),
    Attack(
        CLS,
        "genuine_letter_pasted_in_the_cover_note",
        True,
        _note(COMPLAINT_LETTER),
        policy_toml=lambda w: w.policy_toml(),
    ),
]
