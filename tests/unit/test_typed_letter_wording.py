"""A typed letter read as written: an item of a list marked with Roman numerals is asked by
the sentence that opens the list ("IV." is a marker, as "4." is, not the end of a
sentence), and its words are not rewritten into vocabulary words two edits away."""

from __future__ import annotations

from router.signatures.binding import _asked, _norm

SIGNED = (
    "în temeiul art. 170 cod procedură penală, vă rugăm să dispuneți comunicarea "
    "următoarelor informații privind utilizatorul vanzator_iasi:\n"
    "i. datele de identificare ale utilizatorului\n"
    "ii. toate conturile de utilizator asociate\n"
    "iii. tranzacțiile finalizate\n"
    "iv. adresele ip folosite la autentificare\n"
    "v. numerele de telefon\n"
)


def test_every_item_of_a_roman_list_is_asked() -> None:
    for item in (
        "datele de identificare ale utilizatorului",
        "tranzacțiile finalizate",
        "adresele ip folosite la autentificare",
        "numerele de telefon",
    ):
        assert _asked(item, [_norm(SIGNED)], False) is True, item


def test_an_item_only_mentioned_after_a_full_stop_is_not_asked() -> None:
    text = (
        "vă rugăm să ne comunicați datele de identificare. adresele ip folosite la "
        "autentificare aparțin unui furnizor din străinătate.\n"
    )
    assert _asked("adresele ip folosite la autentificare", [_norm(text)], False) is False


def test_a_typed_letters_words_are_not_rewritten_two_edits_away() -> None:
    # "deschiderea" (opening) is two edits from the vocabulary's "descrierea": a typed
    # letter states what it states; one-edit typos of a cue word are still repaired.
    from parsers.cues import Cues
    from parsers.repair import TYPED_EDITS, repair_words

    vocabulary = Cues.default().vocabulary
    assert "descrierea" in vocabulary
    text = "datele furnizate la deschiderea contului"
    assert repair_words(text, vocabulary, TYPED_EDITS) == text
    assert repair_words("utilziatorul", vocabulary, TYPED_EDITS) == "utilizatorul"
