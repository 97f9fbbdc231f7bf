"""What a signature verified is the part a reader is shown, and a label makes no signature.

Red team 7 (tests/attacks/redteam7_mail.py, classes A and E) found the S/MIME-signed
entity cut out of the raw item by its boundary string wherever such lines stand, the
first child of every multipart/signed left unread once any S/MIME part bound, and a
file skipped because its label says "signature". These pin the rules that closed them,
beside the attack cases:

- `mimecut.stretches` delimits body parts as the email package does (a `--<boundary>`
  line followed by other text is no delimiter);
- `smime.signed_part_bytes` validates the stretch that reads as exactly the first child
  the parser walked, so a genuine entity holding a line that merely begins like its
  boundary still verifies;
- `unsigned_collect` leaves out only the entity a signature verified and binds (not a
  second genuinely signed entity that binds nothing; not one whose check's name a file
  borrows), and a detached-signature label only on a multipart/signed's second child;
- the parse step reads a file under such a label anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from email import message_from_bytes

import pytest

from parsers.extract import extract
from router.signatures.mimecut import stretches
from router.signatures.roots import load_roots
from router.signatures.smime import same_entity, signed_part_bytes, validate_smime
from tests.attacks import redteam7_mail as r7
from tests.attacks.harness import Attack, Submission, run_attack
from tests.attacks.mailkit import pdf_part
from tests.attacks.redteam4_enclosed_original import _enclose
from tests.attacks.redteam_kit import sealed_letter, smime_detached, text_entity
from tests.samples.signatures.world import World

POLICE = "politia.cluj@cj.politiaromana.ro"
DEMAND = "Completare: atasati la raspuns si parolele contului si conversatiile private.\n"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("signed-part-identity"))


# ------------------------------------------------------------------ stretches


def test_stretches_are_delimited_as_the_email_package_delimits_parts() -> None:
    raw = (
        b"preamble\r\n--B\r\nA: 1\r\n\r\none\r\n--Bnot-a-delimiter\r\n--B  \r\n"
        b"A: 2\r\n\r\ntwo\r\n--B--\r\nepilogue\r\n--B\rA: 3\r\n\r\nthree\n--B--"
    )
    assert list(stretches(raw, "B")) == [
        b"A: 1\r\n\r\none\r\n--Bnot-a-delimiter",
        b"A: 2\r\n\r\ntwo",
        b"A: 3\r\n\r\nthree",
    ]


def test_same_entity_compares_headers_and_bodies_as_written() -> None:
    a = message_from_bytes(b"Content-Type: text/plain\r\n\r\nText\r\n")
    assert same_entity(a, message_from_bytes(b"Content-Type: text/plain\r\n\r\nText\r\n"))
    assert not same_entity(a, message_from_bytes(b"Content-Type: text/plain\r\n\r\nText.\r\n"))
    assert not same_entity(a, message_from_bytes(b"Content-Type: text/html\r\n\r\nText\r\n"))


# ------------------------------------------------------------------ the signed bytes


def _with_boundary(w: World, entity: bytes, boundary: bytes) -> bytes:
    """A mail whose multipart/signed (boundary `boundary`) carries `entity`, signed."""
    ctype, old, sigpart = smime_detached(w.signer, entity)
    ctype = ctype.replace(old, boundary)
    head = (
        f"From: Politia Cluj <{POLICE}>\r\nTo: legal@okazii.ro\r\nSubject: Adresa\r\n"
        "MIME-Version: 1.0\r\n"
    ).encode()
    return (
        head + ctype + b"\r\n\r\n--" + boundary + b"\r\n" + entity
        + b"\r\n--" + boundary + sigpart + b"--" + boundary + b"--\r\n"
    )  # fmt: skip


def test_a_line_that_only_begins_like_the_boundary_is_inside_the_signed_part(
    world: World,
) -> None:
    entity = text_entity("Adresa semnata.\n--SIG-this-line-is-text\nComisar Popescu Ion\n")
    raw = _with_boundary(world, entity, b"SIG")
    msg = message_from_bytes(raw)
    assert signed_part_bytes(raw, msg) == entity
    [check] = validate_smime(raw, msg, POLICE, load_roots(world.roots))
    assert check.verdict.value == "pass", check.detail


def test_the_part_shown_is_the_part_verified_not_a_copy_before_it(world: World) -> None:
    entity = text_entity(r7.SIGNED)
    raw = r7._copy_before(r7.SIGNED + r7.PS, "text")(world).raw
    msg = message_from_bytes(raw)
    signed = next(p for p in msg.walk() if p.get_content_type() == "multipart/signed")
    cut = signed_part_bytes(raw, signed)
    assert cut is not None and cut != entity and b"P.S." in cut
    [check] = validate_smime(raw, msg, POLICE, load_roots(world.roots))
    assert check.verdict.value == "fail"


# ------------------------------------------------------------------ what the unsigned rule skips


def _judge(world: World, make: Callable[[World], Submission]) -> tuple[str | None, str]:
    attack = Attack("signed_part_identity", "case", False, make, policy_toml=World.policy_toml)
    outcome = run_attack(attack, world)
    return outcome.verdict, " ".join((outcome.signatures or {}).get("reasons") or [])


def _second_signed_entity(w: World) -> Submission:
    """The genuine signed letter, then a second entity genuinely signed by the same officer
    (an older signed mail of his) asking for more, which binds nothing."""
    letter = text_entity(r7.SIGNED)
    c1, b1, s1 = smime_detached(w.signer, letter)
    more = text_entity(DEMAND)
    c2, b2, s2 = smime_detached(w.signer, more)
    return r7._smime_file(
        w, r7._signed_part(c1, b1, letter, s1) + r7._signed_part(c2, b2, more, s2)
    )


def _letter_named_like_the_check(w: World) -> Submission:
    """The sealed PDF letter named "S/MIME part 1", beside a genuinely signed entity that
    binds nothing: the name a check is known by is no file's to borrow."""
    more = text_entity(DEMAND)
    ctype, boundary, sigpart = smime_detached(w.signer, more)
    pdf = pdf_part(sealed_letter(w)).replace(b"adresa.pdf", b"S/MIME part 1")
    body = b"--OUTER\r\n" + pdf + b"\r\n" + r7._signed_part(ctype, boundary, more, sigpart)
    return r7._smime_file(w, body)


@pytest.mark.slow
def test_only_the_entity_that_binds_is_left_out(world: World) -> None:
    verdict, reasons = _judge(world, _second_signed_entity)
    assert verdict != "verified" and "parolele" in reasons


@pytest.mark.slow
def test_a_file_named_like_a_check_exempts_no_signed_entity(world: World) -> None:
    verdict, reasons = _judge(world, _letter_named_like_the_check)
    assert verdict != "verified" and "parolele" in reasons


@pytest.mark.slow
def test_a_file_labelled_as_a_signature_outside_a_signed_part_is_named_unread(
    world: World,
) -> None:
    """A name no text reader opens: not read, so named (a person reads it, the checks cannot)."""
    verdict, reasons = _judge(
        world, r7._labelled_file("application/pkcs7-signature", name="completare.sig")
    )
    assert verdict == "incomplete" and "completare.sig" in reasons


def _enclosed_smime(w: World) -> Submission:
    """The police's genuine S/MIME mail forwarded as an attachment by one of our people."""
    return Submission(
        _enclose(r7._genuine_smime("cli")(w).raw, journal=False),
        channel="cli",
        filename="adresa.eml",
    )


@pytest.mark.slow
def test_a_genuine_smime_original_enclosed_by_us_still_verifies(world: World) -> None:
    """The checks number an enclosed original's S/MIME parts in its own bytes; the entity
    left out of the unsigned text is the one shown in its place, read as the one verified."""
    verdict, reasons = _judge(world, _enclosed_smime)
    assert verdict == "verified", reasons


# ------------------------------------------------------------------ the parse step


def test_the_parse_step_reads_a_file_labelled_as_a_signature_outside_a_signed_part(
    world: World,
) -> None:
    raw = r7._labelled_file("application/pgp-signature")(world).raw
    doc = extract(raw, filename="adresa.eml")
    [annex] = [a for a in doc.attachments if a.filename == "completare.txt"]
    assert "parolele" in " ".join(p.text for p in annex.pages)


def test_the_parse_step_reads_no_text_in_a_signed_parts_signature(world: World) -> None:
    raw = r7._genuine_smime("cli")(world).raw
    doc = extract(raw, filename="adresa.eml")
    [sig] = [a for a in doc.attachments if a.filename == "smime.p7s"]
    assert sig.pages == () and sig.defects == ()


def test_mimekit_thunderbird_sample_cut_reads_as_its_signed_part() -> None:
    """A real client's signed entity (multipart/mixed, preamble, epilogue, LF line ends)."""
    from tests.conftest import corpus

    raw = corpus("mimekit/UnitTests/TestData/smime/thunderbird-signed.txt").read_bytes()
    msg = message_from_bytes(raw)
    cut = signed_part_bytes(raw, msg)
    assert cut is not None and cut.startswith(b"Content-Type: multipart/mixed;\r\n")
