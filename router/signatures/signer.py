"""Who signed: a signing certificate's identity, and the registry authority it is bound to.

A signature under a pinned root proves that a qualified certificate signed,
not that an authority did: anyone can hold a qualified certificate. The
signer is the authenticator only when the registry binds that certificate to
an authority (`signing_identities`: a seal by its subject O and
organizationIdentifier, OID 2.5.4.97; an officer's certificate by its SHA-256).
"""

from __future__ import annotations

import hashlib
from typing import Any

from asn1crypto import x509


def identity(cert: x509.Certificate | None) -> dict[str, Any]:
    """The signer's identity as evidence: subject, CN, O, organizationIdentifier, SHA-256 of the DER."""
    if cert is None:
        return {}
    native = cert.subject.native
    return {
        "subject": cert.subject.human_friendly,
        "common_name": _one(native.get("common_name")),
        "organization": _one(native.get("organization_name")),
        "organization_identifier": _one(native.get("organization_identifier")),
        "certificate_sha256": hashlib.sha256(cert.dump()).hexdigest(),
    }


def _one(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value) if value else None


def signer_name(ident: dict[str, Any]) -> str | None:
    """The name shown for a signer: its CN, else its O."""
    value = ident.get("common_name") or ident.get("organization")
    return str(value) if value else None


def describe(ident: dict[str, Any]) -> str:
    """The identity in words, as the legal team would add it to the registry."""
    return (
        f"subject {ident.get('subject')!r}, O={ident.get('organization')!r}, "
        f"organizationIdentifier={ident.get('organization_identifier')!r}, "
        f"SHA-256 {ident.get('certificate_sha256')}"
    )
