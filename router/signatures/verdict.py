"""From evidence to the request's verdict: verified, incomplete, suspicious or not_required.

`verified` needs every required item to pass and no decisive check to fail;
`suspicious` means something is wrong (spoofing, look-alike, broken or
untrusted signature, unknown authority, urgency from an unproven address);
`incomplete` means something required is missing but nothing is wrong.
"Urgent" wording never lowers the bar: it raises it and asks for a call-back
to a registry number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from router.signatures.evidence import Check, Outcome, Verdict

# A fail of one of these is wrong on its own, whatever the policy requires.
# (DKIM and SPF alone are not: DMARC sums them up, forwarding breaks SPF.)
# A signer bound to another authority than the channel's or the letter's, and a
# letter stating another authority than the mailbox that sent it, are forgeries.
DECISIVE = frozenset(
    {
        "authority_domain",
        "reply_to",
        "dmarc",
        "pdf_signature",
        "smime",
        "cades_signature",
        "signer_authority",
        "authority_match",
        # Fail only for the authority channel: readers could read different headers,
        # parts or body (duplicated singleton header, DKIM l= shorter than the body…),
        # or what a person reads is not what was checked.
        "mail_structure",
        "alternatives",
    }
)

_URGENT = re.compile(
    r"\b(urgent\w*|urgen[tț]\w*|de [iî]ndat[aă]|imediat|emergency|asap|immediately|"
    r"pericol iminent|via[tț]a .{0,20}pericol)\b",
    re.IGNORECASE,
)


def is_urgent(flag: object, text: str) -> bool:
    """The request claims urgency: the understanding's `urgent` flag or urgent wording."""
    return bool(flag) or bool(_URGENT.search(text))


def _kinds(checks: list[Check], *kinds: str) -> list[Outcome]:
    return [c.verdict for c in checks if c.kind in kinds]


def requirement_state(requirement: str, checks: list[Check], is_mail: bool) -> Outcome:
    """pass, fail or missing for one policy requirement, from the evidence."""
    if requirement == "authority_channel":
        if not is_mail:
            return _all_pass(_kinds(checks, "paper_channel"))
        domain = _kinds(checks, "authority_domain", "reply_to", "authority_alignment")
        dmarc = _kinds(checks, "dmarc")
        read_alike = _kinds(checks, "mail_structure", "alternatives")
        if Outcome.FAIL in domain + dmarc + read_alike:
            return Outcome.FAIL
        # A DKIM signature by a domain the registry lists is required: never passed by absence.
        if Outcome.PASS not in _kinds(checks, "authority_alignment"):
            return Outcome.MISSING
        return _all_pass(domain + dmarc) if domain and dmarc else Outcome.MISSING
    if requirement == "signature":
        electronic = _kinds(checks, "pdf_signature", "smime", "cades_signature")
        signers = _kinds(checks, "signer_authority")
        if Outcome.FAIL in electronic + signers:
            return Outcome.FAIL
        # The signer is the authenticator: a valid signature by a certificate the
        # registry does not bind to the authority proves nothing about it.
        if any(o is not Outcome.PASS for o in signers):
            return Outcome.MISSING
        # A valid PDF or S/MIME signature, or a signed and stamped scan attached to
        # a mail, counts only for signed content that itself states the request's
        # case and users (`signed_content`), never for unsigned text beside it.
        if Outcome.PASS in _kinds(checks, "signed_content"):
            return Outcome.PASS
        # On paper the scan is the request itself: its ink signs what it states.
        hand, stamp = _kinds(checks, "handwritten_signature"), _kinds(checks, "stamp")
        if not is_mail and Outcome.PASS in hand and Outcome.PASS in stamp:
            return Outcome.PASS
        return Outcome.MISSING
    if requirement == "content":
        # The authority the letter states is content too: it must be the sender's.
        return (
            _all_pass(_kinds(checks, "content"))
            if not (match := _kinds(checks, "authority_match"))
            else _all_pass(_kinds(checks, "content") + match)
        )
    if requirement == "authenticated_sender":
        if not is_mail:
            return Outcome.PASS  # paper has no sender address to authenticate
        return _worst(_kinds(checks, "dmarc"))
    return Outcome.MISSING  # an unknown requirement can never be satisfied


def _all_pass(outcomes: list[Outcome]) -> Outcome:
    if Outcome.FAIL in outcomes:
        return Outcome.FAIL
    return (
        Outcome.PASS if outcomes and all(o is Outcome.PASS for o in outcomes) else Outcome.MISSING
    )


def _worst(outcomes: list[Outcome]) -> Outcome:
    return _all_pass(outcomes)


@dataclass(frozen=True, slots=True)
class Decision:
    """The overall verdict, each requirement's state, and why."""

    verdict: Verdict
    requirements: dict[str, str]
    reasons: list[str] = field(default_factory=list)
    urgent: bool = False


def decide(required: tuple[str, ...], checks: list[Check], is_mail: bool, urgent: bool) -> Decision:
    """The verdict for the evidence of one item under its category's requirements."""
    if not is_mail:
        # Paper and files have no sender address to authenticate: the requirement does not
        # apply, and a verdict with no evidence is never `verified` (not_required instead).
        required = tuple(r for r in required if r != "authenticated_sender")
    states = {r: requirement_state(r, checks, is_mail) for r in required}
    reasons = [
        f"{c.kind}: {c.detail}" for c in checks if c.kind in DECISIVE and c.verdict is Outcome.FAIL
    ]
    reasons += [f"required {r}: {s.value}" for r, s in states.items() if s is not Outcome.PASS]
    if states.get("signature", Outcome.PASS) is not Outcome.PASS:
        reasons += [
            f"{c.kind}: {c.detail}"
            for c in checks
            if c.kind == "signed_content"
            or (c.kind == "signer_authority" and c.verdict is not Outcome.FAIL)
            or (
                c.kind in ("pdf_signature", "cades_signature") and c.verdict is Outcome.UNVERIFIABLE
            )
        ]
    if states.get("content", Outcome.PASS) is not Outcome.PASS:
        reasons += [
            f"{c.kind}: {c.detail}"
            for c in checks
            if c.kind == "authority_match" and c.verdict is Outcome.MISSING
        ]
    if states.get("authority_channel", Outcome.PASS) is not Outcome.PASS:
        # The real failure in words: what the channel lacks (no DKIM by a listed
        # domain, SPF only, a file's claims), not only "required …: missing".
        shown: tuple[str, ...] = ("paper_channel", "authority_alignment", "dkim", "spf", "dmarc")
        if Outcome.PASS in _kinds(checks, "authority_alignment"):
            shown = ("paper_channel",)  # authenticated: the failure is named above
        reasons += [
            f"{c.kind}: {c.detail}"
            for c in checks
            if c.kind in shown
            and c.verdict is not Outcome.PASS
            and not (c.kind in DECISIVE and c.verdict is Outcome.FAIL)
        ]
    decisive_fail = any(c.kind in DECISIVE and c.verdict is Outcome.FAIL for c in checks)
    if urgent and "authority_channel" in states and states["authority_channel"] is not Outcome.PASS:
        reasons.append("urgency claimed from a channel not proven to be an authority's")
        decisive_fail = True
    if not required:
        verdict = Verdict.SUSPICIOUS if decisive_fail else Verdict.NOT_REQUIRED
    elif decisive_fail or Outcome.FAIL in states.values():
        verdict = Verdict.SUSPICIOUS
    elif all(s is Outcome.PASS for s in states.values()):
        verdict = Verdict.VERIFIED
    else:
        verdict = Verdict.INCOMPLETE
    return Decision(verdict, {r: s.value for r, s in states.items()}, reasons, urgent)
