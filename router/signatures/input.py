"""What the signature checks are given: everything known about one item when it is parsed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from parsers.model import Category

if TYPE_CHECKING:
    from parsers.facts import MailFacts
    from router.signatures.annexes import Annex


@dataclass(frozen=True, slots=True)
class SignatureInput:
    """One item as the route step sees it. `raw` is the untouched original (never rewritten)."""

    category: Category
    channel: str  # smtp | imap | folder | cli | fax | post
    raw: bytes
    envelope: dict[
        str, Any
    ]  # ingest.Envelope.to_json(): mail_from, rcpt_to, client_ip, helo, tls, fax_number…
    document: dict[
        str, Any
    ]  # the parse step's document summary (kind, headers, attachments, ocr_pages…)
    fields: dict[str, Any] = field(default_factory=dict)  # the understanding's fields
    # When the item arrived at the door (the item's received_at): a letter is judged
    # against it (an old letter sent again is no current request).
    received_at: datetime | None = None
    # `raw` as the parse step read it (`parsers.facts.read_facts`): the checks read
    # the mail from these and parse nothing again. None: `Context` reads them from
    # `raw` itself, with the same function (benches, tests).
    facts: MailFacts | None = field(default=None, repr=False, compare=False)
    # The unsigned annexes beside a signed letter (`router.signatures.annexes`): what only
    # they name is already out of `fields`; their text is held to the annex rules.
    annexes: tuple[Annex, ...] = ()

    @property
    def is_mail(self) -> bool:
        """Rough: mail by channel or by document kind. The checks use `Context.is_mail`,
        which decides from the channel recorded at the door (smtp/imap are always mail)."""
        return self.channel in ("smtp", "imap") or self.document.get("kind") == "email"

    @property
    def sender(self) -> str | None:
        return (self.document.get("headers") or {}).get("from")
