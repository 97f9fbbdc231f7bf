"""The look-alike maps stay ours (issue 15, docs/DESIGN.md "Libraries kept and replaced"):
confusable_homoglyphs 3.3.1 maps these letters to other non-ASCII letters, or to nothing."""

from __future__ import annotations

import pytest

from router.signatures.lookalike import imitates
from router.signatures.lookalike import skeleton as domain_skeleton
from router.signatures.unsigned_words import skeleton


@pytest.mark.parametrize(
    ("shown", "read"),
    [
        # Cyrillic ve, ka, em, en, te: the library gives ʙ, ĸ, ʍ (turned w), ʜ, ᴛ
        ("\u0432anca", "banca"),
        ("\u043aont", "kont"),
        ("nu\u043cele", "numele"),
        ("\u043dume", "hume"),
        ("\u0442elefon", "telefon"),
        # Cyrillic io and yi: no confusable in the library (NFKC keeps them composed)
        ("parol\u0451", "parole"),
        ("\u0457ban", "iban"),
        # Greek tau, kappa: ᴛ, ĸ in the library
        ("da\u03c4e", "date"),
        ("\u03baont", "kont"),
        # What the library agrees on stays: Cyrillic а/о, Greek ο, fullwidth (NFKC)
        ("p\u0430r\u043elele", "parolele"),
        ("c\u03bfnt", "cont"),
        ("\uff50\uff41\uff52\uff4f\uff4c\uff45", "parole"),
    ],
)
def test_the_unsigned_text_reads_look_alikes_as_latin(shown: str, read: str) -> None:
    assert skeleton(shown) == read


def test_domain_look_alikes_the_library_does_not_map() -> None:
    """Greek mu (no confusable in the library), digits for letters (the library maps 3 and 5 to
    other digits' styles and Ȝ, Ƽ)."""
    assert domain_skeleton("\u03bcpublic") == "mpublic"
    assert imitates("\u03bcpublic.ro".encode("idna").decode(), "mpublic.ro") is not None
    assert domain_skeleton("p3nit5nciar") == "penitsnciar"
    assert imitates("p3nitenciare.ro", "penitenciare.ro") is not None
