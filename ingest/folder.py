"""Watched folders (fax server, mailroom scanner): take complete files, move them when stored.

A file is taken once its size and modification time have not changed for
`settle_seconds` (a scanner or fax server still writing it is left alone);
names starting with '.' or ending in .part/.tmp are never taken. After the
commit the file moves to `done/`; a file that cannot be read moves to
`failed/` with a `.error.txt` beside it; when storage refuses, the file stays
where it is and is tried again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.accept import Accepted
from ingest.envelope import Channel, Envelope
from storage import StorageUnavailable

log = logging.getLogger(__name__)

AcceptFn = Callable[[bytes, Envelope], Accepted]
IGNORED_SUFFIXES = (".part", ".tmp", ".partial", ".error.txt")


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    n = 1
    while target.exists():
        target = folder / f"{Path(name).stem}.{n}{Path(name).suffix}"
        n += 1
    return target


@dataclass
class FolderWatcher:
    """Polls folders for complete files and hands each to the door in."""

    folders: list[Path]
    accept_fn: AcceptFn
    channel: Channel = Channel.FOLDER
    settle_seconds: float = 1.0
    poll_seconds: float = 1.0
    reader: Callable[[Path], bytes] = Path.read_bytes
    _seen: dict[Path, tuple[int, int, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for folder in self.folders:
            for sub in ("", "done", "failed"):
                (folder / sub).mkdir(parents=True, exist_ok=True)

    def candidates(self, folder: Path) -> list[Path]:
        return sorted(
            p
            for p in folder.iterdir()
            if p.is_file() and not p.name.startswith(".") and not p.name.endswith(IGNORED_SUFFIXES)
        )

    def scan_once(self, *, now: float | None = None) -> int:
        """Take every settled file once; returns how many were stored."""
        now = time.monotonic() if now is None else now
        taken = 0
        for folder in self.folders:
            for path in self.candidates(folder):
                if self._settled(path, now):
                    taken += self._take(folder, path)
        return taken

    def _settled(self, path: Path, now: float) -> bool:
        try:
            st = path.stat()
        except FileNotFoundError:
            self._seen.pop(path, None)
            return False
        sig = (st.st_size, st.st_mtime_ns)
        prev = self._seen.get(path)
        if prev is None or prev[:2] != sig:
            self._seen[path] = (*sig, now)
            return self.settle_seconds <= 0
        return now - prev[2] >= self.settle_seconds

    def _take(self, folder: Path, path: Path) -> int:
        try:
            raw = self.reader(path)
        except OSError as exc:
            self._fail(folder, path, f"cannot read file: {exc}")
            return 0
        env = Envelope(channel=self.channel, filename=path.name, extra={"folder": str(folder)})
        try:
            result = self.accept_fn(raw, env)
        except StorageUnavailable as exc:
            log.error("%s not stored (will retry): %s", path, exc)
            return 0
        path.rename(_free_name(folder / "done", path.name))
        self._seen.pop(path, None)
        log.info(
            "%s stored as %s%s",
            path.name,
            result.registration_number,
            " (duplicate)" if result.duplicate else "",
        )
        return 1

    def _fail(self, folder: Path, path: Path, reason: str) -> None:
        log.error("%s moved to failed/: %s", path, reason)
        target = _free_name(folder / "failed", path.name)
        try:
            path.rename(target)
            target.with_name(target.name + ".error.txt").write_text(reason + "\n", encoding="utf-8")
        except OSError:
            log.exception("could not move %s to failed/", path)
        self._seen.pop(path, None)

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                self.scan_once()
            except Exception:
                log.exception("folder scan failed; retrying")
            stop.wait(self.poll_seconds)
