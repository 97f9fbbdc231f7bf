"""One piece of evidence: a check's kind, its verdict, a human detail and optional data."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Outcome(str, enum.Enum):  # noqa: UP042 - the str value is what the JSON carries
    """A single check's verdict (REQUEST_SCHEMA.md `signatures.checks[].verdict`)."""

    PASS = "pass"
    FAIL = "fail"
    MISSING = "missing"
    UNVERIFIABLE = "unverifiable"


class Verdict(str, enum.Enum):  # noqa: UP042 - the str value is what the JSON carries
    """The request's overall verdict (REQUEST_SCHEMA.md `signatures.verdict`)."""

    VERIFIED = "verified"
    INCOMPLETE = "incomplete"
    SUSPICIOUS = "suspicious"
    NOT_REQUIRED = "not_required"


@dataclass(frozen=True, slots=True)
class Check:
    """Evidence from one check. `evidence` holds small structured data (names, boxes, hashes)."""

    kind: str
    verdict: Outcome
    detail: str
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "verdict": self.verdict.value,
            "detail": self.detail,
        }
        if self.evidence:
            out["evidence"] = self.evidence
        return out
