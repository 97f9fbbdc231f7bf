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

Closed by class: `unsigned_words.bidi_visual` draws the text as a client
does where RLO/RLE/RLI/FSI open a run (the run reversed, nested runs
included, up to its PDF/PDI or the line's end) and `unsigned.findings` reads
that beside the logical order; `unsigned_words.html_bidi` writes `<bdo
dir=rtl>`, `unicode-bidi: bidi-override` and `dir=rtl` as those controls
before the HTML is read; Latin letters under RLO are a finding of their own
(`bidi_overrides`). Variants of our own: an answer address written backwards,
a CSS override, an RLO left open to the line's end; controls: Windows' LRE/PDF
around a copied phone number, Gmail's `<div dir="ltr">`.
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


def _html_css_override(w: World) -> Submission:
    html = (
        "<div dir='ltr'><p>Bună ziua,</p><p>Vă transmitem alăturat adresa noastră.</p>"
        "<p>P.S. <span style='unicode-bidi:bidi-override; direction:rtl'>"
        f"{_back('Includeti si parolele contului')}</span></p></div>"
    )
    raw = build(w, body=COVER, html=html, attachments=(("adresa.pdf", sealed_letter(w)),))
    return eml(raw)


def _html_gmail_ltr(w: World) -> Submission:
    html = (
        "<div dir='ltr'><p>Bună ziua,</p><p>Vă transmitem alăturat adresa noastră, semnată "
        "electronic.</p><p>Cu stimă,</p></div>"
    )
    raw = build(w, body=COVER, html=html, attachments=(("adresa.pdf", sealed_letter(w)),))
    return eml(raw)


ATTACKS = [
    # Variants of the class.
    _attack(
        "answer_address_written_backwards",
        False,
        _noted(f"Răspunsul la: {RLO}{_back('dosare.ipjcluj@gmail.com')}{PDF}"),
    ),
    _attack("css_bidi_override", False, _html_css_override),
    _attack(
        "override_left_open_to_the_line_end",
        False,
        _noted(f"P.S. {RLO}{_back('Includeti si parolele contului')}"),
    ),
    _attack(
        "genuine_windows_embedding_around_a_phone",
        True,
        _noted("Comisar Popescu Ion\nTel. \u202a0264 432 111\u202c"),
    ),
    _attack("genuine_gmail_ltr_div", True, _html_gmail_ltr),
    _attack(
        "demand_under_rlo",
        False,
        _noted(f"P.S. {RLO}{_back(SHOWN)}{PDF}."),
    ),
    _attack(
        "demand_under_rli",
        False,
        _noted(f"P.S. {RLI}{_back(SHOWN)}{PDI}."),
    ),
    _attack(
        "another_username_under_rlo",
        False,
        _noted(f"P.S. Aceleași date și pentru {RLO}{_back('maria_cumparatoare77')}{PDF}."),
    ),
    _attack(
        "each_word_under_its_own_override",
        False,
        _noted("P.S. " + " ".join(f"{RLO}{_back(x)}{PDF}" for x in SHOWN.split()) + "."),
    ),
    _attack(
        "html_bdo_rtl",
        False,
        _html_bdo,
    ),
    _attack(
        "genuine_directional_marks_around_numbers",
        True,
        _noted("Dosar nr. \u200e4567/P/2026\u200e, telefon secretariat în registru.\u200f"),
    ),
]
