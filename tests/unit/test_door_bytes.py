"""Foreign bytes at the door: file names, header bytes and NUL become text once, the same way.

The pure parts: the envelope, the watched folder's moves, the request line,
the TNEF and defect caps, and images over Pillow's pixel limit. The same
items through `ingest.accept` on SQLite and PostgreSQL are in
tests/integration/test_door_bytes_db.py.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import struct
import subprocess
import sys
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, JpegImagePlugin

from ingest.accept import Accepted
from ingest.envelope import Channel, Envelope
from ingest.folder import FolderSpec, FolderWatcher
from parsers import ExtractOptions, extract
from parsers.errors import UnreadableInput
from parsers.image import load_frames
from parsers.model import Document, SourceKind
from parsers.tnef import MAX_INNER_FILES, read_tnef
from router.request import MAX_DEFECTS, MAX_LISTED_ATTACHMENTS, build, document_record
from storage import Item
from tests.conftest import ROOT

CP1250_NAME = b"adres\xe3_poli\xfeie.pdf"  # what a scanner writing Windows-1250 names leaves


def _utf8_json(obj: Any) -> bytes:
    """What a database or a `--json` line demands: the object as UTF-8 JSON, strictly."""
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


# --- the envelope --------------------------------------------------------------------------


def test_envelope_keeps_a_cp1250_name_as_text_and_its_bytes() -> None:
    """A non-UTF-8 file name becomes readable text, and its real bytes stay in the envelope."""
    env = Envelope(channel=Channel.FOLDER, filename=os.fsdecode(CP1250_NAME))
    assert env.filename == "adresă_poliţie.pdf"
    assert env.filename_bytes == CP1250_NAME
    data = env.to_json()
    assert base64.b64decode(data["filename_raw"]) == CP1250_NAME
    _utf8_json(data)


def test_envelope_text_fields_are_utf8_without_nul() -> None:
    """Every text of the envelope (addresses, HELO, extra) is valid UTF-8 with NUL removed."""
    env = Envelope(
        channel=Channel.SMTP,
        mail_from="ana\x00@example.ro",
        rcpt_to=("support@okazii.ro\x00",),
        helo="mx\udce3.example.ro",
        extra={"path": os.fsdecode(b"/in/a\xfe.pdf"), "list": ["x\x00y"]},
    )
    data = env.to_json()
    text = _utf8_json(data).decode("utf-8")
    assert "\x00" not in text and "\\u0000" not in text
    assert data["mail_from"] == "ana@example.ro" and data["helo"] == "mxă.example.ro"
    assert data["extra"]["path"] == "/in/aţ.pdf" and data["extra"]["list"] == ["xy"]


def test_utf8_name_is_left_as_it_is() -> None:
    """A name that is UTF-8 is kept unchanged and no raw bytes are recorded for it."""
    env = Envelope(channel=Channel.CLI, filename="adresă_poliţie.pdf")
    assert env.filename == "adresă_poliţie.pdf" and env.to_json()["filename_raw"] is None


# --- the watched folder ----------------------------------------------------------------------


class JsonDoor:
    """An accept that demands what the database demands: the envelope as UTF-8 JSON."""

    def __init__(self) -> None:
        self.got: list[Envelope] = []

    def __call__(self, raw: bytes, env: Envelope) -> Accepted:
        _utf8_json(env.to_json())
        self.got.append(env)
        return Accepted(len(self.got), f"REG-2026-{len(self.got):06d}", "x", False)


def test_folder_stores_a_cp1250_name_and_moves_it_by_its_real_bytes(tmp_path: Path) -> None:
    """A cp1250-named scan is stored and moved to done/ under its real name; good files go too."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a_first.pdf").write_bytes(b"%PDF-1.4 first")
    Path(os.fsdecode(os.fsencode(inbox) + b"/" + CP1250_NAME)).write_bytes(b"%PDF-1.4 scanned")
    (inbox / "z_last.pdf").write_bytes(b"%PDF-1.4 last")
    door = JsonDoor()
    w = FolderWatcher([FolderSpec(inbox)], door, settle_seconds=0)
    assert w.scan_once(now=1.0) == 3
    assert sorted(e.filename or "" for e in door.got) == [
        "a_first.pdf",
        "adresă_poliţie.pdf",
        "z_last.pdf",
    ]
    done = sorted(os.listdir(os.fsencode(inbox / "done")))
    assert done == sorted([b"a_first.pdf", CP1250_NAME, b"z_last.pdf"])


def test_fax_number_pattern_reads_the_name_as_text(tmp_path: Path) -> None:
    """A fax folder's file-name pattern is matched against the readable name, not escaped bytes."""
    inbox = tmp_path / "fax"
    inbox.mkdir()
    Path(os.fsdecode(os.fsencode(inbox) + b"/fax\xe3_0212223344.tif")).write_bytes(b"II*\x00x")
    spec = FolderSpec(inbox, Channel.FAX, fax_number_pattern=re.compile(r"^faxă_(?P<number>\d+)"))
    door = JsonDoor()
    FolderWatcher([spec], door, settle_seconds=0).scan_once(now=1.0)
    assert [e.fax_number for e in door.got] == ["0212223344"]


def test_folder_error_on_one_file_does_not_block_the_others(tmp_path: Path) -> None:
    """An unexpected error on one file leaves the other files taken, and ends in failed/ after a few tries."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a_bad.pdf").write_bytes(b"%PDF-1.4 bad")
    (inbox / "b_good.pdf").write_bytes(b"%PDF-1.4 good")
    taken: list[str] = []

    def door(raw: bytes, env: Envelope) -> Accepted:
        if env.filename == "a_bad.pdf":
            raise RuntimeError("a bug of ours")
        taken.append(env.filename or "")
        return Accepted(1, "REG-2026-000001", "x", False)

    w = FolderWatcher([FolderSpec(inbox)], door, settle_seconds=0)
    w.scan_once(now=1.0)
    assert taken == ["b_good.pdf"]
    for n in range(2, 12):
        w.scan_once(now=float(n))
    assert (inbox / "failed" / "a_bad.pdf").exists()
    reason = (inbox / "failed" / "a_bad.pdf.error.txt").read_text("utf-8")
    assert "a bug of ours" in reason


# --- the request line ----------------------------------------------------------------------


def _item(**kw: Any) -> Item:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    base: dict[str, Any] = {
        "id": 1,
        "registration_number": "REG-2026-000001",
        "sha256": "0" * 64,
        "channel": "smtp",
        "filename": None,
        "envelope": {},
        "received_at": now,
        "state": "routed",
        "state_changed_at": now,
        "attempts": 0,
    }
    base.update(kw)
    return Item(**base)


def test_request_line_of_a_stored_8bit_header_is_utf8() -> None:
    """A row stored before the door cleaned its text still prints as valid UTF-8 JSON without NUL."""
    item = _item(
        parsed={
            "document": {
                "headers": {"message_id": "<abc\udce3\udcfe@example.ro>", "subject": "a\x00b"},
                "defects": ["x\x00"],
            },
            "understanding": None,
        },
        error="boom \udce3",
    )
    line = build(item)
    text = _utf8_json(line).decode("utf-8")
    assert line["source"]["message_id"] == "<abcăţ@example.ro>"
    assert "\x00" not in text and "\\u0000" not in text


def test_defect_list_is_capped_with_a_count() -> None:
    """Thousands of defects are listed as the first MAX_DEFECTS and a count of the rest."""
    doc = Document(SourceKind.EMAIL, (), defects=tuple(f"defect {i}" for i in range(5000)))
    defects = document_record(doc, "0" * 64)["defects"]
    assert len(defects) == MAX_DEFECTS + 1
    assert defects[:3] == ["defect 0", "defect 1", "defect 2"]
    assert str(5000 - MAX_DEFECTS) in defects[-1]


# --- TNEF ------------------------------------------------------------------------------------


def _tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    head = struct.pack("<BHHI", level, name, kind, len(data))
    return head + data + struct.pack("<H", sum(data) & 0xFFFF)


def tnef_with_files(count: int) -> bytes:
    """A winmail.dat holding `count` small inner files (attRendData, attAttachTitle, attAttachData)."""
    out = [struct.pack("<IH", 0x223E9F78, 1)]
    out.append(_tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x10000)))  # TNEF version
    for i in range(count):
        out.append(_tnef_object(2, 0x9002, 0x0006, b"\x01\x00" + b"\x00" * 12))
        out.append(_tnef_object(2, 0x8010, 0x0001, f"f{i}.bin\x00".encode()))
        out.append(_tnef_object(2, 0x800F, 0x0006, f"junk {i} \x01\x02".encode()))
    return b"".join(out)


def _no_read(raw: bytes, name: str | None) -> tuple[tuple[Any, ...], tuple[str, ...]]:
    return (), (f"{name}: unrecognised format",)


def test_tnef_inner_file_name_in_cp1250_is_read() -> None:
    """An inner file titled in Windows-1250 is named readably instead of failing the whole mail."""
    data = struct.pack("<IH", 0x223E9F78, 1) + b"".join(
        [
            _tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x10000)),
            _tnef_object(2, 0x9002, 0x0006, b"\x01\x00" + b"\x00" * 12),
            _tnef_object(2, 0x8010, 0x0001, b"adres\xe3.pdf\x00"),
            _tnef_object(2, 0x800F, 0x0006, b"junk"),
        ]
    )
    _, inner, _ = read_tnef(data, _no_read)
    assert [a.filename for a in inner] == ["adresă.pdf"]


def test_tnef_inner_files_are_capped() -> None:
    """A TNEF with thousands of inner files yields at most MAX_INNER_FILES and says the rest were skipped."""
    _, inner, defects = read_tnef(tnef_with_files(3000), _no_read)
    assert len(inner) == MAX_INNER_FILES
    assert any("3000" in d and "skipped" in d for d in defects), defects


def test_mail_with_a_huge_tnef_has_a_small_record() -> None:
    """Through the mail reader, such a TNEF leaves a bounded attachment list and defect list."""
    body = base64.encodebytes(tnef_with_files(3000)).decode()
    raw = (
        "From: a@example.ro\r\nTo: support@okazii.ro\r\nSubject: winmail\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
        "Content-Type: text/plain\r\n\r\nBuna ziua, vezi atasamentul.\r\n--B\r\n"
        'Content-Type: application/ms-tnef; name="winmail.dat"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n" + body + "--B--\r\n"
    ).encode()
    doc = extract(raw)
    record = document_record(doc, "0" * 64)
    assert len(doc.attachments) <= MAX_INNER_FILES + 1
    assert len(record["defects"]) <= MAX_DEFECTS + 1
    assert len(_utf8_json(record)) < 200_000


def test_mail_with_many_tnef_parts_lists_a_bounded_number_of_files() -> None:
    """Several TNEF parts of many files each: the summary lists MAX_LISTED_ATTACHMENTS and counts all."""
    part = base64.encodebytes(tnef_with_files(150)).decode()
    parts = "".join(
        f'--B\r\nContent-Type: application/ms-tnef; name="winmail.dat"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{part}"
        for _ in range(4)
    )
    raw = (
        "From: a@example.ro\r\nTo: support@okazii.ro\r\nSubject: winmail\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
        "Content-Type: text/plain\r\n\r\nBuna ziua.\r\n" + parts + "--B--\r\n"
    ).encode()
    record = document_record(extract(raw), "0" * 64)
    assert len(record["attachments"]) == MAX_LISTED_ATTACHMENTS
    assert record["attachments_total"] == 4 * (MAX_INNER_FILES + 1)


# --- images ----------------------------------------------------------------------------------


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def blank_png(width: int, height: int) -> bytes:
    """A white 8-bit grey PNG of any size, written row by row (never held decoded here)."""
    z = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * width
    idat = b"".join(z.compress(row) for _ in range(height)) + z.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def test_image_over_pillows_limit_is_scaled_not_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """An image over Pillow's own pixel limit but under our cap is scaled down for OCR, not quarantined."""
    # Pillow's process-wide limit, scaled down with our own cap so the test stays small:
    # in production it is 179 M pixels against our 240 M.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)
    options = ExtractOptions(max_image_pixels=1_000_000)
    frames, defects = load_frames(blank_png(2000, 1500), options)
    (frame,) = frames
    assert frame is not None and frame.size[0] * frame.size[1] <= 1_000_000
    assert any("scaled down from 2000x1500" in d for d in defects), defects


def test_jpeg_beyond_the_cap_decodes_reduced(monkeypatch: pytest.MonkeyPatch) -> None:
    """A JPEG claiming more than the cap is decoded at a reduced scale (draft), not refused."""
    big = Image.new("RGB", (4000, 3000), (250, 250, 250))
    buf = io.BytesIO()
    big.save(buf, "JPEG", dpi=(600, 600))
    options = ExtractOptions(max_image_pixels=500_000)  # the cap: 2 M pixels, the JPEG 12 M
    decoded: list[tuple[int, int]] = []
    real_load = JpegImagePlugin.JpegImageFile.load

    def load(self: JpegImagePlugin.JpegImageFile) -> Any:
        decoded.append(self.size)
        return real_load(self)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "load", load)
    frames, defects = load_frames(buf.getvalue(), options)
    (frame,) = frames
    assert frame is not None and frame.size[0] * frame.size[1] <= 500_000
    assert frame.info["dpi"][0] < 150  # the resolution scaled with the pixels
    assert max(w * h for w, h in decoded) <= 4 * 500_000
    assert any("scaled down from 4000x3000" in d for d in defects), defects


def test_bomb_is_refused_with_a_clear_reason() -> None:
    """A PNG claiming 100000x100000 pixels is refused before decoding, saying how big it is and the cap."""
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    raw = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(b""))
    with pytest.raises(UnreadableInput, match=r"too large.*100000x100000.*cap"):
        load_frames(raw, ExtractOptions())


def deflated_tiff(width: int, height: int) -> bytes:
    """A one-page white 8-bit grey TIFF in one deflated strip, written without decoding it."""
    z = zlib.compressobj(9)
    row = b"\xff" * width
    strip = b"".join(z.compress(row) for _ in range(height)) + z.flush()
    data = bytearray(b"II*\x00" + struct.pack("<I", 0))
    strip_at = len(data)
    data += strip + b"\x00" * (len(strip) % 2)
    ifd_at = len(data)
    tags = [
        (256, 4, width),
        (257, 4, height),
        (258, 3, 8),
        (259, 3, 8),  # deflate
        (262, 3, 1),  # black is zero
        (273, 4, strip_at),
        (277, 3, 1),
        (278, 4, height),
        (279, 4, len(strip)),
    ]
    data += struct.pack("<H", len(tags))
    for tag, kind, value in tags:
        packed = struct.pack("<H", value) + b"\x00\x00" if kind == 3 else struct.pack("<I", value)
        data += struct.pack("<HHI", tag, kind, 1) + packed
    data += struct.pack("<I", 0)
    struct.pack_into("<I", data, 4, ifd_at)
    return bytes(data)


@pytest.mark.slow
def test_tiff_over_pillows_default_limit_is_scaled_not_refused() -> None:
    """A 187 M pixel scan (Pillow refuses from 179 M) is decoded and scaled down to the OCR size."""
    options = ExtractOptions()
    frames, defects = load_frames(deflated_tiff(15_000, 12_500), options)
    (frame,) = frames
    assert frame is not None and frame.size[0] * frame.size[1] <= options.max_image_pixels
    assert any("scaled down from 15000x12500" in d for d in defects), defects


def _tiff_with_bomb_second_frame(path: Path) -> None:
    """A two-page TIFF: a small first page, then a 20000x20000 deflated page of white."""
    small = Image.new("L", (200, 100), 255)
    small.save(path, "TIFF", compression="tiff_adobe_deflate")
    data = bytearray(path.read_bytes())
    z = zlib.compressobj(9)
    row = b"\xff" * 20_000
    strip = b"".join(z.compress(row) for _ in range(20_000)) + z.flush()
    strip_at = len(data)
    data += strip
    if len(data) % 2:
        data += b"\x00"
    ifd_at = len(data)
    tags = [
        (256, 4, 1, 20_000),  # width
        (257, 4, 1, 20_000),  # length
        (258, 3, 1, 8),
        (259, 3, 1, 8),  # deflate
        (262, 3, 1, 1),
        (273, 4, 1, strip_at),
        (277, 3, 1, 1),
        (278, 4, 1, 20_000),
        (279, 4, 1, len(strip)),
    ]
    data += struct.pack("<H", len(tags))
    for tag, kind, count, value in tags:
        packed = struct.pack("<H", value) + b"\x00\x00" if kind == 3 else struct.pack("<I", value)
        data += struct.pack("<HHI", tag, kind, count) + packed
    data += struct.pack("<I", 0)
    # Chain the new IFD after the first one.
    first_ifd = struct.unpack_from("<I", data, 4)[0]
    n = struct.unpack_from("<H", data, first_ifd)[0]
    struct.pack_into("<I", data, first_ifd + 2 + 12 * n, ifd_at)
    path.write_bytes(bytes(data))


@pytest.mark.slow
def test_bomb_in_a_later_frame_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    """A later TIFF page claiming 400 M pixels is a defect, never decoded (the process stays small)."""
    tif = tmp_path / "bomb.tif"
    _tiff_with_bomb_second_frame(tif)
    script = (
        "import resource, sys\n"
        "from parsers import ExtractOptions\n"
        "from parsers.image import load_frames\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "frames, defects = load_frames(open(sys.argv[1], 'rb').read(), ExtractOptions())\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(len(frames), (after - before) // 1024)\n"
        "print('\\n'.join(defects))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(tif)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    first, *defects = proc.stdout.splitlines()
    frames, grown_mb = (int(x) for x in first.split())
    assert frames == 1
    assert grown_mb < 150, f"decoding grew the process by {grown_mb} MB"
    assert any("page 2" in d and "too large" in d for d in defects), defects
