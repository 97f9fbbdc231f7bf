"""The seal is genuine, what it seals is the forgery: an answer address and a cause.

Blind round 12 (its development split) showed two ways a letter signed by a bound
identity, from the authority's own mailbox, still asks what no authority asks. Both
need the seal (an insider, or a seal device in other hands); both are read from the
signed text itself, so no rule about unsigned text sees them.

- **The answer address the signed letter states is no mailbox of the authority.**
  Before, an address stated by the signed content was believed whatever it was
  (`covernote.answer_address_checks` let any signed address through). Now an e-mail
  address at no registry domain of the authority leaves `reply_to` missing (confirm
  it on a registry number first), and one whose domain imitates a registry domain (a
  Cyrillic "а", a hyphen, extra labels) fails it (`covernote.foreign_mailbox`). The
  address must also be read whole: with a Cyrillic letter in its domain the address
  pattern stopped at that letter and found no address at all
  (`parsers/fields/emails.EMAIL`).
- **The signatory is a party of the case.** A prosecutor's seal on a request for the
  seller of the sofa she bought herself: `content` missing (`letter.own_cause`), the
  signatory's name read after "persoana vătămată", "plângerea formulată de", "petent".

Controls: the same letters answering to the authority's own mailbox, and an injured
party who shares only the signatory's surname, stay `verified`.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, letter, mailed
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "signed_letter_content"


def _answer_at(address: str) -> str:
    return letter() + f"Răspunsul se va transmite la adresa {address}.\n"


def _signed_answer(address: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return mailed(w, sealed_letter(w, _answer_at(address)), body=COVER)

    return build


def _own_cause(injured: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        text = (
            f"{IPJ}\nNr. 123.456 din 12.11.2026\n\nCătre OKAZII.RO\n\n"
            f"Având în vedere plângerea formulată de persoana vătămată {injured}, care a "
            "plătit 2.300 lei pentru un telefon nelivrat, în dosarul penal nr. 4567/P/2026, "
            "în baza art. 170 Cod procedură penală, vă rugăm să ne comunicați datele de "
            "identificare ale utilizatorului ion_vanzator88.\n\nComisar de poliție Popescu Ion\n"
        )
        return mailed(w, sealed_letter(w, text), body=COVER)

    return build


def _policy(w: World) -> str:
    return w.policy_toml()


ATTACKS = [
    Attack(
        CLS,
        "signed_answer_at_cyrillic_lookalike_of_own_domain",
        False,
        _signed_answer("sic@cj.politiaromаna.ro"),  # Cyrillic а (U+0430)
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "signed_answer_at_hyphenated_lookalike_domain",
        False,
        _signed_answer("sic@cj-politiaromana.ro"),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "signed_answer_at_free_mail",
        False,
        _signed_answer("dosare.ipjcluj@gmail.com"),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "signatory_is_the_injured_party",
        False,
        _own_cause("Popescu Ion"),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "signatory_is_the_injured_party_name_reversed",
        False,
        _own_cause("d-l Ion Popescu"),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_signed_answer_at_own_mailbox",
        True,
        _signed_answer("sic@cj.politiaromana.ro"),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_injured_party_shares_only_the_surname",
        True,
        _own_cause("Popescu Maria"),
        policy_toml=_policy,
    ),
]
