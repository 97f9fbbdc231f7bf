"""`parsers.facts`: the item's bytes MIME-parsed once, read by the parse step and the checks."""

from __future__ import annotations

import base64
import email
import email.message
import email.policy
import hashlib
import quopri
from unittest import mock

from parsers.extract import extract
from parsers.facts import MAX_DEPTH, MAX_PARTS, EnclosedMessage, MailFacts, read_facts
from parsers.model import Category
from router.policy import load_policy
from router.signatures.adapters import TrustAdapters
from router.signatures.config import SignatureConfig
from router.signatures.context import Context
from router.signatures.enclosure import enclosed_original
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


# ------------------------------------------- an enclosed message with a transfer encoding

INNER = (
    b"From: Politia <ofiter@politiaromana.ro>\r\n"
    b"To: legal@okazii.ro\r\n"
    b"Subject: Adresa nr. 7\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="in"\r\n'
    b"\r\n"
    b"--in\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"Va rugam sa ne comunicati datele utilizatorului ion_vanzator88.\r\n"
    b"--in\r\n"
    b"Content-Type: application/octet-stream\r\n"
    b'Content-Disposition: attachment; filename="date.bin"\r\n'
    b"Content-Transfer-Encoding: base64\r\n"
    b"\r\n"
    b"aGVsbG8gd29ybGQ=\r\n"
    b"--in--\r\n"
)


def _b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n").rstrip(b"\r\n")


def _forward(
    body: bytes, cte: str = "base64", ctype: str = "message/rfc822", parts: int = 0
) -> bytes:
    filler = b"".join(b"--out\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(parts))
    return (
        b"From: Ana Popa <ana.popa@okazii.ro>\r\n"
        b"To: registratura@okazii.ro\r\n"
        b"Subject: Fwd: Adresa nr. 7\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="out"\r\n'
        b"\r\n"
        b"--out\r\n"
        b"Content-Type: text/plain\r\n"
        b"\r\n"
        b"Va trimit adresa.\r\n" + filler + b"--out\r\n"
        b"Content-Type: " + ctype.encode() + b"\r\n"
        b"Content-Transfer-Encoding: " + cte.encode() + b"\r\n"
        b"\r\n" + body + b"\r\n"
        b"--out--\r\n"
    )


def _enclosed(f: MailFacts) -> EnclosedMessage:
    assert f.message is not None
    (inner,) = [p for p in f.message.walk() if isinstance(p, EnclosedMessage)]
    return inner


def test_a_base64_enclosed_message_is_decoded_once_for_every_reader() -> None:
    raw = _forward(b"\r\n" + _b64(INNER))  # a blank line first: dropped, as DKIM reads it
    f = read_facts(raw)
    inner = _enclosed(f)
    assert inner.source == INNER and inner["Subject"] == "Adresa nr. 7"
    assert f.defects == ("mime: message/rfc822 with base64 transfer encoding",)
    # The leaf index holds the enclosed parts, decoded from the enclosed bytes.
    assert [(leaf.content_type, leaf.data) for leaf in f.leaves[1:]] == [
        ("text/plain", b"Va rugam sa ne comunicati datele utilizatorului ion_vanzator88."),
        ("application/octet-stream", b"hello world"),
    ]
    assert all(type(p) in (email.message.Message, EnclosedMessage) for p in f.message.walk())  # type: ignore[union-attr]
    # The parse step reads that message: its text, its file, its SHA-256 the enclosed bytes'.
    doc = extract(raw, filename="m.eml")
    fwd = next(a for a in doc.attachments if a.content_type == "message/rfc822")
    assert fwd.sha256 == hashlib.sha256(INNER).hexdigest() and fwd.size == len(INNER)
    assert "De la: Politia <ofiter@politiaromana.ro>" in fwd.pages[0].text
    assert "ion_vanzator88" in doc.text and "aGVsbG8" not in doc.text
    date = next(a for a in doc.attachments if a.filename == "date.bin")
    assert date.sha256 == hashlib.sha256(b"hello world").hexdigest()
    assert "mime: message/rfc822 with base64 transfer encoding" in doc.defects
    # The enclosure check takes the same bytes and the same message (its DKIM verifies those).
    assert f.message is not None
    found = enclosed_original(f.data, f.message, load_policy())
    assert found is not None and found.raw is inner.source and found.message is inner


def test_a_quoted_printable_enclosed_message_is_decoded_too() -> None:
    original = INNER.replace(b"datele", b"datele= " + b"x" * 80)  # escaped, soft breaks
    qp = b"\r\n".join(  # line by line: hard and soft breaks CRLF
        quopri.encodestring(line).replace(b"\n", b"\r\n") for line in original.split(b"\r\n")
    )
    assert b"=3D" in qp and b"=\r\n" in qp
    f = read_facts(_forward(qp, "Quoted-Printable", "message/global"))
    inner = _enclosed(f)
    assert inner.source == original
    assert f.defects == ()  # message/global may be so encoded (RFC 6532 3.5)


def test_an_undecodable_enclosure_is_not_read_at_all() -> None:
    raw = _forward(_b64(INNER)[:40] + b"!" + _b64(INNER)[40:])  # junk in the base64
    f = read_facts(raw)
    assert not any(isinstance(p, EnclosedMessage) for p in f.message.walk())  # type: ignore[union-attr]
    assert f.defects == (
        "mime: message/rfc822 with base64 transfer encoding",
        "mime: message/rfc822 whose base64 transfer encoding cannot be decoded",
    )
    assert f.leaves[-1].data == b"" and f.leaves[-1].error is not None
    doc = extract(raw, filename="m.eml")
    assert "ion_vanzator88" not in doc.text and "aGVsbG8" not in doc.text
    assert f.message is not None
    assert enclosed_original(f.data, f.message, load_policy()) is None
    # Nor does the check decode a part the facts did not open (a message parsed elsewhere).
    naive = email.message_from_bytes(_forward(_b64(INNER)), policy=email.policy.compat32)
    assert enclosed_original(_forward(_b64(INNER)), naive, load_policy()) is None


def test_encoded_enclosures_keep_to_the_depth_and_part_limits() -> None:
    nested = INNER
    for _ in range(MAX_DEPTH + 2):
        nested = _forward(_b64(nested))
    f = read_facts(nested)
    assert f.message is not None
    opened = [p for p in f.message.walk() if isinstance(p, EnclosedMessage)]
    assert len(opened) == MAX_DEPTH - 1  # the top mail is the first of MAX_DEPTH messages
    assert "mime: forwarded messages nested too deep, the rest skipped" in f.defects
    many = read_facts(_forward(_b64(INNER), parts=MAX_PARTS))
    assert not any(isinstance(p, EnclosedMessage) for p in many.message.walk())  # type: ignore[union-attr]
    assert f"mime: more than {MAX_PARTS} parts, the rest skipped" in many.defects
