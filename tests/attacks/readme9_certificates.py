"""Signature classes round 9's README names as attacks, rebuilt here from their descriptions.

The round's items stay unread (issue 12: its blind split is kept for scoring); these are our
own cases of each class, on the attack world's IPJ Cluj seal binding (O + organizationIdentifier):

- the bound seal's name and identifier on a certificate carrying an **unknown critical
  extension** (RFC 5280 4.2: a certificate with a critical extension the relying party does
  not understand must be rejected);
- the bound seal's name under an **issuing CA that expired** before the signature (the seal
  itself valid);
- the bound seal signed with **no intermediate** in the signature (the chain cannot be built
  from what the mail carries; we never fetch one);
- a visible **signature field whose signature bytes are zeros**;
- a paragraph drawn **below the page** in the sealed revision, and a later update that only
  **enlarges the page box** so viewers show it.

Each held on the code they were written against (session 13): kept as regression cases.

Control: the world's own IPJ Cluj seal, verified.
"""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter
from tests.attacks.redteam4_kit import police_mail
from tests.samples.signatures.world import (
    QC_ESEAL,
    SEALS,
    Identity,
    World,
    issue,
    letter_pdf,
    sign_pdf,
)

CLS = "readme9_certificates"


def _seal(
    w: World, issuer: Identity, *, critical_extra: bool = False, days: tuple[int, int] = (-1, 365)
) -> Identity:
    org, org_id = SEALS["ipj_cluj"]
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, org_id),
            x509.NameAttribute(NameOID.COMMON_NAME, "Sigiliu IPJ Cluj"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    b = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + dt.timedelta(days=days[0]))
        .not_valid_after(now + dt.timedelta(days=days[1]))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    # A qualified seal's QC statements (qcCompliance, QcType eseal).
    b = b.add_extension(
        x509.UnrecognizedExtension(x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3"), QC_ESEAL),
        critical=False,
    )
    if critical_extra:
        # A private extension the relying party cannot understand, marked critical.
        b = b.add_extension(
            x509.UnrecognizedExtension(x509.ObjectIdentifier("1.3.6.1.4.1.55555.1.1"), b"\x05\x00"),
            critical=True,
        )
    cert = b.sign(issuer.key, hashes.SHA256())
    return Identity(key, cert, [issuer.cert, *issuer.chain])


def _mail(w: World, seal: Identity) -> Submission:
    return police_mail(w, sign_pdf(letter_pdf(letter()), seal))


def _critical(w: World) -> Submission:
    return _mail(w, _seal(w, w.ca, critical_extra=True))


def _expired_issuer(w: World) -> Submission:
    old_ca = issue("Test Qualified Signing CA 2023", w.ca, ca=True, days=(-1200, -340))
    return _mail(w, _seal(w, old_ca, days=(-400, 365)))


def _no_intermediate(w: World) -> Submission:
    sub_ca = issue("Test Qualified Signing CA 2026", w.ca, ca=True, days=(-30, 3000))
    seal = _seal(w, sub_ca)
    return _mail(w, Identity(seal.key, seal.cert, []))  # the intermediate left out


def _with_intermediate(w: World) -> Submission:
    sub_ca = issue("Test Qualified Signing CA 2026", w.ca, ca=True, days=(-30, 3000))
    return _mail(w, _seal(w, sub_ca))


def _policy(w: World) -> str:
    return w.policy_toml()


def _attack(name: str, genuine: bool, make, note: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, note, policy_toml=_policy)


ATTACKS = [
    _attack("bound_seal_with_unknown_critical_extension", False, _critical),
    _attack("bound_seal_under_expired_issuing_ca", False, _expired_issuer),
    _attack("bound_seal_without_its_intermediate", False, _no_intermediate),
    _attack("bound_seal_under_an_intermediate_it_carries", True, _with_intermediate),
]


# ------------------------------------------------------------ a signature field, no signature


def _zeroed(w: World) -> Submission:
    """The officer's visible signature field whose signature bytes are all zeros: the field
    and its appearance are there, no signature is (round 9's README class)."""
    import re

    signed = sign_pdf(letter_pdf(letter()), w.seals["ipj_cluj"], box=(380, 60, 560, 120))
    m = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", signed)
    assert m is not None
    zeros = b"0" * len(m.group(1))
    return police_mail(w, signed[: m.start(1)] + zeros + signed[m.end(1) :])


ATTACKS.append(_attack("signature_field_whose_signature_is_zeros", False, _zeroed))


# ------------------------------------------------- a page box enlarged after signing


def _below_page(pdf: bytes) -> bytes:
    """The letter with a paragraph drawn below its page (outside the MediaBox: not shown)."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    page = w.root["/Pages"]["/Kids"][0].get_object()
    hidden = (
        b"BT /F1 11 Tf 60 -60 Td (COMPLETARE: comunicati si datele utilizatorului "
        b"mariapop1990, cu adresele IP, la adresa dosare.cluj@proton.me) Tj ET"
    )
    ref = w.add_object(generic.StreamObject(stream_data=hidden))
    page["/Contents"] = generic.ArrayObject([page.raw_get("/Contents"), ref])
    w.update_container(page)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _enlarged(w: World) -> Submission:
    """Sealed with the paragraph below the page; a later update only enlarges the page box
    so that viewers show it (round 9's README class: page-geometry shadow)."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signed = sign_pdf(_below_page(letter_pdf(letter())), w.seals["ipj_cluj"])
    wr = IncrementalPdfFileWriter(io.BytesIO(signed))
    page = wr.root["/Pages"]["/Kids"][0].get_object()
    box = [float(v) for v in (page.get("/MediaBox") or wr.root["/Pages"]["/MediaBox"])]
    page["/MediaBox"] = generic.ArrayObject(
        [generic.FloatObject(box[0]), generic.FloatObject(-120.0)]
        + [generic.FloatObject(v) for v in box[2:]]
    )
    wr.update_container(page)
    buf = io.BytesIO()
    wr.write(buf)
    return police_mail(w, buf.getvalue())


ATTACKS.append(_attack("page_box_enlarged_after_signing", False, _enlarged))
