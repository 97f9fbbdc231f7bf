"""registratura's parsers: bytes to text (`extract`), text to a request (`understand`).

    from parsers import extract, understand, ExtractOptions, Cues
    doc = extract(raw, filename="letter.pdf")
    u = understand(doc, Cues.default().merged(policy.get("classification")))

Pure functions: no I/O beyond the bytes handed in (Tesseract runs as a
subprocess through pytesseract). See ARCHITECTURE.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cues import Cues
    from .errors import OcrError, ParserError, UnreadableInput
    from .extract import extract
    from .model import (
        Attachment,
        Category,
        Document,
        MailHeaders,
        Page,
        SourceKind,
        Understanding,
    )
    from .options import ExtractOptions
    from .understand import understand

__all__ = [
    "Attachment",
    "Category",
    "Cues",
    "Document",
    "ExtractOptions",
    "MailHeaders",
    "OcrError",
    "Page",
    "ParserError",
    "SourceKind",
    "Understanding",
    "UnreadableInput",
    "extract",
    "understand",
]

# Imported when first used (PEP 562): `parsers.model` alone (what `router.request`
# needs to print a stored request) must not load pdfplumber, pyHanko and the OCR
# with `extract`; `registratura show` starts in a fraction of the time.
_WHERE = {
    "Cues": "parsers.cues",
    "OcrError": "parsers.errors",
    "ParserError": "parsers.errors",
    "UnreadableInput": "parsers.errors",
    "extract": "parsers.extract",
    "ExtractOptions": "parsers.options",
    "understand": "parsers.understand",
    **{
        name: "parsers.model"
        for name in (
            "Attachment",
            "Category",
            "Document",
            "MailHeaders",
            "Page",
            "SourceKind",
            "Understanding",
        )
    },
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
