"""`parsers.facts`: the item's bytes MIME-parsed once, read by the parse step and the checks."""

from __future__ import annotations

import email
import hashlib
from unittest import mock

from parsers.extract import extract
from parsers.facts import MailFacts, read_facts
from parsers.model import Category
from router.policy import load_policy
from router.signatures.adapters import TrustAdapters
from router.signatures.config import SignatureConfig
from router.signatures.context import Context
from router.signatures.input import SignatureInput

MAIL = (
    b"\r\n\r\n"  # blank lines before the headers: stripped, as DKIM reads it
    b"From: Politia <ofiter@politiaromana.ro>\r\n"
    b"From: Other <x@example.com>\r\n"
    b"Reply-To: r@politiaromana.ro\r\n"
    b"Authentication-Results: mx.okazii.ro; dkim=pass header.d=politiaromana.ro\r\n"
    b"Subject: Solicitare\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="b"\r\n'
    b"\r\n"
    b"--b\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"Va rugam sa ne comunicati datele utilizatorului.\r\n"
    b"--b\r\n"
    b"Content-Type: application/octet-stream\r\n"
    b'Content-Disposition: attachment; filename="date.bin"\r\n'
    b"Content-Transfer-Encoding: base64\r\n"
    b"\r\n"
    b"aGVsbG8gd29ybGQ=\r\n"
    b"--b--\r\n"
)


def test_facts_of_a_mail() -> None:
    f = read_facts(MAIL)
    assert f.data == MAIL[4:]  # exactly the bytes without the leading blank lines
    assert f.message is not None and f.message["Subject"] == "Solicitare"
    assert f.from_ == ("Politia <ofiter@politiaromana.ro>", "Other <x@example.com>")
    assert f.reply_to == ("r@politiaromana.ro",)
    assert f.sender == ()
    assert f.authentication_results[0].startswith("mx.okazii.ro;")
    assert f.duplicated == ("from",)
    assert [(leaf.index, leaf.name, leaf.content_type) for leaf in f.leaves] == [
        (1, None, "text/plain"),
        (2, "date.bin", "application/octet-stream"),
    ]
    att = f.leaves[1]
    assert att.data == b"hello world"
    assert att.sha256 == hashlib.sha256(b"hello world").hexdigest()
    assert f.leaf_of(att.part) is att
    assert f.is_of(MAIL) and not f.is_of(MAIL + b"x")


def test_a_document_is_not_parsed_as_mail() -> None:
    pdf = b"%PDF-1.7\n1 0 obj <<>> endobj\n"
    f = read_facts(pdf)
    assert f.message is None and f.parsed is None and f.leaves == ()
    assert read_facts(b"no header here at all").message is None


def test_the_parse_step_parses_the_mail_once_and_carries_the_facts() -> None:
    calls: list[bytes] = []
    real = email.message_from_bytes

    def counting(data: bytes, **kw: object) -> object:
        calls.append(data)
        return real(data, **kw)

    with (
        mock.patch("parsers.facts.message_from_bytes", counting),
        mock.patch("parsers.mail.BytesParser") as second_parse,
    ):
        doc = extract(MAIL, filename="m.eml")
    assert calls == [MAIL[4:]]
    second_parse.assert_not_called()
    assert doc.facts is not None and doc.facts.is_of(MAIL)
    (att,) = doc.attachments
    assert att.sha256 == doc.facts.leaves[1].sha256
    # The facts are no part of the value: not compared, not printed.
    assert "facts" not in repr(doc)
    from dataclasses import replace

    assert replace(doc, facts=None) == doc


def _context(raw: bytes, facts: MailFacts | None) -> Context:
    item = SignatureInput(
        category=Category.LAW_ENFORCEMENT,
        channel="smtp",
        raw=raw,
        envelope={},
        document={},
        facts=facts,
    )
    return Context(item, load_policy(), SignatureConfig(), TrustAdapters())


def test_the_checks_read_the_given_facts_and_parse_nothing() -> None:
    f = read_facts(MAIL)
    ctx = _context(MAIL, f)
    with mock.patch("router.signatures.context.read_facts") as again:
        assert ctx.message is f.message
        assert ctx.attachments == [
            ("part-1", b"Va rugam sa ne comunicati datele utilizatorului."),
            ("date.bin", b"hello world"),
        ]
        assert ctx.channel_bytes == f.data
        assert ctx.sender is None  # two From headers: no single sender
    again.assert_not_called()


def test_facts_of_other_bytes_are_not_believed() -> None:
    other = read_facts(MAIL.replace(b"Solicitare", b"Altceva"))
    ctx = _context(MAIL, other)
    assert ctx.message is not None and ctx.message["Subject"] == "Solicitare"
    # Without facts, Context reads them itself with the same one function.
    msg = _context(MAIL, None).message
    assert msg is not None and msg["Subject"] == "Solicitare"


def test_the_checks_neither_decode_nor_hash_a_part_again() -> None:
    f = read_facts(MAIL)
    ctx = _context(MAIL, f)
    with mock.patch("router.signatures.context.hashlib") as hashing:
        (_, body), (_, data) = ctx.attachments
        assert data is f.leaves[1].data and body is f.leaves[0].data
        assert ctx.sha256(data) == f.leaves[1].sha256
        assert "Va rugam" in ctx.text
    hashing.sha256.assert_not_called()
    # Bytes that are no part of the mail are hashed.
    assert ctx.sha256(b"other") == hashlib.sha256(b"other").hexdigest()
