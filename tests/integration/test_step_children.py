"""Issue 13: the door never waits on processing — the steps' work runs in child processes.

`registratura serve` (and `worker`) hand the parse and route steps to a child process
per worker thread (`registratura.workers.StepChildren`); the SMTP door keeps the
service's GIL and goes first at SQLite's one write lock (`WriteGate`). These tests run
real spawned children. Where a test needs a step that hangs, dies or grows, the children
are pointed at this module (`steps_module`), whose `parse` and `route` do that on cue;
otherwise they run `router.steps` itself. Nothing asserts a speed: each wait has a
timeout that only ends a hung run.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dramatiq.brokers.stub import StubBroker

from ingest import Channel, Envelope
from registratura.runtime import Runtime
from registratura.settings import Settings
from registratura.workers import StepChildren, WriteGate, gate_path, gate_state
from router import steps
from router.actors import StepFailed, StepNotReady, StepProcessDied, declare_actors
from router.steps import Pipeline
from storage import Item
from tests.helpers import text_mail

HERE = "tests.integration.test_step_children"
_held: list[bytearray] = []

# A child importing this module as its steps: a slow start, or a death while starting.
if os.environ.get("STEP_CHILD_TEST_IMPORT_SECONDS"):
    time.sleep(float(os.environ["STEP_CHILD_TEST_IMPORT_SECONDS"]))
if os.environ.get("STEP_CHILD_TEST_IMPORT_EXIT"):
    os._exit(int(os.environ["STEP_CHILD_TEST_IMPORT_EXIT"]))


# --- Steps the children run when pointed at this module (item ids are the cues) -----------
def parse(p: Pipeline, item_id: int) -> Any:
    """Cues: 1 → this process's pid; 2 → die; 3 → hang; 4 → keep 200 MB; 5 → raise;
    6 → the policy digest it was given. Anything else: the real step."""
    if item_id == 1:
        return os.getpid()
    if item_id == 2:
        os._exit(7)
    if item_id == 3:
        time.sleep(120)
    if item_id == 4:
        _held.append(bytearray(200 * 2**20))  # touched: resident
        return os.getpid()
    if item_id == 5:
        raise ValueError("a step that fails")
    if item_id == 6:
        return p.policy.digest
    return steps.parse(p, item_id)


def route(p: Pipeline, item_id: int) -> Any:
    return steps.route(p, item_id)


# ------------------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, queue_prefix="childtest")


@pytest.fixture
def rt(settings: Settings) -> Iterator[Runtime]:
    runtime = Runtime(settings)  # the parent's side; children built per test
    yield runtime
    runtime.close()


def _children(rt: Runtime, **kw: Any) -> StepChildren:
    return StepChildren(
        rt.settings.resolved_database_url,
        rt.pipeline.extract_options,
        rt.pipeline.trust,
        steps_module=HERE,
        **kw,
    )


def test_a_child_runs_the_step_and_is_reused(rt: Runtime) -> None:
    children = _children(rt)
    try:
        pid = children.run("parse", 1, rt.policy)
        assert pid != os.getpid()
        assert children.run("parse", 1, rt.policy) == pid  # the same child, warm
        assert children.started == 1
        assert children.alive == [pid]
    finally:
        children.close()
    assert children.alive == []


def test_each_thread_has_its_own_child(rt: Runtime) -> None:
    children = _children(rt)
    pids: list[int] = []
    try:
        threads = [
            threading.Thread(target=lambda: pids.append(children.run("parse", 1, rt.policy)))
            for _ in range(2)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert len(set(pids)) == 2
    finally:
        children.close()


def test_a_child_that_dies_is_a_recorded_failure_and_the_next_step_gets_a_new_one(
    rt: Runtime,
) -> None:
    children = _children(rt)
    try:
        first = children.run("parse", 1, rt.policy)
        with pytest.raises(StepProcessDied, match="exit code 7"):
            children.run("parse", 2, rt.policy)
        second = children.run("parse", 1, rt.policy)
        assert second != first and children.started == 2
    finally:
        children.close()


def test_an_exception_in_the_step_comes_back_as_step_failed(rt: Runtime) -> None:
    children = _children(rt)
    try:
        pid = children.run("parse", 1, rt.policy)
        with pytest.raises(StepFailed, match="ValueError: a step that fails"):
            children.run("parse", 5, rt.policy)
        assert children.run("parse", 1, rt.policy) == pid  # a failed step keeps its child
    finally:
        children.close()


def test_children_are_replaced_after_max_tasks(rt: Runtime) -> None:
    children = _children(rt, max_tasks=2)
    try:
        pids = [children.run("parse", 1, rt.policy) for _ in range(5)]
        assert pids[0] == pids[1] != pids[2] == pids[3] != pids[4]
        assert children.started == 3
    finally:
        children.close()


def test_a_child_left_larger_than_max_rss_is_replaced(rt: Runtime) -> None:
    """A step that leaves 200 MB behind ends its child (memory back); a light one does not."""
    children = _children(rt, max_rss_mb=180)
    try:
        light = children.run("parse", 1, rt.policy)
        assert children.run("parse", 1, rt.policy) == light
        heavy = children.run("parse", 4, rt.policy)
        assert heavy == light  # the step ran there, then the child was retired
        deadline = time.monotonic() + 30
        while light in children.alive and time.monotonic() < deadline:
            time.sleep(0.05)
        assert light not in children.alive
        assert children.run("parse", 1, rt.policy) != light
    finally:
        children.close()


def test_an_idle_child_is_stopped(rt: Runtime) -> None:
    children = _children(rt, idle_seconds=0.2)
    try:
        pid = children.run("parse", 1, rt.policy)
        deadline = time.monotonic() + 30
        while pid in children.alive and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pid not in children.alive
        assert children.run("parse", 1, rt.policy) != pid  # a new one, no failure
    finally:
        children.close()


def test_the_policy_follows_a_reload(rt: Runtime, tmp_path: Path) -> None:
    from dataclasses import replace

    children = _children(rt)
    try:
        assert children.run("parse", 6, rt.policy) == rt.policy.digest
        other = replace(rt.policy, digest="f" * 64)
        assert children.run("parse", 6, other) == "f" * 64
    finally:
        children.close()


def test_an_exception_raised_into_the_waiting_thread_kills_the_child(rt: Runtime) -> None:
    """The TimeLimit middleware raises into the worker thread: the hung child is killed."""
    import ctypes

    children = _children(rt)
    errors: list[BaseException] = []

    class Interrupted(BaseException):
        pass

    def work() -> None:
        try:
            children.run("parse", 3, rt.policy)
        except BaseException as exc:
            errors.append(exc)

    try:
        t = threading.Thread(target=work)
        t.start()
        deadline = time.monotonic() + 60
        while not children.alive and time.monotonic() < deadline:
            time.sleep(0.05)
        [pid] = children.alive
        time.sleep(0.3)
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(t.ident or 0), ctypes.py_object(Interrupted)
        )
        t.join(30)
        assert not t.is_alive()
        assert [type(e) for e in errors] == [Interrupted]
        assert pid not in children.alive
    finally:
        children.close()


# --- Through the actors, as `serve` runs them ---------------------------------------------


def _actors(rt: Runtime, children: StepChildren, **kw: Any) -> Any:
    import dramatiq

    broker = StubBroker()
    actors = declare_actors(
        broker,
        rt.pipeline,
        prefix="childtest",
        min_backoff_ms=10,
        run_step=lambda name, item_id: children.run(name, item_id, rt.pipeline.policy),
        **kw,
    )
    worker = dramatiq.Worker(broker, worker_threads=2, worker_timeout=50)
    worker.start()
    return actors, worker


class _Row:
    def __init__(self, item: Item) -> None:
        self.state, self.queue, self.error = item.state, item.queue, item.error


def _item(rt: Runtime, item_id: int) -> _Row:
    with rt.db.reader() as s:
        item = s.get(Item, item_id)
        assert item is not None
        return _Row(item)


def test_an_input_that_kills_its_child_every_time_is_quarantined(rt: Runtime) -> None:
    """Each death is a start that never finished (`items.attempts`): retried, then
    quarantined with that reason, as when an input kills its worker process."""
    children = _children(rt)
    rt.accept(text_mail(1), Envelope(channel=Channel.CLI))
    acc2 = rt.accept(text_mail(2), Envelope(channel=Channel.CLI))
    assert acc2.item_id == 2  # cue 2: the child dies on it, every time
    actors, worker = _actors(rt, children)
    try:
        actors.parse.send(acc2.item_id)
        assert rt.wait_final([acc2.item_id], timeout=60) == set()
        item = _item(rt, acc2.item_id)
        assert item.state == "quarantined"
        assert "parse was started 3 times and never finished" in (item.error or "")
        assert children.started >= 3
    finally:
        worker.stop()
        children.close()


def test_a_step_over_its_time_limit_in_a_child_is_quarantined_and_the_child_killed(
    rt: Runtime,
) -> None:
    children = _children(rt)
    for n in range(3):
        rt.accept(text_mail(10 + n), Envelope(channel=Channel.CLI))  # ids 1, 2, 3
    actors, worker = _actors(rt, children, text_parse_time_limit_ms=1000)
    try:
        actors.parse.send(3)  # cue 3: hangs
        assert rt.wait_final([3], timeout=60) == set()
        item = _item(rt, 3)
        assert item.state == "quarantined"
        assert "parse exceeded its time limit of 1 s" in (item.error or "")
        deadline = time.monotonic() + 30
        while children.alive and time.monotonic() < deadline:
            time.sleep(0.05)
        assert children.alive == []  # the hung child was killed, not left running
    finally:
        worker.stop()
        children.close()


def _attempts(rt: Runtime, item_id: int) -> int:
    with rt.db.reader() as s:
        item = s.get(Item, item_id)
        assert item is not None
        return int(item.attempts)


def test_a_start_is_counted_only_once_the_child_is_ready(
    rt: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new child takes seconds to import before it can read an item: the start is not
    counted meanwhile. Counted before, a service SIGKILLed three times while its children
    were starting quarantined the first items of its queue ("started 3 times and never
    finished") though no child had read them (`make proof`'s SMTP row, 146/150)."""
    monkeypatch.setenv("STEP_CHILD_TEST_IMPORT_SECONDS", "3")
    children = _children(rt)
    for n in range(7):
        rt.accept(text_mail(30 + n), Envelope(channel=Channel.CLI))  # 7: no cue, the real step
    actors, worker = _actors(rt, children, prepare_step=lambda: children.ready(rt.pipeline.policy))
    try:
        actors.parse.send(7)
        deadline = time.monotonic() + 30
        while not children.alive and time.monotonic() < deadline:
            time.sleep(0.05)
        assert children.alive
        time.sleep(1.0)  # the child is still importing (3 s)
        assert _attempts(rt, 7) == 0
        assert rt.wait_final([7], timeout=60) == set()
        assert _item(rt, 7).state == "routed"
    finally:
        worker.stop()
        children.close()


def test_a_child_that_dies_while_starting_is_not_ready(
    rt: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STEP_CHILD_TEST_IMPORT_EXIT", "5")
    children = _children(rt)
    try:
        with pytest.raises(StepNotReady, match="died before it was ready"):
            children.ready(rt.policy)
        assert children.alive == []
    finally:
        children.close()


def test_serve_s_runtime_routes_mail_accepted_while_a_heavy_item_is_processed(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`Runtime(step_children=True)`, as `serve` builds it: a 1 MB complaint and the mail
    accepted while it is parsed are all routed, by children (this process's
    `steps.parse` and `steps.route` would fail every item)."""

    def not_here(*_a: Any) -> Any:
        raise AssertionError("a step ran in the service's own process")

    monkeypatch.setattr(steps, "parse", not_here)
    monkeypatch.setattr(steps, "route", not_here)
    rt = Runtime(settings, step_children=True)
    try:
        assert rt.children is None or rt.children.started == 0
        rt.start_workers()
        assert rt.children is not None
        line = "Reclamatie: nu am primit produsul, comanda 55501234, vanzatorul nu raspunde.\n"
        heavy = text_mail(1).replace(b"\n\n", b"\n\n" + (line * 13000).encode(), 1)
        big = rt.accept(heavy, Envelope(channel=Channel.SMTP))
        small = [rt.accept(text_mail(100 + n), Envelope(channel=Channel.SMTP)) for n in range(8)]
        ids = [big.item_id, *(a.item_id for a in small)]
        assert rt.wait_final(ids, timeout=120) == set()
        states = {_item(rt, i).state for i in ids}
        assert states == {"routed"}
        assert rt.children.started >= 1
        path = gate_path(settings.resolved_database_url)
        assert path is not None and Path(path).exists()
    finally:
        rt.close()
    assert rt.children is not None and rt.children.alive == []


def test_the_write_gate_lets_the_service_go_first(tmp_path: Path) -> None:
    """A child-side writer waits while a service-side writer waits or has just written."""
    shared = gate_state()
    path = str(tmp_path / "db.writers")
    service = WriteGate(path, shared, priority=True)
    child = WriteGate(path, shared, priority=False)
    order: list[str] = []
    try:
        with service.held():
            t = threading.Thread(target=lambda: _hold(child, order, "child"))
            t.start()
            time.sleep(0.1)
            order.append("service")
        t.join(10)
        assert order == ["service", "child"]
        with service.held(), service.held():  # reentrant
            pass
        assert shared[0] == 0
    finally:
        service.close()
        child.close()


def _hold(gate: WriteGate, order: list[str], name: str) -> None:
    with gate.held():
        order.append(name)
