"""Red team 3: a certificate issued for a web server (or client log-in, or code) signs as the seal.

Threat model: the registry binds a seal by its subject O and
organizationIdentifier (`policy.SigningIdentity.matches`). The same
organisation holds other certificates under the same qualified roots with the
same O and organizationIdentifier: the website's certificate (a QWAC carries
organizationIdentifier too), a client-authentication certificate for a
portal, a code-signing certificate. Their keys live on web servers, VPN
appliances and build machines, far more exposed than a seal in a QTSP's HSM.
An attacker who takes the web server's key signs a letter of their own.

pyHanko's signer key-usage policy asks for nonRepudiation, and a
multi-purpose organisation certificate may carry it; nothing asks for the
*extended* key usage: a certificate whose EKU limits it to TLS server
authentication, client authentication or code signing validates as a
document signature, matches the seal's identity, and the letter is
`verified`. (A certificate without nonRepudiation fails, but its reason says
"does not chain to a pinned root" — `pdfsig._usage_problem` looks for
SIG_CONSTRAINTS/KEY_USAGE while pyHanko reports CHAIN_CONSTRAINTS_FAILURE.)

Control: the seal itself (no EKU): `verified`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter, mailed
from tests.attacks.redteam3_kit import policy
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import SEALS, Identity, World, letter_pdf, sign_pdf

CLS = "redteam3_certificate_purpose"
WHERE = (
    "pdfsig validates with pyHanko's default key-usage settings (no extended key usage "
    "required) and SigningIdentity.matches compares O and organizationIdentifier only"
)


def _organisation_cert(w: World, eku: list[ObjectIdentifier]) -> Identity:
    """A certificate of the police seal's O and organizationIdentifier, for another purpose."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    org, org_id = SEALS["ipj_cluj"]
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, org_id),
            x509.NameAttribute(NameOID.COMMON_NAME, "cj.politiaromana.ro"),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(w.ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation: a multi-purpose organisation cert
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage(eku), critical=False)
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("cj.politiaromana.ro")]), critical=False
        )
        .sign(w.ca.key, hashes.SHA256())
    )
    return Identity(key, cert, [w.ca.cert])  # type: ignore[arg-type]


def _signed_with(eku: list[ObjectIdentifier]) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return mailed(w, sign_pdf(letter_pdf(letter()), _organisation_cert(w, eku)))

    return build


ATTACKS = [
    Attack(
        CLS,
        "website_certificate_tls_server_only",
        False,
        _signed_with([ExtendedKeyUsageOID.SERVER_AUTH]),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "client_authentication_certificate",
        False,
        _signed_with([ExtendedKeyUsageOID.CLIENT_AUTH]),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "code_signing_certificate",
        False,
        _signed_with([ExtendedKeyUsageOID.CODE_SIGNING]),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "genuine_seal",
        True,
        lambda w: mailed(w, sealed_letter(w)),
        policy_toml=policy,
    ),
]
