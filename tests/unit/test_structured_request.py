"""`request.StructuredRequest`: the parse record typed, read and written back unchanged."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest

from parsers.extract import extract
from parsers.model import Category
from parsers.understand import understand
from router import request as rq
from router import steps
from router.policy import load_policy
from router.signatures.adapters import TrustAdapters
from router.signatures.config import SignatureConfig

MAIL = (
    b"From: Politia Romana <ofiter@politiaromana.ro>\r\n"
    b"To: legal@okazii.ro\r\n"
    b"Subject: Solicitare date dosar penal nr. 12/P/2026\r\n"
    b"\r\n"
    b"Va rugam sa ne comunicati datele de identificare ale utilizatorului ion.popescu "
    b"in dosarul penal nr. 12/P/2026, conform art. 170 C.pr.pen.\r\n"
)


class NoDns:
    def query(self, name: str, rtype: str) -> list[str]:
        return []


def _judged_record() -> dict[str, Any]:
    policy = load_policy()
    doc = extract(MAIL, filename="m.eml")
    und = understand(doc, policy.cues)
    item = SimpleNamespace(channel="smtp", envelope={}, received_at=datetime.now(UTC))
    record = rq.parsed_record(doc, und, "0" * 64)
    adapters = TrustAdapters.of(NoDns())
    return steps.judge(policy, SignatureConfig(), adapters, item, MAIL, doc, record)


def test_a_record_the_parse_step_writes_round_trips_identically() -> None:
    record = _judged_record()
    typed = rq.StructuredRequest.from_json(record)
    assert typed.understanding is not None
    assert typed.understanding.category is Category(record["understanding"]["category"])
    assert typed.signatures is not None and typed.judged
    assert typed.signatures.verdict == record["signatures"]["verdict"]
    assert typed.signatures.policy_digest == load_policy().digest
    assert typed.to_json() == record
    assert json.dumps(typed.to_json()) == json.dumps(record)  # key order kept too


@pytest.mark.parametrize(
    "record",
    [
        rq.failed_record("unreadable input: nothing"),
        {"document": None, "understanding": None, "error": None},
        {"document": {}, "understanding": None, "error": None, "later": [1, 2]},
        # A `signatures` that is no verdict: kept as it is, and not believed.
        {
            "document": {},
            "understanding": {
                "category": "support",
                "confidence": 0.5,
                "reasons": ["a"],
                "fields": {"x": [1]},
                "language": "ro",
                "new_key": True,
            },
            "error": None,
            "signatures": {"something": "else"},
        },
    ],
)
def test_other_records_round_trip_identically(record: dict[str, Any]) -> None:
    typed = rq.StructuredRequest.from_json(record)
    assert typed.to_json() == record


def test_an_understood_record_without_a_verdict_is_not_judged() -> None:
    record = _judged_record()
    del record["signatures"]
    typed = rq.StructuredRequest.from_json(record)
    assert typed.signatures is None and not typed.judged
    assert rq.StructuredRequest.from_json(rq.failed_record("x")).judged
    assert not steps.judged(record)


def test_decide_reads_the_typed_record() -> None:
    policy = load_policy()
    record = _judged_record()
    item = SimpleNamespace(parsed=record, received_at=datetime.now(UTC))
    d = steps.decide(policy, item)
    assert d["category"] == "law_enforcement" == record["signatures"]["category"]
    assert d["decision"]["signatures"] == record["signatures"]["verdict"]
    assert d["reasons"] == record["understanding"]["reasons"]
    failed = steps.decide(policy, SimpleNamespace(parsed=rq.failed_record("bad"), received_at=None))
    assert failed["queue"] == steps.QUARANTINE and failed["decision"]["signatures"] is None
