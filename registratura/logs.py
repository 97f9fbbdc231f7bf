"""Logging: structlog over the standard library, configured once per process.

The code logs with `logging.getLogger(...)` as before; structlog's
`ProcessorFormatter` renders every record (ours, Dramatiq's, SQLAlchemy's):

- JSON lines when stderr is not a terminal (a service under systemd, a
  container, a test capturing stderr), a readable console rendering on one;
- `timestamp` in ISO 8601 with its zone, always UTC (`2026-12-05T22:11:55.123+00:00`);
- `level`, `logger`, `event` (the message), and the fields a call gives with
  `extra={...}` (the state events of `storage.items`: `event="state"`, `reg`,
  `state`, `channel`, `queue`, …);
- `-v` keeps debug; without it the noisy libraries log warnings only.

No personal data: the code logs no sender's address, phone number or message
content, and `redact` is the safety net: any e-mail address left in any
string (the message, a field, an exception's text) is written `<addr>@domain`,
any phone number with its digits masked. Addresses of our own configuration
(`allow`: journal addresses, the relay's sender, accepted recipient
addresses) are kept as they are.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TextIO

import structlog
from structlog.typing import EventDict, WrappedLogger

__all__ = ["allow", "configure", "redact", "redact_text"]

# Loggers that say too much at INFO for an operator; `-v` lets them speak.
NOISY = ("dramatiq", "pika", "alembic", "pdfminer", "mail.log", "aiosmtpd")

# An address: a local part (anything but spaces, brackets and separators; SMTPUTF8
# allows non-ASCII) and a domain with at least one dot.
_ADDRESS = re.compile(r"(?<![\w.+-])([^\s@<>()\[\],;:\"'`]+)@((?:[\w-]+\.)+[\w-]{2,})", re.UNICODE)
# A phone number: 9 to 15 digits, optionally after + or 00, single spaces, dots,
# dashes, slashes or brackets between them; not inside a longer word or number
# (a registration number, a hash, a timestamp, an id).
_PHONE = re.compile(r"(?<![\w.:/+-])(?:\+|00)?\(?\d(?:[ ./()-]{0,2}\d){8,14}(?![\w:/-])")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
# Fields written by this module or holding no text from outside.
_SKIP = frozenset({"timestamp", "level", "logger", "reg", "duration_ms", "since_receipt_ms"})

_own: set[str] = set()
# Values `redact` has nothing to do with, by exact type (a subclass takes the long way).
_PLAIN = frozenset({int, float, bool, type(None)})


def allow(values: Iterable[str]) -> None:
    """Addresses of our own configuration, which logs may show (case-insensitive)."""
    _own.update(v.strip().lower() for v in values if v and "@" in v)


def _address(m: re.Match[str]) -> str:
    if m.group(0).lower() in _own:
        return m.group(0)
    return f"<addr>@{m.group(2)}"


def _phone(m: re.Match[str]) -> str:
    text = m.group(0)
    if _IPV4.fullmatch(text):
        return text
    return re.sub(r"\d", "x", text)


def redact_text(text: str) -> str:
    """`text` with every e-mail address not ours as `<addr>@domain` and phone digits masked."""
    if "@" in text:
        text = _ADDRESS.sub(_address, text)
    # Only a pre-check (`_PHONE` needs 9 digits, each an `isdigit` character): a short
    # text, as most field values are ("received", "smtp"), is not counted at all.
    if len(text) >= 9 and sum(map(str.isdigit, text)) >= 9:
        text = _PHONE.sub(_phone, text)
    return text


def _clean(value: Any, depth: int = 0) -> Any:
    if isinstance(value, str):
        return redact_text(value)
    if depth > 6:
        return value
    if isinstance(value, Mapping):
        return {k: _clean(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_clean(v, depth + 1) for v in value]
    if isinstance(value, bytes):
        return redact_text(value.decode("utf-8", "replace"))
    return value


def redact(_logger: WrappedLogger, _name: str, event_dict: EventDict) -> EventDict:
    """structlog processor: no e-mail address or phone number of a user leaves the process."""
    for key, value in list(event_dict.items()):
        if key in _SKIP or key.startswith("_"):
            continue
        kind = type(value)
        if kind in _PLAIN:  # what the branches below leave alone, without their isinstance
            continue
        if kind is str:
            event_dict[key] = redact_text(value)
        elif isinstance(value, str | Mapping | list | tuple | set | frozenset | bytes):
            event_dict[key] = _clean(value)
        elif value is not None and not isinstance(value, int | float | bool):
            event_dict[key] = redact_text(str(value))
    return event_dict


def _timestamp(_logger: WrappedLogger, _name: str, event_dict: EventDict) -> EventDict:
    event_dict["timestamp"] = datetime.now(UTC).isoformat(timespec="milliseconds")
    return event_dict


def _shared() -> list[Any]:
    """What every record gets, from structlog or from the standard library."""
    return [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.stdlib.ExtraAdder(),
        _timestamp,
    ]


_FIRST = ("timestamp", "level", "logger", "event")


def _ordered(_logger: WrappedLogger, _name: str, event_dict: EventDict) -> EventDict:
    """The fixed fields first, so a line reads the same way every time."""
    head = {k: event_dict.pop(k) for k in _FIRST if k in event_dict}
    return {**head, **event_dict}


class _Formatter(structlog.stdlib.ProcessorFormatter):
    """`ProcessorFormatter` with a shorter way for the common record, same output.

    A record of the standard library's logging (every logger of ours) without
    an exception or a stack goes through the same processors, but on the
    record itself rather than on a copy (`logging.makeLogRecord`, a second
    `LogRecord` per line), and the rendered string is returned as the base
    class would return it (`"%(message)s"` of the copy, whose args, exception
    and stack it has emptied). The processors only read the record. Anything
    else (structlog's own records, exceptions, stacks) takes the base class's
    way. The SMTP door writes two lines per message; this was a sixth of each
    (issue 13). tests/unit/test_logs.py compares the two ways' lines.
    """

    def format(self, record: logging.LogRecord) -> str:
        if (
            record.exc_info
            or record.exc_text
            or record.stack_info
            or "_logger" in record.__dict__  # structlog's own, by wrap_for_formatter
            or "_name" in record.__dict__
        ):
            return super().format(record)
        meth_name = record.levelname.lower()
        ed: Any = {"event": record.getMessage(), "_record": record, "_from_structlog": False}
        if self.pass_foreign_args:
            ed["positional_args"] = record.args
        for proc in self.foreign_pre_chain or ():
            ed = proc(self.logger, meth_name, ed)
        for p in self.processors:
            ed = p(self.logger, meth_name, ed)
        if not isinstance(ed, str):  # the base class warns, then formats it: let it
            return super().format(record)
        return ed


# `json.dumps(..., ensure_ascii=False, default=str)` builds this encoder for every call
# (only the all-defaults one is cached); the same encoder, built once, gives the same text.
_JSON = json.JSONEncoder(ensure_ascii=False, default=str)


def _dumps(obj: Any, **_kw: Any) -> str:
    return _JSON.encode(obj)


def formatter(*, as_json: bool) -> structlog.stdlib.ProcessorFormatter:
    """The formatter of the stderr handler (also used by the tests on their own handler)."""
    renderer: Any
    if as_json:
        renderer = structlog.processors.JSONRenderer(_dumps)
    else:
        renderer = structlog.dev.ConsoleRenderer(colors=False, pad_event_to=30)
    return _Formatter(
        foreign_pre_chain=_shared(),
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            # The stack from where the line was formatted, as before: `_Formatter.format`'s
            # own frame (this module) is not the app's.
            structlog.processors.StackInfoRenderer(additional_ignores=[__name__]),
            structlog.processors.format_exc_info,  # the traceback as text, then redacted
            redact,
            _ordered,
            renderer,
        ],
    )


def configure(
    verbose: bool = False, *, stream: TextIO | None = None, as_json: bool | None = None
) -> None:
    """Route every log record to `stream` (stderr) through structlog; call once per process.

    `as_json` defaults to "stderr is not a terminal".
    """
    stream = stream if stream is not None else sys.stderr
    if as_json is None:
        isatty = getattr(stream, "isatty", None)
        as_json = not (callable(isatty) and isatty())
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            *_shared(),
            structlog.stdlib.PositionalArgumentsFormatter(),
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter(as_json=as_json))
    handler.set_name("registratura")
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if not verbose:
        for noisy in NOISY:
            logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.captureWarnings(False)
