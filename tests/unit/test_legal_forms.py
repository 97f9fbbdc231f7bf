"""Legal bases in the abbreviations and groupings letters use."""

from __future__ import annotations

import pytest

from parsers.fields.legal import articles
from parsers.fields.textview import TextView


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        ("potrivit art. 152 alin. (3) lit. a) C.pr.pen., vă rugăm", ["art. 152 CPP"]),
        (
            "în temeiul art. 138 alin. (2) lit. j) și\nart. 170 din Codul de procedură penală,",
            ["art. 138 CPP", "art. 170 CPP"],
        ),
        (
            "conform art. 97 alin. (1), art. 152 și art. 170 CPP",
            ["art. 97 CPP", "art. 152 CPP", "art. 170 CPP"],
        ),
    ],
)
def test_bases_in_other_forms(text: str, bases: list[str]) -> None:
    """ "C.pr.pen." names the code of criminal procedure, and articles each with their own paragraph share the code named after the last."""
    assert articles(TextView.of(text)) == (bases, [])
