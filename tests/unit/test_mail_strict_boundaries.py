"""The strict reader's boundaries: the email package's own, and no silent give-up (red team 7, D).

`parsers.mailstrict.header_anomalies` splits each multipart by the boundary the
parse step's email package finds (RFC 2231 continuations and extended values,
a trailing space stripped); a multipart it cannot split (no usable boundary)
or does not reach (nesting, part count) is an anomaly, never a clean mail.
"""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import pytest

from parsers.mailstrict import header_anomalies
from router.signatures.evidence import Outcome
from router.signatures.readalike import structure_check

HEAD = (
    b"From: Politia <politia.cluj@cj.politiaromana.ro>\r\nTo: legal@okazii.ro\r\n"
    b"Subject: Adresa\r\nDate: Thu, 12 Nov 2026 14:32:10 +0200\r\nMessage-ID: <1@t>\r\n"
    b"MIME-Version: 1.0\r\n"
)
TEXT = b"Content-Type: text/plain; charset=utf-8\r\n\r\nVa transmitem adresa.\r\n"
PDF = (
    b'Content-Type: application/pdf; name="adresa.pdf"\r\nContent-Transfer-Encoding: base64\r\n'
    b'Content-Disposition: attachment; filename="adresa.pdf"\r\n\r\nJVBERi0xLjQK\r\n'
)
# Ways to write the boundary OUTER: RFC 2231 continued, extended (empty and named
# charset), extended continued, and a quoted value with a trailing space.
OUTER_FORMS = [
    'boundary*0="OUT"; boundary*1="ER"',
    "boundary*=''OUTER",
    "boundary*=us-ascii'en'%4FUTER",
    "boundary*0*=''OU; boundary*1=TER",
    'boundary="OUTER "',
    'boundary="OUTER"',
]
# The genuine signed entity kept between delimiter lines in the preamble (red team 1).
COPY = b"--S\r\nContent-Type: text/plain\r\n\r\ngenuine\r\n--S--\r\n"
SIGNED = (
    b'Content-Type: multipart/signed; boundary="S"\r\n\r\n'
    b"--S\r\nContent-Type: text/plain\r\n\r\nforged\r\n--S--"
)


def _mail(param: str, *parts: bytes, preamble: bytes = b"", close: bool = True) -> bytes:
    head = HEAD + f"Content-Type: multipart/mixed;\r\n {param}\r\n\r\n".encode()
    body = b"".join(b"--OUTER\r\n" + p + b"\r\n" for p in parts)
    return head + preamble + body + (b"--OUTER--\r\n" if close else b"")


def _parsed_parts(raw: bytes) -> list[str]:
    msg = BytesParser(policy=policy.compat32).parsebytes(raw)
    return [p.get_content_type() for p in msg.walk()]


@pytest.mark.parametrize("param", OUTER_FORMS)
def test_a_genuine_mail_with_any_boundary_form_is_clean(param: str) -> None:
    """Control: a cover and a PDF, the boundary in RFC 2231 or plain form, reads alike."""
    raw = _mail(param, TEXT, PDF, preamble=b"This is a multi-part message in MIME format.\r\n")
    assert _parsed_parts(raw) == ["multipart/mixed", "text/plain", "application/pdf"]
    assert header_anomalies(raw) == []


@pytest.mark.parametrize("param", OUTER_FORMS)
def test_a_preamble_copy_is_named_whatever_the_boundary_form(param: str) -> None:
    """Red team 1's preamble cut-out is found through RFC 2231 and a trailing space too."""
    raw = _mail(param, SIGNED, preamble=COPY)
    assert any(
        "preamble or epilogue holds a delimiter of boundary 'S'" in a for a in header_anomalies(raw)
    ), header_anomalies(raw)


@pytest.mark.parametrize("param", OUTER_FORMS)
def test_spaced_part_headers_are_named_whatever_the_boundary_form(param: str) -> None:
    """A part written "Content-Type :" (a body to the email package) is found under RFC 2231."""
    hidden = (
        b"Content-Type : text/plain\r\nContent-Transfer-Encoding : quoted-printable\r\n\r\n=50\r\n"
    )
    raw = _mail(param, TEXT, hidden, PDF)
    assert "part 2: whitespace before the colon in header 'Content-Type'" in header_anomalies(raw)


@pytest.mark.parametrize(
    ("ctype", "words"),
    [
        ("multipart/mixed", "a multipart with no boundary"),
        ("multipart/mixed;", "a multipart with no boundary"),
        # No ";": to the email package one type token, to a lenient client a boundary.
        ('multipart/mixed\r\n\tboundary="OUTER"', "a multipart with no boundary"),
        ('multipart/mixed; boundary="OUT\r\n ER"', "folded over lines"),
        ("multipart/mixed; boundary*=utf-8''%C3%89OUTER", "not its bytes in the mail"),
        # The email package itself fails on this set (sorting None against 0).
        ("multipart/mixed; boundary*=''OUTER; boundary*0=X", "email package cannot read"),
    ],
)
def test_a_multipart_not_split_is_an_anomaly(ctype: str, words: str) -> None:
    """A multipart whose boundary cannot be had is not taken for clean."""
    raw = (
        HEAD + f"Content-Type: {ctype}\r\n\r\n".encode() + b"--OUTER\r\n" + TEXT + b"--OUTER--\r\n"
    )
    assert any(words in a for a in header_anomalies(raw)), header_anomalies(raw)


@pytest.mark.parametrize(
    ("param", "words"),
    [
        ("boundary=\"OUTER\"; boundary*=''X", "names its boundary 2 times"),
        ('boundary="OUTER"; boundary*0="X"; boundary*1="Y"', "names its boundary 2 times"),
        ('boundary*0="OUT"; boundary*2="ER"', "not numbered 0, 1, 2"),
        ('boundary*1="OUT"; boundary*2="ER"', "not numbered 0, 1, 2"),
    ],
)
def test_a_boundary_named_in_several_forms_is_an_anomaly(param: str, words: str) -> None:
    """Plain beside RFC 2231, or continuations with a gap: readers pick different boundaries."""
    raw = _mail(param, TEXT)
    assert any(words in a for a in header_anomalies(raw)), header_anomalies(raw)


def _nested(levels: int, leaf: bytes) -> bytes:
    inner = leaf
    for level in range(levels, 0, -1):
        inner = (
            f'Content-Type: multipart/mixed; boundary="L{level}"\r\n\r\n'.encode()
            + f"--L{level}\r\n".encode()
            + inner
            + f"\r\n--L{level}--".encode()
        )
    return HEAD + inner + b"\r\n"


def test_nesting_past_the_depth_limit_is_an_anomaly() -> None:
    """The reader stops at its depth limit (bounded work) and says so; below it, clean."""
    assert header_anomalies(_nested(9, TEXT)) == []
    deep = header_anomalies(_nested(10, TEXT))
    assert any("a multipart nested deeper than 8" in a for a in deep), deep
    copy = _nested(10, b'Content-Type: multipart/mixed; boundary="X"\r\n\r\n' + COPY + b"--X--")
    assert any("nested deeper than 8" in a for a in header_anomalies(copy))


def test_more_parts_than_the_limit_is_an_anomaly() -> None:
    """Past 500 parts the reader stops and says so; 500 are read and clean."""
    assert header_anomalies(_mail('boundary="OUTER"', *[TEXT] * 500)) == []
    many = header_anomalies(_mail('boundary="OUTER"', *[TEXT] * 501))
    assert "mail: more than 500 MIME parts: the rest go unread" in many


def test_a_last_part_without_a_closing_delimiter_is_read() -> None:
    """The email package reads a last part to the end of the body; so does the strict reader."""
    hidden = b"Content-Type : text/plain\r\n\r\nP.S.\r\n"
    raw = _mail('boundary="OUTER"', TEXT, hidden, close=False)
    assert _parsed_parts(raw)[-1] == "text/plain"
    assert "part 2: whitespace before the colon in header 'Content-Type'" in header_anomalies(raw)
    assert header_anomalies(_mail('boundary="OUTER"', TEXT, PDF, close=False)) == []


def test_the_authority_channel_fails_an_rfc2231_preamble_copy() -> None:
    """`mail_structure` (decisive on the authority channel) fails the reopened cut-out."""
    check = structure_check(_mail("boundary*=''OUTER", SIGNED, preamble=COPY), decisive=True)
    assert check is not None and check.verdict is Outcome.FAIL
    assert structure_check(_mail("boundary*=''OUTER", TEXT, PDF), decisive=True) is None
