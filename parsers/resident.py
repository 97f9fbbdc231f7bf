"""One resident `tesseract`: a process in Tesseract's streaming mode, read page after page.

Started as `stdbuf -o0 tesseract - stdout -l LANGS --psm N -c stream_filelist=1 tsv`:
Tesseract reads page file names from its stdin, one a line, and recognises each
as it arrives; stdout is unbuffered, so a page's TSV rows arrive as soon as it
is read. After every real page the name of a tiny blank "end" page is sent:
its single row (Tesseract numbers pages in the order given: page n, end n + 1)
says every row of page n has come. The rows are parsed by pytesseract's own
TSV reader, so a page's words, boxes and confidences are those
`pytesseract.image_to_data` gives for the file.

Errors are pytesseract's: a page over its limit kills the process and raises
its timeout error; a page Tesseract cannot read, or a crash, ends the process
and raises `TesseractError` with Tesseract's last messages. A resident that
raised is never used again (`tesseract.Readers`).
"""

from __future__ import annotations

import collections
import contextlib
import os
import selectors
import subprocess
import time
from typing import Any

import pytesseract

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
