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
