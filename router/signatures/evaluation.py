"""The entry point: evidence from every applicable check, then the verdict, as JSON."""

from __future__ import annotations

from typing import Any

from router.policy import Authority, Policy
from router.signatures.config import SignatureConfig
from router.signatures.context import Context
from router.signatures.evidence import Verdict
from router.signatures.input import SignatureInput
from router.signatures.registry import REGISTRY, SignatureCheck, run_checks
from router.signatures.reply import draft_reply
from router.signatures.verdict import decide, is_urgent

_URGENT_NOTE = (
    "urgent wording: confirm by calling a number from the authority registry, "
    "never a number given in the request"
)
_PAPER_NOTE = (
    "paper: a signature and a stamp on a scan or a fax can be drawn by anyone and a "
    "fax's sending number is the sender's own claim; before releasing data, confirm by "
    "calling a number from the authority registry, never a number given in the request"
)


def _callback(ctx: Context, checks_authority: str | None, note: str) -> dict[str, Any]:
    """Who to call back before acting: numbers from the registry only."""
    matches: list[Authority] = [a for a in ctx.policy.authorities if a.name == checks_authority]
    numbers = [n for a in matches for n in a.phone_numbers]
    return {"required": True, "authority": checks_authority, "numbers": numbers, "note": note}


def evaluate(
    item: SignatureInput,
    policy: Policy,
    config: SignatureConfig | None = None,
    registry: tuple[SignatureCheck, ...] = REGISTRY,
) -> dict[str, Any]:
    """The `signatures` object of the structured request for one item."""
    ctx = Context(item, policy, config or SignatureConfig.from_env())
    checks = run_checks(ctx, registry)
    law = "authority_channel" in ctx.required
    urgent = law and is_urgent(item.fields.get("urgent"), ctx.text)
    decision = decide(ctx.required, checks, ctx.is_mail, urgent)
    out: dict[str, Any] = {
        "required": list(ctx.required),
        "verdict": decision.verdict.value,
        "requirements": decision.requirements,
        "checks": [c.to_json() for c in checks],
        "reasons": decision.reasons,
        "urgent": urgent,
        "callback": None,
        "reply_draft": None,
    }
    # Ink on paper proves little by itself: a verified paper request is confirmed by phone.
    paper = law and not ctx.is_mail and decision.verdict is Verdict.VERIFIED
    if urgent or paper:
        authority = next(
            (
                c.evidence.get("authority")
                for c in checks
                if c.kind in ("authority_domain", "fax_number") and c.evidence.get("authority")
            ),
            None,
        )
        out["callback"] = _callback(ctx, authority, _URGENT_NOTE if urgent else _PAPER_NOTE)
    if decision.verdict is Verdict.INCOMPLETE:
        out["reply_draft"] = draft_reply(decision.requirements, item.fields)
    if ctx.defects:
        out["defects"] = list(ctx.defects)
    return out
