"""What every check reads about one item, computed once and shared (parsed MIME, DNS, roots…)."""

from __future__ import annotations

import logging
from email import message_from_bytes
from email import policy as email_policy
from email.header import decode_header, make_header
from email.message import Message
from functools import cached_property

from asn1crypto import x509

from parsers.model import Category
from router.policy import Policy
from router.signatures.authority import domain_of, from_addresses
from router.signatures.config import SignatureConfig
from router.signatures.dns import Resolver, resolver_for
from router.signatures.errors import DnsError
from router.signatures.input import SignatureInput
from router.signatures.mailauth import MailAuth, authenticate
from router.signatures.roots import load_roots

log = logging.getLogger(__name__)

_IMAGE_MAGIC = (b"II*\x00", b"MM\x00*", b"\x89PNG", b"\xff\xd8\xff")
_PDF_MAGIC = b"%PDF-"


def is_pdf(data: bytes) -> bool:
    return _PDF_MAGIC in data[:1024]


def is_image(data: bytes) -> bool:
    return data.startswith(_IMAGE_MAGIC)


class Context:
    """One item under examination: the input, the policy, the configuration, shared results."""

    def __init__(self, item: SignatureInput, policy: Policy, config: SignatureConfig) -> None:
        self.item = item
        self.policy = policy
        self.config = config
        self.required: tuple[str, ...] = policy.required.get(item.category.value, ())
        self.defects: list[str] = []

    @property
    def category(self) -> Category:
        return self.item.category

    @cached_property
    def is_mail(self) -> bool:
        kind = self.item.document.get("kind")
        if kind:
            return bool(kind == "email")
        return not (is_pdf(self.item.raw) or is_image(self.item.raw))

    @cached_property
    def message(self) -> Message | None:
        if not self.is_mail:
            return None
        return message_from_bytes(self.item.raw, policy=email_policy.compat32)

    @cached_property
    def sender(self) -> str | None:
        """The single From address of a mail (None when absent or ambiguous)."""
        if self.message is None:
            return None
        froms = from_addresses(self.message)
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
        return authenticate(
            self.item.raw,
            self.message,
            self.item.envelope,
            self.from_domain,
            self.config,
            self.resolver,
        )

    @cached_property
    def files(self) -> list[tuple[str, bytes]]:
        """The documents to examine: the item itself, or each file attached to the mail."""
        if self.message is None:
            return [(self.item.envelope.get("filename") or "document", self.item.raw)]
        out: list[tuple[str, bytes]] = []
        for n, part in enumerate(self.message.walk()):
            if part.is_multipart():
                continue
            data = part.get_payload(decode=True)
            if isinstance(data, bytes) and (is_pdf(data) or is_image(data)):
                out.append((part.get_filename() or f"part-{n}", data))
        return out

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
