"""Office documents beside a signed letter are read as text (parsers/office.py)."""

from __future__ import annotations

import io
import zipfile

from parsers.office import MAX_BYTES, is_office, office_text
from tests.attacks.redteam_kit import docx


def test_a_word_documents_paragraphs_are_read() -> None:
    data = docx("Vă rugăm să ne comunicați datele utilizatorului maria_cumparatoare77.")
    assert is_office(data)
    text, problems = office_text(data)
    assert text == "Vă rugăm să ne comunicați datele utilizatorului maria_cumparatoare77."
    assert problems == []


def test_an_opendocument_text_is_read() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(
            "content.xml",
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
            'office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
            "<office:body><office:text><text:p>Anexă<text:s/>la adresa nr. 5</text:p>"
            "<text:p>Utilizator: <text:span>ion_vanzator88</text:span>.</text:p>"
            "</office:text></office:body></office:document-content>",
        )
    text, problems = office_text(out.getvalue())
    assert text.split("\n") == ["Anexă la adresa nr. 5", "Utilizator: ion_vanzator88."]
    assert problems == []


def test_a_bomb_or_an_entity_trick_is_named_not_read() -> None:
    """A part decompressing past the limit, and XML with entities, are problems, not text."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<a>" + b" " * (MAX_BYTES + 10) + b"</a>")
        z.writestr(
            "word/footer1.xml",
            '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "lol">]><a>&x;&x;</a>',
        )
    text, problems = office_text(out.getvalue())
    assert text == ""
    assert any("past the limit" in p for p in problems)
    assert any("footer1.xml" in p for p in problems)


def test_a_zip_that_is_no_office_document() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("readme.txt", "hello")
    assert not is_office(out.getvalue())
    assert not is_office(b"%PDF-1.7")
