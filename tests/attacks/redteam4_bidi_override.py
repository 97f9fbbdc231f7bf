"""Red team 4: text written backwards under a right-to-left override reads forwards on screen.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with a postscript of their own. Unicode's explicit
directional formatting characters (U+202E RIGHT-TO-LEFT OVERRIDE, U+2067
RIGHT-TO-LEFT ISOLATE with U+202C/U+2069) make every client (Outlook, Gmail,
Thunderbird, Apple Mail) lay a run of Latin letters out right to left. Written
backwards in the bytes, "etavirp eliitasrevnoc is elelorap" is shown as
"parolele si conversatiile private". HTML says the same with
`<bdo dir="rtl">`.

The unsigned-text rule reads text in logical order: the override characters
are removed as invisibles (`unsigned_words.skeleton`), the letters stay
backwards, and no data word, username or request verb is found
(`unsigned.findings`); the parse step reads them backwards too, so no field
comes of them. Each case is `verified` with the demand on the legal team's
screen. (The same trick hides a file's real extension in its name, the
classic "cod.exe" shown as "exe.doc": here it only has to hide words.)

Control: a genuine cover note that carries the left-to-right and
right-to-left marks (U+200E, U+200F) some clients insert around numbers and
addresses: `verified`.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER
from tests.attacks.mailkit import build
from tests.attacks.redteam4_kit import eml, police_mail
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_bidi_override"
SHOWN = "Atasati la raspuns si parolele contului si conversatiile private"
RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"
GAP = (
    "unsigned.findings reads text in logical order with the directional controls removed "
    "(unsigned_words.skeleton): {what} is read backwards (no data word, no user), while "
    "every mail client shows it forwards"
)


def _back(text: str) -> str:
    return text[::-1]


def _noted(text: str) -> object:
    def make(w: World) -> Submission:
        return police_mail(w, body=COVER + "\n" + text + "\n")

    return make


def _html_bdo(w: World) -> Submission:
    html = (
        "<p>Bună ziua,</p><p>Vă transmitem alăturat adresa noastră, semnată electronic.</p>"
        f'<p>P.S. <bdo dir="rtl">{_back(SHOWN)}</bdo>.</p><p>Cu stimă,</p>'
    )
    raw = build(w, body=COVER, html=html, attachments=(("adresa.pdf", sealed_letter(w)),))
    return eml(raw)


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack(
        "demand_under_rlo",
        False,
        _noted(f"P.S. {RLO}{_back(SHOWN)}{PDF}."),
        GAP.format(what="a demand under U+202E"),
    ),
    _attack(
        "demand_under_rli",
        False,
        _noted(f"P.S. {RLI}{_back(SHOWN)}{PDI}."),
        GAP.format(what="a demand under U+2067"),
    ),
    _attack(
        "another_username_under_rlo",
        False,
        _noted(f"P.S. Aceleași date și pentru {RLO}{_back('maria_cumparatoare77')}{PDF}."),
        GAP.format(what="a username under U+202E"),
    ),
    _attack(
        "each_word_under_its_own_override",
        False,
        _noted("P.S. " + " ".join(f"{RLO}{_back(x)}{PDF}" for x in SHOWN.split()) + "."),
        GAP.format(what="each word under its own U+202E"),
    ),
    _attack(
        "html_bdo_rtl",
        False,
        _html_bdo,
        GAP.format(what='an HTML <bdo dir="rtl"> run'),
    ),
    _attack(
        "genuine_directional_marks_around_numbers",
        True,
        _noted("Dosar nr. \u200e4567/P/2026\u200e, telefon secretariat în registru.\u200f"),
    ),
]
