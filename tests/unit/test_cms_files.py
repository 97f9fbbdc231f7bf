"""CAdES files (.p7m, .p7s): what the parse step reads inside, and what the check says of each.

The attack suite (`tests/attacks/redteam4_cades_files.py`) judges whole mails
end to end; these pin the pieces: the structure is recognised in DER and in
base64, S/MIME's opaque MIME entity is not mistaken for a signed file, a
detached signature is matched to the file it signs by its digest, and the
check names the real failure.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from parsers import extract
from parsers.cms import inner_name, is_detached, is_mime_entity, layers, signed_file
from parsers.errors import UnreadableInput
from parsers.model import SourceKind
from router.signatures.cades import signed_files, validate
from router.signatures.evidence import Outcome
from router.signatures.roots import load_roots
from tests.samples.signatures.world import Identity, World, issue, letter_pdf


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(Path(tmp_path_factory.mktemp("cms")))


def _cms(identity: Identity, data: bytes, *, detached: bool = False) -> bytes:
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data)
    builder = builder.add_signer(identity.cert, identity.key, hashes.SHA256())
    for c in identity.chain:
        builder = builder.add_certificate(c)
    options = [pkcs7.PKCS7Options.Binary]
    if detached:
        options.append(pkcs7.PKCS7Options.DetachedSignature)
    return builder.sign(serialization.Encoding.DER, options)


def test_names_of_signed_files() -> None:
    assert inner_name("adresa.pdf.p7m") == "adresa.pdf"
    assert inner_name("ADRESA.PDF.P7M.p7m") == "ADRESA.PDF"
    assert inner_name("adresa.pdf.p7s") == "adresa.pdf"
    assert inner_name("adresa.pdf") == "adresa.pdf"
    assert inner_name(None) == "signed document"


def test_the_pdf_inside_a_p7m_is_read_in_der_and_in_base64(world: World) -> None:
    pdf = letter_pdf()
    der = _cms(world.seals["ipj_cluj"], pdf)
    pem = b"-----BEGIN PKCS7-----\n" + base64.encodebytes(der) + b"-----END PKCS7-----\n"
    for data in (der, pem, base64.b64encode(der)):
        assert signed_file(data) == pdf
        assert not is_detached(data)
    doc = extract(der, filename="adresa.pdf.p7m")
    assert doc.kind is SourceKind.PDF
    assert "4567/P/2026" in "\n".join(p.text for p in doc.pages)


def test_signed_twice_is_opened_through_both_layers(world: World) -> None:
    pdf = letter_pdf()
    outer = _cms(world.seals["ipj_cluj"], _cms(world.signer, pdf))
    assert len(layers(outer)) == 2
    assert signed_file(outer) == pdf


def test_a_detached_signature_has_no_text_and_says_so(world: World) -> None:
    der = _cms(world.seals["ipj_cluj"], letter_pdf(), detached=True)
    assert is_detached(der)
    assert signed_file(der) is None
    with pytest.raises(UnreadableInput, match="detached signature"):
        extract(der, filename="adresa.pdf.p7s")


def test_an_smime_entity_is_not_a_signed_file(world: World) -> None:
    entity = b"Content-Type: text/plain; charset=utf-8\r\n\r\nVa rugam sa ne comunicati ...\r\n"
    der = _cms(world.seals["ipj_cluj"], entity)
    assert is_mime_entity(entity)
    assert layers(der) == []  # S/MIME: `smime` judges it, as a message
    assert signed_file(der) is None


def test_not_cms_is_nothing() -> None:
    for data in (
        b"",
        b"0722 123 456 text that starts with a zero",
        b"\x30\x03\x02\x01\x01",
        b"%PDF-1.7",
    ):
        assert layers(data) == []
        assert signed_file(data) is None


def test_a_detached_signature_is_matched_to_the_file_it_signs_by_digest(world: World) -> None:
    roots = load_roots(world.roots)
    signed = letter_pdf()
    shown = letter_pdf(letter_text := "Alt text al scrisorii, nesemnat.\n")
    assert letter_text
    der = _cms(world.seals["ipj_cluj"], signed, detached=True)
    # Its own name holds another file; the signed one is attached under another name.
    found = signed_files([("adresa.pdf", shown), ("adresa.pdf.p7s", der), ("vechi.pdf", signed)])
    assert [(f.name, f.content_name) for f in found] == [("adresa.pdf.p7s", "vechi.pdf")]
    check = validate(found[0], roots)
    assert check.verdict is Outcome.PASS
    assert check.evidence["document"] == "vechi.pdf"
    # Nothing it signs is attached: a fail that says so (not "altered").
    (alone,) = signed_files([("adresa.pdf", shown), ("adresa.pdf.p7s", der)])
    check = validate(alone, roots)
    assert check.verdict is Outcome.FAIL
    assert "is not the file it signs" in check.detail


def test_the_check_names_the_real_failure(world: World) -> None:
    roots = load_roots(world.roots)
    pdf = letter_pdf()
    (ok,) = signed_files([("a.pdf.p7m", _cms(world.seals["ipj_cluj"], pdf))])
    good = validate(ok, roots)
    assert good.verdict is Outcome.PASS
    assert good.evidence["signer_identity"]["organization_identifier"] == "VATRO-4288001"
    assert good.evidence["signing_time_stated"]

    stranger = issue("Sigiliu ipj_cluj", None, org="INSPECTORATUL DE POLITIE JUDETEAN CLUJ")
    (selfsigned,) = signed_files([("a.pdf.p7m", _cms(stranger, pdf))])
    bad = validate(selfsigned, roots)
    assert bad.verdict is Outcome.FAIL and "self-signed" in bad.detail

    der = _cms(world.seals["ipj_cluj"], pdf)
    at = der.index(pdf) + len(pdf) // 2
    tampered = der[:at] + bytes([der[at] ^ 1]) + der[at + 1 :]
    (changed,) = signed_files([("a.pdf.p7m", tampered)])
    worse = validate(changed, roots)
    assert worse.verdict is Outcome.FAIL and "altered after signing" in worse.detail

    expired = issue(
        "Sigiliu vechi", world.ca, org="INSPECTORATUL DE POLITIE JUDETEAN CLUJ", days=(-400, -1)
    )
    (old,) = signed_files([("a.pdf.p7m", _cms(expired, pdf))])
    stale = validate(old, roots)
    assert stale.verdict is Outcome.FAIL
    assert "expired or not yet valid" in stale.detail
