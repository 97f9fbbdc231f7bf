"""The issuing institution's name in letterheads laid out in ways that lose their spacing."""

from __future__ import annotations

from parsers.cues import Cues
from parsers.fields.authority import find_authority
from parsers.fields.textview import TextView


def test_a_place_and_date_set_beside_the_name_is_not_part_of_it() -> None:
    """A place set to the right of the name ("Tribunalul Arad Arad, 3 octombrie 2026") opens the date line."""
    text = "MINISTERUL PUBLIC\nParchetul de pe lângă Tribunalul Arad Arad, 3 octombrie 2026\nNr. 55/II/2026\n"
    assert find_authority(TextView.of(text), Cues.default(), None) == (
        "Parchetul de pe lângă Tribunalul Arad",
        "prosecutor",
    )


def test_a_shorter_mention_does_not_cut_the_letterhead() -> None:
    """A letterhead in capitals keeps its place when the name is mentioned elsewhere without it."""
    text = (
        "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ZALĂU\nNr. 310/P/2026\n"
        "Răspunsul va fi trimis la sediul Parchetului, adresa: Parchetul de pe lângă Judecătoria\n"
        "Zalău, Str. Exemplu nr. 2.\n"
    )
    authority, _kind = find_authority(TextView.of(text), Cues.default(), None)
    assert (authority or "").casefold() == "parchetul de pe lângă judecătoria zalău"
