"""Progress of a long command on stderr: a bar on a terminal, a log line a second otherwise.

`ingest` of a folder of scans stores files, then waits for OCR; a person at a
terminal sees a bar with the count, the rate and the time left (rich); a
script, a pipe or a service's log gets one `stored N of M` / `waiting: N of M`
line a second, as before. `--quiet` turns both off. Nothing is printed to
stdout: `--json` lines stay clean.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import IO, Any

log = logging.getLogger("registratura.ingest")


class Progress:
    """One phase's progress (`what`: "stored", "routed or quarantined") over `total` items."""

    def __init__(
        self,
        what: str,
        total: int,
        *,
        enabled: bool = True,
        stream: IO[str] | None = None,
        terminal: bool | None = None,
    ) -> None:
        self.what = what
        self.total = total
        self.enabled = enabled and total > 1
        stream = stream if stream is not None else sys.stderr
        self.terminal = stream.isatty() if terminal is None else terminal
        self._last = 0.0
        self._bar: Any = None
        self._task: Any = None
        if self.enabled and self.terminal:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as Bar

            self._bar = Bar(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(file=stream, force_terminal=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task(what, total=total)

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(self._task, completed=done)
            return
        now = time.monotonic()
        if now - self._last > 1.0 and done < self.total:
            log.info("%s: %s of %s", self.what, done, self.total)
            self._last = now

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
