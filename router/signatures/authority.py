"""The authority channel: is this really from a known authority, by mail or on paper?

Mail: the From domain must be a domain the registry lists (exactly; a
subdomain only through an explicit `"*.domain"` entry); the DMARC and DKIM
requirements are applied by the verdict. Flagged as `fail`: look-alike
domains, display names that claim an authority over a foreign address,
free-mail senders, Reply-To diverted away from the authority, several From
addresses, a From or Reply-To nobody can read. The paper half of the channel
(post, fax, folder scans; `not_a_mail`) lives in `paper.py` and is
re-exported here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses

from router.policy import Authority, Policy
from router.signatures.dmarc import org_domain
from router.signatures.evidence import Check, Outcome
from router.signatures.lookalike import bare_domain, below_listed, imitates, skeleton

# The paper half of the channel, re-exported for the modules that import it from here.
from router.signatures.paper import PAPER_CHANNELS as PAPER_CHANNELS
from router.signatures.paper import GatewayMail as GatewayMail
from router.signatures.paper import not_a_mail as not_a_mail
from router.signatures.paper import paper_channel as paper_channel
from router.signatures.paper import registry_note

# Words a display name uses to claim to be an authority (folded: no diacritics).
_CLAIMS = re.compile(
    r"\b(politia|politie|politiei|police|polizei|parchet\w*|procuror\w*|diicot|dna|"
    r"anticoruptie|judecatori\w*|tribunal\w*|curtea|instanta|ministerul|inspectoratul|"
    r"ipj|igpr|dgpmb|jandarmeri\w*|mai|prosecutor|court)\b"
)
DEFAULT_FREE_MAIL = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


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


def _lookalike(domain: str, policy: Policy) -> str | None:
    for authority in policy.authorities:
        for d in map(bare_domain, authority.domains):
            why = imitates(domain, d)
            if why:
                return why
    return None


def _registry_note(authority: Authority) -> str:
    return registry_note(authority)


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
        below = next(
            (
                f"{parent} ({a.name})"
                for a in policy.authorities
                if (parent := below_listed(domain, a.domains))
            ),
            None,
        )
        if below:
            reasons.append(
                f"{domain} is below {below} but is not a domain the registry lists "
                '(a subdomain counts only through an explicit "*." entry)'
            )
        if not reasons:
            reasons.append(f"{domain or '(no domain)'} is no known authority")
        checks.append(Check("authority_domain", Outcome.FAIL, "; ".join(reasons), ev))
    checks += answer_headers(msg, domain, policy)
    return checks


# Every header a mail client or server addresses something back to: the answer ("Reply",
# "Reply All", "Followup": Reply-To, Mail-Reply-To, Mail-Followup-To, Resent-Reply-To), a
# read or delivery receipt (which carries the subject and tells that we read it:
# Disposition-Notification-To, Return-Receipt-To, X-Confirm-Reading-To), or an error
# report (Errors-To). A genuine authority mail names its own mailboxes there, or nothing.
ANSWER_HEADERS = (
    "Reply-To",
    "Mail-Reply-To",
    "Mail-Followup-To",
    "Resent-Reply-To",
    "Disposition-Notification-To",
    "Return-Receipt-To",
    "X-Confirm-Reading-To",
    "Read-Receipt-To",
    "Errors-To",
)


def answer_headers(msg: Message, domain: str, policy: Policy) -> list[Check]:
    """`reply_to` fails for each header in `ANSWER_HEADERS` that sends something back away
    from the authority (a domain neither the From's nor a registry authority's), that
    cannot be read, or whose display name shows another address than it sends to.

    Whoever holds one genuine mail can add a header the DKIM signature does not cover
    (and the holder of the mailbox can sign one): where a client answers is then the
    attacker's, whatever the letter says. Every such header is read, not Reply-To only.
    """

    def allowed(rdom: str) -> bool:
        return rdom == domain or policy.authority_for_domain(rdom) is not None

    return _answer_checks(msg, allowed, "")


def wrapper_answer_headers(msg: Message, original_domain: str, policy: Policy) -> list[Check]:
    """`reply_to` for the answer headers of our own mail that encloses an authority's
    original (a forward as attachment, a journal report), judged as `answer_headers`
    judges a mail's: the wrapper is what the legal team opens and answers, so its
    Reply-To, Mail-Followup-To or read-receipt header decides where the answer goes.
    Each may name only our own domains (exactly) or a domain of the original's own
    authority (`original_domain`'s registry entries), never any other.
    """
    own = set(policy.own_domains())
    authorities = {a.name for a in policy.authorities_for_domain(original_domain)}

    def allowed(rdom: str) -> bool:
        return (
            rdom in own
            or rdom == original_domain
            or any(a.name in authorities for a in policy.authorities_for_domain(rdom))
        )

    return _answer_checks(msg, allowed, "enclosing mail's ")


def _answer_checks(msg: Message, allowed: Callable[[str], bool], where: str) -> list[Check]:
    """`reply_to` for each address of `msg`'s answer headers at a domain not `allowed`,
    each header nobody can read, and each display name that shows another address;
    `where` names whose headers they are ("enclosing mail's "), "" for the mail's own."""
    lead = f"the {where}" if where else ""
    checks: list[Check] = []
    for header in ANSWER_HEADERS:
        values = [str(v) for v in msg.get_all(header) or []]
        if not values:
            continue
        try:
            replies = getaddresses(values)
        except RecursionError:  # comments nested past Python's limit: nobody can read it
            checks.append(
                Check(
                    "reply_to",
                    Outcome.FAIL,
                    f"the {where}{header} header cannot be read (nested too deep)",
                )
            )
            continue
        if not any(a for _, a in replies) and any(v.strip() for v in values):
            checks.append(
                Check(
                    "reply_to",
                    Outcome.FAIL,
                    f"the {where}{header} header names no address the checks can read "
                    f"({values[0][:60]!r})",
                    {"header": header},
                )
            )
        for name, reply in replies:
            rdom = domain_of(reply) or ""
            if reply and (not rdom or not allowed(rdom)):
                checks.append(
                    Check(
                        "reply_to",
                        Outcome.FAIL,
                        f"{lead}{header} diverts {_WHAT.get(header, 'answers')} to {reply}",
                        {"reply_to": reply, "header": header},
                    )
                )
            # A display name that spells another address is what a person reads and copies.
            shown = [
                a.lower() for a in _ADDRESS.findall(_decoded(name)) if a.lower() != reply.lower()
            ]
            if shown:
                checks.append(
                    Check(
                        "reply_to",
                        Outcome.FAIL,
                        f"{lead}{header}'s display name shows {', '.join(shown)}, but "
                        f"{_WHAT.get(header, 'answers')} go to {reply}",
                        {"reply_to": reply, "header": header, "display_name_shows": shown},
                    )
                )
    return checks


_WHAT = {
    "Disposition-Notification-To": "read receipts",
    "Return-Receipt-To": "receipts",
    "X-Confirm-Reading-To": "read receipts",
    "Read-Receipt-To": "read receipts",
    "Errors-To": "error reports",
}


def _claims_domain(display: str, policy: Policy) -> bool:
    """The display name spells an authority's domain or name (e.g. "politiaromana.ro")."""
    low = skeleton(fold(display))
    for authority in policy.authorities:
        if skeleton(fold(authority.name)) in low:
            return True
        if any(skeleton(bare_domain(d)) in low for d in authority.domains):
            return True
    return False
