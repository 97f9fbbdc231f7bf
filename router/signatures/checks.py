"""Signature and authenticity checks, first version: evidence, never a free pass.

Each check yields evidence with a verdict (pass, fail, missing,
unverifiable). The category's required checks (policy) decide the overall
verdict: `verified` only when every required check passes, `suspicious`
when any relevant check fails, `incomplete` otherwise. What this version
cannot verify yet (DKIM/SPF/DMARC, PDF signature validation, handwriting on
scans) is recorded as `unverifiable`, so no law-enforcement request can be
marked verified until the real checks exist.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from parsers.model import Category
from router.policy import Policy
from router.signatures.input import SignatureInput

PAPER_CHANNELS = {"fax", "post", "folder", "cli"}
_PDF_SIG = re.compile(rb"/ByteRange\s*\[|/Type\s*/Sig\b")


@dataclass(frozen=True, slots=True)
class Check:
    kind: str
    verdict: str  # pass | fail | missing | unverifiable
    detail: str


def has_pdf_signature(raw: bytes) -> bool:
    """Whether the bytes carry a PDF signature dictionary (validated in a later version)."""
    return _PDF_SIG.search(raw) is not None


def _domain(addr: str | None) -> str | None:
    if not addr or "@" not in addr:
        return None
    return addr.rsplit("@", 1)[1].strip().lower().rstrip(">") or None


def evaluate(item: SignatureInput, policy: Policy) -> dict[str, Any]:
    """The `signatures` object of the structured request for one item."""
    category, is_mail, channel = item.category, item.is_mail, item.channel
    sender = item.sender
    ocr_pages = int(item.document.get("ocr_pages") or 0)
    pdf_signature_present = has_pdf_signature(item.raw)
    required = policy.required.get(category.value, ())
    checks: list[Check] = []
    domain = _domain(sender)

    if is_mail:
        for kind in ("dkim", "spf", "dmarc"):
            checks.append(Check(kind, "unverifiable", "e-mail authentication is not checked yet"))
        authority = policy.authority_for_domain(domain)
        if authority is not None:
            checks.append(
                Check("authority_domain", "pass", f"{domain} belongs to {authority.name}")
            )
        elif category is Category.LAW_ENFORCEMENT:
            checks.append(
                Check(
                    "authority_domain",
                    "fail",
                    f"sender domain {domain or '(none)'} is no known authority",
                )
            )
    elif category is Category.LAW_ENFORCEMENT and channel in PAPER_CHANNELS:
        checks.append(
            Check(
                "authority_domain",
                "unverifiable",
                f"paper channel ({channel}); sender not authenticated yet",
            )
        )

    if category is Category.LAW_ENFORCEMENT:
        if pdf_signature_present:
            checks.append(
                Check(
                    "pdf_signature",
                    "unverifiable",
                    "a PDF signature is present; validation is not implemented yet",
                )
            )
        else:
            checks.append(Check("pdf_signature", "missing", "no electronic signature found"))
        if ocr_pages:
            checks.append(
                Check(
                    "handwritten_signature",
                    "unverifiable",
                    "scanned pages; handwriting detection is not implemented yet",
                )
            )

    verdict = _verdict(required, checks, is_mail)
    return {
        "required": list(required),
        "verdict": verdict,
        "checks": [asdict(c) for c in checks],
    }


def _satisfied(requirement: str, checks: list[Check], is_mail: bool) -> str:
    """pass | fail | missing for one required item, from the checks that evidence it."""
    by_kind = {c.kind: c.verdict for c in checks}
    if requirement == "authority_channel":
        relevant = [by_kind.get("authority_domain")]
        if is_mail:
            relevant.append(by_kind.get("dmarc"))
    elif requirement == "signature":
        relevant = [
            by_kind.get("pdf_signature"),
            by_kind.get("handwritten_signature"),
            by_kind.get("smime"),
        ]
        if "pass" in relevant:
            return "pass"
    elif requirement == "authenticated_sender":
        if not is_mail:
            return "pass"  # required only for mail; paper has no sender to authenticate
        relevant = [by_kind.get("dkim"), by_kind.get("spf"), by_kind.get("dmarc")]
    else:
        return "missing"
    present = [v for v in relevant if v is not None]
    if "fail" in present:
        return "fail"
    if present and all(v == "pass" for v in present):
        return "pass"
    return "missing"


def _verdict(required: tuple[str, ...], checks: list[Check], is_mail: bool) -> str:
    if not required:
        return "not_required" if not any(c.verdict == "fail" for c in checks) else "suspicious"
    states = [_satisfied(r, checks, is_mail) for r in required]
    if "fail" in states:
        return "suspicious"
    if all(s == "pass" for s in states):
        return "verified"
    return "incomplete"
