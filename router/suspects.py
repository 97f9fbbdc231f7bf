"""Run a suspect alone: a step whose last start on an item never finished.

A process that dies (SIGKILL, out of memory, a crash in C) leaves a start
counted on every item it held (`items.attempts`, `router.middleware.UnfinishedStarts`):
the input that killed it and the innocent items that happened to be in
flight beside it. Counted that way, an innocent item in flight beside a
poison item at three deaths is quarantined with it (seen once in `make
proof`'s RabbitMQ row: the broker redelivers the two at once, to the same
worker again).

So a delivery whose item already has an unfinished start (a *suspect*) waits
until no other counted step runs in this process, and while a suspect runs
or waits, no new counted step starts here. A death while a suspect runs is
then charged to it alone; an innocent item is charged at most the one start
it had in flight, and its next start, alone, finishes and sets the count
back to 0. Waiting happens before the start is counted (a death while waiting
charges nothing) and before the time limit is armed.

The wait is bounded both ways (`wait_seconds`): a suspect behind a long OCR
step, or a fresh step behind a long suspect, goes on after that, beside the
others, and says so in the log (the count is then as coarse as before, never
wrong the other way: a death still counts against each item in flight).
Only this process is gated: a death ends only this process.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

# How long a suspect waits for the other steps of its process to finish, and a fresh
# step for a running suspect, before going on beside them. Longer than a text parse
# or a route step takes; shorter than the text parse's time limit.
SUSPECT_WAIT_SECONDS = 60.0


class SuspectGate:
    """A readers-writer gate: fresh steps share it, a suspect holds it alone.

    Waiting suspects go first: a fresh step does not start while one waits, so a
    steady stream of fresh steps cannot keep a suspect out for ever.
    """

    def __init__(self, wait_seconds: float = SUSPECT_WAIT_SECONDS) -> None:
        self.wait_seconds = wait_seconds
        self._cond = threading.Condition()
        self._fresh = 0  # fresh steps running
        self._suspects = 0  # suspects running (more than one only after a timed-out wait)
        self._waiting = 0  # suspects waiting
        self._held = threading.local()  # what this thread holds: "fresh", "suspect" or None

    def enter(self, suspect: bool, what: str = "") -> bool:
        """Wait for this thread's turn (bounded); True when it got it, False when it went on
        after `wait_seconds`. Call `leave` after the step, whatever happened."""
        self.leave()  # a thread holds at most one place (a missed leave is not kept)
        deadline = time.monotonic() + self.wait_seconds
        with self._cond:
            if suspect:
                self._waiting += 1
                try:
                    alone = self._wait(lambda: self._fresh == 0 and self._suspects == 0, deadline)
                finally:
                    self._waiting -= 1
                self._suspects += 1
                self._cond.notify_all()  # fresh steps held off for a waiting suspect
            else:
                alone = self._wait(lambda: self._suspects == 0 and self._waiting == 0, deadline)
                self._fresh += 1
        self._held.kind = "suspect" if suspect else "fresh"
        if not alone:
            log.warning(
                "%s: went on after waiting %g s %s; a death now is charged to every step in flight",
                what or "a step",
                self.wait_seconds,
                "for the other steps of this process to finish"
                if suspect
                else "for a suspect step to finish",
            )
        return alone

    def leave(self) -> None:
        """Give this thread's place back (nothing if it holds none)."""
        kind = getattr(self._held, "kind", None)
        if kind is None:
            return
        self._held.kind = None
        with self._cond:
            if kind == "suspect":
                self._suspects -= 1
            else:
                self._fresh -= 1
            self._cond.notify_all()

    def _wait(self, ready: Callable[[], bool], deadline: float) -> bool:
        while not ready():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._cond.wait(left)
        return True


__all__ = ["SUSPECT_WAIT_SECONDS", "SuspectGate"]
