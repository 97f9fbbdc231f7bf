"""Logs (registratura/logs.py): JSON or console lines, UTC timestamps, and the redaction
processor that keeps users' e-mail addresses and phone numbers out of them."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime

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


def _as_it_was(*, as_json: bool) -> logging.Formatter:
    """The stderr formatter before its short way (issue 13): structlog's own, `json.dumps`."""
    import structlog

    renderer: object = (
        structlog.processors.JSONRenderer(ensure_ascii=False, default=str)
        if as_json
        else structlog.dev.ConsoleRenderer(colors=False, pad_event_to=30)
    )
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=logs._shared(),
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.StackInfoRenderer(),
            structlog.processors.format_exc_info,
            logs.redact,
            logs._ordered,
            renderer,  # type: ignore[list-item]
        ],
    )


class _Odd:
    def __str__(self) -> str:
        return "odd ana@gmail.com"


@pytest.mark.parametrize("as_json", [True, False])
def test_the_short_way_writes_the_lines_structlogs_formatter_wrote(
    as_json: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every kind of record, formatted by both: the same text, character for character."""
    import structlog

    fixed = datetime(2026, 12, 6, 18, 0, 0, 123456, tzinfo=UTC)
    monkeypatch.setattr(logs, "datetime", type("D", (), {"now": staticmethod(lambda tz: fixed)}))
    logging_on = logging.getLogger("registratura.same")
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    keep = Keep()
    logging_on.addHandler(keep)
    logging_on.propagate, logging_on.level = False, logging.DEBUG
    try:
        logging_on.info(
            "smtp.accepted",
            extra={"smtp_code": 250, "reg": "REG-2026-000001", "duplicate": False, "size": 2048},
        )
        logging_on.info(
            "state",
            extra={"reg": "R", "state": "received", "from_state": None, "duration_ms": 3},
        )
        logging_on.warning("from %s at %d: ăîșț „quoted”", "ana@gmail.com", 7)
        logging_on.info("odd", extra={"o": _Odd(), "t": (1, "0721 234 567"), "b": b"\xff@x.ro"})
        logging_on.info("clash", extra={"timestamp_": 1, "levelx": "x", "nested": {"a": [{}]}})
        logging_on.debug("%s%%", 5, stack_info=True)
        try:
            raise ValueError("ion@yahoo.com")
        except ValueError:
            logging_on.exception("failed")
        with structlog.contextvars.bound_contextvars(request="r1"):
            logging_on.info("bound")
    finally:
        logging_on.removeHandler(keep)
        logging_on.propagate, logging_on.level = True, logging.NOTSET
    new, old = logs.formatter(as_json=as_json), _as_it_was(as_json=as_json)
    assert len(records) == 8
    for record in records:
        before = dict(record.__dict__)
        assert new.format(record) == old.format(record)
        assert record.__dict__ == before  # the record is only read


def _redact_text_as_it_was(text: str) -> str:
    if "@" in text:
        text = logs._ADDRESS.sub(logs._address, text)
    if sum(c.isdigit() for c in text) >= 9:
        text = logs._PHONE.sub(logs._phone, text)
    return text


def _clean_as_it_was(value: object, depth: int = 0) -> object:
    from collections.abc import Mapping

    if isinstance(value, str):
        return _redact_text_as_it_was(value)
    if depth > 6:
        return value
    if isinstance(value, Mapping):
        return {k: _clean_as_it_was(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_clean_as_it_was(v, depth + 1) for v in value]
    if isinstance(value, bytes):
        return _redact_text_as_it_was(value.decode("utf-8", "replace"))
    return value


def _redact_as_it_was(event_dict: dict[str, object]) -> dict[str, object]:
    """`logs.redact` before its short ways (issue 13)."""
    from collections.abc import Mapping

    for key, value in list(event_dict.items()):
        if key in logs._SKIP or key.startswith("_"):
            continue
        if isinstance(value, str | Mapping | list | tuple | set | frozenset | bytes):
            event_dict[key] = _clean_as_it_was(value)
        elif value is not None and not isinstance(value, int | float | bool):
            event_dict[key] = _redact_text_as_it_was(str(value))
    return event_dict


def test_redact_does_what_it_did() -> None:
    """Random fields (text with digits and addresses, numbers, enums, nested, bytes): the same."""
    import enum

    from hypothesis import given, settings
    from hypothesis import strategies as st

    class Num(enum.IntEnum):
        A = 721234567

    class Word(enum.StrEnum):
        B = "call 0721 234 567 or ana@gmail.com"

    text = st.text(alphabet="0123456789 +-.()@abc١٢٣٤٥٦٧٨٩²", max_size=30) | st.sampled_from(
        ["0721 234 567", "072123456", "ana@gmail.com", "received", "٠٧٢١٢٣٤٥٦٧٨", "²³⁴⁵⁶⁷⁸⁹¹"]
    )
    leaf = (
        text
        | st.integers()
        | st.floats(allow_nan=False)
        | st.booleans()
        | st.none()
        | st.binary(max_size=20)
        | st.sampled_from([Num.A, Word.B, 3 + 4j])
    )
    value = st.recursive(
        leaf, lambda kids: st.lists(kids, max_size=3) | st.dictionaries(text, kids, max_size=3)
    )
    keys = st.sampled_from(["event", "reg", "client_ip", "_x", "size", "reason", "who"])

    @settings(max_examples=400, deadline=None)
    @given(st.dictionaries(keys, value, max_size=6))
    def same(fields: dict[str, object]) -> None:
        got = logs.redact(None, "info", dict(fields))
        want = _redact_as_it_was(dict(fields))
        assert got == want
        assert [type(v) for v in got.values()] == [type(v) for v in want.values()]

    same()
