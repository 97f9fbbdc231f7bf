"""Shared helpers for the SMTP door's tests: a running door, a raw client, a self-signed cert."""

from __future__ import annotations

import datetime as dt
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ingest.smtp import SmtpServer, start_smtp
from ingest.smtp_options import SmtpOptions
from registratura.runtime import Runtime
from storage import Item
from tests.helpers import free_port

BASE = SmtpOptions(host="127.0.0.1", port=0, max_message_bytes=1_000_000, server_name="mx.test")


@contextmanager
def door(rt: Runtime, **overrides: Any) -> Iterator[SmtpServer]:
    """The SMTP door of `rt` on a free port (group commit on), stopped afterwards."""
    options = replace(BASE, port=free_port(), **overrides)
    server = start_smtp(rt.accept, options, accept_many=rt.accept_many)
    try:
        yield server
    finally:
        server.stop()


def port_of(server: SmtpServer, index: int = 0) -> int:
    return int(server.controllers[index].port)  # type: ignore[attr-defined]


def items(rt: Runtime) -> list[Item]:
    with rt.db.reader() as s:
        found = list(s.scalars(select(Item).order_by(Item.id)))
        s.expunge_all()  # keep them loaded after the reader's rollback
        return found


def stored_bytes(rt: Runtime, item: Item) -> bytes:
    from storage.models import Original

    with rt.db.reader() as s:
        original = s.get(Original, item.sha256)
        assert original is not None
        return bytes(original.data)


class RawClient:
    """A line-level SMTP client on a plain socket, for what smtplib will not send."""

    def __init__(self, port: int, timeout: float = 5.0) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.buf = b""

    def reply(self) -> bytes:
        """Read one complete (possibly multi-line) reply; b"" when the server closed."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            lines = self.buf.split(b"\r\n")
            for i, line in enumerate(lines[:-1]):
                if len(line) >= 4 and line[3:4] == b" ":
                    out = b"\r\n".join(lines[: i + 1])
                    self.buf = b"\r\n".join(lines[i + 1 :])
                    return out
            chunk = self.sock.recv(65536)
            if not chunk:
                return b""
            self.buf += chunk
        raise TimeoutError("no complete SMTP reply in 10 s")

    def cmd(self, line: bytes) -> bytes:
        self.sock.sendall(line + b"\r\n")
        return self.reply()

    def close(self) -> None:
        self.sock.close()


def self_signed(tmp: Path, name: str = "localhost") -> tuple[Path, Path]:
    """A fresh self-signed certificate and key for `name` (and 127.0.0.1), as PEM files."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(name), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp / "cert.pem", tmp / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path
