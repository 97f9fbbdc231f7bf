"""registratura's parsers: bytes to text (`extract`), text to a request (`understand`).

    from parsers import extract, understand, ExtractOptions, Cues
    doc = extract(raw, filename="letter.pdf")
    u = understand(doc, Cues.default().merged(policy.get("classification")))

Pure functions: no I/O beyond the bytes handed in (Tesseract runs as a
subprocess through pytesseract). See ARCHITECTURE.md.
"""

from __future__ import annotations

import importlib
import sys
import types
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


# `extract` and `understand` are functions named like the modules that hold them. The
# import system sets a submodule on its package once loaded (`parsers.extract` the
# module), which would hide the function from `from parsers import extract` whenever
# the module was imported first; the package keeps the function, as an eager
# `from .extract import extract` would.
_SAME_NAME = frozenset({"extract", "understand"})


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SAME_NAME and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
