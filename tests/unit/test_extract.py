"""extract(): kind by content, broken inputs, PDFs (text layer), plain text, determinism."""

from __future__ import annotations

import io
import random

import pytest
from fpdf import FPDF

from parsers import ExtractOptions, SourceKind, UnreadableInput, extract
from tests.unit.corpora import corpus_bytes

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LOREM = "pdfplumber/tests/pdfs/issue-33-lorem-ipsum.pdf"


def test_zero_bytes() -> None:
    """Zero bytes are unreadable, and the message says so."""
    with pytest.raises(UnreadableInput, match="empty input"):
        extract(b"", filename="scan.pdf")


def test_random_bytes_named_tif() -> None:
    """Random bytes named .tif are unreadable: the name is not trusted."""
    noise = random.Random(7).randbytes(4096)
    with pytest.raises(UnreadableInput, match="unrecognised format"):
        extract(noise, filename="fax.tif")


def test_truncated_pdf_cut_in_half() -> None:
    """A real PDF cut in half cannot be opened: UnreadableInput saying it looks truncated."""
    raw = corpus_bytes(LOREM)
    with pytest.raises(UnreadableInput, match="truncated"):
        extract(raw[: len(raw) // 2])


def test_truncated_pdf_with_text_recovered() -> None:
    """A PDF missing only its tail still yields its text, with a truncation defect."""
    raw = corpus_bytes(LOREM)
    doc = extract(raw[:-30])
    assert doc.kind is SourceKind.PDF
    assert doc.text and doc.text == extract(raw).text
    assert "pdf: no %%EOF marker at the end (truncated?)" in doc.defects


def test_password_protected_pdf() -> None:
    """A PDF that needs a user password is unreadable with a clear message."""
    with pytest.raises(UnreadableInput, match="password-protected"):
        extract(corpus_bytes("pdfplumber/tests/pdfs/password-example.pdf"))


def test_input_bytes_untouched() -> None:
    """Reading never modifies the caller's bytes."""
    raw = bytearray(corpus_bytes(LOREM))
    before = bytes(raw)
    extract(bytes(raw))
    assert bytes(raw) == before


def _romanian_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.set_font("DejaVu", size=12)
    pdf.add_page()
    pdf.multi_cell(
        0,
        6,
        "Reclamație privind comanda nr. 55501234.\nȘtefan Țurcanu, vânzătorul nu mai răspunde.",
    )
    pdf.add_page()
    pdf.multi_cell(0, 6, "Pagina a doua: returnarea banilor, 1.250,00 lei.")
    return bytes(pdf.output())


@pytest.mark.parametrize("engine", ["pypdfium2", "pdfplumber"])
def test_text_pdf_pages(engine: str) -> None:
    """A text PDF gives one text-layer page per page, Romanian letters intact, with either engine."""
    doc = extract(_romanian_pdf(), options=ExtractOptions(pdf_text_engine=engine))
    assert [p.method for p in doc.pages] == ["text_layer", "text_layer"]
    assert "Ștefan Țurcanu" in doc.pages[0].text
    assert "1.250,00 lei" in doc.pages[1].text
    assert doc.defects == ()


def test_max_pages() -> None:
    """Pages past max_pages are not read, and the defect says how many there were."""
    doc = extract(_romanian_pdf(), options=ExtractOptions(max_pages=1))
    assert len(doc.pages) == 1
    assert "pdf: only the first 1 of 2 pages read" in doc.defects


def test_plain_text() -> None:
    """Plain text in UTF-8 or Windows-1250 is read as one page."""
    assert (
        extract("Bună ziua, am o întrebare.".encode()).pages[0].text == "Bună ziua, am o întrebare."
    )
    doc = extract("Bună ziua, vă mulţumesc".encode("cp1250"))
    assert doc.kind is SourceKind.TEXT and doc.pages[0].text == "Bună ziua, vă mulţumesc"


def test_mail_detected_by_content() -> None:
    """Mail is recognised by its headers whatever the name; .eml only relaxes the rule."""
    mail = b"From: a@b.ro\nSubject: x\n\nSalut, ce faci?\n"
    assert extract(mail, filename="letter.pdf").kind is SourceKind.EMAIL
    odd = b"X-Custom: 1\n\nbody text here\n"
    assert extract(odd).kind is SourceKind.TEXT
    assert extract(odd, filename="m.eml").kind is SourceKind.EMAIL


def test_image_garbage_is_unreadable() -> None:
    """Bytes with an image signature that do not decode are unreadable, not a crash."""
    with pytest.raises(UnreadableInput, match="image cannot be decoded"):
        extract(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)


def test_tiny_image_is_not_ocrd() -> None:
    """An image too small to hold text is a Document with a defect, without running OCR."""
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (8, 8), 255).save(buf, "PNG")
    doc = extract(buf.getvalue())
    assert doc.kind is SourceKind.IMAGE
    assert "page 1: image too small to read (8x8)" in doc.defects


def test_deterministic() -> None:
    """The same bytes give the same Document twice."""
    raw = _romanian_pdf()
    assert extract(raw) == extract(raw)


def test_mail_mentioning_pdf_header_stays_mail() -> None:
    """A mail whose Subject contains '%PDF-1.4' is read as a mail, not as a PDF (review finding F1)."""
    from parsers.model import SourceKind
    from parsers.sniff import sniff

    raw = b"From: anon@gmail.com\r\nTo: legal@okazii.ro\r\nSubject: %PDF-1.4 adresa\r\n\r\nbody\r\n"
    assert sniff(raw) is SourceKind.EMAIL
    assert sniff(b"\r\n%PDF-1.7\n...") is SourceKind.PDF
    assert sniff(b"garbage before header " + b"%PDF-1.4\n...") is SourceKind.PDF


def test_one_page_budget_for_a_whole_mail() -> None:
    """A mail of many multi-page attachments reads at most max_pages pages in all (review finding F5)."""
    from email.message import EmailMessage

    from fpdf import FPDF

    from parsers import ExtractOptions, extract

    pdf = FPDF()
    for n in range(3):
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.cell(0, 10, f"Pagina {n} cu destul text ca sa aiba un strat de text real.")
    data = bytes(pdf.output())
    msg = EmailMessage()
    msg["From"] = "a@example.ro"
    msg["To"] = "legal@okazii.ro"
    msg["Subject"] = "multe atasamente"
    msg.set_content("vezi atasamentele")
    for n in range(4):
        msg.add_attachment(
            data + f"%{n}\n".encode(), maintype="application", subtype="pdf", filename=f"a{n}.pdf"
        )
    doc = extract(bytes(msg), options=ExtractOptions(max_pages=5))
    assert sum(len(a.pages) for a in doc.attachments) == 5
    assert any("budget" in d for a in doc.attachments for d in a.defects)
