"""Wake the folder watcher when a file appears, through Linux inotify (ctypes, no dependency).

Polling stays the source of truth (a file is taken only once it has
settled); inotify only shortens the wait. Where inotify is unavailable
(another OS, a network file system, a full watch table) `Waker` falls back
to plain timed waits.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import select
import threading
from pathlib import Path

log = logging.getLogger(__name__)

IN_CLOSE_WRITE = 0x008
IN_MOVED_TO = 0x080
IN_CREATE = 0x100
IN_NONBLOCK = 0o4000
IN_CLOEXEC = 0o2000000


class Waker:
    """`wait(timeout)` returns early when something is written or moved into a watched folder."""

    def __init__(self, folders: list[Path]) -> None:
        self.fd: int | None = None
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            fd = libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
            if fd < 0:
                raise OSError(ctypes.get_errno(), "inotify_init1")
            for folder in folders:
                wd = libc.inotify_add_watch(
                    fd, os.fsencode(folder), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE
                )
                if wd < 0:
                    os.close(fd)
                    raise OSError(ctypes.get_errno(), f"inotify_add_watch {folder}")
            self.fd = fd
        except (OSError, AttributeError) as exc:
            log.info("inotify unavailable (%s); polling the folders", exc)

    @property
    def active(self) -> bool:
        return self.fd is not None

    def wait(self, timeout: float, stop: threading.Event) -> None:
        if self.fd is None:
            stop.wait(timeout)
            return
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if ready:
            try:
                while os.read(self.fd, 65536):
                    pass
            except BlockingIOError:
                pass

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
