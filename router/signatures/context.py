"""What every check reads about one item, computed once and shared (parsed MIME, DNS, roots…).

The mail is not parsed here: `Context.facts` is the parse step's `MailFacts`
(`SignatureInput.facts`), or, for a caller that gives none (benches, tests),
built from `raw` by the same one function (`parsers.facts.read_facts`). DNS and
the roots come from the `TrustAdapters` built once by the caller's entry point.
"""

from __future__ import annotations

import hashlib
import logging
from email.header import decode_header, make_header
from email.message import Message
from functools import cached_property

from asn1crypto import x509

from parsers.facts import Leaf, MailFacts, read_facts
from parsers.facts import is_pdf as is_pdf  # re-exported: the checks import it from here
from parsers.facts import starts_as_document as starts_as_document
from parsers.mailstrict import strip_leading_blank_lines
from parsers.model import Category
from parsers.sniff import is_image
from parsers.tnef import is_tnef, read_tnef
from router.policy import Policy
from router.signatures.adapters import TrustAdapters
from router.signatures.authority import domain_of, from_addresses
from router.signatures.cades import SignedFile, signed_files
from router.signatures.config import SignatureConfig
from router.signatures.dns import Resolver
from router.signatures.enclosure import Enclosed, enclosed_original, wrapper_refusal
from router.signatures.input import SignatureInput
from router.signatures.mailauth import MailAuth, authenticate

log = logging.getLogger(__name__)

# Channels recorded at the door. Mail channels carry e-mail, always; only the
# paper channels can carry a scan or a PDF that stands on its own.
MAIL_CHANNELS = frozenset({"smtp", "imap"})
# The doors a fax-to-e-mail gateway's mail may come through (`ingest.accept.GATEWAY_DOORS`).
GATEWAY_VIAS = MAIL_CHANNELS | {"folder", "cli"}
PAPER_CHANNELS = frozenset({"fax", "post", "folder", "cli"})


def mail_bytes(raw: bytes) -> bytes:
    """The bytes every reader of a mail reads: the parse step's, DKIM's and the checks' own.

    Blank lines before the first header are dropped here and in the parse step
    by the same function; nothing else is changed (DKIM verifies these bytes).
    """
    return strip_leading_blank_lines(raw)


def parse_mail(raw: bytes) -> Message | None:
    """The bytes as a mail message, or None when they are not one (a PDF, an image, no headers)."""
    return read_facts(raw).message


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

    def __init__(
        self,
        item: SignatureInput,
        policy: Policy,
        config: SignatureConfig,
        adapters: TrustAdapters | None = None,
    ) -> None:
        self.item = item
        self.policy = policy
        self.config = config
        # Built once by the entry point (`router.steps.Pipeline`); a caller that gives
        # none (a bench, a test) has them built from `config` here, once per item.
        self.adapters = adapters if adapters is not None else TrustAdapters.from_config(config)
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
    def facts(self) -> MailFacts:
        """The item's bytes read as a mail: the parse step's facts, else read here once."""
        given = self.item.facts
        if given is not None and given.is_of(self.item.raw):
            return given
        return read_facts(self.item.raw)

    @cached_property
    def gateway(self) -> str | None:
        """For a fax that a fax-to-e-mail gateway mailed to us: the door the mail came
        through (smtp, imap, or as a mail file: folder, cli).

        A mail file's gateway mail is authenticated as any mail file is: by its DKIM
        signature alone (its Received and Return-Path lines are the file's own claims,
        never SPF evidence); the door recognised it as the gateway's as it would over
        SMTP, and judging it then as an e-mail from our own gateway domain made every
        such fax `suspicious`.
        """
        if self.item.channel != "fax":
            return None
        via = str((self.item.envelope.get("extra") or {}).get("via") or "").lower()
        return via if via in GATEWAY_VIAS else None

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
            return self.facts.message is not None
        return False

    @cached_property
    def message(self) -> Message | None:
        """The mail (for a gateway fax: the gateway's mail); None when the bytes are no mail."""
        if not (self.is_mail or self.gateway is not None):
            return None
        return self.facts.message

    @property
    def not_a_mail(self) -> bool:
        """Judged as e-mail (by its channel) but the bytes are not a mail message."""
        return self.is_mail and self.message is None

    @cached_property
    def enclosing(self) -> Enclosed | None:
        """An authority's original that a mail from our own domain encloses, by its structure
        (taken only when the wrapper is authenticated as ours: `enclosed`)."""
        if not self.is_mail or self.message is None:
            return None
        return enclosed_original(self.facts.data, self.message, self.policy)

    @cached_property
    def wrapper_auth(self) -> MailAuth | None:
        """The enclosing mail's own DKIM, SPF and DMARC for its From (ours), at its own door."""
        found = self.enclosing
        if found is None or self.message is None:
            return None
        return authenticate(
            self.facts.data,
            self.message,
            self.item.envelope,
            domain_of(found.wrapper),
            self.config,
            self.resolver,
            self.item.channel,
        )

    @cached_property
    def enclosure_refused(self) -> str | None:
        """Why the enclosing mail is not taken for ours (None: it is, or there is none)."""
        found, auth = self.enclosing, self.wrapper_auth
        if found is None or auth is None:
            return None
        return wrapper_refusal(auth, self.item.channel, found.wrapper)

    @cached_property
    def enclosed(self) -> Enclosed | None:
        """An authority's original that our own, authenticated mail encloses (forward as
        attachment, journal report): the mail whose channel is judged."""
        return self.enclosing if self.enclosure_refused is None else None

    @property
    def channel_message(self) -> Message | None:
        """The mail whose channel is judged: the enclosed original, else the mail itself."""
        return self.enclosed.message if self.enclosed is not None else self.message

    @property
    def channel_bytes(self) -> bytes:
        """The bytes DKIM verifies for the channel: the enclosed original's, else the mail's."""
        return self.enclosed.raw if self.enclosed is not None else self.facts.data

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

    def sha256(self, data: bytes) -> str:
        """The SHA-256 of `data`: the facts' own when it is a decoded part of the mail."""
        digest = self._digests.get(id(data))
        return digest if digest is not None else hashlib.sha256(data).hexdigest()

    @cached_property
    def _digests(self) -> dict[int, str]:
        return {id(leaf.data): leaf.sha256 for leaf in self.facts.leaves if leaf.data}

    @cached_property
    def resolver(self) -> Resolver | None:
        if self.adapters.resolver_error is not None:
            self.defects.append(self.adapters.resolver_error)
        return self.adapters.resolver

    @cached_property
    def roots(self) -> tuple[x509.Certificate, ...]:
        return self.adapters.certificates()

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
            self.facts.data,
            self.message,
            self.item.envelope,
            self.from_domain,
            self.config,
            self.resolver,
            self.gateway or self.item.channel,  # a gateway fax's mail came by smtp/imap
        )

    @cached_property
    def _signable(self) -> frozenset[int] | None:
        """The leaf parts (by id) whose signatures may be the request's signed content;
        None: every part of the item.

        For an enclosed original, its own parts only, and of those only the files its
        own bytes hold too (what its DKIM covers, read by the same one reader): a file
        in the wrapper around it is nobody's signed content, whoever signed it.
        """
        if self.enclosed is None:
            return None
        own = {leaf.sha256 for leaf in read_facts(self.enclosed.raw).leaves if leaf.data}
        inside = {id(p) for p in self.enclosed.part.walk()}
        return frozenset(
            id(leaf.part)
            for leaf in self.facts.leaves
            if id(leaf.part) in inside and leaf.sha256 in own
        )

    def _leaves(self, signable: bool) -> list[Leaf]:
        scope = self._signable if signable else None
        return [leaf for leaf in self.facts.leaves if scope is None or id(leaf.part) in scope]

    def _attachments(self, signable: bool) -> list[tuple[str, bytes]]:
        if self.message is None:
            if self.is_mail or self.gateway is not None:
                return []
            return [(self.item.envelope.get("filename") or "document", self.item.raw)]
        skip: set[int] = set()
        for part in self.message.walk():
            children = part.get_payload() if part.get_content_type() == "multipart/signed" else None
            if isinstance(children, list) and len(children) > 1:
                skip.add(id(children[1]))  # S/MIME: `smime` validates it over its entity
        # Each leaf decoded once, by `read_facts` (the parse step's own reading).
        return [
            (leaf.name or f"part-{leaf.index}", leaf.data)
            for leaf in self._leaves(signable)
            if leaf.data and id(leaf.part) not in skip
        ]

    @cached_property
    def attachments(self) -> list[tuple[str, bytes]]:
        """Every leaf part of the mail as (name, decoded bytes), but an S/MIME signature's
        own part; for a file on a paper channel, the file itself."""
        return self._attachments(signable=False)

    @cached_property
    def signable_attachments(self) -> list[tuple[str, bytes]]:
        """`attachments` whose signatures may bind the request: for an enclosed original,
        its own files only (`_signable`); else every one."""
        return self.attachments if self._signable is None else self._attachments(signable=True)

    @cached_property
    def cades(self) -> list[SignedFile]:
        """The CAdES signatures (.p7m, .p7s) among the item's files, with the files they sign."""
        return signed_files(self.attachments)

    @cached_property
    def signable_cades(self) -> list[SignedFile]:
        """The CAdES signatures that may bind the request (`signable_attachments`)."""
        return self.cades if self._signable is None else signed_files(self.signable_attachments)

    def _documents(self, signable: bool) -> list[tuple[str, bytes]]:
        inside = [
            (f.content_name or "signed document", f.content)
            for f in (self.signable_cades if signable else self.cades)
            if f.layer.content is not None
            and f.content is not None
            and (is_pdf(f.content) or is_image(f.content))
        ]
        if self.message is None:
            if self.is_mail or self.gateway is not None or not starts_as_document(self.item.raw):
                return inside  # no mail to open, and the bytes are no document of their own
            return [(self.item.envelope.get("filename") or "document", self.item.raw)]
        out: list[tuple[str, bytes]] = []
        for leaf in self._leaves(signable):
            data = leaf.data
            name = leaf.name or f"part-{leaf.index}"
            if is_tnef(leaf.content_type, leaf.name, data):
                # Outlook's winmail.dat: the files inside are what the parse step read.
                out.extend(_tnef_files(data, name))
            elif is_pdf(data) or is_image(data):
                out.append((name, data))
        return out + inside

    @cached_property
    def files(self) -> list[tuple[str, bytes]]:
        """The documents to examine: the item itself, or each file attached to the mail.

        The document inside a CAdES enveloping file (.p7m) is one of them, under its
        own name: it is what a person opens and reads. Every one is read by the
        unsigned-text rules; only `signable_files` may be signed content."""
        return self._documents(signable=False)

    @cached_property
    def signable_files(self) -> list[tuple[str, bytes]]:
        """The documents whose signature (PDF, CAdES, ink) may be the request's signed
        content: for an enclosed original its own only (what its DKIM covers), never a
        file of the wrapper around it; else every one of `files`."""
        return self.files if self._signable is None else self._documents(signable=True)

    @property
    def outside_original(self) -> list[str]:
        """The names of the documents of our wrapper outside the enclosed original."""
        if self._signable is None:
            return []
        kept = {self.sha256(data) for _, data in self.signable_files}
        return [name for name, data in self.files if self.sha256(data) not in kept]

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
                leaf = self.facts.leaf_of(part)
                data = leaf.data if leaf is not None else part.get_payload(decode=True)
                if isinstance(data, bytes):
                    charset = part.get_content_charset() or "utf-8"
                    try:
                        parts.append(data.decode(charset, "replace"))
                    except LookupError:
                        parts.append(data.decode("utf-8", "replace"))
        return "\n".join(parts)
