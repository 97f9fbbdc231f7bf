"""`router.suspects.SuspectGate`: fresh steps share the process, a suspect holds it alone,
waiting suspects go first, and every wait is bounded."""

from __future__ import annotations

import threading
import time

from router.suspects import SuspectGate


class Step(threading.Thread):
    """A worker thread: enters the gate, records it, holds its place until `done` is set."""

    def __init__(self, gate: SuspectGate, suspect: bool, name: str, log: list[str]) -> None:
        super().__init__(daemon=True)
        self.gate, self.suspect, self.label, self.log = gate, suspect, name, log
        self.done = threading.Event()
        self.start()

    def run(self) -> None:
        got = self.gate.enter(self.suspect, self.label)
        self.log.append(f"{self.label} {'in' if got else 'late'}")
        self.done.wait(10)
        self.gate.leave()

    def finish(self) -> None:
        self.done.set()
        self.join(5)


def _settle() -> None:
    """Time for a thread that could go on to do so (to see that one does not)."""
    time.sleep(0.2)


def _until(log: list[str], n: int) -> None:
    """Wait (up to 10 s) until `n` steps have entered."""
    deadline = time.monotonic() + 10
    while len(log) < n and time.monotonic() < deadline:
        time.sleep(0.01)


def test_fresh_steps_share_the_gate() -> None:
    gate = SuspectGate(wait_seconds=5)
    log: list[str] = []
    steps = [Step(gate, False, f"f{k}", log) for k in range(3)]
    _until(log, 3)
    assert sorted(log) == ["f0 in", "f1 in", "f2 in"]
    for s in steps:
        s.finish()


def test_a_suspect_waits_for_the_running_steps_and_holds_later_ones_off() -> None:
    gate = SuspectGate(wait_seconds=5)
    log: list[str] = []
    first = Step(gate, False, "first", log)
    _until(log, 1)
    suspect = Step(gate, True, "suspect", log)
    _settle()
    later = Step(gate, False, "later", log)
    _settle()
    assert log == ["first in"]  # the suspect waits; a step arriving after it waits too
    first.finish()
    _until(log, 2)
    _settle()
    assert log == ["first in", "suspect in"]  # the suspect runs alone
    suspect.finish()
    _until(log, 3)
    assert log == ["first in", "suspect in", "later in"]
    later.finish()


def test_two_suspects_take_turns() -> None:
    gate = SuspectGate(wait_seconds=5)
    log: list[str] = []
    a = Step(gate, True, "a", log)
    _until(log, 1)
    b = Step(gate, True, "b", log)
    _settle()
    assert log == ["a in"]
    a.finish()
    _until(log, 2)
    assert log == ["a in", "b in"]
    b.finish()


def test_every_wait_is_bounded() -> None:
    gate = SuspectGate(wait_seconds=0.3)
    log: list[str] = []
    stuck = Step(gate, False, "stuck", log)  # a long step that does not end
    _until(log, 1)
    suspect = Step(gate, True, "suspect", log)
    _until(log, 2)
    assert log == ["stuck in", "suspect late"]  # went on beside it after 0.3 s
    fresh = Step(gate, False, "fresh", log)
    _until(log, 3)
    assert log == ["stuck in", "suspect late", "fresh late"]  # and a step behind that suspect
    for s in (stuck, suspect, fresh):
        s.finish()


def test_leave_without_enter_is_harmless_and_enter_twice_keeps_one_place() -> None:
    gate = SuspectGate(wait_seconds=0.3)
    gate.leave()
    assert gate.enter(False) and gate.enter(False)
    gate.leave()
    log: list[str] = []
    Step(gate, True, "suspect", log).finish()
    assert log == ["suspect in"]  # this thread's one place was given back
