"""Classes round 12's development split showed in the reading of typed text.

- A typist's-slip repair rewrote a name: "Cazacu Roxana-Elena" became "Romana", a
  cue word one letter away, so the signatory was misread (and a check comparing the
  signatory with the letter's parties could not find her). A capitalised word beside
  another one is part of a name in typed text and is left as written.
- An address whose domain has a letter of another script ("politiaromаna.ro" with a
  Cyrillic "а") was not an address at all: the pattern stopped at that letter. It is
  found whole now, so the checks see the look-alike domain.
"""

from __future__ import annotations

from parsers.fields.emails import find_emails
from parsers.repair import TYPED_EDITS, repair_words
from router.policy import load_policy

VOCABULARY = load_policy().cues.vocabulary


def test_a_name_in_typed_text_is_not_repaired_into_a_cue_word() -> None:
    assert repair_words("Roxana", VOCABULARY, TYPED_EDITS) != "Roxana"  # the repair exists
    for text in ("PROCUROR,\nCazacu Roxana-Elena", "doamna Roxana Cazacu a spus"):
        assert repair_words(text, VOCABULARY, TYPED_EDITS, keep_names=True) == text


def test_a_slip_in_a_lower_case_cue_word_is_still_repaired_beside_names() -> None:
    fixed = repair_words("Ion Pop, utilziatorul", VOCABULARY, TYPED_EDITS, keep_names=True)
    assert fixed == "Ion Pop, utilizatorul"


def test_an_address_with_a_letter_of_another_script_is_found_whole() -> None:
    text = "raspunsul la sic@cj.politiaromаna.ro, gestionata de ofiter"
    assert [a for _, _, a in find_emails(text)] == ["sic@cj.politiaromаna.ro"]
    assert [a for _, _, a in find_emails("scrieti la ana.pop@yahoo.ro.")] == ["ana.pop@yahoo.ro"]
    assert find_emails("nr. 12@3 din 4") == []


# Paper (OCR'd faxes of round 12's development split).


def test_a_letter_marker_with_a_speck_after_its_bracket_is_a_marker() -> None:
    from parsers.fields.requested import MARKER

    assert MARKER.match("c). tranzacțiile nr. 73012844")
    assert MARKER.match("c) tranzacțiile")


def test_the_list_s_introduction_is_no_item_when_ocr_read_its_colon_as_a_semicolon() -> None:
    from parsers.fields.requested import requested_data
    from parsers.fields.textview import TextView

    text = (
        "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, "
        "pentru utilizatorii tigari_vrac_gr și dunarea.shop, următoarele;\n"
        "a) datele de identificare ale titularilor conturilor;\n"
        "b) adresele de livrare și modalitățile de plată folosite.\n"
    )
    items = requested_data(TextView.of(text, ocr=True, vocabulary=VOCABULARY))
    assert items[0] == "datele de identificare ale titularilor conturilor"
    assert "următoarele" not in items


def test_ocr_s_lost_diacritics_come_back_as_the_letter_writes_the_word_elsewhere() -> None:
    from parsers.repair import restore_diacritics

    letter = (
        "Inspectoratul de Poliție Județean Timiș, Secția 2, în baza Codului de procedură "
        "penală, vă rugăm să comunicați adresele IP de la care au fost publicate anunțurile; "
    )
    out = restore_diacritics(letter + "anunturile publicate; tigari_vrac_gr")
    assert out.endswith("anunțurile publicate; tigari_vrac_gr")
    # A word the letter never writes with diacritics stays as read: "prezentei" and
    # "prezenței" are both words, and no word list tells which one OCR lost.
    assert restore_diacritics(letter + "la data prezentei").endswith("la data prezentei")
    # Nor does a final "ă": "în perioada …" is not the "perioadă" written elsewhere.
    both = letter + "în aceeași perioadă; tranzacțiile încheiate în perioada 01.09.2026"
    assert restore_diacritics(both) == both
    # A text read without any diacritics is not touched at all.
    assert restore_diacritics("anunturile si anunțurile") == "anunturile si anunțurile"


def test_a_request_opening_with_rank_and_name_names_its_signer() -> None:
    """A faxed prosecutor's request whose signature block OCR read as the name alone:
    the letter opens "Procuror <name>, în dosarul penal …", and that is its signer."""
    from parsers.fields.signatory import find_signatory
    from parsers.fields.textview import TextView

    text = (
        "Nr. 1502/P/2026 din 03 decembrie 2026\n\n"
        "Procuror Cazacu Roxana-Elena, în dosarul penal nr, 1502/P/2026 privind\n"
        "infracțiunea de înșelăciune, solicită comunicarea datelor.\n\n"
        "Cazacu Roxana-Elena\n"
    )
    view = TextView.of(text, ocr=True, vocabulary=VOCABULARY)
    assert find_signatory(view) == "Procuror Cazacu Roxana-Elena"
