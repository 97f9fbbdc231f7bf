"""Red team 4 (genuine refused): a cover note that refers to what the letter asks, or to its context.

Officers write "Vă rugăm să ne comunicați datele solicitate prin adresa
atașată" ("please send us the data requested in the attached letter") on
almost every mail, and often recall whom the case is about. Both are judged
as more than the letter:

- "datele solicitate prin adresa atașată" (the data the letter asks for) is
  read by `parsers/fields/requested` as a requested data item of its own,
  which `binding.bind` then finds unstated by the signed letter;
- "Adresa privește plângerea doamnei Pop Elena." names the complainant whom
  the signed letter names as complainant ("plângerii formulate de numita Pop
  Elena … (persoană vătămată)"): `unsigned._names_person` refuses a person
  the letter names only in another role, though the note says the same as
  the letter and asks for nothing.

Both genuine requests are `incomplete`. Held (forged): a note that asks for
the complainant's data in so many words.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, letter
from tests.attacks.redteam4_kit import police_mail
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_referring_cover"
WITH_COMPLAINANT = letter().replace(
    "În dosarul penal",
    "Ca urmare a plângerii formulate de numita Pop Elena, utilizator maria_cumparatoare77 "
    "(persoană vătămată), în dosarul penal",
)


def _noted(text: str, complainant: bool = False) -> object:
    def make(w: World) -> Submission:
        pdf = sealed_letter(w, WITH_COMPLAINANT) if complainant else None
        return police_mail(w, pdf, body=COVER + "\n" + text + "\n")

    return make


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack(
        "genuine_please_send_the_data_the_letter_asks_for",
        True,
        _noted("Vă rugăm să ne comunicați datele solicitate prin adresa atașată."),
        # closed: the letter's own fields are read first (parsers.understand._letter)
    ),
    _attack(
        "genuine_recalls_the_complainant",
        True,
        _noted("Adresa privește plângerea doamnei Pop Elena.", complainant=True),
        # closed: named only in a complainant's role, as the letter names her
        # (unsigned._recalled_in_role)
    ),
    _attack(
        "recalls_another_complainant_than_the_letters",
        False,
        _noted("Adresa privește plângerea doamnei Ionescu Maria.", complainant=True),
    ),
    _attack(
        "recalls_the_complainant_and_asks_her_phone",
        False,
        _noted(
            "Adresa privește plângerea doamnei Pop Elena; vă rugăm să ne transmiteți și "
            "numărul de telefon al petentei Pop Elena.",
            complainant=True,
        ),
    ),
    _attack(
        "asks_for_the_complainants_data",
        False,
        _noted(
            "Vă rugăm să ne comunicați și datele de identificare ale doamnei Pop Elena.",
            complainant=True,
        ),
    ),
]
