"""Red team: a registry alias that names a private body as an authority.

The registry matched a letter's stated authority through its aliases, as
whole words (`router/policy.Authority.named_at`): "Tribunalul" is an alias of
the courts, so "Tribunalul Arbitral București", the name of a private
arbitration body that anyone may register, with a stamp it may lawfully
make, is read as `Instanțele judecătorești`. On paper the stamp check asked
only that the ring name the stated authority, which it does, and the
request was `verified`, with the call-back sent to the courts' registry
numbers as if a court had written (since 9315379 the name is no authority
and the call-back names none, but the paper request was still `verified`:
nothing asked that a paper letter's stated authority be a registry one). (The
same matcher read "Poliția Locală …",
a town hall's service without powers under the criminal procedure code, as
Poliția Română; the parse step does not extract that heading today.)

The stamp check widened the same way (`router/signatures/handwriting.
authority_names`): once the stated "Inspectoratul de Poliție Județean Cluj"
contains one alias of Poliția Română ("Poliție"), every alias joined the names
a stamp could carry, "Poliția" and "Poliției" among them. So the ring of a
private association ("ASOCIAȚIA PRIETENII POLIȚIEI"), of a town hall's local
police, or of another police unit than the one heading the letter "names"
the stated authority, although stamptext's own rule is that every
distinctive word of the stated name must be on the stamp.

Closed: a paper request whose stated authority no registry entry fits is at
most `incomplete` (`authority_match` missing: a person identifies the
authority); a stamp counts for the stated name itself (every distinctive
word), or for the registry entry's own name or acronyms with no word left
over (another locality, a unit's or a body's own words), never for an alias;
ASOCIAȚIA, FUNDAȚIA, LOCALĂ, ARBITRAL on a ring name another institution.

The controls: a real court's letter on paper stamped by it, and the county
police letter with its own stamp.
"""

from __future__ import annotations

from tests.attacks import ink
from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import rank_of
from tests.samples.signatures.world import World

CLS = "redteam_registry_alias"
REQUEST = [
    "În baza art. 170 Cod procedură penală, în dosarul nr. 4567/3/2026,",
    *ink.REQUEST[1:],
]


def _paper(body: str, ring: str) -> Submission:
    head = ["ROMÂNIA", body, "", "Nr. 123.456 din 12.11.2026", "", "Către: OKAZII", ""]
    img, draw, y = ink._page([*head, *REQUEST])
    ink._block(img, draw, y, ring, True, rank=rank_of(body))
    return Submission(ink._png(img), channel="post", filename="adresa.png")


def _arbitral(w: World) -> Submission:
    return _paper("TRIBUNALUL ARBITRAL BUCUREȘTI", "TRIBUNALUL ARBITRAL BUCUREȘTI * ")


def _ipj_letter(ring: str) -> Submission:
    return Submission(ink.letter(ring=ring), channel="post", filename="adresa.png")


def _association_stamp(w: World) -> Submission:
    return _ipj_letter("ASOCIAȚIA PRIETENII POLIȚIEI * CLUJ * ")


def _local_police_stamp(w: World) -> Submission:
    return _ipj_letter("POLIȚIA LOCALĂ CLUJ-NAPOCA * ")


def _other_unit_stamp(w: World) -> Submission:
    return _ipj_letter("POLIȚIA ORAȘULUI HUEDIN * ")


def _own_stamp(w: World) -> Submission:
    return _ipj_letter(ink.OWN_RING)


def _court(w: World) -> Submission:
    return _paper("TRIBUNALUL CLUJ", "TRIBUNALUL CLUJ * ")


ATTACKS = [
    Attack(
        CLS,
        "private_arbitral_tribunal_on_paper",
        False,
        _arbitral,
    ),
    Attack(
        CLS,
        "private_association_stamp_on_police_letter",
        False,
        _association_stamp,
    ),
    Attack(
        CLS,
        "local_police_stamp_on_county_police_letter",
        False,
        _local_police_stamp,
    ),
    Attack(
        CLS,
        "other_police_unit_stamp_on_county_letter",
        False,
        _other_unit_stamp,
    ),
    Attack(CLS, "genuine_court_letter_on_paper", True, _court),
    Attack(CLS, "genuine_police_letter_own_stamp", True, _own_stamp),
]
