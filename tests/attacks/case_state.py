"""A bound seal on a letter whose case cannot hold a production order.

Round 15 (its development split) showed two letters from an inspectorate's own
mailbox, sealed by a seal the registry binds to it, that still ask in no case:

- **A case of next year.** A letter dated 30.11.2026 citing "dosarul penal nr.
  2291/P/2027": a case file registered in a year that has not begun does not exist
  (a typo at best), and the case is the request's very ground
  (`letter.case_year`, `content` missing).
- **A closed case.** The letter says the prosecutor closed the case ("s-a dispus
  clasarea cauzei") and asks "pentru completarea verificărilor": no criminal
  prosecution is pending, so nothing may be ordered in it (art. 170 presupposes
  one; `letter.closed_case`).

Controls: the case of the letter's own year; a closing the letter says was
overturned ("soluția de clasare a fost infirmată", the prosecution resumed).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, mailed
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "case_state"


def _request(case: str, before: str = "") -> str:
    return (
        f"{IPJ}\nNr. 123.456 din 12.11.2026\n\nCătre OKAZII.RO\n\n"
        f"În dosarul penal nr. {case}{before}, în baza art. 170 Cod procedură penală, "
        "vă rugăm să ne comunicați datele de identificare ale utilizatorului "
        "ion_vanzator88.\n\nComisar de poliție Popescu Ion\n"
    )


def _sealed(text: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return mailed(w, sealed_letter(w, text), body=COVER)

    return build


def _policy(w: World) -> str:
    return w.policy_toml()


_CLOSED = (
    ", în care prin ordonanța din 14.10.2026 a Parchetului de pe lângă Judecătoria Pașcani "
    "s-a dispus clasarea cauzei, persoana vătămată a formulat o nouă sesizare. Pentru "
    "completarea verificărilor"
)
_REOPENED = (
    ", în care soluția de clasare din 14.10.2026 a fost infirmată de prim-procuror și "
    "urmărirea penală a fost reluată"
)

ATTACKS = [
    Attack(
        CLS, "case_file_of_next_year", False, _sealed(_request("2291/P/2027")), policy_toml=_policy
    ),
    Attack(
        CLS,
        "case_said_closed",
        False,
        _sealed(_request("4120/P/2025", _CLOSED)),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_case_of_the_letters_year",
        True,
        _sealed(_request("2291/P/2026")),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_closing_overturned",
        True,
        _sealed(_request("4120/P/2025", _REOPENED)),
        policy_toml=_policy,
    ),
]
