"""The verdict is judged where the mail is parsed; the route step reads only the record.

Items an older version parsed (no verdict in the record) are parsed again:
by migration 0011 on upgrade, or by the route step sending one back.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest
from alembic import command
from sqlalchemy import select, update

from ingest import Channel, Envelope, accept
from router import steps
from router.policy import load_policy
from router.signatures.adapters import TrustAdapters
from router.steps import Pipeline
from storage import Database, Event, Item
from storage.migrate import alembic_config, locked
from tests.helpers import text_mail


class CountingResolver:
    """A fake DNS: no records, every question counted."""

    def __init__(self) -> None:
        self.questions: list[tuple[str, str]] = []

    def query(self, name: str, rtype: str) -> list[str]:
        self.questions.append((name, rtype))
        return []


@pytest.fixture
def pipeline(database_url: str) -> Iterator[Pipeline]:
    db = Database(database_url)
    db.migrate()
    yield Pipeline(db=db, policy=load_policy(), adapters=TrustAdapters.of(CountingResolver()))
    db.dispose()


def _item(p: Pipeline, item_id: int) -> Item:
    with p.db.reader() as s:
        item = s.get(Item, item_id)
        assert item is not None
        s.expunge(item)  # detached with its loaded values (the reader rolls back)
        return item


def _events(p: Pipeline, item_id: int) -> list[tuple[str, str | None, str]]:
    with p.db.reader() as s:
        return [
            (e.actor, e.from_state, e.to_state)
            for e in s.scalars(select(Event).where(Event.item_id == item_id).order_by(Event.id))
        ]


def _set_parsed(p: Pipeline, item_id: int, parsed: dict[str, Any]) -> None:
    with p.db.writer(durable=False) as s:
        s.execute(update(Item).where(Item.id == item_id).values(parsed=parsed))


def _law_mail(n: int) -> bytes:
    return (
        f"From: Politia Romana <ofiter{n}@politiaromana.ro>\r\n"
        "To: legal@okazii.ro\r\n"
        f"Subject: Solicitare date dosar penal nr. {n}/P/2026\r\n"
        f"Message-ID: <law{n}@politiaromana.ro>\r\n"
        "\r\n"
        "Va rugam sa ne comunicati datele de identificare ale utilizatorului "
        f"ion.popescu{n} in dosarul penal nr. {n}/P/2026, conform art. 170 C.pr.pen.\r\n"
    ).encode()


def test_the_verdict_is_judged_at_parse_and_routed_without_io(pipeline: Pipeline) -> None:
    envelope = Envelope(channel=Channel.SMTP, mail_from="a@politiaromana.ro", client_ip="1.2.3.4")
    acc = accept(pipeline.db, _law_mail(1), envelope, None)
    assert steps.parse(pipeline, acc.item_id) is True
    parsed = _item(pipeline, acc.item_id).parsed or {}
    judged = parsed["signatures"]
    assert judged["policy_digest"] == pipeline.policy.digest
    assert judged["category"] == "law_enforcement"
    assert "signature" in judged["verdict"]["required"]
    assert judged["verdict"]["verdict"] == "incomplete"  # no signature, no DNS records
    assert pipeline.adapters is not None
    resolver = pipeline.adapters.resolver
    assert isinstance(resolver, CountingResolver)
    # The judge asked the injected resolver (SPF, DMARC of the From domain) at parse.
    asked = len(resolver.questions)
    assert ("_dmarc.politiaromana.ro", "TXT") in resolver.questions
    # The route step: no original, no extraction, no judge (and so no DNS).
    with (
        mock.patch("router.steps.extract") as extract,
        mock.patch("router.steps.evaluate") as evaluate,
        mock.patch("router.signatures.context.read_facts") as read_facts,
    ):
        queue = steps.route(pipeline, acc.item_id)
    extract.assert_not_called()
    evaluate.assert_not_called()
    read_facts.assert_not_called()
    assert len(resolver.questions) == asked
    item = _item(pipeline, acc.item_id)
    assert queue == item.queue and item.state == "decided"
    assert item.decision is not None
    assert item.decision["signatures"] == judged["verdict"]
    assert item.decision["policy_digest"] == pipeline.policy.digest
    assert "signatures_policy_digest" not in item.decision


def test_a_policy_changed_between_the_steps_is_recorded(pipeline: Pipeline) -> None:
    acc = accept(pipeline.db, text_mail(7), Envelope(channel=Channel.CLI), None)
    assert steps.parse(pipeline, acc.item_id) is True
    parsed = _item(pipeline, acc.item_id).parsed or {}
    parsed["signatures"]["policy_digest"] = "0" * 64  # judged under another policy
    _set_parsed(pipeline, acc.item_id, parsed)
    assert steps.route(pipeline, acc.item_id) is not None
    decision = _item(pipeline, acc.item_id).decision or {}
    assert decision["policy_digest"] == pipeline.policy.digest
    assert decision["signatures_policy_digest"] == "0" * 64


def test_the_route_step_sends_an_unjudged_record_back_to_parse(pipeline: Pipeline) -> None:
    acc = accept(pipeline.db, text_mail(3), Envelope(channel=Channel.CLI), None)
    assert steps.parse(pipeline, acc.item_id) is True
    old = dict(_item(pipeline, acc.item_id).parsed or {})
    del old["signatures"]  # as a version that judged at route time stored it
    _set_parsed(pipeline, acc.item_id, old)
    assert steps.route(pipeline, acc.item_id) == steps.PARSE_AGAIN
    item = _item(pipeline, acc.item_id)
    assert item.state == "received" and item.parsed is None
    assert steps.parse(pipeline, acc.item_id) is True
    assert steps.route(pipeline, acc.item_id) is not None
    assert [e[1:] for e in _events(pipeline, acc.item_id)] == [
        (None, "received"),
        ("received", "parsed"),
        ("parsed", "received"),
        ("received", "parsed"),
        ("parsed", "decided"),
    ]


def test_decide_refuses_an_unjudged_record() -> None:
    item = mock.Mock(parsed={"understanding": {"category": "support", "confidence": 1.0}})
    with pytest.raises(ValueError, match="no signature verdict"):
        steps.decide(load_policy(), item)


def test_migration_0011_sends_unjudged_items_back_to_parse(pipeline: Pipeline) -> None:
    ids = [
        accept(pipeline.db, text_mail(n), Envelope(channel=Channel.CLI), None).item_id
        for n in (11, 12, 13)
    ]
    for item_id in ids:
        assert steps.parse(pipeline, item_id) is True
    unjudged, judged, failed = ids
    record = dict(_item(pipeline, unjudged).parsed or {})
    del record["signatures"]
    _set_parsed(pipeline, unjudged, record)
    _set_parsed(pipeline, failed, {"document": None, "understanding": None, "error": "x"})
    kept = _item(pipeline, judged).parsed

    cfg = alembic_config()
    with pipeline.db.engine.begin() as conn:
        locked(conn)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010_retention")
        command.upgrade(cfg, "heads")

    item = _item(pipeline, unjudged)
    assert item.state == "received" and item.parsed is None and item.attempts == 0
    assert _events(pipeline, unjudged)[-1] == ("migration.0011", "parsed", "received")
    assert _item(pipeline, judged).state == "parsed"
    assert _item(pipeline, judged).parsed == kept
    assert _item(pipeline, failed).state == "parsed"
    # Parsed again, it is judged and routed like any other.
    assert steps.parse(pipeline, unjudged) is True
    assert steps.route(pipeline, unjudged) is not None
    assert (_item(pipeline, unjudged).decision or {})["signatures"] is not None
