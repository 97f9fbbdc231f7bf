"""Fax metadata: the sender's number from a file name, TIFF tags, or a fax-to-e-mail gateway mail.

Fax servers name received files after the sender (HylaFAX-style
`fax_+40212223344_…`) or write the sender's TSI into TIFF tags; gateways
mail the fax as an attachment with the number in the subject or a header.
Which of these applies is configuration (the policy file), never code.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import Any

from PIL import Image, UnidentifiedImageError

# The signature checks' own reading of From: the gateway is recognised by exactly
# the address they will later authenticate, never by a differently parsed one.
from router.signatures.authority import from_addresses, sender_matches

# TIFF tags where fax servers leave the remote station's identity:
# DocumentName, ImageDescription, Artist, and the Class F FaxSubAddress.
_FAX_TAGS = (269, 270, 315, 34909)
_NUMBER = re.compile(r"\+?\d[\d\s().-]{5,}\d")


def normalise_number(text: str) -> str | None:
    """Digits with an optional leading '+': '+40 (21) 222-33-44' → '+40212223344'."""
    match = _NUMBER.search(text)
    if match is None:
        return None
    raw = match.group(0)
    digits = re.sub(r"\D", "", raw)
    return ("+" if raw.startswith("+") else "") + digits if len(digits) >= 6 else None


def number_from_name(pattern: re.Pattern[str] | None, name: str) -> str | None:
    """The `number` group (or the whole match) of the configured file-name pattern."""
    if pattern is None:
        return None
    m = pattern.search(name)
    if m is None:
        return None
    found = m.groupdict().get("number") or m.group(0)
    return normalise_number(found)


def number_from_tiff(raw: bytes) -> str | None:
    """A phone number in the TIFF tags fax servers use, if the bytes are a TIFF."""
    if raw[:4] not in (b"II*\x00", b"MM\x00*"):
        return None
    try:
        with Image.open(io.BytesIO(raw)) as img:
            tags: Any = getattr(img, "tag_v2", {})
            for tag in _FAX_TAGS:
                value = tags.get(tag)
                if isinstance(value, bytes):
                    value = value.decode("latin-1", "replace")
                if isinstance(value, str) and (number := normalise_number(value)):
                    return number
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return None
    return None


@dataclass(frozen=True, slots=True)
class GatewayRule:
    """A fax-to-e-mail gateway: mail from `sender` whose `field` matches `pattern` is a fax."""

    sender: str  # address or @domain
    pattern: re.Pattern[str]
    field: str = "Subject"

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> GatewayRule:
        try:
            return cls(
                sender=str(data["from"]).lower(),
                pattern=re.compile(str(data.get("pattern", r"(?P<number>\+?\d[\d\s-]{5,}\d)"))),
                field=str(data.get("header", "Subject")),
            )
        except (KeyError, re.error) as exc:
            raise ValueError(f"bad [[fax_gateways]] entry {data!r}: {exc}") from exc


def _header(msg: Any, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    try:
        return str(make_header(decode_header(str(value))))
    except (UnicodeError, LookupError, ValueError):
        return str(value)


@dataclass(frozen=True, slots=True)
class GatewayMatch:
    """A configured gateway's mail: its single From address and the sender number it names."""

    sender: str  # the From address that matched the rule (lower case), as the router reads it
    number: str


def gateway_match(raw: bytes, rules: tuple[GatewayRule, ...]) -> GatewayMatch | None:
    """The gateway's From address and the sender number when `raw` is a configured gateway's mail.

    From is read exactly as the signature checks read it (`from_addresses`: the
    undecoded header values, the addresses only, never a display name or an
    RFC 2047 encoded word decoded into an address), and there must be exactly
    one From address: `=?us-ascii?q?fax=40gw.ro?= <x@attacker>` is x@attacker,
    here and there alike.
    """
    if not rules or not raw[:2048].lstrip()[:1].isalpha():
        return None  # not a mail (PDF, TIFF…): nothing to look at
    # The header block only (the body is never needed here, and may be 25 MB).
    end = min((i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0), default=-1)
    msg = BytesHeaderParser(policy=compat32).parsebytes(raw if end < 0 else raw[: end + 4])
    froms = from_addresses(msg)
    if len(froms) != 1:
        return None  # no sender, or several: no single gateway to authenticate
    sender = froms[0][1]
    for rule in rules:
        if not sender_matches(rule.sender, sender):
            continue
        m = rule.pattern.search(_header(msg, rule.field))
        if m is None:
            continue
        number = normalise_number(m.groupdict().get("number") or m.group(0))
        return GatewayMatch(sender, number) if number is not None else None
    return None
