"""The Dramatiq broker, chosen by URL: in-process, Redis or RabbitMQ.

`inprocess://` is Dramatiq's StubBroker with worker threads inside the
service: nothing to install, and nothing lost on a crash either, because the
database holds every item's state and the sweep re-sends what a dead process
was holding. `redis://…` and `amqp://…` select the real brokers for the
scaled-out mode. Queue names carry a prefix so several deployments (or test
runs) can share one Redis or RabbitMQ.
"""

from __future__ import annotations

from dramatiq import Broker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import CurrentMessage, TimeLimit

from router.errors import BrokerConfigError

# Dramatiq's default: a Redis worker silent this long is dead and its messages go back.
REDIS_HEARTBEAT_SECONDS = 60.0
# Of a million Redis commands, how many also give a queue's dead workers' messages back
# (Dramatiq: 1,000). An idle queue sees few commands, so at 0.1 % a killed worker's items
# waited minutes past its heartbeat; the sweep (a set lookup per queue) costs little.
REDIS_MAINTENANCE_CHANCE = 20_000


def make_broker(
    url: str, *, namespace: str = "registratura", heartbeat_seconds: float = REDIS_HEARTBEAT_SECONDS
) -> Broker:
    """A new broker for `url`, with the middleware the actors rely on.

    `heartbeat_seconds` (Redis only): how long a worker may be silent before the messages
    it held are given to another worker (a SIGKILLed worker's items wait that long).
    """
    broker: Broker
    if url.startswith(("inprocess:", "stub:")):
        broker = StubBroker()
    elif url.startswith(("redis://", "rediss://", "unix://")):
        from dramatiq.brokers.redis import RedisBroker

        broker = RedisBroker(  # type: ignore[no-untyped-call]
            url=url,
            namespace=namespace,
            heartbeat_timeout=int(heartbeat_seconds * 1000),
            maintenance_chance=REDIS_MAINTENANCE_CHANCE,
        )
    elif url.startswith(("amqp://", "amqps://")):
        from dramatiq.brokers.rabbitmq import RabbitmqBroker

        broker = RabbitmqBroker(url=url, confirm_delivery=True)
    else:
        raise BrokerConfigError(
            f"unknown broker URL {url!r}: use inprocess://, redis://host:6379/0 or amqp://user:pass@host:5672/"
        )
    # The message a worker thread runs, for code that needs its options. The steps'
    # own middleware (retries then quarantine, start counts, audit, timing) is put on
    # where the actors are declared (`router.middleware.install`).
    broker.add_middleware(CurrentMessage())
    return broker


def enforce_time_limits(broker: Broker) -> None:
    """Start the thread that enforces the actors' time limits (once per broker).

    Dramatiq's TimeLimit middleware starts it when the `dramatiq` command boots a
    worker process (`after_process_boot`); workers started from our own code
    (`registratura serve`, `worker`, `ingest --wait`) never emit that signal, so
    without this no time limit was ever enforced.
    """
    if getattr(broker, "_registratura_time_limits", False):
        return
    for middleware in broker.middleware:
        if isinstance(middleware, TimeLimit):
            middleware.after_process_boot(broker)  # type: ignore[no-untyped-call]
    broker._registratura_time_limits = True  # type: ignore[attr-defined]
