"""Signature and authenticity checks: evidence with verdicts, and the request's overall verdict.

`evaluate(SignatureInput, Policy)` is the one entry point the route step calls.
Modules, one noun each: `config` (env), `dns` (the one resolver), `dkim`,
`spf`, `dmarc`, `origin` (SMTP facts), `mailauth`, `lookalike`, `authority`,
`roots`, `pdfsig`, `binding` (does a signed PDF state the request?), `smime`,
`handwriting`, `completeness`, `registry` (the check Protocol and plug-ins),
`verdict`, `reply`, `evaluation`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from router.signatures.config import SignatureConfig
    from router.signatures.evaluation import evaluate
    from router.signatures.input import SignatureInput
    from router.signatures.pdfsig import has_pdf_signature

__all__ = ["SignatureConfig", "SignatureInput", "evaluate", "has_pdf_signature"]

# Imported when first used (PEP 562): a module that needs one small piece of this
# package (`authority` for the fax door, `config`) must not load pyHanko and the
# parsers with it; `registratura show` starts in a fraction of the time.
_WHERE = {
    "SignatureConfig": "router.signatures.config",
    "SignatureInput": "router.signatures.input",
    "evaluate": "router.signatures.evaluation",
    "has_pdf_signature": "router.signatures.pdfsig",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
