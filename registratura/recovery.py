"""After an outage of the database or the broker: re-send, at once, what it held up.

During an outage nothing stored is lost, but items wait longer than they need to:

- a step that failed because the database was away is retried with its back-off,
  which doubles (1, 2, 4, 8, 16 s …): an item that failed four times during a ten
  second outage sleeps up to 32 s more after the database is back;
- a Redis consumer that lost its connection drops the retries it was holding in
  memory (Dramatiq's worker starts a new delay queue); their messages stay with the
  worker's Redis id until the worker restarts;
- a step whose last try fell in the outage is dead-lettered (its quarantine could not
  be written either) and waits for the hourly sweep (`sweep_stale_seconds`).

`OutageWatch` asks both every second (`outage_probe_seconds`). When one does not answer
it notes the time; when both answer again it re-sends the next message of every
unfinished item that has not moved since that time (the sweep's re-send, safe because
every step is idempotent; a message that was only waiting runs later and finds the item
moved on), and repeats each second until none is left.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from storage import utcnow

log = logging.getLogger("registratura.recovery")


@dataclass
class OutageWatch:
    """`probe()`: names of the dependencies that do not answer ([] when all do).
    `redrive(since)`: re-send every unfinished item not moved since `since`; returns how
    many such items are still not re-sent (0: done)."""

    probe: Callable[[], list[str]]
    redrive: Callable[[datetime], int]
    clock: Callable[[], datetime] = utcnow
    since: datetime | None = None  # when the current outage was first seen
    down: list[str] = field(default_factory=list)

    def tick(self) -> None:
        """One look: note an outage, or re-drive after one."""
        try:
            down = self.probe()
        except Exception as exc:  # a probe that itself fails is an outage of something
            down = [f"probe ({exc!r})"]
        if down:
            if self.since is None:
                self.since = self.clock()
                log.warning(
                    "%s unreachable; items held up are re-sent as soon as it answers again",
                    " and ".join(down),
                )
            elif down != self.down:
                log.warning("%s unreachable", " and ".join(down))
            self.down = down
            return
        if self.since is None:
            return
        try:
            left = self.redrive(self.since)
        except Exception:
            log.warning("re-sending after the outage failed; will try again", exc_info=True)
            return
        if left:
            log.warning("%s item(s) held up by the outage not re-sent yet; trying again", left)
            return
        log.info(
            "%s answer again: items not moved since %s re-sent",
            " and ".join(self.down) or "dependencies",
            self.since.isoformat(timespec="seconds"),
        )
        self.since, self.down = None, []

    def run(self, stop: threading.Event, interval: float) -> None:
        """`tick` every `interval` seconds until `stop`."""
        while not stop.wait(interval):
            self.tick()

    def start(self, stop: threading.Event, interval: float) -> threading.Thread:
        thread = threading.Thread(
            target=self.run, args=(stop, interval), name="outage-watch", daemon=True
        )
        thread.start()
        return thread
