"""S/MIME: mail signed under a test CA, tampered and foreign-signed mail, and mimekit's real sample."""

from __future__ import annotations

from email import message_from_bytes
from pathlib import Path

import pytest

from router.signatures.roots import load_roots
from router.signatures.smime import validate_smime
from tests.conftest import corpus
from tests.samples.signatures.world import World, issue

POLICE = "politia.cluj@cj.politiaromana.ro"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("smime"))


def _verdicts(raw: bytes, sender: str, roots: Path | None) -> list[tuple[str, str]]:
    return [
        (c.verdict.value, c.detail)
        for c in validate_smime(raw, message_from_bytes(raw), sender, load_roots(roots))
    ]


def test_signed_mail_under_the_pinned_ca_passes(world: World) -> None:
    """A multipart/signed mail from the certificate's own address verifies and is trusted."""
    raw = world.smime_mail(world.signer, POLICE, "Va rugam datele utilizatorului x.")
    assert _verdicts(raw, POLICE, world.roots)[0][0] == "pass"


def test_altered_content_fails(world: World) -> None:
    """Changing one word of the signed part breaks the signature."""
    raw = world.smime_mail(world.signer, POLICE, "Va rugam datele utilizatorului x.", tamper=True)
    [(verdict, detail)] = _verdicts(raw, POLICE, world.roots)
    assert verdict == "fail" and "altered" in detail


def test_self_signed_fails_and_another_sender_is_left_to_the_registry(world: World) -> None:
    """A self-signed signer fails; a certificate for another address than From is valid
    S/MIME whose sender problem the registry judges (`consistency._vouches`)."""
    raw = world.smime_mail(issue("Fals", email=POLICE), POLICE, "x")
    assert _verdicts(raw, POLICE, world.roots)[0][0] == "fail"
    raw = world.smime_mail(world.signer, "sef@cj.politiaromana.ro", "x")
    roots = load_roots(world.roots)
    checks = validate_smime(raw, message_from_bytes(raw), "sef@cj.politiaromana.ro", roots)
    assert [c.verdict.value for c in checks] == ["pass"]
    assert "not the sender" in checks[0].evidence["sender_problem"]


def test_mimekit_thunderbird_sample_is_intact_but_not_trusted(tmp_path: Path) -> None:
    """mimekit's Thunderbird-signed mail verifies byte for byte, but its CA is not pinned."""
    raw = corpus("mimekit/UnitTests/TestData/smime/thunderbird-signed.txt").read_bytes()
    checks = validate_smime(raw, message_from_bytes(raw), "fejj@gnome.org", load_roots(tmp_path))
    assert len(checks) == 1 and checks[0].verdict.value == "fail"
    assert checks[0].evidence["intact"] is True and checks[0].evidence["valid"] is True
    assert checks[0].evidence["trusted"] is False
