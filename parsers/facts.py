"""The facts of one item's bytes read as a mail, read once: `read_facts(raw)`.

The parse step (`parsers.mail.read_mail`) and the signature checks
(`router.signatures.context.Context`) read the same value instead of each
MIME-parsing the bytes and decoding every attachment again:

- `data`: the exact bytes every reader reads (`strip_leading_blank_lines`: blank
  lines before the first header dropped, nothing else); DKIM verifies these;
- `parsed`: the compat32 `Message` parsed once from `data` (None when the bytes
  begin as a PDF or an image); `message` is it when it has a header, else None. The
  email package's `Message` cannot be frozen: it is **read-only by convention**.
  No reader may set a header or a payload on it (`Message.walk`,
  `get_payload(decode=True)`, `get_all` and `get_filename` read only);
- `from_`, `sender`, `reply_to`: those headers' values as written (every
  occurrence, undecoded), `authentication_results` likewise;
- `duplicated`: the singleton headers (RFC 5322 3.6, the MIME headers that decide
  how a body is read) that occur more than once at the top;
- `leaves`: every leaf part of the MIME tree once decoded, in `Message.walk`
  order, with its SHA-256;
- `defects`: what the parse itself found (an enclosed message read through a
  transfer encoding, one left unopened).

**Enclosed messages written with a transfer encoding.** A `message/rfc822`
part must be 7bit, 8bit or binary (RFC 2046 5.2.1), yet some clients write a
forwarded mail as base64 or quoted-printable (`message/global` may be, RFC
6532 3.5); the email package parses the encoded text as the enclosed mail's
headers (garbage). Here such a part is decoded (base64 strictly: anything but
the alphabet, padding and whitespace and it is not opened) and the decoded
bytes, blank lines before the headers dropped, are parsed as the enclosed
message, an `EnclosedMessage` carrying them as `source`: the parse step, the
leaf index (the enclosed parts decoded from those bytes) and the enclosure
check (`router.signatures.enclosure`, which verifies the original's DKIM over
`source`) read the one decoding. Bounded as the parse step reads: no
enclosure opened `MAX_DEPTH` messages deep or after `MAX_PARTS` parts; one
left unopened is a leaf with no data (nothing of it is read). `message/rfc822`
so encoded is a defect.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import quopri
import re
from dataclasses import dataclass, field
from email import message_from_bytes
from email import policy as email_policy
from email.message import Message

from .mailstrict import SINGLETONS, strip_leading_blank_lines
from .sniff import is_image

_PDF_MAGIC = b"%PDF-"
MAX_DEPTH = 8  # nested forwards; flanker's enclosed-endless.eml goes on forever
MAX_PARTS = 500
ENCLOSING = frozenset({"message/rfc822", "message/global"})
_ENCODED = frozenset({"base64", "quoted-printable"})
_UNOPENED = "enclosed message not opened"


def is_pdf(data: bytes) -> bool:
    return _PDF_MAGIC in data[:1024]


def starts_as_document(data: bytes) -> bool:
    """The bytes begin as a PDF or an image (strictly: no mail header may come first)."""
    return data.lstrip(b" \t\r\n\x00").startswith(_PDF_MAGIC) or is_image(data)


class EnclosedMessage(Message):
    """An enclosed message decoded from a base64 or quoted-printable `message/*` part.

    `source` is the decoded bytes it was parsed from (blank lines before its
    headers dropped): the enclosed original's own bytes, what its DKIM verifies.
    """

    source: bytes = b""


class _Parsing(Message):
    """The Message of the parse only: the feed parser keeps an encoded `message/*`
    part as a leaf (its encoded text the payload) instead of reading that text
    as headers. `_settle` turns every part back into a plain `Message`."""

    def get_content_maintype(self) -> str:
        maintype = super().get_content_maintype()
        return "application" if maintype == "message" and is_encoded_enclosure(self) else maintype


def transfer_encoding(part: Message) -> str:
    """The part's Content-Transfer-Encoding as the email package reads it (the first), lower-case."""
    return str(part.get("content-transfer-encoding", "")).strip().lower()


def is_encoded_enclosure(part: Message) -> bool:
    """A `message/rfc822` or `message/global` part written with base64 or quoted-printable."""
    return part.get_content_type() in ENCLOSING and transfer_encoding(part) in _ENCODED


@dataclass(frozen=True, slots=True)
class Leaf:
    """One leaf part of the mail (no multipart), its payload decoded once.

    `index` is the part's position in `Message.walk()` (the "part-N" a nameless
    part is called by). `data` is the transfer-decoded payload; b"" with `error`
    set when the decoder failed.
    """

    index: int
    name: str | None  # the part's file name as written (RFC 2231 joined), None if none
    content_type: str
    sha256: str
    data: bytes = field(repr=False)
    part: Message = field(repr=False, compare=False)
    error: str | None = None


@dataclass(frozen=True, slots=True)
class MailFacts:
    """What one item's bytes say as a mail, computed once (see the module's docstring)."""

    original: bytes = field(repr=False)  # the item's untouched bytes, as given
    data: bytes = field(repr=False)
    # The Message parsed from `data` (None: the bytes begin as a document, not parsed).
    parsed: Message | None = field(repr=False, compare=False)
    from_: tuple[str, ...] = ()
    sender: tuple[str, ...] = ()
    reply_to: tuple[str, ...] = ()
    authentication_results: tuple[str, ...] = ()
    duplicated: tuple[str, ...] = ()
    leaves: tuple[Leaf, ...] = ()
    defects: tuple[str, ...] = ()
    _by_part: dict[int, Leaf] = field(default_factory=dict, repr=False, compare=False)

    @property
    def message(self) -> Message | None:
        """The mail, or None when the bytes are no mail (a document, or no header at all)."""
        return self.parsed if self.parsed is not None and self.parsed.keys() else None

    def leaf_of(self, part: Message) -> Leaf | None:
        """The index entry of `part` (a part of `message`), None for any other part."""
        return self._by_part.get(id(part))

    def is_of(self, raw: bytes) -> bool:
        """Whether these are the facts of `raw` (the same bytes)."""
        return self.original is raw or self.original == raw


def _all(msg: Message, name: str) -> tuple[str, ...]:
    return tuple(str(v) for v in msg.get_all(name) or [])


def _name(part: Message) -> str | None:
    try:
        return part.get_filename()
    except Exception:  # noqa: BLE001 - broken RFC 2231 parameters: a nameless part
        return None


def _decode(part: Message) -> bytes | None:
    """The bytes an encoded enclosure holds; None when they cannot be decoded strictly."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return None
    try:
        encoded = payload.encode("ascii", "surrogateescape")  # the bytes as the item holds them
    except UnicodeEncodeError:
        return None
    if transfer_encoding(part) == "base64":
        try:
            return base64.b64decode(re.sub(rb"\s+", b"", encoded), validate=True)
        except (binascii.Error, ValueError):
            return None
    return quopri.decodestring(encoded)


def _parse(data: bytes) -> Message:
    return message_from_bytes(data, _class=_Parsing, policy=email_policy.compat32)


def _plain(part: Message) -> None:
    part.__class__ = Message


def _settle(msg: Message, defects: list[str]) -> None:
    """Every part of `msg` a plain `Message`; every encoded enclosure within the limits
    decoded and its content parsed as the enclosed message (see the module's docstring)."""
    todo: list[tuple[Message, int]] = [(msg, 0)]  # (part, messages it is enclosed in)
    parts = 0
    while todo:
        part, depth = todo.pop()
        parts += 1
        if isinstance(part, _Parsing):
            _plain(part)
        payload = part.get_payload()
        if isinstance(payload, list):
            inner = depth + 1 if part.get_content_type() in ENCLOSING else depth
            todo.extend((c, inner) for c in reversed(payload) if isinstance(c, Message))
            continue
        if not is_encoded_enclosure(part):
            continue
        ctype, cte = part.get_content_type(), transfer_encoding(part)
        if ctype == "message/rfc822":  # forbidden by RFC 2046; allowed for message/global
            defects.append(f"mime: {ctype} with {cte} transfer encoding")
        if depth + 1 >= MAX_DEPTH:
            defects.append("mime: forwarded messages nested too deep, the rest skipped")
            continue
        if parts > MAX_PARTS:
            defects.append(f"mime: more than {MAX_PARTS} parts, the rest skipped")
            continue
        data = _decode(part)
        if data is None:
            defects.append(f"mime: {ctype} whose {cte} transfer encoding cannot be decoded")
            continue
        source = strip_leading_blank_lines(data)
        enclosed = _parse(source)
        enclosed.__class__ = EnclosedMessage
        assert isinstance(enclosed, EnclosedMessage)
        enclosed.source = source
        part.set_payload([enclosed])
        todo.append((enclosed, depth + 1))


def _leaves(msg: Message) -> tuple[Leaf, ...]:
    out: list[Leaf] = []
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            continue
        error: str | None = None
        if is_encoded_enclosure(part):  # left unopened by `_settle`: nothing of it is read
            decoded, error = None, _UNOPENED
        else:
            try:
                decoded = part.get_payload(decode=True)
            except Exception as exc:  # noqa: BLE001 - a transfer encoding the decoder cannot survive
                decoded, error = b"", type(exc).__name__
        data = decoded if isinstance(decoded, bytes) else b""
        out.append(
            Leaf(
                index=n,
                name=_name(part),
                content_type=part.get_content_type(),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
                part=part,
                error=error,
            )
        )
    return tuple(out)


def read_facts(raw: bytes) -> MailFacts:
    """The facts of `raw`: the one place the item's bytes are MIME-parsed.

    Bytes that begin as a PDF or an image are not parsed (`message` None, no
    leaves); nor are they a mail when no header can be read from them.
    """
    data = strip_leading_blank_lines(raw)
    if starts_as_document(raw):
        return MailFacts(original=raw, data=data, parsed=None)
    # compat32, not policy.default: the same Message API at a fraction of the cost
    # (headers are decoded from their raw values by `parsers.mailheaders`).
    msg = _parse(data)
    defects: list[str] = []
    _settle(msg, defects)
    names = [k.lower() for k in msg]
    duplicated = tuple(n for n in dict.fromkeys(names) if n in SINGLETONS and names.count(n) > 1)
    leaves = _leaves(msg)
    return MailFacts(
        original=raw,
        data=data,
        parsed=msg,
        from_=_all(msg, "From"),
        sender=_all(msg, "Sender"),
        reply_to=_all(msg, "Reply-To"),
        authentication_results=_all(msg, "Authentication-Results"),
        duplicated=duplicated,
        leaves=leaves,
        defects=tuple(dict.fromkeys(defects)),
        _by_part={id(leaf.part): leaf for leaf in leaves},
    )
