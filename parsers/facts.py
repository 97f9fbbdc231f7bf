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
  order, with its SHA-256.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from email import message_from_bytes
from email import policy as email_policy
from email.message import Message

from .mailstrict import SINGLETONS, strip_leading_blank_lines
from .sniff import is_image

_PDF_MAGIC = b"%PDF-"


def is_pdf(data: bytes) -> bool:
    return _PDF_MAGIC in data[:1024]


def starts_as_document(data: bytes) -> bool:
    """The bytes begin as a PDF or an image (strictly: no mail header may come first)."""
    return data.lstrip(b" \t\r\n\x00").startswith(_PDF_MAGIC) or is_image(data)


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


def _leaves(msg: Message) -> tuple[Leaf, ...]:
    out: list[Leaf] = []
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            continue
        error: str | None = None
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
    msg = message_from_bytes(data, policy=email_policy.compat32)
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
        _by_part={id(leaf.part): leaf for leaf in leaves},
    )
