"""An IBAN wrapped at a line's end is one IBAN; what follows it on the next line is not part of it."""

from __future__ import annotations

from parsers.fields.iban import find_ibans


def test_iban_wrapped_at_the_line_end() -> None:
    text = "declarat contul IBAN RO49 AAAA 1B31 0075\n9384 0000:\n"
    assert [i for _, _, i in find_ibans(text)] == ["RO49AAAA1B31007593840000"]


def test_next_line_is_not_swallowed() -> None:
    text = "contul RO49 AAAA 1B31 0075 9384 0000\nTEL 0722 000 000"
    assert [i for _, _, i in find_ibans(text)] == ["RO49AAAA1B31007593840000"]
