"""Helpers shared by the integration and end-to-end tests."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from tests.conftest import ROOT, SAMPLES


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def expected() -> dict[str, Any]:
    return dict(json.loads((SAMPLES / "expected.json").read_text("utf-8")))


def text_mail(n: int, *, to: str = "support@okazii.ro") -> bytes:
    """A small, distinct support e-mail (number `n` makes its bytes unique)."""
    msg = EmailMessage()
    msg["From"] = f"client{n}@example.ro"
    msg["To"] = to
    msg["Subject"] = f"Intrebare despre contul meu #{n}"
    msg["Message-ID"] = f"<test-{n}@example.ro>"
    msg.set_content(
        f"Buna ziua,\n\nCum pot schimba numarul de telefon din contul meu? (mesajul {n})\n\nMultumesc,\nClient {n}\n"
    )
    return bytes(msg)


def cli_env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGISTRATURA_")}
    env.update({"REGISTRATURA_DATA_DIR": str(tmp / "var"), "PYTHONUNBUFFERED": "1"})
    env.update(extra)
    return env


def run_cli(
    args: list[str], env: dict[str, str], timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "registratura", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def wait_for(predicate: Any, timeout: float, interval: float = 0.1, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def assert_request_schema(line: dict[str, Any]) -> None:
    """Fail unless `line` keeps the structured-request contract (docs/request.schema.json)."""
    import jsonschema

    schema = json.loads((ROOT / "docs" / "request.schema.json").read_text("utf-8"))
    jsonschema.validate(line, schema, format_checker=jsonschema.FormatChecker())


def read_document(raw: bytes, kind: str | None = None) -> dict[str, Any]:
    """What the parse step would store as the item's document summary (scan readings included).

    For tests and the signature evaluation that build a `SignatureInput` without
    running the pipeline: the signature checks judge what the parse step read.
    """
    import hashlib

    from parsers import extract
    from router.request import document_record

    doc = document_record(extract(raw), hashlib.sha256(raw).hexdigest())
    if kind is not None:
        doc["kind"] = kind
    return doc
