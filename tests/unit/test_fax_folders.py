"""Fax and post folders: channel per folder, sender numbers from names, TIFF tags and gateways."""

from __future__ import annotations

import io
import re
import threading
from email.message import EmailMessage
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from ingest.accept import Accepted
from ingest.envelope import Channel, Envelope
from ingest.fax import (
    GatewayRule,
    gateway_match,
    normalise_number,
    number_from_name,
    number_from_tiff,
)
from ingest.folder import FolderSpec, FolderWatcher
from ingest.inotify import Waker
from registratura.runtime import Runtime
from registratura.settings import Settings
from storage import Item


def _tiff(description: str | None) -> bytes:
    buf = io.BytesIO()
    img = Image.new("1", (64, 32), 1)
    extra = {"tiffinfo": {270: description}} if description else {}
    img.save(buf, "TIFF", compression="group4", dpi=(204, 196), **extra)
    return buf.getvalue()


def test_numbers_are_normalised() -> None:
    """Spaces, dashes and brackets go; a leading + stays; too short is no number."""
    assert normalise_number("TSI: +40 (21) 222-33-44") == "+40212223344"
    assert normalise_number("0264 123 456") == "0264123456"
    assert normalise_number("p. 12") is None


def test_number_from_file_name_pattern() -> None:
    """The configured pattern's `number` group names the sender."""
    pattern = re.compile(r"^fax_(?P<number>\+?\d+)_")
    assert number_from_name(pattern, "fax_+40264123456_20261127.tif") == "+40264123456"
    assert number_from_name(pattern, "scan001.tif") is None
    assert number_from_name(None, "fax_+40264123456_x.tif") is None


def test_number_from_tiff_description() -> None:
    """A fax server's TSI in ImageDescription is read; a TIFF without one, or a PDF, gives None."""
    assert number_from_tiff(_tiff("Received from +40 21 222 33 44")) == "+40212223344"
    assert number_from_tiff(_tiff(None)) is None
    assert number_from_tiff(b"%PDF-1.4") is None


def test_fax_gateway_mail_is_recognised() -> None:
    """Mail from the configured gateway with a number in the subject is a fax; other mail is not."""
    rule = GatewayRule.from_mapping(
        {"from": "@faxgw.example.ro", "pattern": r"Fax de la (?P<number>\+?\d+)"}
    )
    msg = EmailMessage()
    msg["From"] = "Fax Gateway <fax@faxgw.example.ro>"
    msg["Subject"] = "Fax de la +40264555666 (2 pagini)"
    msg.set_content("see attachment")
    assert (m := gateway_match(bytes(msg), (rule,))) is not None and m.number == "+40264555666"
    msg.replace_header("From", "someone@example.ro")
    assert gateway_match(bytes(msg), (rule,)) is None
    assert gateway_match(b"%PDF-1.7 ...", (rule,)) is None


def test_fax_folder_records_channel_and_number(tmp_path: Path) -> None:
    """A file in a fax folder arrives as channel fax with the number from its name."""
    got: list[Envelope] = []

    def record(raw: bytes, env: Envelope) -> Accepted:
        got.append(env)
        return Accepted(1, "REG-2026-000001", "x", False)

    fax = FolderSpec(
        tmp_path / "fax", Channel.FAX, fax_number_pattern=re.compile(r"^fax_(?P<number>\+?\d+)_")
    )
    post = FolderSpec(tmp_path / "post", Channel.POST)
    w = FolderWatcher([fax, post], record, settle_seconds=0)
    (tmp_path / "fax" / "fax_+40212223344_1.tif").write_bytes(_tiff(None))
    (tmp_path / "post" / "letter.pdf").write_bytes(b"%PDF-1.4")
    assert w.scan_once(now=1.0) == 2
    by_channel = {e.channel: e for e in got}
    assert by_channel[Channel.FAX].fax_number == "+40212223344"
    assert by_channel[Channel.POST].fax_number is None


def test_folder_spec_rejects_bad_config() -> None:
    """A [[folders]] entry with an unknown channel is refused with a message naming it."""
    try:
        FolderSpec.from_mapping({"path": "/x", "channel": "smtp"})
    except ValueError as exc:
        assert "channel" in str(exc)
    else:  # pragma: no cover - the assertion above is the test
        raise AssertionError("accepted a folder with channel smtp")


def test_inotify_wakes_the_watcher(tmp_path: Path) -> None:
    """A file written into a watched folder ends the wait early (no waiting out the poll interval)."""
    waker = Waker([tmp_path])
    assert waker.active, "inotify is available on Linux"
    stop = threading.Event()
    t = threading.Thread(target=waker.wait, args=(120.0, stop))
    t.start()
    (tmp_path / "new.pdf").write_bytes(b"%PDF")
    t.join(timeout=20)
    alive = t.is_alive()
    stop.set()
    waker.close()
    assert not alive


def test_runtime_records_gateway_mail_as_fax(tmp_path: Path) -> None:
    """Through the door in, a gateway's mail is stored as channel fax, the original channel kept."""
    policy = tmp_path / "policy.toml"
    policy.write_text(
        "[[fax_gateways]]\nfrom = \"@faxgw.example.ro\"\npattern = 'Fax de la (?P<number>\\+?\\d+)'\n"
    )
    rt = Runtime(Settings(data_dir=tmp_path, config=policy))
    try:
        msg = EmailMessage()
        msg["From"] = "fax@faxgw.example.ro"
        msg["To"] = "legal@okazii.ro"
        msg["Subject"] = "Fax de la +40264555666"
        msg.set_content("fax attached")
        acc = rt.accept(bytes(msg), Envelope(channel=Channel.SMTP))
        with rt.db.reader() as s:
            item = s.scalar(select(Item).where(Item.id == acc.item_id))
            assert item is not None and item.channel == "fax"
            assert (
                item.envelope["fax_number"] == "+40264555666"
                and item.envelope["extra"]["via"] == "smtp"
            )
    finally:
        rt.close()


def test_gateway_rule_ignores_display_name_spoofing() -> None:
    """A display name that looks like the gateway's address does not make a mail a gateway fax."""
    rule = GatewayRule.from_mapping(
        {"from": "@faxgw.example.ro", "pattern": r"Fax de la (?P<number>\+?\d+)"}
    )
    msg = EmailMessage()
    msg["From"] = '"fax@faxgw.example.ro" <x@attacker.example>'
    msg["Subject"] = "Fax de la +40212223344"
    msg.set_content("x")
    assert gateway_match(bytes(msg), (rule,)) is None
    msg.replace_header("From", "fax@sub.faxgw.example.ro")  # another host is not the gateway either
    assert gateway_match(bytes(msg), (rule,)) is None
