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
domains (`operator_domains`, the acknowledgements' sender), it encloses
exactly one `message/rfc822` at its top level, and that original's single
From is at a domain the registry lists for an authority. The original's bytes
are cut from the item's bytes (never re-serialised, which would break its
DKIM). A part written with base64 or quoted-printable (forbidden for
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
from router.signatures.mimecut import part_bytes


@dataclass(frozen=True, slots=True)
class Enclosed:
    """The original inside our own wrapping, and who wrapped it."""

    raw: bytes
    message: Message
    wrapper: str  # the outer From (ours)
    journal: bool  # an Exchange journal report rather than a forward


def _ours(address: str | None, policy: Policy) -> bool:
    domain = domain_of(address)
    if not domain:
        return False
    return any(domain == d or domain.endswith("." + d) for d in policy.own_domains())


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
    """The authority's original our own mail encloses, when every condition holds."""
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
    return Enclosed(inner_raw, inner, outer[0][1], journal)
