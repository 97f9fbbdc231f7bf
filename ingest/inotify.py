"""Wake the folder watcher when a file appears, through Linux inotify (`inotify_simple`).

Polling stays the source of truth (a file is taken only once it has
settled); inotify only shortens the wait. Where inotify is unavailable
(another OS, a network file system, a full watch table) `Waker` falls back
to plain timed waits.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)

try:  # Linux only: elsewhere the watcher polls
    from inotify_simple import INotify, flags
except (ImportError, OSError):  # pragma: no cover - not on Linux
    INotify = None
    flags = None


class Waker:
    """`wait(timeout)` returns early when something is written or moved into a watched folder."""

    def __init__(self, folders: list[Path]) -> None:
        self.inotify: INotify | None = None
        if INotify is None:
            log.info("inotify unavailable (not Linux); polling the folders")
            return
        try:
            inotify = INotify(nonblocking=True)
        except OSError as exc:
            log.info("inotify unavailable (%s); polling the folders", exc)
            return
        try:
            for folder in folders:
                inotify.add_watch(folder, flags.CLOSE_WRITE | flags.MOVED_TO | flags.CREATE)
        except OSError as exc:  # a full watch table, a file system without inotify
            inotify.close()
            log.info("inotify unavailable (%s on %s); polling the folders", exc, folder)
            return
        self.inotify = inotify

    @property
    def active(self) -> bool:
        return self.inotify is not None

    def wait(self, timeout: float, stop: threading.Event) -> None:
        if self.inotify is None:
            stop.wait(timeout)
            return
        # read() with a timeout blocks until an event or the timeout; the events
        # themselves only wake the scan, which looks at the folders anyway.
        with contextlib.suppress(BlockingIOError):
            self.inotify.read(timeout=max(0, int(timeout * 1000)))

    def close(self) -> None:
        if self.inotify is not None:
            self.inotify.close()
            self.inotify = None
