"""Shared fixtures: real services on 127.0.0.1, each test run in its own namespace.

A service that is not running skips its tests locally and fails them under
CI=true (the way dramatiq's own conftest does), so a green CI always means
the integration tests really ran. Every test gets its own PostgreSQL
database, Redis key namespace and RabbitMQ queue names, removed afterwards:
CI reuses the services as the session left them.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "tests" / "samples"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

PG_ADMIN_URL = os.environ.get("TEST_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
AMQP_URL = os.environ.get("TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/")


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def require_service(name: str, port: int, host: str = "127.0.0.1") -> None:
    """Skip (locally) or fail (CI) when `name` does not answer on host:port."""
    if not _reachable(host, port):
        message = f"{name} is not reachable on {host}:{port}"
        if IN_CI:
            pytest.fail(message + " (CI=true: a missing service is a failure, not a skip)")
        pytest.skip(message)


# The few third-party files the tests read are kept in the repository
# (tests/corpora/README.md: provenance and licences), so a clone with nothing
# beside it passes. The large corpora (REGISTRATURA_CORPORA, default
# ../shared/corpora) feed `make eval` and `make bench` only.
IN_REPO_CORPORA = ROOT / "tests" / "corpora"
LARGE_CORPORA = Path(os.environ.get("REGISTRATURA_CORPORA") or SHARED / "corpora")


def corpus(relative: str) -> Path:
    """A third-party test file: from tests/corpora, else the large corpora (skipped if absent)."""
    for base in (IN_REPO_CORPORA, LARGE_CORPORA):
        path = base / relative
        if path.exists():
            return path
    message = (
        f"corpus file {relative} is in neither {IN_REPO_CORPORA} nor {LARGE_CORPORA}: "
        "copy it into tests/corpora (with its provenance) if a test needs it"
    )
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def run_id() -> str:
    return "t" + uuid.uuid4().hex[:10]


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'registratura.db'}"


@pytest.fixture
def postgres_url(run_id: str) -> Iterator[str]:
    """A fresh PostgreSQL database for this test, dropped afterwards."""
    require_service("PostgreSQL", 5432)
    import psycopg

    name = f"registratura_{run_id}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def redis_broker_url(run_id: str) -> Iterator[str]:
    """Redis; the test uses queue prefix `run_id` as namespace, deleted afterwards."""
    require_service("Redis", 6379)
    yield REDIS_URL
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{run_id}*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture
def amqp_broker_url(run_id: str) -> Iterator[str]:
    """RabbitMQ; the test's queues all start with `run_id.` and are deleted afterwards."""
    require_service("RabbitMQ", 5672)
    yield AMQP_URL
    delete_amqp_queues(run_id)


def delete_amqp_queues(prefix: str) -> None:
    import pika

    from router.steps import QUARANTINE, TEAM_QUEUES

    names = ["parse", "route", *TEAM_QUEUES, QUARANTINE]
    conn = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    try:
        ch = conn.channel()
        for n in names:
            for suffix in ("", ".DQ", ".XQ"):
                ch.queue_delete(queue=f"{prefix}.{n}{suffix}")
    finally:
        conn.close()


@pytest.fixture(params=["inprocess", "redis", "rabbitmq"])
def broker_url(request: pytest.FixtureRequest) -> str:
    if request.param == "inprocess":
        return "inprocess://"
    if request.param == "redis":
        return str(request.getfixturevalue("redis_broker_url"))
    return str(request.getfixturevalue("amqp_broker_url"))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_url"))
