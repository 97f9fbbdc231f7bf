"""One strict reading of a mail: header confusion, DKIM l=, unreadable headers, leading blank lines."""

from __future__ import annotations

import base64
from email.mime.text import MIMEText

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from parsers.mail import read_mail
from parsers.mailstrict import header_anomalies, strip_leading_blank_lines
from router.signatures.dkim import partial_signatures, verify_dkim
from router.signatures.dns import Resolver

HEAD = (
    b"From: Politia <politia.cluj@cj.politiaromana.ro>\r\nTo: legal@okazii.ro\r\n"
    b"Subject: Adresa\r\nDate: Thu, 12 Nov 2026 14:32:10 +0200\r\nMessage-ID: <1@t>\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
)
BODY = b"\r\nVa rugam sa ne comunicati datele utilizatorului ion_vanzator88.\r\n"
MAIL = HEAD + BODY


def _no_files(data: bytes, name: str | None) -> tuple[tuple[()], tuple[str, ...]]:
    return (), ()


@pytest.mark.parametrize(
    "name",
    [
        "From",
        "Sender",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
    ],
)
def test_a_duplicated_singleton_header_is_an_anomaly(name: str) -> None:
    """Two of a header the DKIM verifier and the parser pick differently (last vs first) is named."""
    raw = f"{name}: x\r\n".encode() + MAIL
    if name in ("Sender", "Content-Transfer-Encoding"):
        raw = f"{name}: y\r\n".encode() + raw
    assert f"headers: duplicated {name.lower()} header (2 times)" in header_anomalies(raw)


def test_a_genuine_mail_has_no_anomaly_in_crlf_lf_or_after_an_mbox_line() -> None:
    """A plain mail reads alike everywhere: CRLF, LF only, folded, behind an mbox "From " line."""
    folded = MAIL.replace(b"Subject: Adresa", b"Subject: Adresa\r\n oficiala nr. 123")
    assert header_anomalies(MAIL) == []
    assert header_anomalies(MAIL.replace(b"\r\n", b"\n")) == []
    assert header_anomalies(folded) == []
    assert header_anomalies(b"From politia Thu Nov 12 14:32:10 2026\r\n" + MAIL) == []


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"X-Trace: 1\rContent-Type: text/html\r\n" + MAIL, "bare CR line end"),
        (b"Content-Type: text/html\n" + MAIL, "mixed line ends"),
        (HEAD + b"Content-Type : text/html\r\n" + BODY, "whitespace before the colon"),
        (b"X-A: 1\r\n \r\n" + MAIL, "whitespace-only line"),
        (b" X-A: 1\r\n" + MAIL, "begins with a continuation line"),
        (HEAD + b"this is no header\r\n" + BODY, "a line that is no header"),
        (b"Sub\x00ject: x\r\n" + MAIL, "NUL byte"),
        (b"Comments: " + b"(" * 60 + b")" * 60 + b"\r\n" + MAIL, "comments nested deeper"),
    ],
)
def test_header_confusion_tricks_are_named(raw: bytes, words: str) -> None:
    """Each way to make header readers split or name headers differently is an anomaly."""
    assert any(words in a for a in header_anomalies(raw)), header_anomalies(raw)


def test_the_same_tricks_inside_a_mime_part_are_named() -> None:
    """A part with two Content-Types (text for the parser, a file for a client) is an anomaly."""
    raw = (
        HEAD.replace(b"text/plain; charset=utf-8", b'multipart/mixed; boundary="B"')
        + b"\r\n--B\r\nContent-Type: text/plain\r\nContent-Type: application/octet-stream\r\n"
        b"\r\ntext\r\n--B--\r\n"
    )
    assert "part 1: duplicated content-type header (2 times)" in header_anomalies(raw)


def test_only_whole_blank_lines_before_the_headers_are_dropped() -> None:
    """Blank lines go; a first header line that begins with a space is kept (and is an anomaly)."""
    assert strip_leading_blank_lines(b"\r\n \r\n\n" + MAIL) == MAIL
    assert strip_leading_blank_lines(b" From: x\r\n") == b" From: x\r\n"


def test_the_parser_records_the_anomalies_it_reads_past() -> None:
    """The parse step lists a duplicated Content-Type among the mail's defects."""
    doc = read_mail(b"Content-Type: text/html\r\n" + MAIL, _no_files)
    assert "mail: headers: duplicated content-type header (2 times)" in doc.defects


class _Keys:
    """A resolver holding one DKIM key for d=cj.politiaromana.ro, s=sel."""

    def __init__(self) -> None:
        key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
        self.pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
        pub = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self.txt = f"v=DKIM1; k=rsa; p={base64.b64encode(pub).decode()}"

    def query(self, name: str, rtype: str) -> list[str]:
        return [self.txt] if name.rstrip(".") == "sel._domainkey.cj.politiaromana.ro" else []

    def sign(self, raw: bytes, length: bool) -> bytes:
        return bytes(
            dkim.sign(
                raw,
                b"sel",
                b"cj.politiaromana.ro",
                self.pem,
                length=length,
                canonicalize=(b"relaxed", b"relaxed"),
            )
            + raw
        )


@pytest.fixture(scope="module")
def keys() -> _Keys:
    return _Keys()


def test_dkim_l_shorter_than_the_body_is_named_and_equal_is_not(keys: _Keys) -> None:
    """l= covering the whole body is fine; bytes appended past it make the signature partial."""
    resolver: Resolver = keys
    signed = keys.sign(MAIL, length=True)
    assert partial_signatures(signed) == []
    longer = signed + b"Si utilizatorului victima_noua.\r\n"
    assert [r.result for r in verify_dkim(longer, resolver)] == ["pass"]  # dkimpy: still a pass
    (why,) = partial_signatures(longer)
    assert "d=cj.politiaromana.ro signs only the first" in why


def test_dkim_on_a_mail_it_cannot_read_is_a_permerror_with_the_reason(keys: _Keys) -> None:
    """A NUL in a header name is a recorded DKIM failure saying why, never an exception."""
    signed = keys.sign(MAIL, length=False)
    (result,) = verify_dkim(signed.replace(b"Subject:", b"Sub\x00ject:", 1), keys)
    assert result.result == "permerror" and "cannot read the mail" in result.detail


def test_a_plain_text_mail_built_by_the_email_package_reads_alike() -> None:
    """What the email package writes (CRLF-converted) carries no anomaly."""
    msg = MIMEText("Adresă oficială", "plain", "utf-8")
    msg["From"] = "a@b.ro"
    raw = msg.as_bytes().replace(b"\n", b"\r\n")
    assert header_anomalies(raw) == []


def test_an_encoded_word_that_decodes_to_an_address_does_not_replace_the_from() -> None:
    """The parser splits addresses before decoding display names, as the signature checks do."""
    raw = (
        b"From: =?utf-8?q?Politia_=3Cpolitia.cluj=40cj.politiaromana.ro=3E?= "
        b"<attacker@evil.example>\r\n\r\nx\r\n"
    )
    doc = read_mail(raw, _no_files)
    assert doc.headers is not None and doc.headers.from_addr == "attacker@evil.example"
    assert doc.headers.from_display == "Politia <politia.cluj@cj.politiaromana.ro>"


def test_rsa_sha1_and_testing_keys_count_as_no_signature(keys: _Keys) -> None:
    """a=rsa-sha1 (RFC 8301) and a key published t=y (RFC 6376 3.6.1) never pass: neutral."""
    sha1 = (
        bytes(
            dkim.sign(
                MAIL, b"sel", b"cj.politiaromana.ro", keys.pem, signature_algorithm=b"rsa-sha1"
            )
        )
        + MAIL
    )
    (r,) = verify_dkim(sha1, keys)
    assert r.result == "neutral" and "rsa-sha1" in r.detail
    signed = keys.sign(MAIL, length=False)
    assert [r.result for r in verify_dkim(signed, keys)] == ["pass"]
    testing = _Keys()
    testing.pem, testing.txt = keys.pem, keys.txt.replace("v=DKIM1; ", "v=DKIM1; t=y; ")
    (r,) = verify_dkim(signed, testing)
    assert r.result == "neutral" and "t=y" in r.detail


def test_a_delimiter_copied_into_a_preamble_is_an_anomaly() -> None:
    """A part kept between delimiter lines in a preamble (read by nobody, found by a raw search)."""
    entity = b"--S\r\nContent-Type: text/plain\r\n\r\ngenuine\r\n--S\r\n"
    raw = (
        HEAD.replace(b"text/plain; charset=utf-8", b'multipart/mixed; boundary="O"')
        + b"\r\n"
        + entity
        + b'--O\r\nContent-Type: multipart/signed; boundary="S"\r\n\r\n'
        + b"--S\r\nContent-Type: text/plain\r\n\r\nforged\r\n--S--\r\n--O--\r\n"
    )
    assert any(
        "preamble or epilogue holds a delimiter of boundary 'S'" in a for a in header_anomalies(raw)
    )
    clean = raw.replace(entity, b"This is a multi-part message in MIME format.\r\n")
    assert header_anomalies(clean) == []
