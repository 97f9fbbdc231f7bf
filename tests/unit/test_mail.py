"""MIME mail to Document: headers, charsets, HTML, attachments, forwards, broken mail."""

from __future__ import annotations

import quopri
from email.header import Header

import pytest

from parsers import ExtractOptions, SourceKind, extract
from tests.unit.corpora import corpus_bytes


def _mail(
    body: bytes, ctype: str = "text/plain; charset=utf-8", extra: str = "", cte: str = "8bit"
) -> bytes:
    head = (
        "From: Ion Pop <Ion.Pop@Example.RO>\nTo: support@okazii.ro, b@c.ro\nSubject: test\n"
        f"Date: Mon, 23 Nov 2026 22:47:05 +0200\nMessage-ID: <a@b>\n{extra}"
        f"MIME-Version: 1.0\nContent-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n"
    )
    return head.encode("ascii") + body


@pytest.mark.parametrize("charset", ["iso-8859-2", "iso-8859-16", "windows-1250", "utf-8"])
def test_romanian_charsets(charset: str) -> None:
    """Bodies in each Romanian charset decode to the same letters (cedilla where the charset lacks ș ț)."""
    text = (
        "Bună ziua, vânzătorul nu îmi răspunde. Mulţumesc"
        if charset in ("iso-8859-2", "windows-1250")
        else "Bună ziua, vânzătorul nu îmi răspunde. Mulțumesc"
    )
    doc = extract(
        _mail(
            quopri.encodestring(text.encode(charset)),
            f"text/plain; charset={charset}",
            cte="quoted-printable",
        )
    )
    assert doc.pages[0].text.strip() == text
    assert doc.defects == ()


def test_unknown_charset_is_a_defect() -> None:
    """An unknown charset is decoded by guess (UTF-8, then Windows-1250) and recorded."""
    doc = extract(_mail("Vă mulţumim".encode("cp1250"), "text/plain; charset=x-romanian-klingon"))
    assert doc.pages[0].text == "Vă mulţumim"
    assert any("unknown charset 'x-romanian-klingon'" in d for d in doc.defects)


def test_headers_decoded() -> None:
    """RFC 2047 subjects (ISO-8859-2), addresses lower-cased, dates ISO, ids bare."""
    subject = Header("Adresă oficială - Poliţia", "iso-8859-2").encode()
    raw = _mail(
        b"x y z", extra="In-Reply-To: <p@q>\nReferences: <r@s> <p@q>\nReply-To: R <R@x.ro>\n"
    ).replace(b"Subject: test", f"Subject: {subject}".encode())
    h = extract(raw).headers
    assert h is not None
    assert h.subject == "Adresă oficială - Poliţia"
    assert (h.from_addr, h.from_display) == ("ion.pop@example.ro", "Ion Pop")
    assert h.to == ("support@okazii.ro", "b@c.ro")
    assert h.date == "2026-11-23T22:47:05+02:00"
    assert (h.message_id, h.in_reply_to, h.references, h.reply_to) == (
        "<a@b>",
        "<p@q>",
        ("<r@s>", "<p@q>"),
        "r@x.ro",
    )
    assert h.auto_submitted is False


@pytest.mark.parametrize(
    "extra",
    [
        "Auto-Submitted: auto-replied\n",
        "Precedence: bulk\n",
        "Precedence: list\n",
        "X-Autoreply: yes\n",
    ],
)
def test_auto_submitted(extra: str) -> None:
    """RFC 3834, Precedence bulk/junk/list and X-Autoreply mark a mail as automatic."""
    assert extract(_mail(b"Out of office", extra=extra)).headers.auto_submitted is True  # type: ignore[union-attr]


def test_auto_submitted_no_is_not_automatic() -> None:
    """ "Auto-Submitted: no" is a person writing."""
    assert extract(_mail(b"Salut", extra="Auto-Submitted: no\n")).headers.auto_submitted is False  # type: ignore[union-attr]


def test_delivery_report_is_automatic() -> None:
    """A real DSN (mimekit's delivery-status) is multipart/report: automatic, and its returned mail is read."""
    doc = extract(corpus_bytes("mimekit/UnitTests/TestData/messages/delivery-status.txt"))
    assert doc.headers is not None and doc.headers.auto_submitted is True
    assert any(a.content_type == "message/rfc822" for a in doc.attachments)


def test_html_only_mail() -> None:
    """A mail with only HTML gives readable text, marked as from HTML."""
    doc = extract(
        _mail(
            b"<html><body><p>Bun&#259; ziua</p><script>x()</script><div>Cum pot?</div></body></html>",
            "text/html; charset=utf-8",
        )
    )
    assert doc.pages[0].method == "html"
    assert doc.pages[0].text == "Bună ziua\n\nCum pot?"


def test_plain_preferred_over_html() -> None:
    """multipart/alternative: the text/plain part is the body."""
    body = (
        b"--b\nContent-Type: text/plain; charset=utf-8\n\nplain text here\n"
        b"--b\nContent-Type: text/html; charset=utf-8\n\n<p>html text here</p>\n--b--\n"
    )
    doc = extract(_mail(body, 'multipart/alternative; boundary="b"'))
    assert [p.text for p in doc.pages] == ["plain text here"]
    assert doc.pages[0].method == "mail_body"


def test_attached_pdf_is_read() -> None:
    """A real mail with a PDF attachment (flanker) has the PDF's text in the attachment's pages."""
    # Its one page says only "Test.": a low threshold keeps it on the text layer (no OCR here).
    doc = extract(
        corpus_bytes("flanker/tests/fixtures/messages/attached-pdf.eml"),
        options=ExtractOptions(min_text_chars_per_page=1),
    )
    pdf = next(a for a in doc.attachments if a.content_type == "application/pdf")
    assert pdf.filename == "test.pdf" and len(pdf.sha256) == 64 and pdf.size > 0
    assert pdf.pages and pdf.pages[0].method == "text_layer" and pdf.pages[0].text.strip()


def test_forwarded_mail_is_content() -> None:
    """A message/rfc822 part (cpython's msg_30) is read: its sender, subject and body become text."""
    doc = extract(corpus_bytes("cpython-test_email/data/msg_30.txt"))
    forwarded = [a for a in doc.attachments if a.content_type == "message/rfc822"]
    assert len(forwarded) == 2
    assert "De la: cc@dd.org" in forwarded[0].pages[0].text
    assert "message 1" in doc.text and "message 2" in doc.text


@pytest.mark.parametrize(
    "rel",
    [
        "cpython-test_email/data/msg_15.txt",  # start boundary not found
        "cpython-test_email/data/msg_41.txt",  # no boundary in multipart
    ],
)
def test_broken_multipart_still_a_document(rel: str) -> None:
    """A multipart without usable boundaries is read as text, with defects, not an error."""
    doc = extract(corpus_bytes(rel))
    assert doc.kind is SourceKind.EMAIL
    assert doc.text.strip()
    assert any(d.startswith("mime: ") for d in doc.defects)


def test_padded_mail_is_still_mail() -> None:
    """Flanker's mails padded with a blank line before the headers are still read as mail."""
    doc = extract(
        corpus_bytes("flanker/tests/fixtures/messages/enclosed.eml"), filename="enclosed.eml"
    )
    assert doc.kind is SourceKind.EMAIL
    assert doc.headers is not None and doc.headers.subject == "Wow"
    assert "mail: blank lines before the headers" in doc.defects


def test_bad_headers_are_defects() -> None:
    """Unparseable dates and unknown header charsets (imap_tools fixtures) are defects, not errors."""
    bad_date = extract(corpus_bytes("imap_tools/tests/messages/error_emails/bad_date_header.eml"))
    assert bad_date.headers is not None and bad_date.headers.date is None
    assert any(d.startswith("header Date: unparseable") for d in bad_date.defects)
    bad_subject = extract(
        corpus_bytes("imap_tools/tests/messages/error_emails/bad_encoded_subject.eml")
    )
    assert bad_subject.headers is not None and bad_subject.headers.subject == "TEST"


@pytest.mark.slow
def test_endless_nesting_is_bounded() -> None:
    """Flanker's endlessly enclosed mail ends as a Document: nesting and part counts are capped."""
    doc = extract(corpus_bytes("flanker/tests/fixtures/messages/enclosed-endless.eml"))
    assert doc.kind is SourceKind.EMAIL
    assert len(doc.attachments) <= 500
