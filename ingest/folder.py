"""Watched folders (fax server, mailroom scanner): take complete files, move them when stored.

A file is taken once its size and modification time have not changed for
`settle_seconds` (a scanner or fax server still writing it is left alone);
names starting with '.' or ending in .part/.tmp are never taken. After the
commit the file moves to `done/`; a file that cannot be read moves to
`failed/` with a `.error.txt` beside it; when storage refuses, the file stays
where it is and is tried again. A name that is not UTF-8 (a scanner writing
Windows-1250) is stored as the envelope cleans it, and moved by its real
bytes. An unexpected error on one file never stops the others; after
`MAX_UNEXPECTED_FAILURES` such errors the file goes to `failed/` with it.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.accept import Accepted
from ingest.envelope import Channel, Envelope
from ingest.fax import number_from_name, number_from_tiff
from ingest.inotify import Waker
from storage import StorageUnavailable
from storage.text import clean_text

log = logging.getLogger(__name__)

AcceptFn = Callable[[bytes, Envelope], Accepted]
IGNORED_SUFFIXES = (".part", ".tmp", ".partial", ".error.txt")
# Scans in a row that one file may fail with an error that is neither a storage
# refusal nor unreadable bytes (a bug of ours): then it goes to failed/, so it
# is not retried forever.
MAX_UNEXPECTED_FAILURES = 5


def too_large(size: int, limit: int) -> str:
    """The reason a file over the size limit is refused (the same words for every door)."""
    return (
        f"file too large: {size:,} bytes, over the limit of {limit:,} bytes "
        "(REGISTRATURA_MAX_MESSAGE_BYTES, the SMTP limit); not stored"
    )


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    n = 1
    while target.exists():
        target = folder / f"{Path(name).stem}.{n}{Path(name).suffix}"
        n += 1
    return target


def _signature(st: os.stat_result) -> tuple[int, int]:
    return (st.st_size, st.st_mtime_ns)


@dataclass(frozen=True, slots=True)
class FolderSpec:
    """One watched folder: where, which channel its files arrive by, and its options."""

    path: Path
    channel: Channel = Channel.FOLDER
    settle_seconds: float | None = None  # None: the watcher's default
    fax_number_pattern: re.Pattern[str] | None = None

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> FolderSpec:
        """One `[[folders]]` table of the policy file."""
        try:
            channel = Channel(str(data.get("channel", "folder")))
            if channel not in (Channel.FOLDER, Channel.FAX, Channel.POST):
                raise ValueError(f"channel must be folder, fax or post, not {channel.value}")
            pattern = data.get("fax_number_pattern")
            return cls(
                path=Path(str(data["path"])),
                channel=channel,
                settle_seconds=float(data["settle_seconds"]) if "settle_seconds" in data else None,
                fax_number_pattern=re.compile(str(pattern)) if pattern else None,
            )
        except (KeyError, ValueError, re.error) as exc:
            raise ValueError(f"bad [[folders]] entry {data!r}: {exc}") from exc


@dataclass
class FolderWatcher:
    """Polls folders for complete files and hands each to the door in."""

    folders: list[FolderSpec]
    accept_fn: AcceptFn
    settle_seconds: float = 1.0
    poll_seconds: float = 1.0
    reader: Callable[[Path], bytes] = Path.read_bytes
    # Larger files are refused, as SMTP refuses them (MAX_MESSAGE_BYTES): moved to
    # failed/ with the reason, never read into memory. None: no limit.
    max_bytes: int | None = None
    _seen: dict[Path, tuple[int, int, float]] = field(default_factory=dict)
    _failures: dict[Path, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.folders = [
            f if isinstance(f, FolderSpec) else FolderSpec(Path(f)) for f in self.folders
        ]
        for spec in self.folders:
            for sub in ("", "done", "failed"):
                (spec.path / sub).mkdir(parents=True, exist_ok=True)

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
        for spec in self.folders:
            settle = self.settle_seconds if spec.settle_seconds is None else spec.settle_seconds
            for path in self.candidates(spec.path):
                if self._settled(path, now, settle):
                    taken += self._take_guarded(spec, path)
        return taken

    def _take_guarded(self, spec: FolderSpec, path: Path) -> int:
        """`_take`, with an unexpected error kept to this file: the next files still go."""
        try:
            taken = self._take(spec, path)
        except Exception as exc:
            failures = self._failures.get(path, 0) + 1
            self._failures[path] = failures
            log.exception("%s not taken (failure %s)", path, failures)
            if failures >= MAX_UNEXPECTED_FAILURES:
                self._failures.pop(path, None)
                self._fail(spec.path, path, f"not stored after {failures} tries: {exc!r}")
            return 0
        self._failures.pop(path, None)
        return taken

    def _settled(self, path: Path, now: float, settle: float) -> bool:
        try:
            st = path.stat()
        except FileNotFoundError:
            self._seen.pop(path, None)
            return False
        sig = (st.st_size, st.st_mtime_ns)
        prev = self._seen.get(path)
        if prev is None or prev[:2] != sig:
            self._seen[path] = (*sig, now)
            return settle <= 0
        return now - prev[2] >= settle

    def _take(self, spec: FolderSpec, path: Path) -> int:
        folder = spec.path
        try:
            before = path.stat()
            if self.max_bytes is not None and before.st_size > self.max_bytes:
                self._fail(folder, path, too_large(before.st_size, self.max_bytes))
                return 0
            raw = self.reader(path)
            after = path.stat()
        except FileNotFoundError:
            self._seen.pop(path, None)  # taken away by someone else meanwhile
            return 0
        except OSError as exc:
            self._fail(folder, path, f"cannot read file: {exc}")
            return 0
        if _signature(before) != _signature(after) or len(raw) != after.st_size:
            # Still being written (a fax server pausing between pages longer than
            # the settle time): store nothing, look again once it settles.
            self._seen.pop(path, None)
            return 0
        fax_number = None
        if spec.channel is Channel.FAX:
            # The pattern sees the name as the request shows it (foreign bytes as text).
            name = clean_text(path.name)
            fax_number = number_from_name(spec.fax_number_pattern, name) or number_from_tiff(raw)
        env = Envelope(
            channel=spec.channel,
            filename=path.name,
            fax_number=fax_number,
            extra={"folder": str(folder)},
        )
        try:
            result = self.accept_fn(raw, env)
        except StorageUnavailable as exc:
            log.error("%s not stored (will retry): %s", path, exc)
            return 0
        # The rename keeps the inode: a writer still holding the file would go on
        # writing into done/. One more look first; a change means it was not complete,
        # and the next scan stores the grown file (a new item: its bytes differ).
        try:
            if _signature(path.stat()) != _signature(after):
                self._seen.pop(path, None)
                return 0
        except FileNotFoundError:
            return 1
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
            # The reason may quote the name's foreign bytes: written as cleaned text.
            error_file = target.with_name(target.name + ".error.txt")
            error_file.write_text(clean_text(reason) + "\n", encoding="utf-8")
        except OSError:
            log.exception("could not move %s to failed/", path)
        self._seen.pop(path, None)

    def run(self, stop: threading.Event) -> None:
        """Scan until `stop`; inotify (where available) wakes the scan as files arrive."""
        waker = Waker([spec.path for spec in self.folders])
        try:
            while not stop.is_set():
                try:
                    self.scan_once()
                except Exception:
                    log.exception("folder scan failed; retrying")
                waker.wait(self.poll_seconds, stop)
        finally:
            waker.close()
