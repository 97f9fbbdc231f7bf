"""Tesseract processes: one per core at most, each kept running and fed page after page.

Measured on the bench machine (docs/DESIGN.md): a `tesseract` process spends
0.27 s of CPU loading `ron+eng` before it looks at a pixel, a quarter of what a
whole fax page costs. So a page is not given a process of its own: each core
keeps one `Resident` Tesseract, started in Tesseract's own streaming mode
(`-c stream_filelist=1`: it reads page file names from its standard input,
one a line, and recognises each as it arrives), and the models are loaded
once per process instead of once per page.

How a resident reads a page is in `resident.py`; the words come back exactly
as `pytesseract.image_to_data` gives them (tests/unit/test_tesseract_resident.py
compares the two on real pages). Each page file carries its own resolution,
so pages of any kind share a process.

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
import contextlib
import logging
import os
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Iterator

import pytesseract
from PIL import Image

from .resident import Data, Resident

log = logging.getLogger(__name__)

# Pages one resident reads before it is replaced (bounds any slow growth in memory).
MAX_PAGES = 500


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
