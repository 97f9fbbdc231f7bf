"""An official request written in English (a joint centre, a foreign request relayed): its fields.

Written for the class round 5's dev split showed (a border-police letter in
English stated "no authority", no signatory and, for the binding, asked for
nothing): English institution names, ranks, request phrases and table
numbering columns ("Nr. crt.") are read as their Romanian counterparts are.
"""

from __future__ import annotations

import pytest

from parsers import extract, understand
from parsers.cues import Cues
from parsers.model import Category
from router.signatures.binding import _asked, _norm


@pytest.fixture(scope="module")
def cues() -> Cues:
    return Cues.default()


LETTER = (
    "From: centre@politiadefrontiera.ro\nSubject: Request for data\n\n"
    "{heading}\nRef. No. 77/JCC/2026\n\n"
    "In criminal file no. 901/P/2026, pursuant to Article 170 of the Romanian Code of "
    "Criminal Procedure, {ask}:\n"
    "- the registration data of the account;\n"
    "- the delivery addresses used for order 72000111.\n\n"
    "Head of Centre\n{rank}\nMaria Stan\n"
)


@pytest.mark.parametrize(
    ("heading", "authority"),
    [
        ("ROMANIAN BORDER POLICE\nJoint Contact Centre Oradea", "Romanian Border Police"),
        ("Romanian Police\nBihor County Police Inspectorate", "Bihor County Police Inspectorate"),
        # As written: the cue's pattern takes "Territorial" in; it was dropped only because
        # the typed-text repair rewrote it to the Romanian "Teritorial" (a name run now
        # stays as written: `repair_words(keep_names=True)`).
        (
            "Territorial Border Police Inspectorate Oradea",
            "Territorial Border Police Inspectorate Oradea",
        ),
    ],
)
def test_english_headings_name_the_authority(cues: Cues, heading: str, authority: str) -> None:
    text = LETTER.format(
        heading=heading, ask="we kindly ask you to provide", rank="Chief Inspector"
    )
    und = understand(extract(text.encode()), cues)
    assert und.category is Category.LAW_ENFORCEMENT
    assert und.fields["authority"] == authority
    assert und.fields["authority_kind"] == "police"


@pytest.mark.parametrize(
    ("ask", "rank"),
    [
        ("we kindly ask you to provide", "Chief Superintendent"),
        ("you are hereby requested to disclose", "Deputy Prosecutor"),
        ("we would be grateful if you could provide", "Police Officer"),
    ],
)
def test_english_request_phrases_and_ranks(cues: Cues, ask: str, rank: str) -> None:
    text = LETTER.format(heading="ROMANIAN BORDER POLICE", ask=ask, rank=rank)
    und = understand(extract(text.encode()), cues)
    assert und.fields["signatory"] == f"{rank} Maria Stan"
    assert "the delivery addresses used for order 72000111" in und.fields["requested_data"]
    # the signature binding finds the item asked for where the letter asks it
    assert _asked("the delivery addresses used for order 72000111", [_norm(text)], False)


def test_a_table_numbering_column_does_not_end_the_sentence_that_asks() -> None:
    text = _norm(
        "Vă rugăm să ne comunicați datele din tabelul de mai jos:\n"
        "Nr. crt. Date solicitate\n1 datele de identificare ale titularului\n"
        "2 conturile bancare declarate\n"
    )
    assert _asked("conturile bancare declarate", [text], False)
