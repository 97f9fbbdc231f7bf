"""The authority channel on paper: a fax, a letter by post, a scan dropped in a folder.

Paper (post, fax, folder scans) is its own channel. A fax's number is what the
sending machine claims (TSI, caller ID, a file name): one found in the
registry is recorded as that claim, never as proof of who sent the fax. A fax
that a fax-to-e-mail gateway mailed to us is paper only when the gateway's
own mail is authenticated. Also here: the check for an item judged as e-mail
whose bytes are no mail message (`not_a_mail`). Split from `authority.py`
(the mail half), which re-exports these names.
"""

from __future__ import annotations

from typing import NamedTuple

from router.policy import Authority, Policy
from router.signatures.evidence import Check, Outcome


def registry_note(authority: Authority) -> str:
    """What the evidence adds for a shipped registry default the legal team has not confirmed."""
    return "" if authority.confirmed else " (registry default, not yet confirmed by the legal team)"


PAPER_CHANNELS = ("fax", "post", "folder", "cli")

# What a fax's number is worth: the sending machine's own claim.
_FAX_CLAIM = (
    "claimed by the sending fax machine, not proof; call back on a registry number "
    "(the TSI, caller ID or file name it comes from can be set by anyone)"
)


class GatewayMail(NamedTuple):
    """How a fax that a fax-to-e-mail gateway mailed to us fared as mail.

    `verdict` is pass (the gateway's own From, authenticated), fail (the mail is
    not from the gateway address it was recognised by) or anything else (the
    gateway's mail is not authenticated).
    """

    via: str
    verdict: Outcome
    detail: str


def not_a_mail(channel: str) -> Check:
    """authority_domain for an item judged as e-mail whose bytes are no mail message."""
    if channel in ("smtp", "imap"):
        why = (
            f"arrived by e-mail ({channel}) but is not a mail message: no sender to check, "
            "and a bare document over e-mail is never paper"
        )
    else:
        why = (
            f"read as a mail file ({channel}) but no mail headers could be read: no sender to check"
        )
    return Check("authority_domain", Outcome.FAIL, why, {"channel": channel})


def paper_channel(
    channel: str,
    fax_number: str | None,
    policy: Policy,
    gateway: GatewayMail | None = None,
) -> list[Check]:
    """The paper channel, and the fax number the sender claims checked against the registry.

    Only fax, post, folder and cli are paper. `gateway` is set for a fax a
    fax-to-e-mail gateway mailed to us: it is paper only when the mail is from
    the gateway's own address and that mail is authenticated (else anyone could
    send a "fax" by mail). The fax number is never proof: the sending machine
    chooses it, so a registry match is recorded as `unverifiable` information
    (and names the authority whose registry numbers a call-back uses).
    """
    if channel not in PAPER_CHANNELS:
        return [
            Check(
                "paper_channel",
                Outcome.UNVERIFIABLE,
                f"channel {channel or '(none)'} is not a paper channel",
                {"channel": channel},
            )
        ]
    if gateway is not None and gateway.verdict is Outcome.FAIL:
        return [
            Check(
                "paper_channel",
                Outcome.FAIL,
                f"fax received as mail from a fax-to-e-mail gateway (via {gateway.via}), but "
                f"{gateway.detail}: it is not the gateway's mail and cannot count as paper",
                {"channel": channel, "via": gateway.via},
            )
        ]
    if gateway is not None and gateway.verdict is not Outcome.PASS:
        return [
            Check(
                "paper_channel",
                Outcome.UNVERIFIABLE,
                f"fax received as mail from a fax-to-e-mail gateway (via {gateway.via}), and the "
                f"gateway's mail is not authenticated ({gateway.detail}): it cannot count as paper",
                {"channel": channel, "via": gateway.via},
            )
        ]
    how = f"paper channel ({channel})"
    if gateway is not None:
        how += f", mailed by an authenticated fax gateway (via {gateway.via}: {gateway.detail})"
    checks = [
        Check(
            "paper_channel",
            Outcome.PASS,
            f"{how}: the signature and stamp on the scan carry the authenticity",
        )
    ]
    if fax_number:
        authority = policy.authority_for_fax(fax_number)
        ev = {"fax_number": fax_number, "source": "sender-asserted"}
        if authority is not None:
            # Never `pass`: the number proves nothing about who sent the fax. The
            # authority is kept so that an urgent request's call-back uses its
            # registry numbers (evaluation._callback), not any number on the fax.
            checks.append(
                Check(
                    "fax_number",
                    Outcome.UNVERIFIABLE,
                    f"fax from {fax_number}, a registry number of {authority.name}"
                    f"{registry_note(authority)}: {_FAX_CLAIM}",
                    {**ev, "authority": authority.name, "registry_match": True},
                )
            )
        else:
            checks.append(
                Check(
                    "fax_number",
                    Outcome.UNVERIFIABLE,
                    f"fax from {fax_number}, not in the registry ({_FAX_CLAIM})",
                    {**ev, "registry_match": False},
                )
            )
    return checks
