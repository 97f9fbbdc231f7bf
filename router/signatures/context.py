"""What every check reads about one item, computed once and shared (parsed MIME, DNS, roots…)."""

from __future__ import annotations

import logging
from email import message_from_bytes
from email import policy as email_policy
from email.header import decode_header, make_header
from email.message import Message
from functools import cached_property

from asn1crypto import x509

from parsers.mailstrict import strip_leading_blank_lines
from parsers.model import Category
from parsers.sniff import is_image
from parsers.tnef import is_tnef, read_tnef
from router.policy import Policy
from router.signatures.authority import domain_of, from_addresses
from router.signatures.cades import SignedFile, signed_files
from router.signatures.config import SignatureConfig
from router.signatures.dns import Resolver, resolver_for
from router.signatures.enclosure import Enclosed, enclosed_original
from router.signatures.errors import DnsError
from router.signatures.input import SignatureInput
from router.signatures.mailauth import MailAuth, authenticate
from router.signatures.roots import load_roots

log = logging.getLogger(__name__)

_PDF_MAGIC = b"%PDF-"

# Channels recorded at the door. Mail channels carry e-mail, always; only the
# paper channels can carry a scan or a PDF that stands on its own.
MAIL_CHANNELS = frozenset({"smtp", "imap"})
PAPER_CHANNELS = frozenset({"fax", "post", "folder", "cli"})


def is_pdf(data: bytes) -> bool:
    return _PDF_MAGIC in data[:1024]


def starts_as_document(data: bytes) -> bool:
    """The bytes begin as a PDF or an image (strictly: no mail header may come first)."""
    return data.lstrip(b" \t\r\n\x00").startswith(_PDF_MAGIC) or is_image(data)


def mail_bytes(raw: bytes) -> bytes:
    """The bytes every reader of a mail reads: the parse step's, DKIM's and the checks' own.

    Blank lines before the first header are dropped here and in the parse step
    by the same function; nothing else is changed (DKIM verifies these bytes).
    """
    return strip_leading_blank_lines(raw)


def parse_mail(raw: bytes) -> Message | None:
    """The bytes as a mail message, or None when they are not one (a PDF, an image, no headers)."""
    if starts_as_document(raw):
        return None
    msg = message_from_bytes(mail_bytes(raw), policy=email_policy.compat32)
    return msg if msg.keys() else None


def _tnef_files(data: bytes, name: str) -> list[tuple[str, bytes]]:
    """The PDFs and images inside a winmail.dat, read as the parse step reads them."""
    found: list[tuple[str, bytes]] = []

    def keep(raw: bytes, inner: str | None) -> tuple[tuple[()], tuple[str, ...]]:
        if is_pdf(raw) or is_image(raw):
            found.append((inner or f"{name}-{len(found) + 1}", raw))
        return (), ()

    read_tnef(data, keep)
    return found


class Context:
    """One item under examination: the input, the policy, the configuration, shared results."""

    def __init__(self, item: SignatureInput, policy: Policy, config: SignatureConfig) -> None:
        self.item = item
        self.policy = policy
        self.config = config
        self.required: tuple[str, ...] = policy.required.get(item.category.value, ())
        self.defects: list[str] = []
        # The normalised texts of what each passing signature binds (by document name):
        # the signed text the unsigned rest of the mail is read against (`unsigned`).
        self.bound_texts: dict[str, list[str]] = {}
        # The SHA-256 of each file whose signature binds the request (never judged by name:
        # an unsigned annex may carry the signed file's name).
        self.bound_files: set[str] = set()
        # For a bound scan: its pages outside the signed letter (read as unsigned text).
        self.outside_pages: dict[str, list[int]] = {}

    @property
    def category(self) -> Category:
        return self.item.category

    @cached_property
    def gateway(self) -> str | None:
        """For a fax that a fax-to-e-mail gateway mailed to us: how the mail came (smtp|imap)."""
        if self.item.channel != "fax":
            return None
        via = str((self.item.envelope.get("extra") or {}).get("via") or "").lower()
        return via if via in MAIL_CHANNELS else None

    @cached_property
    def is_mail(self) -> bool:
        """Judged as e-mail (From domain, DMARC) rather than paper, decided by the channel.

        SMTP and IMAP items are e-mail whatever the bytes look like; a fax
        that came through a mail gateway is paper whose gateway mail must be
        authenticated; on the paper channels, bytes that begin as a PDF or an
        image are paper and a mail file is e-mail. Any other channel is never
        paper.
        """
        channel = self.item.channel
        if channel in MAIL_CHANNELS:
            return True
        if self.gateway is not None:
            return False
        if starts_as_document(self.item.raw):
            return False
        kind = self.item.document.get("kind")
        if kind == "email":
            return True
        if kind in (None, "", "pdf", "image"):
            # Not a document by its first bytes, whatever the parse step named it:
            # a mail file whose header merely mentions "%PDF-" is still a mail.
            return parse_mail(self.item.raw) is not None
        return False

    @cached_property
    def message(self) -> Message | None:
        """The mail (for a gateway fax: the gateway's mail); None when the bytes are no mail."""
        if not (self.is_mail or self.gateway is not None):
            return None
        return parse_mail(self.item.raw)

    @property
    def not_a_mail(self) -> bool:
        """Judged as e-mail (by its channel) but the bytes are not a mail message."""
        return self.is_mail and self.message is None

    @cached_property
    def enclosed(self) -> Enclosed | None:
        """An authority's original that our own mail encloses (forward as attachment, journal)."""
        if not self.is_mail or self.message is None:
            return None
        return enclosed_original(mail_bytes(self.item.raw), self.message, self.policy)

    @property
    def channel_message(self) -> Message | None:
        """The mail whose channel is judged: the enclosed original, else the mail itself."""
        return self.enclosed.message if self.enclosed is not None else self.message

    @property
    def channel_bytes(self) -> bytes:
        """The bytes DKIM verifies for the channel: the enclosed original's, else the mail's."""
        return self.enclosed.raw if self.enclosed is not None else mail_bytes(self.item.raw)

    @cached_property
    def sender(self) -> str | None:
        """The single From address of the mail judged for the channel (None when absent or ambiguous)."""
        msg = self.channel_message
        if msg is None:
            return None
        froms = from_addresses(msg)
        return froms[0][1] if len(froms) == 1 else None

    @cached_property
    def from_domain(self) -> str | None:
        return domain_of(self.sender)

    @cached_property
    def resolver(self) -> Resolver | None:
        try:
            return resolver_for(self.config)
        except DnsError as exc:
            self.defects.append(str(exc))
            return None

    @cached_property
    def roots(self) -> tuple[x509.Certificate, ...]:
        return load_roots(self.config.trust_roots)

    @cached_property
    def mail_auth(self) -> MailAuth:
        assert self.message is not None
        if self.enclosed is not None:
            # The original's own DKIM over its own bytes; the envelope and the trusted
            # Authentication-Results are the wrapper's, never the original's.
            return authenticate(
                self.enclosed.raw,
                self.enclosed.message,
                {},
                self.from_domain,
                self.config,
                self.resolver,
                "enclosed original",
            )
        return authenticate(
            mail_bytes(self.item.raw),
            self.message,
            self.item.envelope,
            self.from_domain,
            self.config,
            self.resolver,
            self.gateway or self.item.channel,  # a gateway fax's mail came by smtp/imap
        )

    @cached_property
    def attachments(self) -> list[tuple[str, bytes]]:
        """Every leaf part of the mail as (name, decoded bytes), but an S/MIME signature's
        own part; for a file on a paper channel, the file itself."""
        if self.message is None:
            if self.is_mail or self.gateway is not None:
                return []
            return [(self.item.envelope.get("filename") or "document", self.item.raw)]
        skip: set[int] = set()
        for part in self.message.walk():
            children = part.get_payload() if part.get_content_type() == "multipart/signed" else None
            if isinstance(children, list) and len(children) > 1:
                skip.add(id(children[1]))  # S/MIME: `smime` validates it over its entity
        out: list[tuple[str, bytes]] = []
        for n, part in enumerate(self.message.walk()):
            if part.is_multipart() or id(part) in skip:
                continue
            data = part.get_payload(decode=True)
            if isinstance(data, bytes) and data:
                out.append((part.get_filename() or f"part-{n}", data))
        return out

    @cached_property
    def cades(self) -> list[SignedFile]:
        """The CAdES signatures (.p7m, .p7s) among the item's files, with the files they sign."""
        return signed_files(self.attachments)

    @cached_property
    def files(self) -> list[tuple[str, bytes]]:
        """The documents to examine: the item itself, or each file attached to the mail.

        The document inside a CAdES enveloping file (.p7m) is one of them, under its
        own name: it is what a person opens and reads."""
        inside = [
            (f.content_name or "signed document", f.content)
            for f in self.cades
            if f.layer.content is not None
            and f.content is not None
            and (is_pdf(f.content) or is_image(f.content))
        ]
        if self.message is None:
            if self.is_mail or self.gateway is not None or not starts_as_document(self.item.raw):
                return inside  # no mail to open, and the bytes are no document of their own
            return [(self.item.envelope.get("filename") or "document", self.item.raw)]
        out: list[tuple[str, bytes]] = []
        for n, part in enumerate(self.message.walk()):
            if part.is_multipart():
                continue
            data = part.get_payload(decode=True)
            if not isinstance(data, bytes):
                continue
            name = part.get_filename() or f"part-{n}"
            if is_tnef(part.get_content_type(), part.get_filename(), data):
                # Outlook's winmail.dat: the files inside are what the parse step read.
                out.extend(_tnef_files(data, name))
            elif is_pdf(data) or is_image(data):
                out.append((name, data))
        return out + inside

    @cached_property
    def text(self) -> str:
        """Subject and readable body text (for urgency wording); empty for non-mail items."""
        if self.message is None:
            return ""
        try:
            subject = str(make_header(decode_header(str(self.message.get("Subject") or ""))))
        except (UnicodeError, LookupError, ValueError):
            subject = str(self.message.get("Subject") or "")
        parts = [subject]
        for part in self.message.walk():
            if part.get_content_maintype() == "text":
                data = part.get_payload(decode=True)
                if isinstance(data, bytes):
                    charset = part.get_content_charset() or "utf-8"
                    try:
                        parts.append(data.decode(charset, "replace"))
                    except LookupError:
                        parts.append(data.decode("utf-8", "replace"))
        return "\n".join(parts)
