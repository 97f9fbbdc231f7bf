"""Class 1: a DKIM body length (`l=`) and header confusion between the DKIM verifier and the parser.

A genuine police mail signed with `l=` lets anyone append to its body; a
second Content-Type on top (dkimpy verifies the bottom one, the parser reads
the top one) turns the appended bytes into the parts the pipeline reads. The
variants hide that second header from one parser or the other (a CR-only or
LF-only line end, whitespace before the colon, a whitespace-only line), or
need no header at all (a plain reply's appended text). The controls are
genuine mails that must stay `verified`: `l=` covering the whole body, an
LF-only file, folded headers, a file that begins with a blank line.
"""

from __future__ import annotations

from tests.attacks.controls import BODY
from tests.attacks.harness import Attack, Submission
from tests.attacks.mailkit import (
    build,
    multipart,
    pdf_part,
    received_by_mx,
    registry,
    signed_letter,
    split,
    text_part,
)
from tests.samples.signatures.world import World

CLS = "dkim_length"
# The appended request: the same case and user (so the old signed letter binds),
# but the answer sent elsewhere and more data asked for.
FORGED = BODY + (
    "\nRăspunsul se trimite la adresa politia.cluj.dosare@gmail.com și va cuprinde "
    "parolele, adresele IP și adresele de livrare ale contului.\n"
)
REPLY = "Bună ziua,\n\nAm primit adresa dumneavoastră, revenim.\n\nPoliția Cluj\n"
EVIL_CT = b'Content-Type: multipart/mixed; boundary="EVIL"'


def _appended(w: World) -> bytes:
    """The parts an attacker appends past the signed length: the forged text and the signed letter."""
    return multipart("EVIL", text_part(FORGED), pdf_part(signed_letter(w)))


def _reply(w: World) -> bytes:
    """A genuine short police reply, text only, signed with l=."""
    return build(w, body=REPLY, attachments=(), length=True, subject="Re: solicitare")


def _file(raw: bytes, channel: str = "folder") -> Submission:
    return Submission(received_by_mx(raw), channel=channel, filename="adresa.eml")


def _prepended_content_type(w: World) -> Submission:
    head, body = split(_reply(w))
    return _file(EVIL_CT + b"\r\n" + head + b"\r\n" + body + _appended(w))


def _prepended_on_full_request(w: World) -> Submission:
    head, body = split(build(w, length=True))
    return _file(EVIL_CT + b"\r\n" + head + b"\r\n" + body + _appended(w))


def _cr_only_injection(w: World) -> Submission:
    # dkimpy splits lines at CRLF or LF only: for it this is one X-Trace header;
    # the email package also splits at a bare CR and sees a Content-Type.
    head, body = split(_reply(w))
    return _file(b"X-Trace: 1\r" + EVIL_CT + b"\r\n" + head + b"\r\n" + body + _appended(w))


def _lf_only_injection(w: World) -> Submission:
    head, body = split(_reply(w))
    return _file(EVIL_CT + b"\n" + head + b"\r\n" + body + _appended(w))


def _folded_second_content_type(w: World) -> Submission:
    head, body = split(_reply(w))
    folded = b'Content-Type: multipart/mixed;\r\n\tboundary="EVIL"\r\n'
    return _file(folded + head + b"\r\n" + body + _appended(w))


def _whitespace_before_colon(w: World) -> Submission:
    # RFC 5322's obsolete syntax allows "Name :"; dkimpy rejects it, the email
    # package ends the header block there: the two read different headers.
    head, body = split(_reply(w))
    return _file(
        head + b'Content-Type : multipart/mixed; boundary="EVIL"\r\n\r\n' + body + _appended(w)
    )


def _whitespace_line_then_header(w: World) -> Submission:
    # A whitespace-only line: some readers end the header block there, others fold it.
    head, body = split(_reply(w))
    return _file(EVIL_CT + b"\r\n \r\n" + head + b"\r\n" + body + _appended(w))


def _appended_to_plain_reply(w: World) -> Submission:
    # No header touched: the signed text/plain body simply goes on past l=.
    head, body = split(_reply(w))
    return _file(head + b"\r\n" + body + FORGED.replace("\n", "\r\n").encode())


def _duplicate_in_appended_part(w: World) -> Submission:
    # Inside a part too: text/plain for the parser, an attachment for a mail client.
    head, body = split(_reply(w))
    part = text_part(FORGED).replace(
        b"Content-Type: text/plain; charset=utf-8\r\n",
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Type: application/octet-stream\r\n",
    )
    tail = multipart("EVIL", part, pdf_part(signed_letter(w)))
    return _file(EVIL_CT + b"\r\n" + head + b"\r\n" + body + tail)


# ------------------------------------------------------------------ controls


def _l_covers_all(w: World) -> Submission:
    return _file(build(w, length=True))


def _lf_only_file(w: World) -> Submission:
    return Submission(received_by_mx(build(w)).replace(b"\r\n", b"\n"), "folder", filename="a.eml")


def _folded_headers(w: World) -> Submission:
    subject = (
        "Adresă oficială nr. 123.456 din 12.11.2026 privind comunicarea unor date "
        "în dosarul penal nr. 4567/P/2026"
    )
    return _file(build(w, subject=subject))


def _leading_blank_line(w: World) -> Submission:
    return Submission(b"\r\n" + received_by_mx(build(w)), channel="cli", filename="adresa.eml")


ATTACKS = [
    Attack(
        CLS, "l_reply_second_content_type", False, _prepended_content_type, policy_toml=registry
    ),
    Attack(
        CLS,
        "l_request_second_content_type",
        False,
        _prepended_on_full_request,
        policy_toml=registry,
    ),
    Attack(CLS, "l_cr_only_injected_content_type", False, _cr_only_injection, policy_toml=registry),
    Attack(CLS, "l_lf_only_injected_content_type", False, _lf_only_injection, policy_toml=registry),
    Attack(
        CLS,
        "l_folded_second_content_type",
        False,
        _folded_second_content_type,
        policy_toml=registry,
    ),
    Attack(CLS, "l_whitespace_before_colon", False, _whitespace_before_colon, policy_toml=registry),
    Attack(
        CLS,
        "l_whitespace_line_in_headers",
        False,
        _whitespace_line_then_header,
        policy_toml=registry,
    ),
    Attack(
        CLS, "l_text_appended_to_plain_reply", False, _appended_to_plain_reply, policy_toml=registry
    ),
    Attack(
        CLS,
        "l_duplicate_content_type_in_part",
        False,
        _duplicate_in_appended_part,
        policy_toml=registry,
    ),
    Attack(CLS, "genuine_l_covers_whole_body", True, _l_covers_all, policy_toml=registry),
    Attack(CLS, "genuine_lf_only_file", True, _lf_only_file, policy_toml=registry),
    Attack(CLS, "genuine_folded_headers", True, _folded_headers, policy_toml=registry),
    Attack(CLS, "genuine_leading_blank_line", True, _leading_blank_line, policy_toml=registry),
]
