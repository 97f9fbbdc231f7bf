"""The structured request (REQUEST_SCHEMA.md): built from the item row and its steps.

One function builds the JSON object for any item in any state, so `ingest
--json`, `show`, `export` and the HTTP API print the same thing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from parsers.model import Document, Understanding
from storage import Item

SCHEMA_VERSION = 1


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def parsed_record(doc: Document, understanding: Understanding) -> dict[str, Any]:
    """What the parse step stores: a summary of the document and the understanding."""
    h = doc.headers
    return {
        "document": {
            "kind": doc.kind.value,
            "chars": len(doc.text),
            "pages": len(doc.all_pages()),
            "ocr_pages": doc.ocr_pages,
            "ocr_mean_confidence": doc.ocr_mean_confidence,
            "defects": list(doc.defects) + [d for a in doc.attachments for d in a.defects],
            "attachments": [
                {
                    "filename": a.filename,
                    "content_type": a.content_type,
                    "size": a.size,
                    "sha256": a.sha256,
                }
                for a in doc.attachments
            ],
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
        },
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
    return out
