"""Electronic signatures in PDFs, validated by pyHanko against the pinned roots only.

Each embedded signature is one `pdf_signature` check: it passes only when the
signed bytes are intact, the CMS signature is valid, the certificate chains
to a pinned root and is within its validity at validation time, and nothing
was changed after signing beyond what the signature allows. Revocation is not
fetched (offline): it is recorded as unverifiable in the evidence.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from asn1crypto import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from router.signatures.evidence import Check, Outcome

log = logging.getLogger(__name__)

_SIG_MARK = re.compile(rb"/ByteRange\s*\[|/Type\s*/Sig\b")


def has_pdf_signature(raw: bytes) -> bool:
    """Whether the bytes carry a PDF signature dictionary at all (cheap pre-check)."""
    return _SIG_MARK.search(raw) is not None


def _subject(cert: x509.Certificate | None) -> str | None:
    return cert.subject.human_friendly if cert is not None else None


def _signer_name(cert: x509.Certificate | None) -> str | None:
    if cert is None:
        return None
    native = cert.subject.native
    value = native.get("common_name") or native.get("organization_name")
    return str(value) if value else None


def _byte_range(emb: Any) -> list[int] | None:
    """The signature's /ByteRange as four integers (None when it is not that)."""
    try:
        values = [int(v) for v in emb.byte_range]
    except (TypeError, ValueError, AttributeError):
        return None
    return values if len(values) == 4 else None


def _status_check(name: str, emb: Any, roots: tuple[x509.Certificate, ...]) -> Check:
    vc = ValidationContext(
        trust_roots=list(roots), allow_fetching=False, revocation_mode="soft-fail"
    )
    status = validate_pdf_signature(emb, signer_validation_context=vc)
    cert = status.signing_cert
    level = getattr(status.modification_level, "name", str(status.modification_level))
    coverage = getattr(status.coverage, "name", str(status.coverage))
    ev: dict[str, Any] = {
        "document": name,
        "field": emb.field_name,
        "signer": _signer_name(cert),
        "subject": _subject(cert),
        "issuer": cert.issuer.human_friendly if cert is not None else None,
        "not_after": cert["tbs_certificate"]["validity"]["not_after"].native.isoformat()
        if cert is not None
        else None,
        "intact": status.intact,
        "valid": status.valid,
        "trusted": status.trusted,
        "coverage": coverage,
        "modification_level": level,
        "docmdp_ok": status.docmdp_ok,
        "byte_range": _byte_range(emb),
        "revocation": "unverifiable (offline: no OCSP/CRL fetched)",
    }
    problems: list[str] = []
    if not status.intact:
        problems.append("the signed bytes were altered")
    elif not status.valid:
        problems.append("the signature does not verify")
    if not status.trusted and status.intact:
        problems.append(_untrusted_reason(status, cert, roots))
    if status.docmdp_ok is False:
        problems.append(f"changed after signing ({level.lower()})")
    who = ev["signer"] or "unknown signer"
    if problems:
        return Check(
            "pdf_signature", Outcome.FAIL, f"{name}: signature of {who}: {'; '.join(problems)}", ev
        )
    return Check(
        "pdf_signature",
        Outcome.PASS,
        f"{name}: valid signature of {who}, chains to a pinned root, unchanged since signing "
        "(revocation not checked offline)",
        ev,
    )


def _untrusted_reason(
    status: Any, cert: x509.Certificate | None, roots: tuple[x509.Certificate, ...]
) -> str:
    """Why pyHanko did not trust the signer, in words for the legal team."""
    if not roots:
        return "no trust roots configured (REGISTRATURA_TRUST_ROOTS)"
    if cert is not None and cert.self_signed != "no" and cert not in roots:
        return "self-signed certificate, not a pinned root"
    indic = str(getattr(status, "trust_problem_indic", "") or "")
    if "OUT_OF_BOUNDS" in indic or "EXPIRED" in indic or "NOT_YET_VALID" in indic:
        return f"certificate expired or not yet valid ({indic})"
    if "REVOKED" in indic:
        return f"certificate revoked ({indic})"
    return f"certificate does not chain to a pinned root ({indic or 'no path'})"


def validate_pdf(name: str, raw: bytes, roots: tuple[x509.Certificate, ...]) -> list[Check]:
    """One check per signature in the PDF; [] when it has none; a fail when it cannot be read."""
    if not has_pdf_signature(raw):
        return []
    try:
        reader = PdfFileReader(io.BytesIO(raw), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception as exc:  # noqa: BLE001 - any parse failure of a signed PDF is evidence
        return [Check("pdf_signature", Outcome.FAIL, f"{name}: signed PDF cannot be read: {exc}")]
    if not signatures:
        return [
            Check(
                "pdf_signature", Outcome.FAIL, f"{name}: signature markers but no signature field"
            )
        ]
    checks: list[Check] = []
    for emb in signatures:
        try:
            checks.append(_status_check(name, emb, roots))
        except Exception as exc:  # noqa: BLE001 - pyHanko raises many types for broken signatures
            log.info("signature validation failed in %s: %r", name, exc)
            checks.append(
                Check(
                    "pdf_signature", Outcome.FAIL, f"{name}: signature cannot be validated: {exc}"
                )
            )
    return checks
