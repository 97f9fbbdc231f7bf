"""A signer bound by a registry entry the legal team has not confirmed.

Blind round 14 (development split): an operator listed a prosecutor's office's
seal under its entry but left the entry `confirmed = false`; a complete, sealed
letter from its mailbox was `verified` on that entry's word. The registry's
binding is what makes a valid signature the authority's, and an unconfirmed
entry is not yet the legal team's word: its identities bind no signer
(`consistency._signer_check`: `signer_authority` missing, the signer listed under
`signers_to_review`, no reply asking the authority to sign again), and
`registratura policy check` prints a note for such an entry.

Control: the same letter, the same seal, the entry confirmed.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter, mailed
from tests.samples.signatures.world import World, letter_pdf, sign_pdf

CLS = "registry_confirmed"


def _sealed(w: World) -> Submission:
    return mailed(w, sign_pdf(letter_pdf(letter()), w.seals["ipj_cluj"]))


def _signed_by_officer(w: World) -> Submission:
    return mailed(w, sign_pdf(letter_pdf(letter()), w.signer))


def _unconfirmed(w: World) -> str:
    return w.policy_toml(confirm=False)


ATTACKS = [
    Attack(
        CLS,
        "seal_bound_by_an_unconfirmed_entry",
        False,
        _sealed,
        policy_toml=_unconfirmed,
    ),
    Attack(
        CLS,
        "officer_bound_by_an_unconfirmed_entry",
        False,
        _signed_by_officer,
        policy_toml=_unconfirmed,
    ),
    Attack(
        CLS,
        "seal_bound_by_a_confirmed_entry",
        True,
        _sealed,
        policy_toml=World.policy_toml,
    ),
]
