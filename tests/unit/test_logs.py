"""Logs (registratura/logs.py): JSON or console lines, UTC timestamps, and the redaction
processor that keeps users' e-mail addresses and phone numbers out of them."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import datetime

import pytest

from registratura import logs


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """The root logger writing JSON into a buffer; the previous handlers put back after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    out = io.StringIO()
    logs.configure(stream=out, as_json=True)
    try:
        yield out
    finally:
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in handlers:
            root.addHandler(h)
        root.setLevel(level)


def lines(out: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from ana.popescu@gmail.com", "from <addr>@gmail.com"),
        ("<Ion.Ionescu+okazii@yahoo.co.uk>", "<<addr>@yahoo.co.uk>"),
        ("mailto:vanzator_77@mail.example.net;", "mailto:<addr>@mail.example.net;"),
        ("două: a@x.ro, b.c@y.com", "două: <addr>@x.ro, <addr>@y.com"),
        ("sună la 0721 234 567 azi", "sună la xxxx xxx xxx azi"),
        ("tel. +40 721 234 567", "tel. +xx xxx xxx xxx"),
        ("tel 0721.234.567 sau 0040721234567", "tel xxxx.xxx.xxx sau xxxxxxxxxxxxx"),
        ("fix (021) 315 45 67.", "fix (xxx) xxx xx xx."),
    ],
)
def test_user_addresses_and_phones_are_redacted(text: str, expected: str) -> None:
    assert logs.redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "REG-2026-000123 routed",
        "2026-12-05T22:11:55.123+00:00",
        "e8c9c58a5d7bf2fa59a2e954d4b21d482328247a9051686b1f4cc1eb174678f7",
        "client 192.168.100.200 refused",
        "item 123456 took 1234 ms",
        "order 55501234",
        "smtp.refused 550 5.7.1 Relaying denied",
    ],
)
def test_what_is_not_personal_data_is_left_alone(text: str) -> None:
    assert logs.redact_text(text) == text


def test_own_addresses_are_kept() -> None:
    logs.allow(["journal@okazii.ro", "okazii.ro"])  # a domain alone allows nothing
    assert logs.redact_text("copy to Journal@okazii.ro") == "copy to Journal@okazii.ro"
    assert logs.redact_text("from ana@okazii.ro") == "from <addr>@okazii.ro"


def test_processor_walks_fields_nested_values_and_exceptions(captured: io.StringIO) -> None:
    log = logging.getLogger("registratura.test")
    log.info(
        "sender %s wrote",
        "ana@gmail.com",
        extra={"who": {"from": ["ana@gmail.com"], "phone": "0721 234 567"}, "n": 3},
    )
    try:
        raise ValueError("cannot reply to ion@yahoo.com at +40 744 555 666")
    except ValueError:
        log.exception("failed for bob@example.org")
    text = captured.getvalue()
    for secret in ("ana@", "ion@", "bob@", "0721 234 567", "744 555 666"):
        assert secret not in text, text
    first, second = lines(captured)
    assert first["event"] == "sender <addr>@gmail.com wrote"
    assert first["who"] == {"from": ["<addr>@gmail.com"], "phone": "xxxx xxx xxx"}
    assert first["n"] == 3
    assert "ValueError" in str(second["exception"]) and "<addr>@yahoo.com" in str(
        second["exception"]
    )


def test_json_line_fields_and_utc_timestamp(captured: io.StringIO) -> None:
    logging.getLogger("registratura.state").info(
        "state", extra={"reg": "REG-2026-000001", "state": "parsed", "duration_ms": 12}
    )
    (line,) = lines(captured)
    assert list(line)[:4] == ["timestamp", "level", "logger", "event"]
    assert line["event"] == "state" and line["level"] == "info"
    assert line["reg"] == "REG-2026-000001" and line["duration_ms"] == 12
    stamp = datetime.fromisoformat(str(line["timestamp"]))
    assert str(line["timestamp"]).endswith("+00:00") and stamp.utcoffset() is not None


def test_structlog_loggers_share_the_pipeline(captured: io.StringIO) -> None:
    import structlog

    structlog.get_logger("registratura.x").info("hello", to="ana@gmail.com", count=2)
    (line,) = lines(captured)
    assert line["event"] == "hello" and line["to"] == "<addr>@gmail.com" and line["count"] == 2


def test_console_rendering_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    out = Tty()
    try:
        logs.configure(verbose=True, stream=out)  # a terminal: not JSON
        logging.getLogger("registratura.t").debug("look at ana@gmail.com")
        text = out.getvalue()
        assert not text.lstrip().startswith("{")
        assert "look at <addr>@gmail.com" in text and "debug" in text and "+00:00" in text
    finally:
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in handlers:
            root.addHandler(h)
        root.setLevel(level)
