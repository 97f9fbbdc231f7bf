"""registratura's parsers: bytes to text (`extract`), text to a request (`understand`).

    from parsers import extract, understand, ExtractOptions, Cues
    doc = extract(raw, filename="letter.pdf")
    u = understand(doc, Cues.default().merged(policy.get("classification")))

Pure functions: no I/O beyond the bytes handed in (Tesseract runs as a
subprocess through pytesseract). See ARCHITECTURE.md.
"""

from __future__ import annotations

from .cues import Cues
from .errors import OcrError, ParserError, UnreadableInput
from .extract import extract
from .model import Attachment, Category, Document, MailHeaders, Page, SourceKind, Understanding
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
