"""Small builders the red-team attack modules (`redteam_*.py`) share.

Raw-byte surgery on a mail as our MX stored it (a header added after DKIM
signed it), the usual county-police letter signed by its bound seal, a
minimal DOCX, and DKIM signing with a chosen header list and algorithm. No
product code is touched: every case still goes in as bytes through the
harness.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import re
import struct
import zipfile
from email.mime.text import MIMEText
from xml.sax.saxutils import escape

import dkim
from asn1crypto import keys as akeys
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric import utils as asym_utils
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from dkim.canonicalization import CanonicalizationPolicy
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers, timestamps
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from tests.attacks.letters import letter
from tests.attacks.mailkit import add_dkim_key, add_zone_line
from tests.samples.signatures.world import Identity, World, letter_pdf, sign_pdf

_SEALED: dict[tuple[int, str], bytes] = {}


def sealed_letter(w: World, text: str | None = None) -> bytes:
    """`text` (default: the IPJ Cluj letter, case 4567/P/2026, ion_vanzator88) signed by the bound seal."""
    body = text if text is not None else letter()
    key = (id(w), body)
    if key not in _SEALED:
        _SEALED[key] = sign_pdf(letter_pdf(body), w.seals["ipj_cluj"])
    return _SEALED[key]


def insert_header(raw: bytes, header: bytes, before: bytes = b"Subject:") -> bytes:
    """`raw` with one more header line (CRLF-ended) put before the first `before` header.

    Used after DKIM signed the mail: a header the signature's `h=` does not
    name can be added by anyone who holds the mail, without duplicating one.
    """
    at = raw.index(b"\r\n" + before) + 2
    return raw[:at] + header.rstrip(b"\r\n") + b"\r\n" + raw[at:]


def docx(text: str) -> bytes:
    """A minimal Word document (OOXML) holding one paragraph of `text`."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org'
            '/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
            f"{escape(text)}</w:t></w:r></w:p></w:body></w:document>",
        )
    return out.getvalue()


def dkim_key_record(w: World, domain: str, selector: str, flags: str) -> None:
    """Publish the world's key of `domain` again under `selector`, with extra tags (e.g. "t=y")."""
    add_dkim_key(w, domain)
    text = w.zone.read_text("utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith(f"sel._domainkey.{domain}. IN TXT"))
    record = line.split(" IN TXT ", 1)[1].replace('"v=DKIM1; ', f'"v=DKIM1; {flags}; ', 1)
    add_zone_line(w, f"{selector}._domainkey.{domain}. IN TXT {record}")


def dkim_sign(
    w: World,
    raw: bytes,
    domain: str,
    *,
    selector: str = "sel",
    headers: tuple[bytes, ...] = (b"from", b"to", b"subject", b"date", b"message-id"),
    algorithm: bytes = b"rsa-sha256",
) -> bytes:
    """`raw` with a DKIM-Signature of `domain` (the world's key) on top, as asked."""
    add_dkim_key(w, domain)
    sig = dkim.sign(
        raw,
        selector.encode(),
        domain.encode(),
        w.dkim_keys[domain],
        include_headers=list(headers),
        canonicalize=(b"relaxed", b"relaxed"),
        signature_algorithm=algorithm,
    )
    return bytes(sig) + raw


def rsa_tsa(w: World) -> Identity:
    """A time-stamping authority under the world's CA (RSA: pyHanko's test TSA is RSA-only)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")]))
        .issuer_name(w.ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(w.ca.key, hashes.SHA256())
    )
    return Identity(key, cert, [w.ca.cert])  # type: ignore[arg-type]


def pades_signed(w: World, text: str, *, lta: bool) -> bytes:
    """The letter signed by the bound IPJ seal as a QTSP's tool signs: PAdES with a
    signature timestamp (B-T), or B-LTA (then a DSS and a document timestamp are added
    as later revisions, as Adobe's "LTV enabled" and long-term archiving do)."""
    tsa = rsa_tsa(w)
    der = serialization.Encoding.DER
    stamper = timestamps.DummyTimeStamper(
        tsa_cert=ax509.Certificate.load(tsa.cert.public_bytes(der)),
        tsa_key=akeys.PrivateKeyInfo.load(
            tsa.key.private_bytes(
                der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        certs_to_embed=SimpleCertificateStore.from_certs(
            [ax509.Certificate.load(w.ca.cert.public_bytes(der))]
        ),
    )
    root = ax509.Certificate.load(w.ca.cert.public_bytes(der))
    meta = signers.PdfSignatureMetadata(
        field_name="Semnatura",
        subfilter=SigSeedSubFilter.PADES,
        embed_validation_info=lta,
        use_pades_lta=lta,
        validation_context=ValidationContext(
            trust_roots=[root], allow_fetching=False, revocation_mode="soft-fail"
        )
        if lta
        else None,
    )
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(letter_pdf(text))),
        meta,
        signer=w.seals["ipj_cluj"].signer(),
        timestamper=stamper,
    )
    return bytes(out.getvalue())


def ltv_enabled(w: World, signed: bytes) -> bytes:
    """`signed` with a DSS (the signer's chain) appended as an incremental update: what
    Adobe's "add LTV" or a QTSP's PAdES-B-LT tool writes after the signature."""
    emb = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    out = io.BytesIO(signed)
    der = serialization.Encoding.DER
    certs = [
        ax509.Certificate.load(c.public_bytes(der)) for c in (w.seals["ipj_cluj"].cert, w.ca.cert)
    ]
    DocumentSecurityStore.add_dss(out, emb.sig_object["/Contents"], certs=certs)
    return out.getvalue()


POLICE = "politia.cluj@cj.politiaromana.ro"


def crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def text_entity(text: str) -> bytes:
    """A text/plain MIME entity (headers and body, CRLF), as an S/MIME client signs it."""
    return crlf(MIMEText(text, "plain", "us-ascii").as_bytes())


def smime_detached(identity: Identity, entity: bytes) -> tuple[bytes, bytes, bytes]:
    """(multipart/signed Content-Type header, boundary, signature part) signing `entity`.

    The signature part is returned as it sits between two boundary lines (from the
    CRLF after the first boundary to the CRLF before the closing one).
    """
    builder = pkcs7.PKCS7SignatureBuilder().set_data(entity)
    builder = builder.add_signer(identity.cert, identity.key, hashes.SHA256())
    for c in identity.chain:
        builder = builder.add_certificate(c)
    signed = crlf(
        builder.sign(serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature])
    )
    found = re.search(rb'boundary="([^"]+)"', signed)
    assert found is not None
    boundary = found.group(1)
    head, _, body = signed.partition(b"\r\n\r\n")
    ctype = re.search(rb"Content-Type: multipart/signed[^\r\n]*(?:\r\n[ \t][^\r\n]*)*", head)
    assert ctype is not None
    return ctype.group(0), boundary, body.split(b"--" + boundary)[2]


def smime_mail(
    w: World,
    signed_entity: bytes,
    shown_entity: bytes,
    *,
    preamble_copy: bool,
    outer_text: str | None = None,
) -> bytes:
    """A DKIM-signed police mail carrying a multipart/signed part signed over `signed_entity`.

    The multipart/signed shows `shown_entity` as its first part. With `preamble_copy`,
    `signed_entity` also sits between that boundary's delimiter lines in the outer
    preamble, where no MIME reader looks but a search for the first delimiter finds it.
    `outer_text`: an unsigned text/plain part before the signed one.
    """
    ctype, boundary, sigpart = smime_detached(w.signer, signed_entity)
    out = (
        f"From: Politia Cluj <{POLICE}>\r\nTo: legal@okazii.ro\r\nSubject: Adresa oficiala\r\n"
        "Date: Thu, 12 Nov 2026 14:32:10 +0200\r\nMessage-ID: <3@test>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="OUTER"\r\n\r\n'
    ).encode()
    if preamble_copy:
        out += b"--" + boundary + b"\r\n" + signed_entity + b"\r\n--" + boundary + b"--\r\n"
    if outer_text is not None:
        out += b"--OUTER\r\n" + text_entity(outer_text) + b"\r\n"
    out += b"--OUTER\r\n" + ctype + b"\r\n\r\n--" + boundary + b"\r\n" + shown_entity
    out += b"\r\n--" + boundary + sigpart + b"--" + boundary + b"--\r\n--OUTER--\r\n"
    return dkim_sign(w, out, "cj.politiaromana.ro")


def dkim_sign_headers_as_given(
    w: World, raw: bytes, domain: str, headers: tuple[bytes, ...]
) -> bytes:
    """`raw` with an rsa-sha256 relaxed/relaxed DKIM-Signature whose `h=` is exactly `headers`.

    dkimpy's signer refuses an `h=` without From (RFC 6376 5.4); a signer that does
    not care (a bulk mailer, a misconfigured gateway) is written here by hand.
    """
    add_dkim_key(w, domain)
    head, body = dkim.rfc822_parse(raw)
    policy = CanonicalizationPolicy.from_c_value(b"relaxed/relaxed")
    bh = base64.b64encode(hashlib.sha256(policy.canonicalize_body(body)).digest())
    value = (
        b" v=1; a=rsa-sha256; c=relaxed/relaxed; d="
        + domain.encode()
        + b"; s=sel; h="
        + b":".join(headers)
        + b"; bh="
        + bh
        + b"; b="
    )
    hasher = hashlib.sha256()
    dkim.hash_headers(
        hasher,
        policy,
        policy.canonicalize_headers(head),
        list(headers),
        (b"DKIM-Signature", value),
        {},
    )
    key = serialization.load_pem_private_key(w.dkim_keys[domain], password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    sig = key.sign(hasher.digest(), padding.PKCS1v15(), asym_utils.Prehashed(hashes.SHA256()))
    return b"DKIM-Signature:" + value + base64.b64encode(sig) + b"\r\n" + raw


def _tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    head = struct.pack("<BHHI", level, name, kind, len(data))
    return head + data + struct.pack("<H", sum(data) & 0xFFFF)


def winmail_dat(files: tuple[tuple[str, bytes], ...]) -> bytes:
    """A TNEF winmail.dat (what Outlook/Exchange sends in rich text) holding `files`."""
    out = [struct.pack("<IH", 0x223E9F78, 1)]
    out.append(_tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x10000)))  # TNEF version
    for name, data in files:
        out.append(_tnef_object(2, 0x9002, 0x0006, b"\x01\x00" + b"\x00" * 12))  # attRendData
        out.append(_tnef_object(2, 0x8010, 0x0001, name.encode() + b"\x00"))  # attAttachTitle
        out.append(_tnef_object(2, 0x800F, 0x0006, data))  # attAttachData
    return b"".join(out)
