"""Long-term PAdES signatures (B-LT, B-LTA): validation data and document timestamps after signing.

A qualified signing tool, or Adobe's "LTV enabled", appends after the
signature an incremental update holding the validation data (a /DSS with the
chain, OCSP, CRLs and /VRI entries) and, for B-LTA, a document timestamp
(/DocTimeStamp). pyHanko's difference analysis classifies such a revision as
modification level LTA_UPDATES: it changes nothing a reader sees, so the
signature still passes. A timestamp is validated as a timestamp and recorded
as evidence, never as a signature. Any other revision after a signature (page
content, a new visible field, an annotation), even one dressed with a DSS,
still fails.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import keys as akeys
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers, timestamps
from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from router.signatures.evidence import Check, Outcome
from router.signatures.pdfsig import validate_pdf
from router.signatures.roots import load_roots
from tests.samples.signatures.world import DER, Identity, World, letter_pdf, sign_pdf

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("ltvworld"))


def _tsa(issuer: Identity | None, name: str = "Test TSA") -> Identity:
    """A time-stamping authority (RSA, extendedKeyUsage timeStamping), under `issuer` or self-signed."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(issuer.key if issuer else key, hashes.SHA256())
    )
    return Identity(key, cert, [issuer.cert] if issuer else [])  # type: ignore[arg-type]


def _stamper(tsa: Identity) -> timestamps.DummyTimeStamper:
    return timestamps.DummyTimeStamper(
        tsa_cert=ax509.Certificate.load(tsa.cert.public_bytes(DER)),
        tsa_key=akeys.PrivateKeyInfo.load(
            tsa.key.private_bytes(
                DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        certs_to_embed=SimpleCertificateStore.from_certs(
            [ax509.Certificate.load(c.public_bytes(DER)) for c in tsa.chain]
        ),
    )


def _vc(world: World) -> ValidationContext:
    root = ax509.Certificate.load(world.ca.cert.public_bytes(DER))
    return ValidationContext(trust_roots=[root], allow_fetching=False, revocation_mode="soft-fail")


def _signed(world: World, data: bytes | None = None, field: str = "Semnatura") -> bytes:
    return sign_pdf(data if data is not None else letter_pdf(), world.signer, field)


def _chain(world: World) -> list[ax509.Certificate]:
    return [ax509.Certificate.load(c.public_bytes(DER)) for c in (world.signer.cert, world.ca.cert)]


def _with_dss(world: World, pdf: bytes, also: Any = None) -> bytes:
    """`pdf` with a DSS (the last signature's chain, a VRI entry) appended as one revision;
    `also(writer)` makes its other changes in that same revision."""
    last = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[-1]
    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    if also is not None:
        also(w)
    DocumentSecurityStore.supply_dss_in_writer(w, last.sig_object["/Contents"], certs=_chain(world))
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def _doc_timestamp(world: World, pdf: bytes, tsa: Identity, *, dss: bool = True) -> bytes:
    """`pdf` with a document timestamp by `tsa`, with its validation data unless `dss` is
    False (pyHanko builds that data only for a TSA under the world's CA)."""
    out = signers.PdfTimeStamper(_stamper(tsa)).timestamp_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)),
        "sha256",
        validation_context=_vc(world) if dss else None,
    )
    return bytes(out.getvalue())


def _pades_lta(world: World, tsa: Identity) -> bytes:
    """The letter signed as pyHanko signs B-LTA: signature timestamp, DSS, document timestamp."""
    meta = signers.PdfSignatureMetadata(
        field_name="Semnatura",
        subfilter=SigSeedSubFilter.PADES,
        embed_validation_info=True,
        use_pades_lta=True,
        validation_context=_vc(world),
    )
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(letter_pdf())),
        meta,
        signer=world.signer.signer(),
        timestamper=_stamper(tsa),
    )
    return bytes(out.getvalue())


def _draw_on_page(w: IncrementalPdfFileWriter) -> None:
    """New page content ("ALTERED") in the writer's revision: what a shadow attacker adds."""
    page = w.root["/Pages"]["/Kids"][0].get_object()
    ref = w.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 100 Td (ALTERED) Tj ET"))
    page["/Contents"] = generic.ArrayObject([page.raw_get("/Contents"), ref])
    w.update_container(page)


def _visible_field(w: IncrementalPdfFileWriter) -> None:
    """A new, empty signature field with a widget on the page (FORM_FILLING in pyHanko's terms)."""
    fields.append_signature_field(w, SigFieldSpec("Peste", box=(50, 50, 550, 750)))


def _revision(pdf: bytes, change: Any) -> bytes:
    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    change(w)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def _checks(world: World, pdf: bytes) -> list[Check]:
    return validate_pdf("adresa.pdf", pdf, load_roots(world.roots))


def _later(check: Check) -> dict[int, dict[str, Any]]:
    return {int(r["revision"]): r for r in check.evidence.get("later_revisions", [])}


def test_b_lt_validation_data_after_the_signature_passes(world: World) -> None:
    """A signature followed by a DSS revision (PAdES-B-LT) passes and names that revision as validation data."""
    pdf = _with_dss(world, _signed(world))
    [check] = _checks(world, pdf)
    assert check.verdict is Outcome.PASS, check.detail
    [later] = _later(check).values()
    assert later["kind"] == "validation data (DSS)"
    assert later["modification_level"] == "LTA_UPDATES"
    assert "validation data" in check.detail


def test_b_lta_passes_and_the_document_timestamp_is_evidence_not_a_signature(world: World) -> None:
    """A B-LTA letter passes once: its document timestamp is recorded under the signature, never as a pdf_signature of its own."""
    pdf = _pades_lta(world, _tsa(world.ca))
    checks = _checks(world, pdf)
    assert [c.verdict for c in checks] == [Outcome.PASS], [c.detail for c in checks]
    [stamp] = checks[0].evidence["document_timestamps"]
    assert stamp["tsa"] == "Test TSA" and stamp["trusted"] is True and stamp["intact"] is True
    assert "document timestamp by Test TSA" in checks[0].detail
    assert "not an authority's signature" in checks[0].detail
    kinds = {r["kind"] for r in _later(checks[0]).values()}
    assert "document timestamp" in kinds and "validation data (DSS)" in kinds


def test_timestamp_by_an_untrusted_tsa_is_recorded_as_such(world: World) -> None:
    """A document timestamp whose TSA chains to no pinned root is recorded as untrusted; the timestamp proves nothing, the signature still passes."""
    pdf = _doc_timestamp(world, _signed(world), _tsa(None, "Self TSA"), dss=False)
    [check] = _checks(world, pdf)
    assert check.verdict is Outcome.PASS, check.detail
    [stamp] = check.evidence["document_timestamps"]
    assert stamp["tsa"] == "Self TSA" and stamp["trusted"] is False
    assert "does not chain to a pinned root" in check.detail


def test_signatures_with_validation_data_between_them_both_pass(world: World) -> None:
    """Signature, DSS, a second signature, then DSS and document timestamp: both signatures pass."""
    first = _with_dss(world, _signed(world))
    second = _doc_timestamp(world, _signed(world, first, "Semnatura2"), _tsa(world.ca))
    checks = _checks(world, second)
    assert [c.verdict for c in checks] == [Outcome.PASS, Outcome.PASS], [c.detail for c in checks]
    kinds = [r["kind"] for r in checks[0].evidence["later_revisions"]]
    assert kinds[:2] == ["validation data (DSS)", "signature"]


def test_a_timestamp_alone_is_no_signature(world: World) -> None:
    """A PDF carrying only a document timestamp has no signature: missing (never a pass), naming the TSA."""
    pdf = _doc_timestamp(world, letter_pdf(), _tsa(world.ca))
    checks = _checks(world, pdf)
    assert [c.verdict for c in checks] == [Outcome.MISSING], [c.detail for c in checks]
    assert "document timestamp by Test TSA" in checks[0].detail


def _break_timestamp(pdf: bytes) -> bytes:
    """`pdf` with one hex digit of its document timestamp's CMS signature value changed."""
    stamp = PdfFileReader(io.BytesIO(pdf)).embedded_timestamp_signatures[0]
    value = stamp.signer_info["signature"].native.hex().encode()
    at = pdf.lower().index(value) + len(value) // 2
    return pdf[:at] + (b"0" if pdf[at : at + 1] != b"0" else b"1") + pdf[at + 1 :]


def test_a_document_timestamp_that_does_not_verify_fails_the_signature(world: World) -> None:
    """A document timestamp after the signature whose CMS signature was altered fails the signature it follows."""
    pdf = _break_timestamp(_doc_timestamp(world, _signed(world), _tsa(world.ca)))
    [check] = _checks(world, pdf)
    assert check.verdict is Outcome.FAIL
    assert "document timestamp" in check.detail and "does not verify" in check.detail


def test_a_lone_timestamp_that_does_not_verify_fails(world: World) -> None:
    """A PDF whose only signature object is a document timestamp that does not verify fails, naming it."""
    pdf = _break_timestamp(_doc_timestamp(world, letter_pdf(), _tsa(world.ca)))
    [check] = _checks(world, pdf)
    assert check.verdict is Outcome.FAIL
    assert "document timestamp" in check.detail and "does not verify" in check.detail


@pytest.mark.parametrize(
    ("name", "build", "level"),
    [
        # One revision adding the DSS and drawing on the page.
        ("dss_with_page_content", lambda w, p: _with_dss(w, p, _draw_on_page), "OTHER"),
        # A drawing revision, then the validation data (the overlay dressed as LTV).
        ("overlay_then_dss", lambda w, p: _with_dss(w, _revision(p, _draw_on_page)), "OTHER"),
        # A new visible field (form filling), then the validation data.
        (
            "visible_field_then_dss",
            lambda w, p: _with_dss(w, _revision(p, _visible_field)),
            "FORM_FILLING",
        ),
        # A visible field, then a document timestamp and its validation data.
        (
            "visible_field_then_timestamp",
            lambda w, p: _doc_timestamp(w, _revision(p, _visible_field), _tsa(w.ca)),
            "FORM_FILLING",
        ),
    ],
)
def test_anything_but_validation_data_after_the_signature_fails(
    world: World, name: str, build: Any, level: str
) -> None:
    """Page content or a visible field added after signing fails, even dressed with a DSS or a timestamp, naming the revision and its level."""
    [check] = _checks(world, build(world, _signed(world)))
    assert check.verdict is Outcome.FAIL, f"{name}: {check.detail}"
    assert "changed after signing" in check.detail
    bad = [r for r in check.evidence["later_revisions"] if not r["allowed"]]
    assert bad and bad[0]["revision"] == 2 and bad[0]["modification_level"] == level, bad


def test_a_visible_document_timestamp_is_not_validation_data(world: World) -> None:
    """A document timestamp in a new field with a widget on the page is form filling, not LTA: it fails the signature."""
    w = IncrementalPdfFileWriter(io.BytesIO(_signed(world)))
    fields.append_signature_field(w, SigFieldSpec("Vizibil", box=(50, 50, 550, 750)))
    stamper = signers.PdfTimeStamper(_stamper(_tsa(world.ca)), field_name="Vizibil")
    pdf = bytes(stamper.timestamp_pdf(w, "sha256").getvalue())
    [check] = _checks(world, pdf)
    assert check.verdict is Outcome.FAIL
    [later] = check.evidence["later_revisions"]
    assert later["kind"] == "document timestamp" and later["modification_level"] == "FORM_FILLING"
    assert later["allowed"] is False


def test_a_timestamp_field_before_a_page_change_does_not_excuse_it(world: World) -> None:
    """A document timestamp, then new page content: the content revision fails the signature."""
    pdf = _revision(_doc_timestamp(world, _signed(world), _tsa(world.ca)), _draw_on_page)
    [check] = _checks(world, pdf)
    assert check.verdict is Outcome.FAIL
    bad = [r for r in check.evidence["later_revisions"] if not r["allowed"]]
    last = int(check.evidence["total_revisions"]) - 1
    assert [(r["revision"], r["modification_level"]) for r in bad] == [(last, "OTHER")], bad


def test_roots_folder_is_the_tsa_trust_too(tmp_path: Path, world: World) -> None:
    """With no pinned roots the timestamp's TSA is untrusted too, and the signature fails for its own certificate."""
    pdf = _doc_timestamp(world, _signed(world), _tsa(world.ca))
    [check] = validate_pdf("adresa.pdf", pdf, load_roots(tmp_path / "none"))
    assert check.verdict is Outcome.FAIL and "no trust roots" in check.detail
    [stamp] = check.evidence["document_timestamps"]
    assert stamp["trusted"] is False
