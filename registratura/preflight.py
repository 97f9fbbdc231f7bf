"""Before a command starts: can the database and the broker be reached? One clear line if not.

A wrong `REGISTRATURA_DATABASE_URL`, a driver that is not installed, a server
that is down or a broker nobody answers on are the operator's to fix, not the
program's to retry forever: each becomes a `StartupError` whose message names
the setting, what was wrong and what to do, printed as one line by the CLI
with exit status 2. Passwords in URLs are never printed.
"""

from __future__ import annotations

import logging
import socket
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from registratura.errors import CommandError

CONNECT_TIMEOUT = 5.0


class StartupError(CommandError):
    """A setting or a server the command needs is wrong or unreachable (the message says which)."""


def shown(url: str) -> str:
    """`url` with its password replaced, safe to print."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        parts = urlsplit(url)
        if parts.password:
            return url.replace(f":{parts.password}@", ":***@")
        return url


def check_database(url: str, timeout: float = CONNECT_TIMEOUT) -> None:
    """Open `url` and run `SELECT 1`; StartupError saying why not."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StartupError(
            f"REGISTRATURA_DATABASE_URL {shown(url)!r} is not a database URL: use e.g. "
            "sqlite:////var/lib/registratura/registratura.db or "
            "postgresql+psycopg://user@host/registratura"
        ) from None
    connect_args: dict[str, object] = {}
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        folder = Path(str(parsed.database)).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)  # as storage.db does; the file is made there
        except OSError as exc:
            raise StartupError(
                f"REGISTRATURA_DATABASE_URL {shown(url)!r}: cannot create {folder}: "
                f"{exc.strerror or exc}; check REGISTRATURA_DATA_DIR"
            ) from None
    if parsed.get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = max(1, int(timeout))
    try:
        engine = create_engine(url, connect_args=connect_args)
    except (NoSuchModuleError, ImportError):
        raise StartupError(
            f"REGISTRATURA_DATABASE_URL {shown(url)!r}: no driver for "
            f"{parsed.drivername!r} is installed; supported are sqlite and postgresql+psycopg"
        ) from None
    except ArgumentError as exc:
        raise StartupError(f"REGISTRATURA_DATABASE_URL {shown(url)!r}: {exc}") from None
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        cause = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise StartupError(
            f"cannot open the database {shown(url)!r}: {cause}; check "
            "REGISTRATURA_DATABASE_URL and that the server is running"
        ) from None
    finally:
        engine.dispose()


def check_broker(url: str, timeout: float = CONNECT_TIMEOUT) -> None:
    """Connect to a Redis or RabbitMQ broker (the in-process one always answers)."""
    if url.startswith(("inprocess:", "stub:")):
        return
    if not url.startswith(("redis://", "rediss://", "unix://", "amqp://", "amqps://")):
        raise StartupError(
            f"REGISTRATURA_BROKER_URL {shown(url)!r} is not a broker URL: use inprocess://, "
            "redis://host:6379/0 or amqp://user:pass@host:5672/"
        )
    try:
        _reach(url, timeout)
        if url.startswith(("redis://", "rediss://", "unix://")):
            import redis

            client = redis.Redis.from_url(
                url, socket_connect_timeout=timeout, socket_timeout=timeout
            )
            try:
                client.ping()
            finally:
                client.close()
        else:
            import pika

            params = pika.URLParameters(url)
            params.socket_timeout = timeout
            params.connection_attempts = 1
            params.blocked_connection_timeout = timeout
            quiet = logging.getLogger("pika")
            level = quiet.level
            quiet.setLevel(logging.CRITICAL)  # pika logs every failed attempt with a traceback
            try:
                pika.BlockingConnection(params).close()
            finally:
                quiet.setLevel(level)
    except Exception as exc:  # each client raises its own family; all mean "not reachable"
        cause = (str(exc).strip().splitlines() or [type(exc).__name__])[0] or type(exc).__name__
        raise StartupError(
            f"cannot reach the broker {shown(url)!r}: {cause}; check "
            "REGISTRATURA_BROKER_URL and that the server is running"
        ) from None


def _reach(url: str, timeout: float) -> None:
    """A plain TCP connection to the URL's host and port, for a cause a person can read."""
    parts = urlsplit(url)
    if not parts.hostname:
        return
    default = 6379 if parts.scheme.startswith("redis") else 5672
    try:
        port = parts.port or default
    except ValueError:
        return  # the client library will say what is wrong with the URL
    try:
        socket.create_connection((parts.hostname, port), timeout=timeout).close()
    except OSError as exc:
        raise RuntimeError(f"{parts.hostname}:{port}: {exc.strerror or exc}") from None


def check_port(host: str, port: int, setting: str) -> None:
    """StartupError when host:port cannot be bound (in use, or not an address of this machine)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            raise StartupError(
                f"{setting}: cannot listen on {host}:{port}: {exc.strerror or exc}; "
                "stop what holds the port or choose another"
            ) from None
