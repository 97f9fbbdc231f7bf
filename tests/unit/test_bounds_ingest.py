"""Issue 13: files over MAX_MESSAGE_BYTES are refused at the watched folder and the CLI, as SMTP does.

Neither door reads such a file into memory; each says what became of it: the
folder moves it to failed/ with a `.error.txt`, the CLI prints a quarantine
line and leaves the file where it is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.accept import Accepted
from ingest.envelope import Envelope
from ingest.folder import FolderSpec, FolderWatcher
from registratura.ingest_cmd import run_ingest
from registratura.settings import Settings
from tests.helpers import text_mail


class Recorder:
    def __init__(self) -> None:
        self.got: list[bytes] = []

    def __call__(self, raw: bytes, env: Envelope) -> Accepted:
        self.got.append(raw)
        return Accepted(len(self.got), f"REG-2026-{len(self.got):06d}", "x", False)


def test_the_folder_moves_an_oversize_file_to_failed_with_its_reason(tmp_path: Path) -> None:
    """A file over the limit goes to failed/ with the reason, unread; one under it is stored."""
    rec = Recorder()
    w = FolderWatcher([FolderSpec(tmp_path)], rec, settle_seconds=0, max_bytes=1000)
    (tmp_path / "big.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 2000)
    (tmp_path / "small.eml").write_bytes(b"x" * 500)
    w.scan_once()
    assert rec.got == [b"x" * 500]
    assert not (tmp_path / "big.pdf").exists()
    assert (tmp_path / "failed" / "big.pdf").exists()
    reason = (tmp_path / "failed" / "big.pdf.error.txt").read_text("utf-8")
    assert "file too large: 2,009 bytes, over the limit of 1,000 bytes" in reason
    assert "MAX_MESSAGE_BYTES" in reason


def test_the_cli_prints_a_quarantine_line_for_an_oversize_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`ingest --json` gives an over-size file a quarantine line naming the limit; the file stays."""
    big = tmp_path / "in" / "big.eml"
    big.parent.mkdir()
    big.write_bytes(text_mail(1) + b"x" * 5000)
    code = run_ingest(
        Settings(data_dir=tmp_path / "var", max_message_bytes=2000),
        [big],
        wait=False,
        as_json=True,
        timeout=10,
        progress=False,
    )
    line = json.loads(capsys.readouterr().out)
    assert code == 0
    assert line["status"] == "quarantined" and line["registration_number"] is None
    assert "over the limit of 2,000 bytes" in line["error"] and "left as it is" in line["error"]
    assert big.exists()
