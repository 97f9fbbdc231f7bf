"""The structured request (REQUEST_SCHEMA.md): built from the item row and its steps.

One function builds the JSON object for any item in any state, so `ingest
--json`, `show`, `export` and the HTTP API print the same thing. Its strings
are valid UTF-8 without NUL (`storage.text`), whatever an older row holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from parsers.model import Category, Document, Page, SourceKind, Understanding
from storage import Item
from storage.text import clean_json

SCHEMA_VERSION = 1
# Of every scanned file, the text of its first pages is kept beside the last
# (examined) ones: a letter states the case and the users at its start, and
# the signature checks bind the signed paper to the request with them.
SCAN_HEAD_PAGES = 2
# Defects listed on a request; the rest are counted. A TNEF with thousands of
# unreadable inner files once made 49,800 defect lines (a 2.6 MB JSON line).
MAX_DEFECTS = 50
# Attachments listed in the document summary (all are counted): a mail of 500
# MIME parts, each a TNEF of 100 files, would list 50,000.
MAX_LISTED_ATTACHMENTS = 200


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def scan_readings(doc: Document, sha256: str) -> list[dict[str, Any]]:
    """For every file of `doc` that was read (the item itself, or an attachment): what the
    router's signature checks use instead of OCR-ing it again.

    Keyed by the file's SHA-256 (`sha256` is the item's own, for a PDF or image
    item), each holds, of its OCR'd pages, the first `SCAN_HEAD_PAGES` pages'
    text and the last pages' text with their ink marks (`parsers.ink`). A file
    with a text layer only has no OCR'd pages: it is no scan.
    """
    files: list[tuple[str | None, str, tuple[Page, ...]]] = []
    if doc.kind in (SourceKind.PDF, SourceKind.IMAGE):
        files.append((None, sha256, doc.pages))
    files.extend((a.filename, a.sha256, a.pages) for a in doc.attachments)
    out: list[dict[str, Any]] = []
    for name, sha, pages in files:
        if not pages:
            continue  # not read (a mail's page budget spent): the router must not assume it was
        ocr = [p for p in pages if p.method == "ocr"]
        head = {p.number for p in ocr[:SCAN_HEAD_PAGES]}
        kept = [p for p in ocr if p.number in head or p.marks is not None]
        out.append(
            {
                "sha256": sha,
                "name": name,
                "pages": len(pages),
                "ocr_pages": len(ocr),
                "read": [{"number": p.number, "text": p.text, "marks": p.marks} for p in kept],
            }
        )
    return out


def capped_defects(defects: list[str]) -> list[str]:
    """The first MAX_DEFECTS defects, then one line counting the rest."""
    if len(defects) <= MAX_DEFECTS:
        return defects
    rest = len(defects) - MAX_DEFECTS
    return [*defects[:MAX_DEFECTS], f"… and {rest} more defects, not listed"]


def document_record(doc: Document, sha256: str) -> dict[str, Any]:
    """The parse step's summary of what came out of the bytes (`sha256`: the original's)."""
    h = doc.headers
    return {
        "kind": doc.kind.value,
        "chars": len(doc.text),
        "pages": len(doc.all_pages()),
        "ocr_pages": doc.ocr_pages,
        "ocr_mean_confidence": doc.ocr_mean_confidence,
        "defects": capped_defects(
            list(doc.defects) + [d for a in doc.attachments for d in a.defects]
        ),
        "attachments": [
            {
                "filename": a.filename,
                "content_type": a.content_type,
                "size": a.size,
                "sha256": a.sha256,
            }
            for a in doc.attachments[:MAX_LISTED_ATTACHMENTS]
        ],
        "attachments_total": len(doc.attachments),
        "scans": scan_readings(doc, sha256),
        "headers": None
        if h is None
        else {
            "message_id": h.message_id,
            "from": h.from_addr,
            "from_display": h.from_display,
            "to": list(h.to),
            "subject": h.subject,
            "date": h.date,
            "in_reply_to": h.in_reply_to,
            "references": list(h.references),
            "auto_submitted": h.auto_submitted,
        },
    }


def parsed_record(doc: Document, understanding: Understanding, sha256: str) -> dict[str, Any]:
    """What the parse step stores: the document summary and the understanding."""
    document = document_record(doc, sha256)
    # What the text budget left unread is a defect of the document like any other.
    document["defects"] += list(understanding.defects)
    return {
        "document": document,
        "understanding": {
            "category": understanding.category.value,
            "confidence": round(understanding.confidence, 3),
            "reasons": list(understanding.reasons),
            "fields": understanding.fields,
            "language": understanding.language,
        },
        "error": None,
    }


def failed_record(error: str) -> dict[str, Any]:
    """What the parse step stores when the bytes cannot be read at all."""
    return {"document": None, "understanding": None, "error": error}


# The parse record's key for the signature verdict the parse step judged (`router.steps.judge`).
JUDGED = "signatures"


def _extra(data: dict[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in known}


@dataclass(frozen=True, slots=True)
class Understood:
    """The parse record's `understanding`: what the rules concluded, as stored."""

    category: Category
    confidence: float
    reasons: tuple[str, ...] = ()
    fields: dict[str, Any] = field(default_factory=dict)
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know

    _KEYS = ("category", "confidence", "reasons", "fields", "language")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Understood:
        return cls(
            category=Category(data["category"]),
            confidence=data["confidence"],
            reasons=tuple(data.get("reasons") or ()),
            fields=dict(data.get("fields") or {}),
            language=data.get("language"),
            extra=_extra(data, cls._KEYS),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "category": self.category.value,
            "confidence": self.confidence,
            "reasons": list(self.reasons),
            "fields": dict(self.fields),
            "language": self.language,
            **self.extra,
        }


@dataclass(frozen=True, slots=True)
class Judged:
    """The parse record's `signatures`: the verdict judged at parse time and under what.

    `verdict` is the REQUEST_SCHEMA `signatures` object, kept as the JSON it is
    (it is copied, unchanged, into the decision and the structured request).
    """

    verdict: dict[str, Any]
    category: str | None = None
    policy_digest: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    _KEYS = ("verdict", "category", "policy_digest")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Judged:
        return cls(
            verdict=data["verdict"],
            category=data.get("category"),
            policy_digest=data.get("policy_digest"),
            extra=_extra(data, cls._KEYS),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "category": self.category,
            "policy_digest": self.policy_digest,
            **self.extra,
        }


@dataclass(frozen=True, slots=True)
class StructuredRequest:
    """The parse record (`items.parsed`) typed: what the route step decides from.

    `from_json(record).to_json() == record` for every record the parse step
    writes (`parsed_record` + `router.steps.judge`, or `failed_record`); keys
    this version does not know are kept in `extra`. `document` stays JSON: the
    route step does not read it, and `build` prints it as stored.
    """

    document: dict[str, Any] | None
    understanding: Understood | None
    error: str | None
    signatures: Judged | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    _KEYS = ("document", "understanding", "error", JUDGED)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> StructuredRequest:
        """The record as stored; None (no record) reads as a record that understood nothing."""
        data = data or {"document": None, "understanding": None, "error": None}
        und = data.get("understanding")
        judged = data.get(JUDGED)
        signatures = (
            Judged.from_json(judged) if isinstance(judged, dict) and "verdict" in judged else None
        )
        return cls(
            document=data.get("document"),
            understanding=None if und is None else Understood.from_json(und),
            error=data.get("error"),
            signatures=signatures,
            # A `signatures` value that is no verdict is kept as it is, and not believed.
            extra=_extra(data, cls._KEYS if signatures is not None else cls._KEYS[:3]),
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "document": self.document,
            "understanding": None if self.understanding is None else self.understanding.to_json(),
            "error": self.error,
        }
        if self.signatures is not None:
            out[JUDGED] = self.signatures.to_json()
        out.update(self.extra)
        return out

    @property
    def judged(self) -> bool:
        """Whether the route step can decide it without I/O: it failed, understood
        nothing, or carries the verdict the parse step judged."""
        return bool(self.error) or self.understanding is None or self.signatures is not None


def build(item: Item, *, duplicate: bool = False) -> dict[str, Any]:
    """The structured request of `item`, complete as far as the pipeline has got."""
    env = item.envelope or {}
    parsed = item.parsed or {}
    doc = parsed.get("document") or {}
    headers = doc.get("headers") or {}
    und = parsed.get("understanding") or {}
    decision = item.decision or {}
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "registration_number": item.registration_number,
        "source": {
            "channel": item.channel,
            "path": item.filename,
            "sha256": item.sha256,
            "message_id": headers.get("message_id"),
            "from": headers.get("from") or env.get("mail_from"),
            "to": headers.get("to") or list(env.get("rcpt_to") or []),
            "fax_number": env.get("fax_number"),
            "received_at": _iso(item.received_at),
            # RFC 3834 headers, Precedence, DSN/MDN (parsers), or a null reverse-path
            # (MAIL FROM:<>, which only bounces and other robots use).
            "auto_submitted": bool(headers.get("auto_submitted"))
            or env.get("mail_from") in ("", "<>"),
        },
        "category": item.category or und.get("category"),
        "queue": item.queue,
        "confidence": und.get("confidence"),
        "reasons": und.get("reasons", []),
        "status": item.state,
        "language": und.get("language"),
        "text": {
            "chars": doc.get("chars", 0),
            "ocr_pages": doc.get("ocr_pages", 0),
            "ocr_mean_confidence": doc.get("ocr_mean_confidence"),
        },
        "fields": und.get("fields", {}),
        "signatures": decision.get("signatures") or {"required": [], "verdict": None, "checks": []},
        "thread": decision.get("thread")
        or {"case_id": None, "in_reply_to": headers.get("in_reply_to")},
        "sla": {
            "policy": decision.get("sla_policy"),
            "due_at": _iso(item.due_at),
            "acknowledged_at": _iso(item.acknowledged_at),
            "first_response_at": _iso(item.first_response_at),
            "closed_at": _iso(item.closed_at),
        },
        "defects": doc.get("defects", []),
        "error": item.error,
    }
    if duplicate:
        out["duplicate"] = True
    # Rows are cleaned as they are read (`storage.models.CleanJSON`); an Item
    # built in memory is not, and the line must be UTF-8 JSON all the same.
    cleaned: dict[str, Any] = clean_json(out)
    return cleaned
