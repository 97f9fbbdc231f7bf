"""The authority channel: is this really from a known authority, by mail or on paper?

Mail: the From domain must be a domain the registry lists (exactly; a
subdomain only through an explicit `"*.domain"` entry); the DMARC and DKIM
requirements are applied by the verdict. Flagged as `fail`: look-alike
domains, display names that claim an authority over a foreign address,
free-mail senders, Reply-To diverted away from the authority, several From
addresses. Paper (post, fax, folder scans) is its own channel. A fax's number
is what the sending machine claims (TSI, caller ID, a file name): one found in
the registry is recorded as that claim, never as proof of who sent the fax.
"""

from __future__ import annotations

import re
import unicodedata
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses
from typing import NamedTuple

from router.policy import Authority, Policy
from router.signatures.dmarc import org_domain
from router.signatures.evidence import Check, Outcome
from router.signatures.lookalike import imitates, skeleton

# Words a display name uses to claim to be an authority (folded: no diacritics).
_CLAIMS = re.compile(
    r"\b(politia|politie|politiei|police|polizei|parchet\w*|procuror\w*|diicot|dna|"
    r"anticoruptie|judecatori\w*|tribunal\w*|curtea|instanta|ministerul|inspectoratul|"
    r"ipj|igpr|dgpmb|jandarmeri\w*|mai|prosecutor|court)\b"
)
DEFAULT_FREE_MAIL = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com")


def fold(text: str) -> str:
    """Lower case without diacritics (cedilla and comma letters alike)."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def domain_of(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1].strip().strip(">").lower().rstrip(".") or None


def free_mail_domains(policy: Policy) -> tuple[str, ...]:
    table = (policy.raw.get("signatures") or {}).get("free_mail") or {}
    return tuple(d.lower() for d in table.get("domains", DEFAULT_FREE_MAIL))


def from_addresses(msg: Message) -> list[tuple[str, str]]:
    """(display name, address) of every From mailbox, in order; [] when unreadable.

    A From the address parser cannot read (comments nested thousands deep make
    it recurse past Python's limit) names nobody; `unreadable_from` says why.
    """
    values = [str(v) for v in msg.get_all("From") or []]
    if unreadable_from(msg):
        return []
    return [(_decoded(n), a.lower()) for n, a in getaddresses(values) if a]


def unreadable_from(msg: Message) -> str | None:
    """Why the From header cannot be read safely (None when it can)."""
    for value in msg.get_all("From") or []:
        text = str(value)
        if "\x00" in text:
            return "the From header holds a NUL byte"
        depth = deepest = 0
        for ch in text:
            depth += {"(": 1, ")": -1}.get(ch, 0)
            deepest = max(deepest, depth)
        if deepest > 50:
            return f"the From header nests comments {deepest} deep"
    return None


def sender_matches(rule: str, address: str) -> bool:
    """`rule` is an address (exact) or `@domain` (that domain exactly)."""
    if not address or "@" not in address:
        return False
    if rule.startswith("@"):
        return address.rsplit("@", 1)[1] == rule[1:]
    return address == rule


def _decoded(name: str) -> str:
    """A display name with RFC 2047 encoded words decoded (as written when undecodable)."""
    try:
        return str(make_header(decode_header(name)))
    except (UnicodeError, LookupError, ValueError):
        return name


def _bare(entry: str) -> str:
    """A registry domain entry without its `*.` (an explicit subdomain entry)."""
    return entry[2:] if entry.startswith("*.") else entry


def _below_listed(domain: str, policy: Policy) -> str | None:
    """The registry domain `domain` sits below without being listed itself, if any."""
    for authority in policy.authorities:
        for d in map(_bare, authority.domains):
            if domain.endswith("." + d):
                return f"{d} ({authority.name})"
    return None


def _lookalike(domain: str, policy: Policy) -> str | None:
    for authority in policy.authorities:
        for d in map(_bare, authority.domains):
            why = imitates(domain, d)
            if why:
                return why
    return None


def _registry_note(authority: Authority) -> str:
    return "" if authority.confirmed else " (registry default, not yet confirmed by the legal team)"


def mail_channel(msg: Message, policy: Policy) -> list[Check]:
    """authority_domain (and reply_to when diverted) for the From of one mail."""
    froms = from_addresses(msg)
    unreadable = unreadable_from(msg)
    if unreadable:
        return [Check("authority_domain", Outcome.FAIL, f"{unreadable}: no sender can be read")]
    if len(froms) != 1:
        return [
            Check(
                "authority_domain",
                Outcome.FAIL,
                f"{len(froms)} From addresses; exactly one expected",
            )
        ]
    display, address = froms[0]
    domain = domain_of(address) or ""
    authority = policy.authority_for_domain(domain)
    checks: list[Check] = []
    ev = {"from": address, "display_name": display}
    if authority is not None:
        checks.append(
            Check(
                "authority_domain",
                Outcome.PASS,
                f"{domain} belongs to {authority.name}{_registry_note(authority)}",
                {
                    **ev,
                    "authority": authority.name,
                    "kind": authority.kind,
                    "confirmed": authority.confirmed,
                },
            )
        )
    else:
        reasons: list[str] = []
        why = _lookalike(domain, policy)
        if why:
            reasons.append(f"look-alike domain: {why}")
        if domain in free_mail_domains(policy) or org_domain(domain) in free_mail_domains(policy):
            reasons.append(f"free-mail sender ({domain})")
        claim = _CLAIMS.search(fold(display)) or _claims_domain(display, policy)
        if claim:
            reasons.append(f"display name {display!r} claims an authority over {address}")
        below = _below_listed(domain, policy)
        if below:
            reasons.append(
                f"{domain} is below {below} but is not a domain the registry lists "
                '(a subdomain counts only through an explicit "*." entry)'
            )
        if not reasons:
            reasons.append(f"{domain or '(no domain)'} is no known authority")
        checks.append(Check("authority_domain", Outcome.FAIL, "; ".join(reasons), ev))
    try:
        replies = getaddresses([str(v) for v in msg.get_all("Reply-To") or []])
    except RecursionError:  # comments nested past Python's limit: an answer address nobody can read
        replies = []
        checks.append(
            Check("reply_to", Outcome.FAIL, "the Reply-To header cannot be read (nested too deep)")
        )
    for _, reply in replies:
        rdom = domain_of(reply) or ""
        if rdom and rdom != domain and policy.authority_for_domain(rdom) is None:
            checks.append(
                Check(
                    "reply_to",
                    Outcome.FAIL,
                    f"Reply-To diverts answers to {reply}",
                    {"reply_to": reply},
                )
            )
    return checks


def _claims_domain(display: str, policy: Policy) -> bool:
    """The display name spells an authority's domain or name (e.g. "politiaromana.ro")."""
    low = skeleton(fold(display))
    for authority in policy.authorities:
        if skeleton(fold(authority.name)) in low:
            return True
        if any(skeleton(_bare(d)) in low for d in authority.domains):
            return True
    return False


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
                    f"{_registry_note(authority)}: {_FAX_CLAIM}",
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
