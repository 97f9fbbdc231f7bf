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
    out: dict[str, Any] = {
        "subject": cert.subject.human_friendly,
        "common_name": _one(native.get("common_name")),
        "organization": _one(native.get("organization_name")),
        "organization_identifier": _one(native.get("organization_identifier")),
        "certificate_sha256": hashlib.sha256(cert.dump()).hexdigest(),
    }
    person = natural_person(cert)
    if person:
        out["natural_person"] = person
    out["qualified"] = qualified_type(cert)
    return out


# QCStatement qcCompliance (ETSI EN 319 412-5 §4.2.1): the certificate is an EU qualified one.
_QC_COMPLIANCE = bytes.fromhex("060604008e460101")


def qualified_type(cert: x509.Certificate) -> str | None:
    """What the certificate's QC statements say it is: "seal" (qualified, type eseal),
    "signature" (type esign), "qualified" (qualified, no type), or None (not qualified:
    an ordinary or test certificate)."""
    raw = _qc_statements(cert)
    if raw is None:
        return None
    if _QCT_ESEAL in raw:
        return "seal"
    if _QCT_ESIGN in raw:
        return "signature"
    return "qualified" if _QC_COMPLIANCE in raw else None


# ETSI EN 319 412-1 §5.1.3: serialNumber semantics of a natural person (passport,
# identity card, personal number, tax number); a legal person's are VAT, NTR, PSD, LEI.
_PERSON_SERIAL = ("PAS", "IDC", "PNO", "TIN", "TAX")
# QCStatement QcType (ETSI EN 319 412-5): id-etsi-qct-esign 0.4.0.1862.1.6.1 (a
# person's signature), id-etsi-qct-eseal 0.4.0.1862.1.6.2 (a legal person's seal).
_QCT_ESIGN = bytes.fromhex("060704008e46010601")
_QCT_ESEAL = bytes.fromhex("060704008e46010602")
_QC_STATEMENTS = "1.3.6.1.5.5.7.1.3"


def natural_person(cert: x509.Certificate) -> str | None:
    """Why the certificate is a natural person's (EN 319 412-2), or None (a seal or unknown).

    A seal identity (O + organizationIdentifier) binds a legal person's certificate
    only: an employee's qualified certificate "associated with an organisation"
    carries the employer's O and identifier too."""
    native = cert.subject.native
    for key in ("given_name", "surname", "pseudonym"):
        if native.get(key):
            return f"its subject names a person ({key})"
    serial = str(_one(native.get("serial_number")) or "").upper()
    if serial.startswith(_PERSON_SERIAL):
        return f"its serialNumber {serial[:3]}… is a person's"
    raw = _qc_statements(cert)
    if raw is not None and _QCT_ESIGN in raw and _QCT_ESEAL not in raw:
        return "its qualified-certificate type is a person's signature (esign)"
    return None


def _qc_statements(cert: x509.Certificate) -> bytes | None:
    """The DER of the certificate's QCStatements extension, None without one."""
    for ext in cert["tbs_certificate"]["extensions"] or []:
        if ext["extn_id"].dotted == _QC_STATEMENTS:
            return bytes(ext["extn_value"].contents)
    return None


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


# Extended key usages that allow signing documents or mail: e-mail protection (S/MIME),
# document signing (RFC 9336), Adobe's authentic documents, Microsoft's document
# signing, and "any". A certificate whose EKU names only other purposes (a web server,
# a client login, code signing) was not issued to sign letters.
_DOCUMENT_PURPOSES = frozenset(
    {
        "email_protection",
        "1.3.6.1.5.5.7.3.4",
        "1.3.6.1.5.5.7.3.36",
        "1.2.840.113583.1.1.5",
        "1.3.6.1.4.1.311.10.3.12",
        "any_extended_key_usage",
        "2.5.29.37.0",
    }
)


def purpose_problem(cert: x509.Certificate | None) -> str | None:
    """Why `cert` may not sign a document, if its key usages say so (None: it may)."""
    if cert is None:
        return None
    try:
        eku = cert.extended_key_usage_value
        ku = cert.key_usage_value
    except (ValueError, TypeError):
        return "its key usage extensions cannot be read"
    if eku is not None:
        purposes = {str(p.native) for p in eku} | {str(p.dotted) for p in eku}
        if not purposes & _DOCUMENT_PURPOSES:
            shown = ", ".join(sorted(str(p.native) for p in eku))
            return f"certificate issued for another purpose (extended key usage: {shown})"
    if ku is not None:
        usages = set(ku.native)
        if not usages & {"digital_signature", "non_repudiation"}:
            return f"certificate not allowed to sign (key usage: {', '.join(sorted(usages))})"
    return None
