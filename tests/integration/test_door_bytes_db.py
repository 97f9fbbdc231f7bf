"""Foreign bytes through the real door: the same item stored and routed on SQLite and PostgreSQL.

A file name that is not UTF-8, a Message-ID with an 8-bit byte and a NUL in
a header each crashed or quarantined an item on one database or both. Each
case here goes through `ingest.accept` (or the CLI, the watched folder or
SMTP) on each database and must be stored and routed, with a request line
that is valid UTF-8 JSON.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import smtplib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from ingest import Channel, Envelope
from ingest.folder import FolderSpec, FolderWatcher
from registratura.runtime import Runtime
from registratura.settings import Settings
from router.request import build
from storage import Item
from tests.conftest import ROOT, SAMPLES
from tests.helpers import cli_env
from tests.integration.smtp_support import door, port_of

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CP1250_NAME = b"adres\xe3_poli\xfeie.eml"
MAIL_8BIT_ID = (
    b"From: ana@example.ro\r\nTo: support@okazii.ro\r\nSubject: Intrebare cont\r\n"
    b"Message-ID: <abc\xe3\xfe@example.ro>\r\n\r\n"
    b"Buna ziua, cum pot schimba parola contului meu?\r\n"
)
MAIL_NUL = (
    b"From: ana@example.ro\r\nTo: support@okazii.ro\r\nSubject: Intre\x00bare cont\r\n"
    b"X-Note: a\x00b\r\nMessage-ID: <n\x00ul@example.ro>\r\n\r\n"
    b"Buna ziua, cum pot schimba numarul de telefon al contului meu?\r\n"
)


@pytest.fixture
def rt(database_url: str, tmp_path: Path) -> Iterator[Runtime]:
    """A runtime with workers on this test's own database (SQLite or PostgreSQL)."""
    runtime = Runtime(Settings(data_dir=tmp_path, database_url=database_url, worker_threads=2))
    runtime.start_workers()
    try:
        yield runtime
    finally:
        runtime.close()


def _lines(rt: Runtime, ids: list[int]) -> dict[int, dict[str, object]]:
    assert not rt.wait_final(ids, 120), "items not finished"
    with rt.db.reader() as s:
        items = {i.id: i for i in s.scalars(select(Item).where(Item.id.in_(ids)))}
        lines = {i: build(items[i]) for i in ids}
    for line in lines.values():
        text = json.dumps(line, ensure_ascii=False).encode("utf-8").decode("utf-8")
        assert "\x00" not in text and "\\u0000" not in text
    return lines


def test_cp1250_file_name_is_stored_with_its_bytes(rt: Runtime) -> None:
    """A file whose name is not UTF-8 is stored; the row names it readably and keeps the real bytes."""
    raw = (SAMPLES / "support_html.eml").read_bytes()
    acc = rt.accept(raw, Envelope(channel=Channel.CLI, filename=os.fsdecode(CP1250_NAME)))
    line = _lines(rt, [acc.item_id])[acc.item_id]
    assert line["status"] == "routed" and line["queue"] == "support"
    with rt.db.reader() as s:
        item = s.get(Item, acc.item_id)
        assert item is not None
        assert item.filename == "adresă_poliţie.eml"
        assert base64.b64decode(item.envelope["filename_raw"]) == CP1250_NAME


def test_8bit_message_id_and_nul_header_are_routed(rt: Runtime) -> None:
    """A mail with an 8-bit Message-ID and one with NUL in its headers are routed, not quarantined."""
    env = Envelope(channel=Channel.SMTP, mail_from="ana@example.ro", rcpt_to=("support@okazii.ro",))
    ids = [rt.accept(MAIL_8BIT_ID, env).item_id, rt.accept(MAIL_NUL, env).item_id]
    lines = _lines(rt, ids)
    for line in lines.values():
        assert line["status"] == "routed" and line["queue"] == "support", line
    assert lines[ids[0]]["source"]["message_id"] == "<abcăţ@example.ro>"  # type: ignore[index]


def test_8bit_headers_through_smtp(rt: Runtime) -> None:
    """Over SMTP the same 8-bit Message-ID is accepted with 250 and routed."""
    with door(rt) as server, smtplib.SMTP("127.0.0.1", port_of(server)) as client:
        client.sendmail("ana@example.ro", ["support@okazii.ro"], MAIL_8BIT_ID)
    with rt.db.reader() as s:
        ids = list(s.scalars(select(Item.id)))
    assert len(ids) == 1
    assert _lines(rt, ids)[ids[0]]["status"] == "routed"


def test_watched_folder_takes_a_cp1250_name_among_good_files(rt: Runtime, tmp_path: Path) -> None:
    """The watched folder stores the cp1250-named mail and moves it to done/ by its real name."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLES / "support_html.eml", inbox / "a_support.eml")
    Path(os.fsdecode(os.fsencode(inbox) + b"/" + CP1250_NAME)).write_bytes(MAIL_8BIT_ID)
    shutil.copy(SAMPLES / "complaint_reply.eml", inbox / "z_complaint.eml")
    watcher = FolderWatcher([FolderSpec(inbox)], rt.accept, settle_seconds=0)
    assert watcher.scan_once(now=1.0) == 3
    done = sorted(os.listdir(os.fsencode(inbox / "done")))
    assert done == sorted([b"a_support.eml", CP1250_NAME, b"z_complaint.eml"])
    with rt.db.reader() as s:
        ids = list(s.scalars(select(Item.id)))
    assert all(line["status"] == "routed" for line in _lines(rt, ids).values())


def test_cli_json_lines_are_utf8_with_a_cp1250_name(database_url: str, tmp_path: Path) -> None:
    """`ingest --wait --json` with a cp1250 name and an 8-bit Message-ID: one valid UTF-8 line per input, exit 0."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "support_html.eml", folder / "01_support.eml")
    (folder / "02_8bit_id.eml").write_bytes(MAIL_8BIT_ID)
    Path(os.fsdecode(os.fsencode(folder) + b"/" + CP1250_NAME)).write_bytes(MAIL_NUL)
    shutil.copy(SAMPLES / "complaint_reply.eml", folder / "zz_complaint.eml")
    env = cli_env(tmp_path, REGISTRATURA_DATABASE_URL=database_url)
    proc = subprocess.run(
        [sys.executable, "-m", "registratura", "ingest", "--wait", "--json", str(folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    lines = [json.loads(line.decode("utf-8")) for line in proc.stdout.splitlines()]
    assert len(lines) == 4
    assert [Path(line["source"]["path"]).name for line in lines] == [
        "01_support.eml",
        "02_8bit_id.eml",
        "adresă_poliţie.eml",
        "zz_complaint.eml",
    ]
    assert all(line["status"] == "routed" for line in lines), lines
