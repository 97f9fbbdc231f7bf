"""Signature and authenticity checks: evidence with verdicts, and the request's overall verdict.

`evaluate(SignatureInput, Policy)` is the one entry point the route step calls.
Modules, one noun each: `config` (env), `dns` (the one resolver), `dkim`,
`spf`, `dmarc`, `origin` (SMTP facts), `mailauth`, `lookalike`, `authority`,
`roots`, `pdfsig`, `binding` (does a signed PDF state the request?), `smime`,
`handwriting`, `completeness`, `registry` (the check Protocol and plug-ins),
`verdict`, `reply`, `evaluation`.
"""

from __future__ import annotations

from router.signatures.config import SignatureConfig
from router.signatures.evaluation import evaluate
from router.signatures.input import SignatureInput
from router.signatures.pdfsig import has_pdf_signature

__all__ = ["SignatureConfig", "SignatureInput", "evaluate", "has_pdf_signature"]
