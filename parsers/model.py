"""The values the parsers produce: an extracted document and its understanding.

Everything here is frozen. `Document` is what came out of the bytes (text,
pages, mail headers, defects); `Understanding` is what the rules made of it
(category, confidence, reasons, fields). The router turns both, plus the
envelope and its own decisions, into the structured request of
REQUEST_SCHEMA.md (see `router/request.py`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .facts import MailFacts


class Category(str, enum.Enum):  # noqa: UP042 - the str mixin is the interface others code against
    """What kind of request an item is (REQUEST_SCHEMA.md `category`)."""

    LAW_ENFORCEMENT = "law_enforcement"
    COMPLAINT = "complaint"
    MEDIATION = "mediation"
    SUPPORT = "support"
    UNKNOWN = "unknown"


class SourceKind(str, enum.Enum):  # noqa: UP042 - kept as written: same reason as Category
    """What the bytes were, as detected from their content (not their name)."""

    EMAIL = "email"
    PDF = "pdf"
    IMAGE = "image"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Page:
    """One page of text, with how it was obtained."""

    number: int  # 1-based
    text: str
    method: str  # "text_layer" | "ocr" | "mail_body" | "html"
    ocr_confidence: float | None = None  # mean word confidence 0..100 when OCR'd
    # (word, confidence 0..100) as Tesseract read them; empty unless OCR'd.
    words: tuple[tuple[str, float], ...] = field(default=(), repr=False, compare=False)
    # On the last pages of a scanned file: the ink that is not text (`ink.examine_mask`).
    marks: dict[str, Any] | None = field(default=None, repr=False, compare=False)
    # With `ExtractOptions.defer_ink`: how to examine that ink later, if anyone needs
    # it (`examine_deferred`); never stored, gone with the Document.
    ink: Callable[[], dict[str, Any] | None] | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Attachment:
    """A part of a mail that is a file, and what was read from it."""

    filename: str | None
    content_type: str
    size: int
    sha256: str
    pages: tuple[Page, ...] = ()
    defects: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MailHeaders:
    """The headers of a mail that the pipeline uses, decoded."""

    message_id: str | None = None
    from_addr: str | None = None  # bare address, lower-cased
    from_display: str | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    subject: str | None = None
    date: str | None = None  # ISO-8601 when parseable
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    reply_to: str | None = None
    auto_submitted: bool = False  # RFC 3834 / Precedence / DSN: never acknowledge
    # Which kind: auto-replied (out of office), report (DSN/MDN), auto-generated, bulk, list.
    auto_kind: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """All the text an item holds, page by page, and what went wrong reading it.

    `defects` are oddities that did not stop reading (a bad charset, an
    unreadable attachment page); they are recorded, never raised.
    """

    kind: SourceKind
    pages: tuple[Page, ...]
    headers: MailHeaders | None = None
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = ()
    # For a mail: the facts its bytes were read from (`parsers.facts`), handed to the
    # signature checks so they parse nothing again. Not part of the value: never
    # compared, printed or stored (`router.request` serialises the fields above).
    facts: MailFacts | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        """Every page's text (mail body first, then attachments), blank-line separated."""
        parts = [p.text for p in self.pages]
        for att in self.attachments:
            parts.extend(p.text for p in att.pages)
        return "\n\n".join(t for t in parts if t.strip())

    @property
    def ocr_pages(self) -> int:
        return sum(1 for p in self.all_pages() if p.method == "ocr")

    @property
    def ocr_mean_confidence(self) -> float | None:
        confs = [p.ocr_confidence for p in self.all_pages() if p.ocr_confidence is not None]
        return round(sum(confs) / len(confs), 1) if confs else None

    def all_pages(self) -> list[Page]:
        pages = list(self.pages)
        for att in self.attachments:
            pages.extend(att.pages)
        return pages


@dataclass(frozen=True, slots=True)
class Understanding:
    """What the rules concluded: category, how sure, why, and the fields found.

    `fields` follows REQUEST_SCHEMA.md's "Fields by category": missing values
    are None or [], never invented.
    """

    category: Category
    confidence: float
    reasons: tuple[str, ...]
    fields: dict[str, Any] = field(default_factory=dict)
    language: str = "ro"
    # What the rules did not read (the text budget, `parsers.understand`), as defects.
    defects: tuple[str, ...] = ()


def examine_deferred(doc: Document) -> Document:
    """`doc` with the ink of every page whose examination was deferred examined now."""

    def done(pages: tuple[Page, ...]) -> tuple[Page, ...]:
        return tuple(replace(p, marks=p.ink(), ink=None) if p.ink is not None else p for p in pages)

    return replace(
        doc,
        pages=done(doc.pages),
        attachments=tuple(replace(a, pages=done(a.pages)) for a in doc.attachments),
    )
