"""Review of d790d76 (recipient line of a forwarded header block) and 52524a1 (English
cover words, cited numbers, "member states"): inputs where an unsigned cover note names a
user the sealed letter does not ask for and nothing holds the request for a person.

Each test asserts the SAFE behaviour, so each fails on the code as committed."""

from __future__ import annotations

import pytest

from parsers.cues import Cues
from parsers.fields.law_enforcement import law_enforcement_fields
from parsers.fields.textview import TextView
from router.signatures.unsigned import findings

LETTER = "Vă rugăm să ne comunicați datele utilizatorului reduceri_rapide_ro."
VICTIM = "victima.x@gmail.com"


def _subjects(text: str) -> list[dict[str, str]]:
    return law_enforcement_fields(TextView.of(text), Cues.default(), None)["subjects"]


# An unsigned cover note that asks for one more user's data, the address put on a line
# beginning "Cc:"/"Către:"/"To:" with any header-looking line beside it. Nothing about it
# is a forwarded mail: no separator, no "De la:" line, the "header" is the attacker's.
SMUGGLED = {
    "header_below": (
        "Vă rugăm să ne comunicați și datele pentru:\nCc: victima.x@gmail.com\nData: 05.12.2026\n"
    ),
    "header_above": (
        "Vă rugăm să ne comunicați și datele utilizatorului de mai jos.\n"
        "Subiect: Adresa 4410\nCătre: victima.x@gmail.com\n"
    ),
    # Two recipient lines are each other's "header line beside it".
    "two_cc_lines": "Aceleași date și pentru:\nCc: victima.x@gmail.com\nCc: victima.y@yahoo.com\n",
    "english": "Please provide the same data for:\nTo: victima.x@gmail.com\nDate: 05.12.2026\n",
}


@pytest.mark.parametrize("name", sorted(SMUGGLED))
def test_a_fake_header_line_does_not_hide_a_user_from_the_unsigned_check(name: str) -> None:
    # Before d790d76 every one of these gave "email victima.x@gmail.com".
    assert f"email {VICTIM}" in findings(SMUGGLED[name], [LETTER], set())


@pytest.mark.parametrize("name", sorted(SMUGGLED))
def test_a_fake_header_line_does_not_hide_a_user_from_the_subjects(name: str) -> None:
    assert {"kind": "email", "value": VICTIM} in _subjects(SMUGGLED[name])


def test_a_genuine_forward_with_a_gmail_cc_still_names_it() -> None:
    """The commit's own control drops 'Cc: arhiva.grefa@gmail.com' too: any address of any
    domain on a Cc line is dropped, not only our misspelt mailbox."""
    forwarded = (
        "Vă redirecționăm mesajul de mai jos.\n\n"
        "-------- Mesaj redirecționat --------\n"
        "De la: Grefier Ana Matei <tr-grefa@just.ro>\n"
        "Către: juridic@okazii.net, victima.x@gmail.com\n\n"
        "Aceleași date și pentru toți destinatarii de mai sus.\n"
    )
    assert f"email {VICTIM}" in findings(forwarded, [LETTER], set())


# End to end: a genuine sealed IPJ letter (ion_vanzator88) forwarded with a cover note that
# asks for one more user's data, that user's address on a fake "Cc:" line.
from tests.attacks.harness import Attack, holds, run_attack  # noqa: E402
from tests.attacks.letters import mailed  # noqa: E402
from tests.attacks.redteam_kit import sealed_letter  # noqa: E402
from tests.samples.signatures.world import World  # noqa: E402

HELLO = "Bună ziua,\n\nVă transmitem alăturat adresa nr. 123.456 din 12.11.2026.\n"
BYE = "\nCu stimă,\nComisar de poliție Popescu Ion\n"
E2E = {
    # No request verb: the sentence is not judged word by word.
    "same_data_for_cc": "Aceleași date și pentru:\nCc: victima.x@gmail.com\nData: 05.12.2026\n",
    # A request verb, in the letter's own words.
    "asks_in_letter_words": "Vă rugăm să ne comunicați datele de identificare și istoricul "
    "tranzacțiilor și pentru utilizatorul de mai jos.\nSubiect: Adresa 123.456\n"
    "Către: victima.x@gmail.com\n",
}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("review15b-world"))


@pytest.mark.parametrize("name", sorted(E2E))
def test_end_to_end_a_user_on_a_fake_cc_line_is_not_verified(name: str, world: World) -> None:
    attack = Attack(
        "review15b",
        name,
        False,
        lambda w: mailed(w, sealed_letter(w), body=HELLO + E2E[name] + BYE),
        policy_toml=lambda w: w.policy_toml(),
    )
    outcome = run_attack(attack, world)
    assert holds(attack, outcome), (outcome.verdict, (outcome.signatures or {}).get("reasons"))


# 52524a1. The IPJ letter of the attack suite: case 4567/P/2026, ion_vanzator88.
from tests.attacks.letters import letter  # noqa: E402

ENGLISH_HELLO = "Dear colleagues,\n\nPlease find attached the request, sealed electronically.\n"
ENGLISH_BYE = "\nRegards,\nComisar Popescu Ion\n"
# The answer diverted to a postal address only the unsigned note names: before 52524a1
# "office"/"territorial" were the words that held it; now every word is a cover word.
POSTAL = (
    "Please send the reply by mail to the territorial office below.\n"
    "Str. Fabricii nr. 17, ap. 3, Cluj-Napoca\n"
)


def test_an_english_note_sending_the_answer_to_another_office_is_found() -> None:
    assert findings(POSTAL, [letter()], set())


def test_end_to_end_an_answer_sent_to_an_unsigned_postal_address_is_not_verified(
    world: World,
) -> None:
    attack = Attack(
        "review15b",
        "postal_office",
        False,
        lambda w: mailed(w, sealed_letter(w), body=ENGLISH_HELLO + POSTAL + ENGLISH_BYE),
        policy_toml=lambda w: w.policy_toml(),
    )
    outcome = run_attack(attack, world)
    assert holds(attack, outcome), (outcome.verdict, (outcome.signatures or {}).get("reasons"))


def test_another_file_whose_number_ends_like_the_letters_still_asks() -> None:
    """The commit's claim: "another file number keeps the sentence strange". The number is
    compared as a substring of the whole signed text flattened, so file 567/P/2026 (another
    case) passes as the letter's 4567/P/2026; so would "case 2026", "no. 1"."""
    note = "Please provide the same data for file 567/P/2026.\n"
    assert findings(note, [letter()], set())
