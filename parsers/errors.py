"""Errors the parsers raise. Oddities inside a readable document are defects, not errors."""

from __future__ import annotations


class ParserError(Exception):
    """Root of every error raised by `parsers`."""


class UnreadableInput(ParserError):
    """The bytes are not any format we read, or are too broken to yield any text (permanent)."""


class OcrError(ParserError):
    """Tesseract failed or is missing (may be transient: a missing binary is fixed by setup)."""
