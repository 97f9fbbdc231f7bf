"""Electronic signatures in PDFs, validated by pyHanko against the pinned roots only.

Each embedded signature is one `pdf_signature` check: it passes only when the
signed bytes are intact, the CMS signature is valid, the certificate chains
to a pinned root and is within its validity at validation time, and the file
is exactly what was signed, or what was signed followed only by revisions that
are themselves valid signatures (whose signers `evaluation.py` then requires
to be bound to the same authority). Any other revision after a signature — an
annotation, a form field or signature field whose appearance covers the page,
new /Contents, a changed /AcroForm appearance, bytes appended past the signed
revision — is the shadow-attack family (hide, replace, hide-and-replace) and
fails, with pyHanko's modification level reported as it is.

A certificate that has expired since the time the signature states (no
timestamp proves that time) is `unverifiable`, never a failure: it asks for a
re-signed copy. Revocation is not fetched (offline): recorded as unverifiable.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import replace
from typing import Any

from asn1crypto import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from router.signatures.evidence import Check, Outcome
from router.signatures.roots import private_copies
from router.signatures.signer import identity, signer_name

log = logging.getLogger(__name__)

_SIG_MARK = re.compile(rb"/ByteRange\s*\[|/Type\s*/Sig\b")
# What a later revision may do to an earlier signature's document when that
# revision is itself a valid signature: add the signature (and validation data).
_ALLOWED_AFTER = {"NONE", "LTA_UPDATES", "FORM_FILLING"}


def has_pdf_signature(raw: bytes) -> bool:
    """Whether the bytes carry a PDF signature dictionary at all (cheap pre-check)."""
    return _SIG_MARK.search(raw) is not None


def _byte_range(emb: Any) -> list[int] | None:
    """The signature's /ByteRange as four integers (None when it is not that)."""
    try:
        values = [int(v) for v in emb.byte_range]
    except (TypeError, ValueError, AttributeError):
        return None
    return values if len(values) == 4 else None


def _context(roots: tuple[x509.Certificate, ...], moment: Any = None) -> ValidationContext:
    # Private copies: the caller's objects may be shared by worker threads.
    return ValidationContext(
        trust_roots=private_copies(roots),
        allow_fetching=False,
        revocation_mode="soft-fail",
        moment=moment,
    )


def _expired_after_signing(
    emb: Any, status: Any, roots: tuple[x509.Certificate, ...]
) -> str | None:
    """The stated signing time, when the certificate was valid then and has expired since."""
    indic = str(getattr(status, "trust_problem_indic", "") or "")
    when = status.signer_reported_dt
    if "OUT_OF_BOUNDS" not in indic and "EXPIRED" not in indic or when is None:
        return None
    try:
        again = validate_pdf_signature(emb, signer_validation_context=_context(roots, when))
    except Exception:  # noqa: BLE001 - not provable then either: the caller reports the expiry
        return None
    return when.isoformat() if again.trusted and again.intact and again.valid else None


def _status_check(
    name: str, emb: Any, roots: tuple[x509.Certificate, ...], total_revisions: int
) -> Check:
    status = validate_pdf_signature(emb, signer_validation_context=_context(roots))
    cert = status.signing_cert
    ident = identity(cert)
    level = getattr(status.modification_level, "name", str(status.modification_level))
    coverage = getattr(status.coverage, "name", str(status.coverage))
    revision = int(getattr(emb, "signed_revision", total_revisions - 1))
    ev: dict[str, Any] = {
        "document": name,
        "field": emb.field_name,
        "signer": signer_name(ident),
        "subject": ident.get("subject"),
        "signer_identity": ident,
        "issuer": cert.issuer.human_friendly if cert is not None else None,
        "not_after": cert["tbs_certificate"]["validity"]["not_after"].native.isoformat()
        if cert is not None
        else None,
        "signing_time_stated": status.signer_reported_dt.isoformat()
        if status.signer_reported_dt
        else None,
        "intact": status.intact,
        "valid": status.valid,
        "trusted": status.trusted,
        "coverage": coverage,
        "modification_level": level,
        "docmdp_ok": status.docmdp_ok,
        "byte_range": _byte_range(emb),
        "revision": revision,
        "total_revisions": total_revisions,
        "revocation": "unverifiable (offline: no OCSP/CRL fetched)",
    }
    problems: list[str] = []
    if not status.intact:
        problems.append("the signed bytes were altered")
    elif not status.valid:
        problems.append("the signature does not verify")
    who = ev["signer"] or "unknown signer"
    if not status.trusted and status.intact and status.valid:
        expired = _expired_after_signing(emb, status, roots)
        if expired is not None:
            ev["expired_after_signing"] = True
            return Check(
                "pdf_signature",
                Outcome.UNVERIFIABLE,
                f"{name}: signature of {who} was valid at the time it states ({expired}), but "
                f"the certificate expired on {ev['not_after']} and no timestamp proves that time: "
                "a copy signed again with a valid certificate is needed",
                ev,
            )
    if not status.trusted and status.intact:
        problems.append(_untrusted_reason(status, cert, roots))
    if status.docmdp_ok is False:
        problems.append(f"changed after signing (modification level {level})")
    if problems:
        return Check(
            "pdf_signature", Outcome.FAIL, f"{name}: signature of {who}: {'; '.join(problems)}", ev
        )
    return Check(
        "pdf_signature",
        Outcome.PASS,
        f"{name}: valid signature of {who}, chains to a pinned root; the file is the signed "
        f"revision (coverage {coverage}, modification level {level}; revocation not checked "
        "offline)",
        ev,
    )


def _untrusted_reason(
    status: Any, cert: x509.Certificate | None, roots: tuple[x509.Certificate, ...]
) -> str:
    """Why pyHanko did not trust the signer, in words for the legal team (the real failure)."""
    if not roots:
        return "no trust roots configured (REGISTRATURA_TRUST_ROOTS)"
    if (
        cert is not None
        and cert.self_signed != "no"
        and cert.dump() not in {r.dump() for r in roots}
    ):
        return "self-signed certificate, not a pinned root"
    indic = str(getattr(status, "trust_problem_indic", "") or "")
    if "OUT_OF_BOUNDS" in indic or "EXPIRED" in indic or "NOT_YET_VALID" in indic:
        return f"certificate expired or not yet valid ({indic})"
    if "REVOKED" in indic:
        return f"certificate revoked ({indic})"
    usage = _usage_problem(status)
    if usage:
        return usage
    if "CHAIN_CONSTRAINTS" in indic or "NO_CERTIFICATE_CHAIN_FOUND" in indic or not indic:
        return f"certificate does not chain to a pinned root ({indic or 'no path'})"
    return f"certificate not trusted ({indic})"


def _usage_problem(status: Any) -> str | None:
    """A key-usage or extended-key-usage refusal, named as such."""
    indic = str(getattr(status, "trust_problem_indic", "") or "")
    if "SIG_CONSTRAINTS" in indic or "KEY_USAGE" in indic.upper():
        ku = getattr(status, "key_usage", None)
        eku = getattr(status, "extd_key_usage", None)
        return (
            f"certificate not allowed to sign documents: key usage "
            f"{sorted(ku) if ku else 'none'}, extended key usage {sorted(eku) if eku else 'none'} "
            f"({indic})"
        )
    return None


def _later_revisions(checks: list[Check]) -> list[Check]:
    """Fail a signature followed by any revision that is not itself a valid signature."""
    by_revision = {c.evidence.get("revision"): c for c in checks if c.evidence}
    out: list[Check] = []
    for c in checks:
        ev = c.evidence
        if c.verdict is Outcome.FAIL or not ev:
            out.append(c)
            continue
        revision, total = int(ev["revision"]), int(ev["total_revisions"])
        later = list(range(revision + 1, total))
        unsigned = [
            r for r in later if r not in by_revision or by_revision[r].verdict is not Outcome.PASS
        ]
        problem = None
        if unsigned:
            problem = (
                f"{len(unsigned)} revision(s) added after signing that are not valid signatures "
                f"(modification level {ev['modification_level']}): whatever they draw over the "
                "signed page (annotations, fields, overlays) is unsigned"
            )
        elif later and ev["modification_level"] not in _ALLOWED_AFTER:
            problem = (
                f"the later signature revision(s) also changed the document (modification "
                f"level {ev['modification_level']})"
            )
        elif not later and ev["coverage"] != "ENTIRE_FILE":
            problem = f"bytes after the signed revision (coverage {ev['coverage']})"
        if problem is None:
            if later:
                ev = {
                    **ev,
                    "followed_by_signatures": [by_revision[r].evidence["field"] for r in later],
                }
                detail = (
                    f"{c.detail}; followed by {len(later)} later signature revision(s) "
                    "(each must itself be bound to the same authority)"
                )
                c = replace(c, detail=detail, evidence=ev)
            out.append(c)
            continue
        ev = {**ev, "unsigned_revisions": unsigned}
        who = ev.get("signer") or "unknown signer"
        out.append(
            Check(
                "pdf_signature",
                Outcome.FAIL,
                f"{ev['document']}: signature of {who}: changed after signing: {problem}",
                ev,
            )
        )
    return out


def validate_pdf(name: str, raw: bytes, roots: tuple[x509.Certificate, ...]) -> list[Check]:
    """One check per signature in the PDF; [] when it has none; a fail when it cannot be read."""
    if not has_pdf_signature(raw):
        return []
    try:
        reader = PdfFileReader(io.BytesIO(raw), strict=False)
        signatures = list(reader.embedded_signatures)
        total = int(reader.xrefs.total_revisions)
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
            checks.append(_status_check(name, emb, roots, total))
        except Exception as exc:  # noqa: BLE001 - pyHanko raises many types for broken signatures
            log.info("signature validation failed in %s: %r", name, exc)
            checks.append(
                Check(
                    "pdf_signature", Outcome.FAIL, f"{name}: signature cannot be validated: {exc}"
                )
            )
    return _later_revisions(checks)
