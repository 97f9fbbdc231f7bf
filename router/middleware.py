"""What every step's delivery goes through, as Dramatiq middleware: the actors stay thin.

The actors (`router.actors`) only call `router.steps` and send the next
message. Around each delivery, on the broker the actors are declared on
(`install`):

- `UnfinishedStarts` counts the start of a step on an item in the database
  before the work (`steps.begin_attempt`) and quarantines, unrun, an item whose
  step was started `max_unfinished` times without finishing (its process died
  each time: no broker counts that). A delivery that finds its item moved on
  (the step was done by a process that died before sending the next message)
  sends that message and is skipped. A delivery whose item already has an
  unfinished start (a suspect: its last process died) runs alone in this
  process (`router.suspects.SuspectGate`), so the next death is charged to it
  and not to the innocent items beside it. An exception ends the start
  (`steps.end_attempt`): the retries count it, not this.
- `RetryOrQuarantine` replaces Dramatiq's `Retries`: a failed step is retried
  with its exponential back-off, as `Retries` does, until the last try; where
  `Retries` would dead-letter the message, the item is quarantined with the
  reason and the message acknowledged (the quarantine, in the database, is the
  dead letter). A step over its time limit is quarantined at once: the same
  input would take as long again on every retry, holding a worker thread each
  time (issue 13). A last try that failed because the database or the broker did
  not answer (`outage_error`) quarantines nothing: the item is not at fault, and
  is sent again when they answer (`registratura.recovery`) or by the sweep.
- `StepAudit` records each retried failure in the item's audit trail (an event
  `retry`, no state change). What ends a step's tries is recorded by the
  quarantine itself (`storage.items.advance`), not twice.
- `StepTiming` logs each delivery's duration per step (actor) and outcome (the
  log event `step`). A log line and not a process-local Prometheus metric: the
  workers run in other processes than the one `/metrics` is scraped from
  (`registratura.metrics` counts only what the database holds).

Order on the broker (before-hooks run in list order, after-hooks in reverse):
the three with database work sit before Dramatiq's `TimeLimit`, so their
after-hooks run once the time limit is disarmed. `TimeLimitExceeded` is raised
asynchronously in the worker thread, and a BaseException raised inside an
after-hook would end that worker thread. `StepTiming` sits last, around the
actor alone.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from dramatiq import Broker
from dramatiq.broker import MessageProxy
from dramatiq.middleware import Middleware, Retries, SkipMessage, TimeLimit, TimeLimitExceeded
from dramatiq.middleware.middleware import MiddlewareError
from sqlalchemy import insert, select

from router import steps
from router.steps import Pipeline
from router.suspects import SuspectGate
from storage import utcnow
from storage.items import EVENTS, ITEMS

log = logging.getLogger(__name__)
timing_log = logging.getLogger("registratura.steps")
state_log = logging.getLogger("registratura.state")  # where `advance` logs its events

# The audit event of a failed step that is tried again: no state changes.
RETRY_EVENT = "retry"
# The actor option naming the state whose steps `UnfinishedStarts` counts.
COUNTED_STATE = "counted_state"


class StartNotCounted(MiddlewareError):
    """The start of a step could not be counted, or what the count called for could not be
    done (the database or the broker refused): the delivery fails before the step runs,
    and is retried like a failed step."""


def item_of(message: MessageProxy) -> int | None:
    """The item id a step's message carries (its one argument), or None for another message."""
    args = message.args
    if len(args) == 1 and isinstance(args[0], int) and not isinstance(args[0], bool):
        return int(args[0])
    return None


def time_limit_ms(broker: Broker, message: MessageProxy) -> float:
    actor = broker.get_actor(message.actor_name)
    return float(message.options.get("time_limit") or actor.options.get("time_limit") or 0)


def max_retries_of(broker: Broker, message: MessageProxy, default: int) -> int:
    actor = broker.get_actor(message.actor_name)
    return int(message.options.get("max_retries", actor.options.get("max_retries", default)))


# Exception classes (by name: a step child's failure comes back as text, "Name: message")
# that say a service the step needs did not answer, not that the item is bad.
OUTAGE_ERRORS = frozenset(
    {"OperationalError", "DisconnectionError", "ConnectionError", "AMQPConnectionError"}
)


def outage_error(exception: BaseException) -> bool:
    """Did the database or the broker fail (not the item)? Looks along the exception's
    causes, at each class's ancestry and, for a step child's failure, its text."""
    seen: set[int] = set()
    e: BaseException | None = exception
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if OUTAGE_ERRORS & {k.__name__ for k in type(e).__mro__}:
            return True
        if type(e).__name__ == "StepFailed" and str(e).split(":", 1)[0] in OUTAGE_ERRORS:
            return True
        e = e.__cause__ or e.__context__
    return False


def ends_tries(
    broker: Broker, message: MessageProxy, exception: BaseException, default: int
) -> str | None:
    """Why this failure is the item's last (the quarantine reason), or None: retried.

    A time limit ends them at once; an exception on the last try ends them. Any
    other BaseException (a worker's Shutdown) is left to the retries.
    """
    name = message.actor_name
    if isinstance(exception, TimeLimitExceeded):
        return (
            f"{name} exceeded its time limit of {time_limit_ms(broker, message) / 1000:g} s; "
            "not retried (the same input would take as long again)"
        )
    if not isinstance(exception, Exception):
        return None
    max_retries = max_retries_of(broker, message, default)
    if int(message.options.get("retries", 0)) < max_retries:
        return None
    return f"{name} failed {max_retries + 1} times: {exception!r}"


class RetryOrQuarantine(Retries):
    """Dramatiq's `Retries`, with the quarantine where it would give up (see the module)."""

    def __init__(
        self, pipeline: Pipeline, *, max_retries: int, min_backoff: int, max_backoff: int
    ) -> None:
        super().__init__(max_retries=max_retries, min_backoff=min_backoff, max_backoff=max_backoff)
        self.pipeline = pipeline

    def after_process_message(
        self,
        broker: Broker,
        message: MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        item_id = item_of(message)
        if exception is None or item_id is None:
            self._retries(broker, message, exception)
            return
        reason = ends_tries(broker, message, exception, self.max_retries)
        if reason is None:  # logged with the audit event (`StepAudit`)
            self._retries(broker, message, exception)
            return
        if outage_error(exception):
            # Not the item's fault: never quarantined for it. The message is let go; the
            # item, unfinished, is sent again when both answer (`registratura.recovery`)
            # or by the sweep.
            log.warning(
                "item %s not quarantined: its last try failed because the database or the "
                "broker did not answer (%s); it is sent again once they do",
                item_id,
                reason,
            )
            self._retries(broker, message, exception)
            return
        try:
            log.error("item %s quarantined: %s", item_id, reason)
            steps.quarantine(self.pipeline, item_id, reason, actor=f"router.{message.actor_name}")
        except Exception:
            # The database is what failed: leave the message to the retries (or their dead
            # letter); the item stays unfinished and the sweep sends it again.
            log.exception("could not quarantine item %s", item_id)
            self._retries(broker, message, exception)

    def _retries(
        self, broker: Broker, message: MessageProxy, exception: BaseException | None
    ) -> None:
        """What Dramatiq's `Retries` does: nothing after a success, else back-off and requeue
        (or, past the actor's `max_retries`, fail the message)."""
        super().after_process_message(broker, message, exception=exception)  # type: ignore[no-untyped-call]


class UnfinishedStarts(Middleware):
    """Count each start of a counted step; quarantine after `max_unfinished` deaths (the module)."""

    def __init__(
        self,
        pipeline: Pipeline,
        *,
        max_unfinished: int,
        moved_on: Callable[[int], None],
        deaths: tuple[type[BaseException], ...] = (),
        gate: SuspectGate | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.max_unfinished = max_unfinished
        # A suspect (an item whose last start never finished) runs alone in this process.
        self.gate = gate if gate is not None else SuspectGate()
        self.moved_on = moved_on
        # Exceptions that are a death of the step's process (`StepProcessDied`): the start
        # stays counted, as when the worker itself dies.
        self.deaths = deaths

    @property
    def actor_options(self) -> set[str]:
        return {COUNTED_STATE}

    def _counted(self, broker: Broker, message: MessageProxy) -> str | None:
        state = broker.get_actor(message.actor_name).options.get(COUNTED_STATE)
        return str(state) if state is not None and item_of(message) is not None else None

    def before_process_message(self, broker: Broker, message: MessageProxy) -> None:
        state = self._counted(broker, message)
        item_id = item_of(message)
        if state is None or item_id is None:
            return
        try:
            unfinished = steps.unfinished_starts(self.pipeline, item_id, state)
            if unfinished:  # before counting: a death while waiting charges nothing
                self.gate.enter(True, f"{message.actor_name} on item {item_id}")
            elif unfinished is not None:
                self.gate.enter(False, f"{message.actor_name} on item {item_id}")
            self._start(message.actor_name, item_id, state)
        except SkipMessage:
            raise
        except Exception as exc:
            # Raised as a MiddlewareError: Dramatiq would log any other exception of a
            # before-hook and run the step anyway, uncounted.
            raise StartNotCounted(
                f"{message.actor_name}: the start on item {item_id} could not be counted "
                f"or acted on: {exc!r}"
            ) from exc

    def after_skip_message(self, broker: Broker, message: MessageProxy) -> None:
        self.gate.leave()

    def _start(self, name: str, item_id: int, state: str) -> None:
        started = steps.begin_attempt(self.pipeline, item_id, state)
        if started is None:  # the item has moved on: another delivery did this step
            self.moved_on(item_id)
            raise SkipMessage(f"item {item_id} is past {state}")
        if started > self.max_unfinished:
            reason = (
                f"{name} was started {started - 1} times and never finished "
                "(its process died each time, as if killed by this input); "
                "not tried again"
            )
            log.error("item %s quarantined: %s", item_id, reason)
            steps.quarantine(self.pipeline, item_id, reason, actor=f"router.{name}")
            raise SkipMessage(f"item {item_id} quarantined unrun")

    def after_process_message(
        self,
        broker: Broker,
        message: MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        """An exception is a finish the retries count: not an unfinished start."""
        self.gate.leave()
        if (
            not isinstance(exception, Exception)
            or isinstance(exception, (StartNotCounted, *self.deaths))
            or self._counted(broker, message) is None
        ):
            return
        item_id = item_of(message)
        assert item_id is not None
        try:
            steps.end_attempt(self.pipeline, item_id)
        except Exception:  # the database is what failed: the start stays counted
            log.warning("could not reset the start count of item %s", item_id, exc_info=True)


class StepAudit(Middleware):
    """A retried failure of a step leaves an event `retry` in the item's audit trail."""

    def __init__(self, pipeline: Pipeline, *, max_retries: int) -> None:
        self.pipeline = pipeline
        self.max_retries = max_retries

    def after_process_message(
        self,
        broker: Broker,
        message: MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        item_id = item_of(message)
        if not isinstance(exception, Exception) or item_id is None:
            return  # done, or a time limit / shutdown: not this event
        if ends_tries(broker, message, exception, self.max_retries) is not None:
            return  # the quarantine's own event says it (`advance`)
        tried = int(message.options.get("retries", 0)) + 1
        detail = {
            "error": repr(exception)[:500],
            "try": tried,
            "tries": max_retries_of(broker, message, self.max_retries) + 1,
        }
        try:
            record_retry(self.pipeline, item_id, f"router.{message.actor_name}", detail)
        except Exception:
            log.warning("could not record the retry of item %s", item_id, exc_info=True)


def record_retry(p: Pipeline, item_id: int, actor: str, detail: dict[str, Any]) -> bool:
    """Append a `retry` event (the item's state as it is, unchanged) and, once committed,
    its log line (event `retry`, as every audit event has one). False: no such item."""
    with p.db.begin(durable=False) as conn:
        row = conn.execute(
            select(ITEMS.c.state, ITEMS.c.registration_number).where(ITEMS.c.id == item_id)
        ).first()
        if row is None:
            return False
        state = row.state
        conn.execute(
            insert(EVENTS).values(
                item_id=item_id,
                at=utcnow(),
                actor=actor,
                from_state=state,
                to_state=RETRY_EVENT,
                detail=detail,
            )
        )
    state_log.warning(
        RETRY_EVENT,
        extra={"reg": row.registration_number, "state": state, "actor": actor, **detail},
    )
    return True


class StepTiming(Middleware):
    """Log each delivery's duration: event `step`, with `step` (the actor's name: parse, ocr,
    route, a queue), `outcome`, `duration_ms`, `item_id` and `retries` (tries before this).

    Outcomes: `done`, `failed` (an exception: retried or quarantined, as the
    audit trail says), `time_limit`, `interrupted` (another BaseException),
    `skipped` (a delivery the start count turned away never reaches here).
    """

    def __init__(self) -> None:
        self._started: dict[str, float] = {}
        self._lock = threading.Lock()

    def before_process_message(self, broker: Broker, message: MessageProxy) -> None:
        with self._lock:
            self._started[message.message_id] = time.perf_counter()

    def after_process_message(
        self,
        broker: Broker,
        message: MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        if exception is None:
            outcome = "done"
        elif isinstance(exception, TimeLimitExceeded):
            outcome = "time_limit"
        elif isinstance(exception, Exception):
            outcome = "failed"
        else:
            outcome = "interrupted"
        self._log(message, outcome)

    def after_skip_message(self, broker: Broker, message: MessageProxy) -> None:
        self._log(message, "skipped")

    def _log(self, message: MessageProxy, outcome: str) -> None:
        with self._lock:
            started = self._started.pop(message.message_id, None)
        if started is None:
            return
        timing_log.info(
            "step",
            extra={
                "step": message.actor_name,
                "outcome": outcome,
                "duration_ms": round((time.perf_counter() - started) * 1000),
                "item_id": item_of(message),
                "retries": int(message.options.get("retries", 0)),
            },
        )


def install(
    broker: Broker,
    pipeline: Pipeline,
    *,
    max_retries: int,
    min_backoff_ms: int,
    max_backoff_ms: int,
    max_unfinished: int,
    moved_on: Callable[[int], None],
    deaths: tuple[type[BaseException], ...] = (),
) -> None:
    """Put the steps' middleware on `broker` (once), in the order the module describes.

    Dramatiq's `Retries` is replaced by `RetryOrQuarantine`; the others go in
    before `TimeLimit` (`StepTiming` at the end).
    """
    if any(isinstance(m, (RetryOrQuarantine, UnfinishedStarts)) for m in broker.middleware):
        raise RuntimeError(
            "the steps' middleware is on this broker already (actors declared twice)"
        )
    for m in [m for m in broker.middleware if isinstance(m, Retries)]:
        broker.middleware.remove(m)  # replaced (no public way to take one out)
    steps_middleware: list[Middleware] = [
        RetryOrQuarantine(
            pipeline,
            max_retries=max_retries,
            min_backoff=min_backoff_ms,
            max_backoff=max_backoff_ms,
        ),
        StepAudit(pipeline, max_retries=max_retries),
        UnfinishedStarts(pipeline, max_unfinished=max_unfinished, moved_on=moved_on, deaths=deaths),
    ]
    limited = any(isinstance(m, TimeLimit) for m in broker.middleware)
    for each in steps_middleware:
        broker.add_middleware(each, before=TimeLimit if limited else None)
    broker.add_middleware(StepTiming())


__all__ = [
    "COUNTED_STATE",
    "RETRY_EVENT",
    "RetryOrQuarantine",
    "StartNotCounted",
    "StepAudit",
    "StepTiming",
    "UnfinishedStarts",
    "install",
]
