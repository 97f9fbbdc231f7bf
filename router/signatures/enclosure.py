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
DKIM), decoded only when the part has a transfer encoding.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass
from email import message_from_bytes
from email import policy as email_policy
from email.message import Message

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


def _decoded(headers: bytes, body: bytes) -> bytes | None:
    cte = re.search(rb"(?im)^content-transfer-encoding:[ \t]*([\w-]+)", headers)
    kind = cte.group(1).lower() if cte else b"7bit"
    if kind in (b"7bit", b"8bit", b"binary"):
        return body
    if kind == b"base64":
        try:
            return base64.b64decode(re.sub(rb"\s+", b"", body), validate=True)
        except (binascii.Error, ValueError):
            return None
    if kind == b"quoted-printable":
        return quopri.decodestring(body)
    return None


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
        if isinstance(c, Message) and c.get_content_type() in ("message/rfc822", "message/global")
    ]
    if len(found) != 1:
        return None
    part = part_bytes(raw, str(msg.get_boundary()), found[0])
    split = re.search(rb"\r?\n\r?\n", part) if part is not None else None
    if part is None or split is None:
        return None
    inner_raw = _decoded(part[: split.start()], part[split.end() :])
    if not inner_raw:
        return None
    inner_raw = strip_leading_blank_lines(inner_raw)
    inner = message_from_bytes(inner_raw, policy=email_policy.compat32)
    froms = from_addresses(inner) if inner.keys() else []
    if len(froms) != 1:
        return None
    domain = domain_of(froms[0][1])
    if not domain or not policy.authorities_for_domain(domain):
        return None
    journal = msg.get("X-MS-Journal-Report") is not None
    return Enclosed(inner_raw, inner, outer[0][1], journal)
