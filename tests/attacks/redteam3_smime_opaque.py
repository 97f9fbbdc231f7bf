"""Red team 3: application/pkcs7-mime — encrypted parts nobody reads, opaque-signed genuine mail refused.

`unsigned._walk` skips every `application/pkcs7-mime` part as a signature
part (`_SIGNATURE_PARTS`), and `smime.validate_smime_parts` meets it as
either "encrypted S/MIME: no key to open it" (`unverifiable`) or an opaque
signed-data validated as if it were detached.

Forged (threat model of `unsigned.py`: the attacker in the police mailbox,
an old genuine signed letter): the demand goes into an S/MIME
*enveloped-data* part encrypted to the legal team's own certificate, which is
public (it is how the police are meant to send them confidential mail).
Outlook holds the private key and shows the decrypted text beside the letter;
the pipeline holds no key, records the part `unverifiable`, does not name it
as unread, and the request is `verified`.

Closed: the parse step reads the entity inside an opaque signed-data
(`parsers.mail._opaque_signed`) and `smime._check` validates it as detached
content over a copy with the content taken out. Forged controls: the same
opaque signing by a private person's certificate, and the signed content's
user swapped inside the signed-data.

Genuine refused (before): Outlook signs "opaque" (application/pkcs7-mime;
smime-type=signed-data) when "send clear text signed message" is off.

- a police request sent that way, signed by the officer's bound certificate,
  is never read by the parse step (no text: category unknown,
  `not_required`): the request is lost to the law-enforcement queue;
- an opaque-signed cover note beside the signed PDF letter makes the mail
  `suspicious`: `smime._check` hands an encapsulated signed-data to
  `async_validate_detached_cms`, which refuses it ("detached signatures should
  not have encapsulated data").
"""

from __future__ import annotations

import base64
import datetime as dt
from email.mime.application import MIMEApplication
from email.mime.text import MIMEText

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7
from cryptography.x509.oid import NameOID

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, letter
from tests.attacks.redteam3_kit import DEMAND_ASCII, police_mail, policy, sub
from tests.attacks.redteam_kit import dkim_sign, text_entity
from tests.samples.signatures.world import Identity, World

CLS = "redteam3_smime_opaque"


def _our_certificate(w: World) -> x509.Certificate:
    """The legal team's public S/MIME certificate (what the police encrypt to)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.UTC)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Echipa juridica OKAZII"),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, "legal@okazii.ro"),
        ]
    )
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(w.ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(w.ca.key, hashes.SHA256())
    )


def _encrypted_demand(w: World) -> Submission:
    der = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(text_entity(DEMAND_ASCII))
        .add_recipient(_our_certificate(w))
        .encrypt(Encoding.DER, [])
    )
    part = MIMEApplication(der, "pkcs7-mime")
    part.set_param("smime-type", "enveloped-data")
    part.set_param("name", "smime.p7m")
    part.add_header("Content-Disposition", "attachment", filename="smime.p7m")
    return police_mail(w, MIMEText(COVER, "plain", "utf-8"), part)


def _ascii(text: str) -> str:
    return text.translate(str.maketrans("ăâîșțĂÂÎȘȚ", "aaistAAIST"))


def _opaque(w: World, text: str, signer: Identity | None = None) -> bytes:
    signer = signer or w.signer
    return (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(text_entity(_ascii(text)))
        .add_signer(signer.cert, signer.key, hashes.SHA256())
        .add_certificate(w.ca.cert)
        .sign(Encoding.DER, [])
    )


def _opaque_request(w: World, der: bytes | None = None) -> Submission:
    head = (
        b"From: Politia Cluj <politia.cluj@cj.politiaromana.ro>\r\nTo: legal@okazii.ro\r\n"
        b"Subject: Adresa oficiala\r\nDate: Thu, 12 Nov 2026 14:32:10 +0200\r\n"
        b"Message-ID: <34@test>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: application/pkcs7-mime; smime-type=signed-data; name="smime.p7m"\r\n'
        b'Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="smime.p7m"'
        b"\r\n\r\n"
    )
    der = der if der is not None else _opaque(w, letter())
    body = base64.encodebytes(der).replace(b"\n", b"\r\n")
    return sub(dkim_sign(w, head + body, "cj.politiaromana.ro"))


def _opaque_by_a_private_person(w: World) -> Submission:
    assert w.private is not None
    return _opaque_request(w, _opaque(w, letter(), w.private))


def _opaque_content_swapped(w: World) -> Submission:
    """The signed letter's user changed inside the signed-data (same length: DER intact)."""
    der = _opaque(w, letter())
    assert der.count(b"ion_vanzator88") == 1
    return _opaque_request(w, der.replace(b"ion_vanzator88", b"ana_popescu_77"))


def _opaque_cover_beside_pdf(w: World) -> Submission:
    part = MIMEApplication(_opaque(w, COVER), "pkcs7-mime")
    part.set_param("smime-type", "signed-data")
    part.set_param("name", "smime.p7m")
    return police_mail(w, MIMEText(COVER, "plain", "utf-8"), part)


ATTACKS = [
    Attack(
        CLS,
        "demand_encrypted_to_our_certificate",
        False,
        _encrypted_demand,
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "opaque_signed_by_a_private_person",
        False,
        _opaque_by_a_private_person,
        policy_toml=policy,
    ),  # fmt: skip
    Attack(
        CLS, "opaque_signed_content_swapped", False, _opaque_content_swapped, policy_toml=policy
    ),  # fmt: skip
    Attack(
        CLS,
        "genuine_opaque_signed_request",
        True,
        _opaque_request,
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "genuine_opaque_signed_cover_beside_the_signed_pdf",
        True,
        _opaque_cover_beside_pdf,
        policy_toml=policy,
    ),
]
