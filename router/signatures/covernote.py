"""Unsigned text beside a signed letter: where the answer goes must be authenticated.

A signed PDF or S/MIME entity proves what its signer signed, never the mail
body around it. Data sent to an address only the unsigned part names is the
leak itself, whatever else the request asks. So the answer address
(`fields.reply_to`) of a request whose signature binds its content must be
stated by the signed content (`binding.bind` records whether it is, in the
`signed_content` evidence), or be an address of the authority itself: an
e-mail address at a registry domain of the authority the mail authenticated
as or the signer is bound to, or a registry postal address of that
authority. Otherwise that `signed_content` is no longer a pass: the evidence
names the unauthenticated address and the request is not verified.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from router.policy import Authority, Policy
from router.signatures.authority import domain_of, fold
from router.signatures.evidence import Check, Outcome


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def authority_address(address: str, authorities: Sequence[Authority]) -> bool:
    """Whether `address` is one of the authorities' own: a registry domain or postal address."""
    domain = domain_of(address)
    if domain is not None:
        return any(a.owns_domain(domain) for a in authorities)
    key = _key(address)
    return bool(key) and any(
        key == _key(p) for a in authorities for p in a.postal_addresses if _key(p)
    )


def answer_address_checks(checks: list[Check], policy: Policy, names: list[str]) -> list[Check]:
    """`checks` with each `signed_content` pass whose answer address is unauthenticated made missing.

    `names`: the authorities the request speaks for (the mail channel's, the
    signers' bound ones). An address the signed content states stays; so does
    one of those authorities' own.
    """
    authorities = [a for a in policy.authorities if a.name in names]
    out: list[Check] = []
    for c in checks:
        ev: dict[str, Any] = c.evidence
        answer = ev.get("reply_to")
        if (
            c.kind != "signed_content"
            or c.verdict is not Outcome.PASS
            or not isinstance(answer, str)
            or ev.get("reply_to_signed")
            or authority_address(answer, authorities)
        ):
            out.append(c)
            continue
        out.append(
            Check(
                "signed_content",
                Outcome.MISSING,
                f"{ev.get('document')}: the answer is to go to {answer!r}, which the "
                f"{ev.get('signed')} does not state and which is no address of "
                f"{', '.join(names) or 'the authority'} in the registry: where to answer is "
                "unauthenticated (only the unsigned text names it); no data may go there",
                {**ev, "unsigned": [*ev.get("unsigned", []), f"reply to {answer}"]},
            )
        )
    return out
