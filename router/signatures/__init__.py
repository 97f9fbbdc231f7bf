"""Signature and authenticity checks: evidence with verdicts, and the request's overall verdict.

`evaluate(SignatureInput)` is the one entry point the route step calls.
"""

from __future__ import annotations

from router.signatures.checks import evaluate, has_pdf_signature
from router.signatures.input import SignatureInput

__all__ = ["SignatureInput", "evaluate", "has_pdf_signature"]
