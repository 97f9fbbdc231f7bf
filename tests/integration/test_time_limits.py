"""Issue 13: a step over its time limit is quarantined at once, and files have their own lane.

Real Dramatiq workers on the in-process (Stub) broker, started by `Runtime`
as `registratura serve` starts them; only our parse step is replaced, by one
that runs (in Python, so Dramatiq's TimeLimit can interrupt it) far longer
than the tiny limits set here. Nothing asserts a speed: each test waits for
a state, with a timeout that only ends a hung run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ingest import Channel, Envelope
from registratura.runtime import Runtime
from registratura.settings import Settings
from router import steps
from router.steps import Pipeline
from storage import Item
from tests.helpers import text_mail

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
STUCK_SECONDS = 20.0  # how long a stuck step runs unless interrupted (ends a hung test)


MakeRuntime = Callable[..., Runtime]


@pytest.fixture
def make_rt(tmp_path: Path) -> Iterator[MakeRuntime]:
    """Runtimes on the embedded defaults with the settings given, closed after the test."""
    made: list[Runtime] = []

    def build(**settings: Any) -> Runtime:
        rt = Runtime(Settings(data_dir=tmp_path, **settings))
        made.append(rt)
        return rt

    yield build
    for rt in made:
        rt.close()


def _stuck(calls: list[int]) -> Callable[[Pipeline, int], bool]:
    def parse(p: Pipeline, item_id: int) -> bool:
        calls.append(item_id)
        deadline = time.monotonic() + STUCK_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.01)  # Python between sleeps: the time limit's exception lands here
        return False

    return parse


class _Row:
    def __init__(self, item: Item) -> None:
        self.state, self.queue, self.error = item.state, item.queue, item.error


def _item(rt: Runtime, item_id: int) -> _Row:
    with rt.db.reader() as s:
        item = s.get(Item, item_id)
        assert item is not None
        return _Row(item)


def test_a_text_parse_over_its_limit_is_quarantined_once_with_the_reason(
    make_rt: MakeRuntime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text mail whose parse overruns TEXT_PARSE_TIME_LIMIT_SECONDS is quarantined, tried once."""
    calls: list[int] = []
    monkeypatch.setattr(steps, "parse", _stuck(calls))
    rt = make_rt(text_parse_time_limit_seconds=1)
    rt.start_workers()
    acc = rt.accept(text_mail(1), Envelope(channel=Channel.CLI))
    assert rt.wait_final([acc.item_id], timeout=STUCK_SECONDS - 5) == set()
    item = _item(rt, acc.item_id)
    assert item.state == "quarantined" and item.queue == "quarantine"
    assert "parse exceeded its time limit of 1 s" in (item.error or "")
    assert calls == [acc.item_id]  # not retried


def test_a_file_parse_over_its_limit_is_quarantined_on_the_ocr_lane(
    make_rt: MakeRuntime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PDF goes to the `ocr` lane, whose PARSE_TIME_LIMIT_SECONDS quarantines it at once."""
    calls: list[int] = []
    monkeypatch.setattr(steps, "parse", _stuck(calls))
    rt = make_rt(parse_time_limit_seconds=1)
    rt.start_workers()
    acc = rt.accept(PDF, Envelope(channel=Channel.CLI, filename="a.pdf"))
    assert rt.wait_final([acc.item_id], timeout=STUCK_SECONDS - 5) == set()
    item = _item(rt, acc.item_id)
    assert item.state == "quarantined"
    assert "ocr exceeded its time limit of 1 s" in (item.error or "")
    assert calls == [acc.item_id]


def test_mail_is_parsed_while_every_ocr_thread_is_busy(
    make_rt: MakeRuntime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the one OCR thread held by a scan, a text mail is still parsed and routed."""
    release = threading.Event()
    real_parse = steps.parse
    held: list[int] = []

    def parse(p: Pipeline, item_id: int) -> bool:
        with p.db.reader() as s:
            item = s.get(Item, item_id)
            is_pdf = item is not None and (item.filename or "").endswith(".pdf")
        if is_pdf:
            held.append(item_id)
            release.wait(STUCK_SECONDS)  # a long OCR job
        return real_parse(p, item_id)

    monkeypatch.setattr(steps, "parse", parse)
    rt = make_rt(worker_threads=1, ocr_worker_threads=1)
    rt.start_workers()
    try:
        scan = rt.accept(PDF, Envelope(channel=Channel.CLI, filename="scan.pdf"))
        deadline = time.monotonic() + 10
        while not held and time.monotonic() < deadline:
            time.sleep(0.01)
        assert held == [scan.item_id]
        mail = rt.accept(text_mail(2), Envelope(channel=Channel.SMTP))
        assert rt.wait_final([mail.item_id], timeout=STUCK_SECONDS - 5) == set()
        assert _item(rt, mail.item_id).state == "routed"
        assert _item(rt, scan.item_id).state == "received"  # still being read
    finally:
        release.set()
    assert rt.wait_final([scan.item_id], timeout=30) == set()


def test_a_worker_runs_only_the_queues_it_is_given(make_rt: MakeRuntime) -> None:
    """`worker --queues ocr` consumes `ocr` alone; an unknown queue name is refused."""
    rt = make_rt()
    workers = rt.start_workers(queues=["ocr"])
    assert [sorted(w.consumer_whitelist or []) for w in workers] == [["registratura.ocr"]]
    with pytest.raises(ValueError, match="unknown queue"):
        rt.start_workers(queues=["pasre"])
