"""Dramatiq actors: thin shells over `router.steps`, declared on a given broker.

Actors are declared by `declare_actors(broker, pipeline)` rather than at
import time, so one process can hold several brokers (tests) and no broker
or database is touched on import. Messages carry item ids only.

Queues (each with the deployment's prefix): `parse` (every item's first look;
text is parsed there), `ocr` (PDFs, images, mail with files: `router.lanes`),
`route`, and one per team queue plus `quarantine` for delivery. A step over
its time limit quarantines its item at once; other failures are retried, and
quarantined after the last try. Those rules, the count of unfinished starts,
the audit of retries and the steps' timing are the broker's middleware
(`router.middleware`), not the actors' code.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import dramatiq
from dramatiq import Broker
from dramatiq.broker import MessageProxy
from dramatiq.middleware import Middleware
from sqlalchemy import select

from router import steps
from router.broker import enforce_time_limits
from router.lanes import first_look
from router.middleware import (
    COUNTED_STATE,
    StartNotCounted,
    UnfinishedStarts,
    install,
    item_of,
)
from router.steps import QUARANTINE, TEAM_QUEUES, Pipeline
from storage import State
from storage.items import ITEMS

log = logging.getLogger(__name__)

MAX_RETRIES = 5
# Starts of one step on one item that never finished (the process died: SIGKILL,
# out of memory, a crash in C) before the item is quarantined instead (`items.attempts`).
MAX_UNFINISHED_STARTS = 3
MIN_BACKOFF_MS = 1_000
MAX_BACKOFF_MS = 300_000
# Defaults of Settings.parse_time_limit_seconds, text_parse_time_limit_seconds and
# route_time_limit_seconds.
PARSE_TIME_LIMIT_MS = 30 * 60 * 1000  # OCR of a 200-page letter; each page has its own limit too
TEXT_PARSE_TIME_LIMIT_MS = 2 * 60 * 1000  # a first look, and a text mail's parse
STEP_TIME_LIMIT_MS = 2 * 60 * 1000  # route (signature checks, DNS) and deliver
# The queue of files (PDF reading, OCR), apart from everything else (`router.lanes`).
FILE_LANE = "ocr"


class StepFailed(Exception):
    """A step run in a child process raised there (its type and message, as text)."""


class StepProcessDied(Exception):
    """The child process running a step died before answering (a crash, SIGKILL, OOM).

    Counted like the death of a worker process: the start stays in `items.attempts`,
    so an input that kills its child every time is quarantined after
    `MAX_UNFINISHED_STARTS` starts, and retried (with back-off) until then.
    """


class StepNotReady(StartNotCounted):
    """The child process that would run a step could not be made ready (it died while
    starting, or did not answer in time). Raised before the start is counted: the
    delivery fails and is retried, and the item is not charged with a start."""


# Runs the step `name` ("parse" or "route" of `router.steps`) on an item and returns its
# result: in a child process (`registratura.workers.StepChildren`) or, without one, here.
StepRunner = Callable[[str, int], Any]


class StepChildReady(Middleware):
    """Before a counted step's start is counted (`UnfinishedStarts`), make the worker
    thread's step child ready: `prepare` starts it if needed and waits for its imports.

    A new child takes seconds to start (4-5 s when several start beside a busy door on two
    cores), and `make proof`'s SMTP row kills the service at random moments: counted
    before, a restarted service killed again while its children were still importing
    charged the first items of the queue with a start each time, and three such kills
    quarantined them as inputs that kill their process, though no child had read them.
    """

    def __init__(self, prepare: Callable[[], None]) -> None:
        self.prepare = prepare

    def before_process_message(self, broker: Broker, message: MessageProxy) -> None:
        actor = broker.get_actor(message.actor_name)
        if actor.options.get(COUNTED_STATE) is None or item_of(message) is None:
            return
        try:
            self.prepare()
        except StepNotReady:
            raise
        except Exception as exc:  # as a MiddlewareError: Dramatiq would run the step anyway
            raise StepNotReady(f"the step child could not be made ready: {exc!r}") from exc


@dataclass(frozen=True, slots=True)
class Actors:
    """The declared actors of one broker, and the queue names they listen on."""

    broker: Broker
    parse: dramatiq.Actor[Any, Any]
    route: dramatiq.Actor[Any, Any]
    queues: dict[str, dramatiq.Actor[Any, Any]]
    prefix: str
    ocr: dramatiq.Actor[Any, Any] | None = None
    # Items whose next message a step could not send (the broker away after the
    # step's commit), and how to send what each waits for now: `resend_unsent`.
    unsent: set[int] = field(default_factory=set)
    send_next: Callable[[int], None] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def queue_names(self) -> list[str]:
        extra = (self.ocr,) if self.ocr is not None else ()
        actors = (self.parse, *extra, self.route, *self.queues.values())
        return sorted({a.queue_name for a in actors})

    def send_parse(self, item_id: int) -> None:
        self.parse.send(item_id)

    def remember_unsent(self, item_id: int) -> None:
        with self._lock:
            self.unsent.add(item_id)

    def resend_unsent(self) -> int:
        """Send what each remembered item waits for now; stop at the first refusal."""
        with self._lock:
            ids = sorted(self.unsent)
        sent = 0
        for item_id in ids:
            try:
                (self.send_next or self.send_parse)(item_id)
            except Exception:  # the broker is still away: the next round tries again
                break
            with self._lock:
                self.unsent.discard(item_id)
            sent += 1
        return sent

    def send_for_state(self, state: str, item_id: int, queue: str | None) -> None:
        """Send the message an item in `state` waits for (the sweep's re-send)."""
        step = steps.NEXT_STEP.get(state)
        if step == "parse":
            self.parse.send(item_id)
        elif step == "route":
            self.route.send(item_id)
        elif step == "deliver" and queue in self.queues:
            self.queues[queue].send(item_id)


def declare_actors(
    broker: Broker,
    p: Pipeline,
    *,
    prefix: str = "registratura",
    max_retries: int = MAX_RETRIES,
    min_backoff_ms: int = MIN_BACKOFF_MS,
    parse_time_limit_ms: int = PARSE_TIME_LIMIT_MS,
    text_parse_time_limit_ms: int = TEXT_PARSE_TIME_LIMIT_MS,
    route_time_limit_ms: int = STEP_TIME_LIMIT_MS,
    max_unfinished: int = MAX_UNFINISHED_STARTS,
    run_step: StepRunner | None = None,
    prepare_step: Callable[[], None] | None = None,
) -> Actors:
    """Declare parse, ocr, route and one actor per team queue on `broker`.

    `parse` takes every item first: a text item is parsed there, a file goes on
    to `ocr` (`router.lanes`). A failing step is retried `max_retries` times
    with exponential back-off from `min_backoff_ms`; the delivery after that
    quarantines the item. A step over its time limit (`parse_time_limit_ms` on
    `ocr`, `text_parse_time_limit_ms` on `parse`, `route_time_limit_ms` for
    routing and delivery) quarantines the item at once. Parse, ocr and route
    count their starts in `items.attempts`: after `max_unfinished` starts whose
    process died, the item is quarantined (delivery reads nothing of the input).
    `run_step` runs the parse and route steps' work (in a child process, `serve`);
    without it they run in the worker thread. `prepare_step` makes the thread's
    runner ready (its child started and imported) before the start is counted
    (`StepChildReady`). The rules above are the middleware
    `router.middleware.install` puts on `broker`.
    """
    enforce_time_limits(broker)
    install(
        broker,
        p,
        max_retries=max_retries,
        min_backoff_ms=min_backoff_ms,
        max_backoff_ms=MAX_BACKOFF_MS,
        max_unfinished=max_unfinished,
        # A redelivered message whose item moved on sends what the item waits for now.
        moved_on=lambda item_id: send_next(item_id),
        deaths=(StepProcessDied,),
    )
    if prepare_step is not None:
        broker.add_middleware(StepChildReady(prepare_step), before=UnfinishedStarts)
    retry_options: dict[str, Any] = {
        "max_retries": max_retries,
        "min_backoff": min_backoff_ms,
        "max_backoff": MAX_BACKOFF_MS,
    }
    holder: dict[str, dramatiq.Actor[Any, Any]] = {}

    def actor(
        name: str, fn: Callable[[int], None], time_limit: int, counted: str | None = None
    ) -> dramatiq.Actor[Any, Any]:
        options: dict[str, Any] = {**retry_options, "time_limit": time_limit}
        if counted is not None:  # `router.middleware.UnfinishedStarts` counts its starts
            options[COUNTED_STATE] = counted
        fn.__name__ = name
        a: dramatiq.Actor[Any, Any] = dramatiq.actor(
            broker=broker, actor_name=name, queue_name=f"{prefix}.{name}", **options
        )(fn)
        holder[name] = a
        return a

    def send_next(item_id: int) -> None:
        """Send the message the item waits for now (a step's commit whose send was lost)."""
        with p.db.read() as conn:
            row = conn.execute(
                select(ITEMS.c.state, ITEMS.c.queue).where(ITEMS.c.id == item_id)
            ).first()
        step = steps.NEXT_STEP.get(row.state) if row is not None else None
        if row is None or step is None:
            return  # final: nothing waits
        if step == "route":
            holder["route"].send(item_id)
        elif step == "deliver" and row.queue in holder:
            holder[row.queue].send(item_id)
        elif step == "parse":  # the ocr lane's item went back (`retry`): start again
            holder["parse"].send(item_id)

    def forward(name: str, item_id: int) -> None:
        """Send the next step's message after a commit; if the broker refuses it, the
        item is remembered and sent again within seconds of its return (`resend_unsent`)."""
        try:
            holder[name].send(item_id)
        except Exception:
            out.remember_unsent(item_id)
            raise

    def step(name: str, item_id: int) -> Any:
        if run_step is not None:
            return run_step(name, item_id)
        return getattr(steps, name)(p, item_id)  # looked up now: tests replace steps

    def do_parse(item_id: int) -> None:
        if first_look(p, item_id):
            steps.end_attempt(p, item_id)  # handed over: the ocr lane counts its own starts
            forward(FILE_LANE, item_id)
        elif step("parse", item_id):
            forward("route", item_id)

    def do_parse_file(item_id: int) -> None:
        if step("parse", item_id):
            forward("route", item_id)

    def do_route(item_id: int) -> None:
        queue = step("route", item_id)
        if queue == steps.PARSE_AGAIN:
            forward("parse", item_id)  # parsed by an older version: judged at parse now
        elif queue is not None:
            forward(queue, item_id)

    def deliverer(queue: str) -> Callable[[int], None]:
        def do_deliver(item_id: int) -> None:
            steps.deliver(p, item_id, queue)

        return do_deliver

    received, parsed = State.RECEIVED.value, State.PARSED.value
    parse = actor("parse", do_parse, text_parse_time_limit_ms, received)
    ocr = actor(FILE_LANE, do_parse_file, parse_time_limit_ms, received)
    route = actor("route", do_route, route_time_limit_ms, parsed)
    queues = {q: actor(q, deliverer(q), route_time_limit_ms) for q in (*TEAM_QUEUES, QUARANTINE)}
    out = Actors(
        broker=broker,
        parse=parse,
        route=route,
        queues=queues,
        prefix=prefix,
        ocr=ocr,
        send_next=send_next,
    )
    return out
