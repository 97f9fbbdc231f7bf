"""SMTP smuggling (SEC Consult, 2023): no non-standard end-of-data sequence may end DATA."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from registratura.runtime import Runtime
from registratura.settings import Settings
from tests.conftest import corpus
from tests.integration.smtp_support import RawClient, door, items, port_of, stored_bytes

pytestmark = pytest.mark.integration


def _sequences() -> list[str]:
    path = corpus("smtp-smuggling/eod_sequences.json")
    data = json.loads(path.read_text("utf-8"))
    seen: dict[str, None] = {}
    for key in ("inbound_eod_sequences", "outbound_eod_sequences"):
        seen.update(dict.fromkeys(data[key]))
    return list(seen)


@pytest.fixture(scope="module")
def smuggling_rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    runtime = Runtime(Settings(data_dir=tmp_path_factory.mktemp("smuggling")))
    try:
        yield runtime
    finally:
        runtime.close()


def test_every_smuggling_sequence_stays_inside_one_message(
    smuggling_rt: Runtime, tmp_path: Path
) -> None:
    """For each end-of-data variant, exactly one message is stored and it holds the smuggled commands."""
    rt = smuggling_rt
    sequences = _sequences()
    assert len(sequences) >= 7
    with door(rt) as server:
        for n, eod in enumerate(sequences):
            before = len(items(rt))
            c = RawClient(port_of(server))
            try:
                assert c.reply().startswith(b"220")
                c.cmd(b"EHLO attacker.example")
                assert c.cmd(b"MAIL FROM:<outer@example.ro>").startswith(b"250")
                assert c.cmd(b"RCPT TO:<support@okazii.ro>").startswith(b"250")
                assert c.cmd(b"DATA").startswith(b"354")
                blob = (
                    f"From: outer@example.ro\r\nTo: support@okazii.ro\r\nSubject: outer {n}\r\n\r\n"
                    f"outer text {n}{eod}"
                    "mail FROM:<smuggled@evil.example>\r\n"
                    "rcpt TO:<legal@okazii.ro>\r\n"
                    "data\r\n"
                    "From: smuggled@evil.example\r\nTo: legal@okazii.ro\r\nSubject: smuggled\r\n\r\n"
                    f"SMUGGLED BODY {n}\r\n.\r\n"
                ).encode()
                c.sock.sendall(blob)
                first = c.reply()
                assert first.startswith(b"250 2.0.0"), (eod, first)
                # Had DATA ended early, the smuggled MAIL/RCPT/DATA would each have
                # been answered and QUIT's 221 would not be the next reply.
                assert c.cmd(b"QUIT").startswith(b"221"), repr(eod)
            finally:
                c.close()
            new = items(rt)[before:]
            assert len(new) == 1, repr(eod)
            stored = stored_bytes(rt, new[0])
            assert b"smuggled@evil.example" in stored and f"SMUGGLED BODY {n}".encode() in stored
            assert new[0].envelope["rcpt_to"] == ["support@okazii.ro"]
            assert new[0].envelope["extra"].get("bare_line_endings") is (
                True
                if ("\n" in eod.replace("\r\n", "") or "\r" in eod.replace("\r\n", ""))
                else None
            )
