"""Class 5: the headers of a mail file are written by whoever wrote the file.

A `.eml` given to the CLI, a watched folder or the post room carries
`Received:` and `Return-Path:` lines its author chose: a line "by
mx1.okazii.ro" naming the police's IP makes SPF pass and DMARC pass through
SPF. They are claims, recorded and never evidence. The controls: a file with
the police's own DKIM signature verifies whatever its Received lines say; a
genuine file without DKIM is `incomplete` (nothing wrong, nothing proven).
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.mailkit import POLICE, build, received_by_mx, registry
from tests.samples.signatures.world import POLICE_IP, World

CLS = "file_headers"


def _unsigned(w: World) -> bytes:
    return build(w, dkim_domain=None)


def _cli(w: World) -> Submission:
    return Submission(received_by_mx(_unsigned(w)), channel="cli", filename="adresa.eml")


def _folder(w: World) -> Submission:
    return Submission(received_by_mx(_unsigned(w)), channel="folder", filename="adresa.eml")


def _post(w: World) -> Submission:
    return Submission(received_by_mx(_unsigned(w)), channel="post", filename="adresa.eml")


def _internal_hop_first(w: World) -> Submission:
    # An "internal" hop of ours on top, the forged origin below it.
    top = (
        b"Received: from localhost (localhost [127.0.0.1])\r\n"
        b"\tby mx2.okazii.ro (Postfix) with ESMTP id 9Z; Thu, 12 Nov 2026 14:32:12 +0200\r\n"
    )
    return Submission(top + received_by_mx(_unsigned(w)), channel="folder", filename="a.eml")


def _exim_line(w: World) -> Submission:
    line = (
        f"Return-Path: <{POLICE}>\r\n"
        f"Received: from [{POLICE_IP}] (port=41234 helo=mta.politiaromana.ro)\r\n"
        "\tby mx1.okazii.ro (Exim 4.96) with esmtps id 1x; Thu, 12 Nov 2026 14:32:11 +0200\r\n"
    ).encode()
    return Submission(line + _unsigned(w), channel="cli", filename="adresa.eml")


def _return_path_parent(w: World) -> Submission:
    # SPF for the parent domain through a bounce address there, DMARC relaxed on the From.
    raw = received_by_mx(_unsigned(w), mail_from="bounce@politiaromana.ro")
    return Submission(raw, channel="folder", filename="adresa.eml")


def _unaligned_dkim_plus_received(w: World) -> Submission:
    # A real DKIM signature, but of a free-mail domain: only the forged SPF aligns.
    raw = received_by_mx(build(w, dkim_domain="gmail.com"))
    return Submission(raw, channel="cli", filename="adresa.eml")


def _dkim_file(w: World) -> Submission:
    return Submission(received_by_mx(build(w)), channel="folder", filename="adresa.eml")


def _dkim_file_odd_received(w: World) -> Submission:
    # The Received lines say nothing of ours: the signature alone carries it.
    top = (
        b"Received: from mail.example.org (mail.example.org [203.0.113.9])\r\n"
        b"\tby mx.example.org (Postfix); Thu, 12 Nov 2026 14:32:11 +0200\r\n"
    )
    return Submission(top + build(w), channel="cli", filename="adresa.eml")


ATTACKS = [
    Attack(CLS, "cli_forged_received", False, _cli, policy_toml=registry),
    Attack(CLS, "folder_forged_received", False, _folder, policy_toml=registry),
    Attack(CLS, "post_forged_received", False, _post, policy_toml=registry),
    Attack(
        CLS, "forged_internal_hop_then_origin", False, _internal_hop_first, policy_toml=registry
    ),
    Attack(CLS, "forged_exim_line", False, _exim_line, policy_toml=registry),
    Attack(
        CLS, "forged_return_path_parent_domain", False, _return_path_parent, policy_toml=registry
    ),
    Attack(
        CLS,
        "forged_received_beside_unaligned_dkim",
        False,
        _unaligned_dkim_plus_received,
        policy_toml=registry,
    ),
    Attack(CLS, "genuine_dkim_file", True, _dkim_file, policy_toml=registry),
    Attack(
        CLS,
        "genuine_dkim_file_foreign_received",
        True,
        _dkim_file_odd_received,
        policy_toml=registry,
    ),
    Attack(
        CLS,
        "genuine_unsigned_file_incomplete",
        True,
        _folder,
        expect="incomplete",
        policy_toml=registry,
    ),
]
