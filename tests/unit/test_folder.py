"""The watched folder: complete files only, moved after commit, failures kept with their reason."""

from __future__ import annotations

from pathlib import Path

from ingest.accept import Accepted
from ingest.envelope import Envelope
from ingest.folder import FolderWatcher
from storage import StorageUnavailable


class Recorder:
    def __init__(self, fail: bool = False) -> None:
        self.got: list[tuple[bytes, Envelope]] = []
        self.fail = fail

    def __call__(self, raw: bytes, env: Envelope) -> Accepted:
        if self.fail:
            raise StorageUnavailable("database down")
        self.got.append((raw, env))
        return Accepted(len(self.got), f"REG-2026-{len(self.got):06d}", "x", False)


def test_file_taken_only_after_it_settles(tmp_path: Path) -> None:
    """A file is taken once its size and mtime have been stable for settle_seconds, then moved to done/."""
    rec = Recorder()
    w = FolderWatcher([tmp_path], rec, settle_seconds=5)
    (tmp_path / "fax.tif").write_bytes(b"II*\x00partial")
    assert w.scan_once(now=100.0) == 0
    assert w.scan_once(now=103.0) == 0
    assert w.scan_once(now=106.0) == 1
    assert rec.got[0][0] == b"II*\x00partial" and rec.got[0][1].filename == "fax.tif"
    assert (tmp_path / "done" / "fax.tif").exists() and not (tmp_path / "fax.tif").exists()


def test_growing_file_restarts_the_clock(tmp_path: Path) -> None:
    """A file still being written (its size changes) is not taken."""
    rec = Recorder()
    w = FolderWatcher([tmp_path], rec, settle_seconds=5)
    f = tmp_path / "scan.pdf"
    f.write_bytes(b"%PDF-1.4 a")
    w.scan_once(now=0.0)
    f.write_bytes(b"%PDF-1.4 a longer")
    assert w.scan_once(now=6.0) == 0
    assert w.scan_once(now=12.0) == 1


def test_partial_and_hidden_names_are_ignored(tmp_path: Path) -> None:
    """Names the fax server uses while writing (.part, .tmp, dot-files) are never taken."""
    rec = Recorder()
    w = FolderWatcher([tmp_path], rec, settle_seconds=0)
    for name in ("a.pdf.part", "b.tmp", ".c.pdf"):
        (tmp_path / name).write_bytes(b"x")
    assert w.scan_once(now=1.0) == 0 and rec.got == []


def test_storage_refusal_leaves_the_file_in_place(tmp_path: Path) -> None:
    """When storage refuses, the file stays in the inbox to be tried again."""
    w = FolderWatcher([tmp_path], Recorder(fail=True), settle_seconds=0)
    (tmp_path / "letter.pdf").write_bytes(b"%PDF")
    assert w.scan_once(now=1.0) == 0
    assert (tmp_path / "letter.pdf").exists()


def test_unreadable_file_goes_to_failed_with_reason(tmp_path: Path) -> None:
    """A file that cannot be read moves to failed/ with an .error.txt saying why."""

    def broken_disk(path: Path) -> bytes:
        raise OSError(5, "Input/output error")

    rec = Recorder()
    w = FolderWatcher([tmp_path], rec, settle_seconds=0, reader=broken_disk)
    (tmp_path / "letter.pdf").write_bytes(b"%PDF")
    assert w.scan_once(now=1.0) == 0 and rec.got == []
    assert (tmp_path / "failed" / "letter.pdf").exists()
    assert "Input/output error" in (tmp_path / "failed" / "letter.pdf.error.txt").read_text()


def test_file_growing_while_read_is_left_for_later(tmp_path: Path) -> None:
    """A file that changes while it is read is neither stored nor moved; it is taken once complete."""
    rec = Recorder()
    grow = [True]

    def read_while_writer_appends(path: Path) -> bytes:
        data = path.read_bytes()
        if grow[0]:
            with path.open("ab") as fh:  # the fax server writes page 2 meanwhile
                fh.write(b"page2")
            grow[0] = False
        return data

    w = FolderWatcher([tmp_path], rec, settle_seconds=0, reader=read_while_writer_appends)
    (tmp_path / "fax.tif").write_bytes(b"II*\x00page1")
    assert w.scan_once(now=1.0) == 0 and rec.got == []
    assert (tmp_path / "fax.tif").exists()
    assert w.scan_once(now=2.0) == 1
    assert rec.got[0][0] == b"II*\x00page1page2"
