"""Tesseract processes: one per core at most, each kept running and fed page after page.

Measured on the bench machine (docs/DESIGN.md): a `tesseract` process spends
0.27 s of CPU loading `ron+eng` before it looks at a pixel, a quarter of what a
whole fax page costs. So a page is not given a process of its own: each core
keeps one `Resident` Tesseract, started in Tesseract's own streaming mode
(`-c stream_filelist=1`: it reads page file names from its standard input,
one a line, and recognises each as it arrives), and the models are loaded
once per process instead of once per page.

How a page is read by a resident:

- its file name goes to the process's stdin, followed by the name of a tiny
  blank "end" page; stdout is unbuffered (`stdbuf -o0`), so the page's TSV rows
  arrive as soon as it is read, and the end page's single row says the page is
  complete (Tesseract numbers pages in the order given: page n, end n + 1);
- the rows are parsed by pytesseract's own TSV reader, so the words, boxes and
  confidences are exactly those `pytesseract.image_to_data` gives for the file
  (tests/unit/test_tesseract_resident.py compares the two on real pages);
- each page file carries its own resolution, so pages of any kind share a process.

What can go wrong, and what then happens:

- a page over its time limit: the process is killed, the page is a defect
  (pytesseract's own timeout error), the next page gets a fresh process;
- a page Tesseract cannot read, or a crash: the process ends, the page fails
  with Tesseract's last messages, and the next page gets a fresh process;
- `stdbuf` missing (not GNU coreutils): every page gets its own
  `pytesseract.image_to_data` run, as before, slower but the same text;
- memory: a resident is replaced after `MAX_PAGES` pages.

Orientation detection (`--psm 0`, a model of its own, seldom needed) runs
through pytesseract, in a slot like every other run.
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import logging
import os
import selectors
import shutil
import subprocess
import tempfile
import threading
import time
import weakref
from collections.abc import Iterator
from typing import Any

import pytesseract
from PIL import Image

log = logging.getLogger(__name__)

# Pages one resident reads before it is replaced (bounds any slow growth in memory).
MAX_PAGES = 500
Data = dict[str, list[Any]]


def _environment() -> dict[str, str]:
    # An operator's explicit setting wins; the measured default is one thread (ARCHITECTURE.md).
    return {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}


class Resident:
    """One running `tesseract` in streaming mode for one (languages, psm)."""

    def __init__(
        self, languages: str, psm: int, end_page: str, stdbuf: str, extra: tuple[str, ...] = ()
    ) -> None:
        self.key = (languages, psm)
        self._end_page = end_page
        self.proc = subprocess.Popen(
            [
                stdbuf,
                "-o0",
                pytesseract.pytesseract.tesseract_cmd,
                "-",
                "stdout",
                "-l",
                languages,
                "--psm",
                str(psm),
                *extra,
                "-c",
                "stream_filelist=1",
                "tsv",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_environment(),
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        assert self.proc.stderr is not None
        self._stdin = self.proc.stdin
        self._selector = selectors.DefaultSelector()
        self._selector.register(self.proc.stdout, selectors.EVENT_READ, "out")
        self._selector.register(self.proc.stderr, selectors.EVENT_READ, "err")
        self._out = b""
        self._err = b""
        self._messages: collections.deque[str] = collections.deque(maxlen=12)
        self._header: str | None = None
        self._next = 1  # Tesseract's number for the next file named
        self.pages = 0

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def read(self, path: str, timeout: float) -> Data:
        """The words of the page image at `path`, as `pytesseract.image_to_data` gives them."""
        if "\n" in path:
            raise ValueError("a page file name cannot contain a line break")
        number, self._next = self._next, self._next + 2
        deadline = time.monotonic() + timeout
        try:
            self._stdin.write(f"{path}\n{self._end_page}\n".encode())
            self._stdin.flush()
        except (BrokenPipeError, ValueError):
            self._failed()
        rows: list[str] = []
        while True:
            line = self._line(deadline)
            if self._header is None:
                self._header = line
                continue
            cells = line.split("\t", 2)
            page = int(cells[1]) if len(cells) > 2 and cells[1].isdigit() else 0
            if page == number:
                rows.append(f"{cells[0]}\t1\t{cells[2]}")  # numbered as a run of its own would
            elif page > number:  # the end page: every row of ours has come
                break
        self.pages += 1
        data: Data = pytesseract.pytesseract.file_to_dict(
            "\n".join([self._header, *rows]), "\t", -1
        )
        return data

    def _line(self, deadline: float) -> str:
        """The next line of stdout, draining stderr meanwhile; errors as pytesseract raises them."""
        while b"\n" not in self._out:
            left = deadline - time.monotonic()
            if left <= 0:
                self.close(kill=True)
                raise RuntimeError("Tesseract process timeout")
            for key, _ in self._selector.select(left):
                chunk = os.read(key.fd, 1 << 16)
                if not chunk:
                    if key.data == "out":
                        self._failed()
                    self._selector.unregister(key.fileobj)
                elif key.data == "out":
                    self._out += chunk
                else:
                    self._keep_messages(chunk)
        line, _, self._out = self._out.partition(b"\n")
        return line.decode("utf-8", "replace")

    def _keep_messages(self, chunk: bytes) -> None:
        # The last lines Tesseract said, for the error of a page it could not read.
        *lines, self._err = (self._err + chunk).split(b"\n")
        self._messages.extend(t for t in (x.decode("utf-8", "replace").strip() for x in lines) if t)

    def _failed(self) -> None:
        """The process ended (or cannot be written to): raise with what it last said."""
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)
        for key, _ in self._selector.select(0):
            if key.data == "err":
                self._keep_messages(os.read(key.fd, 1 << 16) + b"\n")
        status = self.proc.returncode if self.proc.returncode is not None else -1
        self.close(kill=True)
        said = [m for m in self._messages if not m.startswith("Page ")]
        raise pytesseract.TesseractError(status, "; ".join(said) or "tesseract stopped")

    def close(self, kill: bool = False) -> None:
        """End the process: EOF on its stdin (it finishes and exits), or a kill."""
        with contextlib.suppress(OSError, ValueError):
            self._stdin.close()
        if kill and self.proc.poll() is None:
            self.proc.kill()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._selector.close()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


class Readers:
    """At most `slots` Tesseract runs at once, process-wide, on resident processes."""

    def __init__(self, slots: int, resident: bool = True, extra: tuple[str, ...] = ()) -> None:
        """`extra`: more Tesseract command-line options for every page (bench/ocr_variants.py)."""
        self.slots = slots
        self.extra = extra
        self._slots = threading.BoundedSemaphore(slots)
        self._lock = threading.Lock()
        self._idle: list[Resident] = []
        self._stdbuf = shutil.which("stdbuf") if resident else None
        if resident and self._stdbuf is None:
            log.warning("stdbuf not found: each OCR page gets a Tesseract process of its own")
        self._end_page: str | None = None
        self.started = 0  # resident processes started
        self.pages = 0  # pages read by residents
        self.busy = 0.0  # seconds the slots were held, summed over slots (bench: slot occupancy)
        _ALL.add(self)

    @property
    def resident(self) -> bool:
        return self._stdbuf is not None

    def data(self, path: str, languages: str, psm: int, timeout: float) -> Data:
        """Words and layout of the page image at `path` (raises what pytesseract raises)."""
        with self._slot():
            if self._stdbuf is None:
                data: Data = pytesseract.image_to_data(
                    path,
                    lang=languages,
                    config=" ".join([f"--psm {psm}", *self.extra]),
                    output_type=pytesseract.Output.DICT,
                    timeout=timeout,
                )
                return data
            resident = self._checkout(languages, psm, self._stdbuf)
            try:
                data = resident.read(path, timeout)
            except BaseException:
                resident.close(kill=True)  # killed on a timeout, ended on a failure: never reused
                raise
            self._checkin(resident)
            return data

    def orientation(self, path: str, timeout: float) -> str:
        """Tesseract's orientation and script detection (`--psm 0`) of the page at `path`."""
        with self._slot():
            return str(pytesseract.image_to_osd(path, config="--psm 0", timeout=timeout))

    @contextlib.contextmanager
    def _slot(self) -> Iterator[None]:
        """One of the `slots`, its time held added to `busy` (a slot idle is a core idle)."""
        with self._slots:
            start = time.monotonic()
            try:
                yield
            finally:
                held = time.monotonic() - start
                with self._lock:
                    self.busy += held

    def _checkout(self, languages: str, psm: int, stdbuf: str) -> Resident:
        with self._lock:
            for i, resident in enumerate(self._idle):
                if resident.key == (languages, psm) and resident.alive:
                    return self._idle.pop(i)
            # Holding a slot, at most slots - 1 others run: keep the total to `slots`.
            while len(self._idle) >= self.slots:
                self._idle.pop(0).close()
            end_page = self._end_page_file()
            self.started += 1
        # stdbuf would start, then fail to run a missing tesseract: look first.
        if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
            raise pytesseract.TesseractNotFoundError()
        return Resident(languages, psm, end_page, stdbuf, self.extra)

    def _checkin(self, resident: Resident) -> None:
        with self._lock:
            self.pages += 1
            if resident.pages >= MAX_PAGES or not resident.alive:
                resident.close()
            else:
                self._idle.append(resident)

    def _end_page_file(self) -> str:
        """An 8×8 blank page: read after every real page, its one row says the page is done."""
        if self._end_page is None or not os.path.exists(self._end_page):
            fd, path = tempfile.mkstemp(prefix="registratura-end-", suffix=".bmp")
            with os.fdopen(fd, "wb") as fh:
                Image.new("1", (8, 8), 1).save(fh, "BMP", dpi=(300, 300))
            self._end_page = path
        return self._end_page

    def close(self) -> None:
        """End every idle resident (a page read later starts a new one).

        A resident busy with a page meanwhile is left to finish it; the blank end
        page stays for the life of the process (removed at exit).
        """
        with self._lock:
            idle, self._idle = self._idle, []
        for resident in idle:
            resident.close()

    def _remove_end_page(self) -> None:
        if self._end_page is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._end_page)

    def _forget(self) -> None:
        # In a forked child: the parent's processes are not ours to use or to end.
        self._idle = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(self.slots)


_ALL: weakref.WeakSet[Readers] = weakref.WeakSet()


def _close_all() -> None:
    for readers in list(_ALL):
        readers.close()
        readers._remove_end_page()


def _forget_all() -> None:
    for readers in list(_ALL):
        readers._forget()


atexit.register(_close_all)
os.register_at_fork(after_in_child=_forget_all)
