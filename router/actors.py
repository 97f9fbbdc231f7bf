"""Dramatiq actors: thin shells over `router.steps`, declared on a given broker.

Actors are declared by `declare_actors(broker, pipeline)` rather than at
import time, so one process can hold several brokers (tests) and no broker
or database is touched on import. Messages carry item ids only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import dramatiq
from dramatiq import Broker
from dramatiq.middleware import CurrentMessage, TimeLimitExceeded

from router import steps
from router.steps import QUARANTINE, TEAM_QUEUES, Pipeline

log = logging.getLogger(__name__)

MAX_RETRIES = 5
MIN_BACKOFF_MS = 1_000
MAX_BACKOFF_MS = 300_000
PARSE_TIME_LIMIT_MS = 30 * 60 * 1000  # OCR of a long fax; each page has its own limit too
STEP_TIME_LIMIT_MS = 60 * 1000


@dataclass(frozen=True, slots=True)
class Actors:
    """The declared actors of one broker, and the queue names they listen on."""

    broker: Broker
    parse: dramatiq.Actor[Any, Any]
    route: dramatiq.Actor[Any, Any]
    queues: dict[str, dramatiq.Actor[Any, Any]]
    prefix: str

    @property
    def queue_names(self) -> list[str]:
        return sorted({a.queue_name for a in (self.parse, self.route, *self.queues.values())})

    def send_parse(self, item_id: int) -> None:
        self.parse.send(item_id)

    def send_for_state(self, state: str, item_id: int, queue: str | None) -> None:
        """Send the message an item in `state` waits for (the sweep's re-send)."""
        step = steps.NEXT_STEP.get(state)
        if step == "parse":
            self.parse.send(item_id)
        elif step == "route":
            self.route.send(item_id)
        elif step == "deliver" and queue in self.queues:
            self.queues[queue].send(item_id)


def _retries() -> int:
    message = CurrentMessage.get_current_message()
    return int(message.options.get("retries", 0)) if message is not None else 0


def _guarded(
    p: Pipeline, name: str, fn: Callable[[int], None], max_retries: int
) -> Callable[[int], None]:
    """Run `fn`; on error, retry (Retries middleware) until the last try, then quarantine."""

    def run(item_id: int) -> None:
        try:
            fn(item_id)
        except (Exception, TimeLimitExceeded) as exc:
            # TimeLimitExceeded is a BaseException (so is Shutdown, which must
            # pass through untouched): a step over its time limit counts as a
            # failure like any other, and ends in quarantine, not in limbo.
            if _retries() < max_retries:
                log.warning("%s failed for item %s (will retry): %r", name, item_id, exc)
                raise
            log.exception("%s failed for item %s after %s retries", name, item_id, max_retries)
            steps.quarantine(
                p,
                item_id,
                f"{name} failed {max_retries + 1} times: {exc!r}",
                actor=f"router.{name}",
            )

    run.__name__ = name
    return run


def declare_actors(
    broker: Broker,
    p: Pipeline,
    *,
    prefix: str = "registratura",
    max_retries: int = MAX_RETRIES,
    min_backoff_ms: int = MIN_BACKOFF_MS,
) -> Actors:
    """Declare parse, route and one actor per team queue on `broker`.

    A failing step is retried `max_retries` times with exponential back-off
    from `min_backoff_ms`; the delivery after that quarantines the item.
    """
    retry_options: dict[str, Any] = {
        "max_retries": max_retries + 1,  # the last delivery quarantines instead of raising
        "min_backoff": min_backoff_ms,
        "max_backoff": MAX_BACKOFF_MS,
    }
    holder: dict[str, dramatiq.Actor[Any, Any]] = {}

    def actor(name: str, fn: Callable[[int], None], time_limit: int) -> dramatiq.Actor[Any, Any]:
        a: dramatiq.Actor[Any, Any] = dramatiq.actor(
            broker=broker,
            actor_name=name,
            queue_name=f"{prefix}.{name}",
            time_limit=time_limit,
            **retry_options,
        )(_guarded(p, name, fn, max_retries))
        holder[name] = a
        return a

    def do_parse(item_id: int) -> None:
        if steps.parse(p, item_id):
            holder["route"].send(item_id)

    def do_route(item_id: int) -> None:
        queue = steps.route(p, item_id)
        if queue is not None:
            holder[queue].send(item_id)

    def deliverer(queue: str) -> Callable[[int], None]:
        def do_deliver(item_id: int) -> None:
            steps.deliver(p, item_id, queue)

        return do_deliver

    parse = actor("parse", do_parse, PARSE_TIME_LIMIT_MS)
    route = actor("route", do_route, STEP_TIME_LIMIT_MS)
    queues = {q: actor(q, deliverer(q), STEP_TIME_LIMIT_MS) for q in (*TEAM_QUEUES, QUARANTINE)}
    return Actors(broker=broker, parse=parse, route=route, queues=queues, prefix=prefix)
