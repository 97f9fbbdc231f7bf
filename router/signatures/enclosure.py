"""An authority's original mail enclosed whole by our own people: forwarded as an attachment, or journaled.

A lawyer of ours who got a police request personally forwards it "as
attachment" (a mail of ours whose part is the original as `message/rfc822`),
and Exchange journaling archives the legal mailbox as journal reports from
"Microsoft Exchange" on our own domain with the original attached. The
original's bytes are untouched, so the authority's DKIM signature still
verifies over them.

Such an item is judged on the enclosed original for everything the channel
proves (From domain, DKIM alignment, DMARC, answer headers): exactly what an
attacker could get by replaying the original's bytes straight to our door, so
nothing is weaker than the direct path; and replays are judged the same way
(letter age, addressee, case). Everything else stays the whole item's: the
files and the text a person reads (the forwarding note, any other part) are
read as unsigned text beside the signed letter, as for any mail.

Conditions, all required: the outer mail's single From is at one of our own
domains exactly (`operator_domains`, the acknowledgements' sender; a subdomain
is not ours by its name, it may be delegated to a mailing company), it encloses
exactly one `message/rfc822` at its top level, and that original's single
From is at a domain the registry lists for an authority. And the wrapper is
authenticated as ours as far as its door can tell (`wrapper_refusal`): a
wrapper that came by SMTP or IMAP must pass DMARC aligned for our own domain
(a DKIM signature of ours, or SPF of ours for the client our door or our own
hosts recorded), since anyone can write "From: …@okazii.ro" to our door; a
mail file (`folder`, `cli`, `post`) has no SMTP facts and only a DKIM
signature could authenticate it: it is carried in by one of us, and is
refused only when its own evidence says it is not ours (DMARC fails, or a
DKIM signature by our domain does not verify over it).

What the original's DKIM covers is all the enclosure vouches for: the files,
S/MIME entities and CAdES files the checks may take as the request's signed
content are the original's own (`Context.signable_files`); a letter attached
to the wrapper beside it is an unsigned annex at best, read by the
unsigned-text rules and never signed content (a direct replay of the original
could attach nothing to the authority's DKIM-signed body). The wrapper's own
answer headers (Reply-To, Mail-Followup-To, read receipts…) are judged too:
they are what the legal team answers (`authority.wrapper_answer_headers`).

The original's bytes are cut from the item's bytes (never re-serialised,
which would break its DKIM). A part written with base64 or quoted-printable (forbidden for
`message/rfc822` by RFC 2046, written by some clients) is not decoded here:
the original is the `EnclosedMessage` that `parsers.facts.read_facts` decoded
and parsed, its bytes `source`, the one decoding the parse step and the leaf
index read too; a part so encoded that the facts did not open (undecodable,
or a message not parsed by `read_facts`) is not taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import message_from_bytes
from email import policy as email_policy
from email.message import Message

from parsers.facts import ENCLOSING, EnclosedMessage, transfer_encoding
from parsers.mailstrict import strip_leading_blank_lines
from router.policy import Policy
from router.signatures.authority import domain_of, from_addresses
from router.signatures.dmarc import aligned
from router.signatures.evidence import Outcome
from router.signatures.mailauth import MailAuth
from router.signatures.mimecut import part_bytes

# The doors that record SMTP facts about a mail (the client, or our hosts' Received lines,
# or a trusted Authentication-Results): there a wrapper of ours must authenticate as ours.
MAIL_DOORS = frozenset({"smtp", "imap"})


@dataclass(frozen=True, slots=True)
class Enclosed:
    """The original inside our own wrapping, and who wrapped it."""

    raw: bytes
    message: Message
    wrapper: str  # the outer From (ours)
    journal: bool  # an Exchange journal report rather than a forward
    # The `message/rfc822` part of the outer mail that holds the original (its subtree
    # is the original as the parse step and the leaf index read it).
    part: Message


def _ours(address: str | None, policy: Policy) -> bool:
    """`address` is at one of our own domains exactly (a subdomain may be anyone's)."""
    domain = domain_of(address)
    return bool(domain) and domain in policy.own_domains()


_IDENTITY = frozenset({"", "7bit", "8bit", "binary"})


def _original(raw: bytes, boundary: str, part: Message, index: int) -> tuple[bytes, Message] | None:
    """The original's bytes and message; `part` is the `index`-th of the multipart of `boundary`."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if isinstance(inner, EnclosedMessage):  # decoded from base64 / quoted-printable by the facts
        return (inner.source, inner) if inner.source else None
    if transfer_encoding(part) not in _IDENTITY:
        return None  # encoded but not opened by the facts, or an encoding no one decodes
    cut = part_bytes(raw, boundary, index)
    split = re.search(rb"\r?\n\r?\n", cut) if cut is not None else None
    if cut is None or split is None:
        return None
    inner_raw = strip_leading_blank_lines(cut[split.end() :])
    if not inner_raw:
        return None
    return inner_raw, message_from_bytes(inner_raw, policy=email_policy.compat32)


def enclosed_original(raw: bytes, msg: Message, policy: Policy) -> Enclosed | None:
    """The authority's original our own mail encloses, when every condition on the mail's
    structure holds (whether the wrapper is authenticated as ours: `wrapper_refusal`)."""
    outer = from_addresses(msg)
    if len(outer) != 1 or not _ours(outer[0][1], policy):
        return None
    if msg.get_content_type() != "multipart/mixed" or not msg.get_boundary():
        return None
    children = msg.get_payload()
    if not isinstance(children, list):
        return None
    found = [
        i
        for i, c in enumerate(children)
        if isinstance(c, Message) and c.get_content_type() in ENCLOSING
    ]
    if len(found) != 1:
        return None
    part = children[found[0]]
    assert isinstance(part, Message)  # `found` holds the index of a Message
    original = _original(raw, str(msg.get_boundary()), part, found[0])
    if original is None:
        return None
    inner_raw, inner = original
    froms = from_addresses(inner) if inner.keys() else []
    if len(froms) != 1:
        return None
    domain = domain_of(froms[0][1])
    if not domain or not policy.authorities_for_domain(domain):
        return None
    journal = msg.get("X-MS-Journal-Report") is not None
    return Enclosed(inner_raw, inner, outer[0][1], journal, part)


def wrapper_refusal(auth: MailAuth, channel: str, wrapper: str) -> str | None:
    """Why the wrapper from `wrapper` is not taken for ours (None: it is), from the
    wrapper's own DKIM, SPF and DMARC for its From domain (`auth`) at its door `channel`."""
    dmarc = auth.dmarc
    if dmarc.verdict is Outcome.PASS:
        return None
    said = f"DMARC for {domain_of(wrapper)} is {dmarc.verdict.value} ({dmarc.detail})"
    if channel in MAIL_DOORS:
        return (
            f"the mail enclosing an authority's original claims to be ours ({wrapper}) but came "
            f"by {channel} unauthenticated: {said}; anyone can write our address in a From"
        )
    domain = domain_of(wrapper) or ""
    broken = [
        str(sig[0])
        for sig in auth.dkim.evidence.get("signatures") or []
        if len(sig) == 3 and sig[2] in ("fail", "permerror") and aligned(str(sig[0]), domain, "r")
    ]
    if dmarc.verdict is Outcome.FAIL or broken:
        why = f"a DKIM signature by d={broken[0]} does not verify" if broken else said
        return f"the mail file enclosing an authority's original is not ours ({wrapper}): {why}"
    return None
