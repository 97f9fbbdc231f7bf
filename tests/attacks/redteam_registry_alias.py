"""Red team: a registry alias that names a private body as an authority.

The registry matches a letter's stated authority through its aliases, as
whole words (`router/policy.Authority.named_at`): "Tribunalul" is an alias of
the courts, so "Tribunalul Arbitral București", the name of a private
arbitration body that anyone may register, with a stamp it may lawfully
make, is read as `Instanțele judecătorești`. On paper the stamp check asks
only that the ring name the stated authority, which it does, and the
request is `verified`, with the call-back sent to the courts' registry
numbers as if a court had written. (The same matcher reads "Poliția Locală …",
a town hall's service without powers under the criminal procedure code, as
Poliția Română; the parse step does not extract that heading today.)

The control: a real court's letter on paper, stamped by it.
"""

from __future__ import annotations

from tests.attacks import ink
from tests.attacks.harness import Attack, Submission
from tests.samples.signatures.world import World

CLS = "redteam_registry_alias"
REQUEST = [
    "În baza art. 170 Cod procedură penală, în dosarul nr. 4567/3/2026,",
    *ink.REQUEST[1:],
]


def _paper(body: str, ring: str) -> Submission:
    head = ["ROMÂNIA", body, "", "Nr. 123.456 din 12.11.2026", "", "Către: OKAZII", ""]
    img, draw, y = ink._page([*head, *REQUEST])
    ink._block(img, draw, y, ring, True)
    return Submission(ink._png(img), channel="post", filename="adresa.png")


def _arbitral(w: World) -> Submission:
    return _paper("TRIBUNALUL ARBITRAL BUCUREȘTI", "TRIBUNALUL ARBITRAL BUCUREȘTI * ")


def _court(w: World) -> Submission:
    return _paper("TRIBUNALUL CLUJ", "TRIBUNALUL CLUJ * ")


ATTACKS = [
    Attack(
        CLS,
        "private_arbitral_tribunal_on_paper",
        False,
        _arbitral,
        known_gap=(
            "the alias 'Tribunalul' makes 'Tribunalul Arbitral București' (a private body) "
            "the courts in Policy.authority_named; its own stamp names it, so paper verifies"
        ),
    ),
    Attack(CLS, "genuine_court_letter_on_paper", True, _court),
]
