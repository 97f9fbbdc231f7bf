"""The sender's contact as people sign a mail."""

from __future__ import annotations

from parsers.cues import Cues
from parsers.fields.contact import find_contact
from parsers.fields.textview import TextView


def test_a_phone_alone_in_the_closing_signature() -> None:
    """A phone alone on a line of the closing signature is the sender's, without a label; one inside the text is not."""
    signed = "Bună ziua,\nnu am primit coletul de la vanz_ion.\n\nCu mulțumiri,\nMaria Dobre\n0744 120 330\n"
    assert find_contact(TextView.of(signed), Cues.default(), None)["phone"] == "0744120330"
    inside = "Vânzătorul are numărul\n0744 120 330\nși nu răspunde. Ce pot face în acest caz, vă rog frumos?\nMaria\nDobre\nCluj\nRomânia\n"
    assert find_contact(TextView.of(inside), Cues.default(), None)["phone"] is None


def test_the_writer_introduced_by_a_username() -> None:
    """A writer who gives a username as theirs ("sunt vinil_dan7") is the complainant; "sunt sigur" is no introduction."""
    from parsers.fields.people import complainant

    text = "salut\nsunt vinil_dan7, am cumpărat un pick-up și nu a ajuns\nmersi"
    assert complainant(TextView.of(text), Cues.default(), None) == "vinil_dan7"
    sure = "Sunt sigur că e o țeapă, nu a ajuns nimic.\nIon Pop"
    assert complainant(TextView.of(sure), Cues.default(), None) == "Ion Pop"
