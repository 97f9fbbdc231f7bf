"""PDF signatures with pyHanko against pinned roots: valid, untrusted, expired, modified; the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from router.signatures.pdfsig import has_pdf_signature, validate_pdf
from router.signatures.roots import load_roots
from tests.conftest import corpus
from tests.samples.signatures.world import (
    World,
    issue,
    letter_pdf,
    modify_after_signing,
    sign_pdf,
    tamper_bytes,
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("pdfworld"))


def _one(raw: bytes, world: World) -> tuple[str, str, dict[str, object]]:
    [check] = validate_pdf("a.pdf", raw, load_roots(world.roots))
    return check.verdict.value, check.detail, check.evidence


def test_valid_signature_passes_with_signer_and_subject(world: World) -> None:
    """A PDF signed under the pinned CA passes, naming the signer and the certificate subject."""
    verdict, _, ev = _one(sign_pdf(letter_pdf(), world.signer), world)
    assert verdict == "pass" and ev["signer"] == "Popescu Ion" and "IPJ Cluj" in str(ev["subject"])
    assert "unverifiable" in str(ev["revocation"])


def test_unsigned_pdf_has_no_signature_check(world: World) -> None:
    """An unsigned PDF yields no pdf_signature evidence at all (the verdict calls it missing)."""
    assert not has_pdf_signature(letter_pdf())
    assert validate_pdf("a.pdf", letter_pdf(), load_roots(world.roots)) == []


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (
            lambda w: sign_pdf(letter_pdf(), issue("Fals", issue("Other CA", ca=True))),
            "pinned root",
        ),
        (lambda w: sign_pdf(letter_pdf(), issue("Autosemnat")), "self-signed"),
        (lambda w: sign_pdf(letter_pdf(), issue("Expirat", w.ca, days=(-400, -5))), "expired"),
        (lambda w: modify_after_signing(sign_pdf(letter_pdf(), w.signer)), "changed after signing"),
        (lambda w: tamper_bytes(sign_pdf(letter_pdf(), w.signer)), "altered"),
    ],
)
def test_bad_signatures_fail_with_the_reason(world: World, make: object, reason: str) -> None:
    """Untrusted, self-signed, expired, modified-after-signing and altered PDFs fail, saying why."""
    verdict, detail, _ = _one(make(world), world)  # type: ignore[operator]
    assert verdict == "fail" and reason in detail


def test_no_roots_configured_means_not_trusted(world: World) -> None:
    """Without REGISTRATURA_TRUST_ROOTS nothing is trusted (the OS store is never used)."""
    [check] = validate_pdf("a.pdf", sign_pdf(letter_pdf(), world.signer), load_roots(None))
    assert check.verdict.value == "fail" and "no trust roots" in check.detail


@pytest.mark.parametrize(
    ("name", "verdict", "reason", "intact"),
    [
        ("minimal-signed-twice-both-created.pdf", "fail", "self-signed", True),
        # Signed while the testing CA's certificate was valid, expired since: no
        # failure, a re-signed copy is asked for (unverifiable).
        ("sig-with-ski-sid.pdf", "unverifiable", "expired", True),
        ("pades-with-old-style-signing-cert-attr.pdf", "unverifiable", "expired", True),
        ("coverage-anomalies/tail-uncovered.pdf", "fail", "changed after signing", True),
        ("coverage-anomalies/signature-gap-too-big.pdf", "fail", "changed after signing", True),
        ("pdf-sig-with-econtent.pdf", "fail", "cannot be validated", None),
    ],
)
def test_pyhanko_corpus_expected_outcomes(
    tmp_path: Path, name: str, verdict: str, reason: str, intact: bool | None
) -> None:
    """pyHanko's signed corpus, its testing CA pinned: none passes, each for the right reason."""
    root = corpus("pyhanko-signed-pdfs/crypto/testing-ca/root/root.cert.pem")
    (tmp_path / "root.pem").write_bytes(root.read_bytes())
    checks = validate_pdf(
        name, corpus(f"pyhanko-signed-pdfs/pdf/{name}").read_bytes(), load_roots(tmp_path)
    )
    assert checks and all(c.verdict.value == verdict for c in checks)
    assert reason in checks[0].detail
    assert checks[0].evidence.get("intact") is intact
