"""Wiring: settings → database, policy, broker, actors, workers. One code path for every mode."""

from __future__ import annotations

import contextlib
import logging
import re
import signal
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from functools import cached_property
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

import dramatiq
from sqlalchemy import select

from ingest import Accepted, Channel, Envelope, accept, accept_many
from ingest.accept import AcceptRules
from ingest.fax import GatewayRule
from ingest.folder import FolderSpec
from parsers import ExtractOptions
from registratura.progress import Progress
from registratura.settings import Settings
from router.actors import FILE_LANE, Actors, declare_actors
from router.broker import make_broker
from router.errors import PolicyError
from router.policy import Policy, load_policy
from router.signatures.config import SignatureConfig
from router.steps import Pipeline
from router.sweep import stale_items, sweep
from storage import FINAL_STATES, Database, Item, utcnow

if TYPE_CHECKING:
    from registratura.workers import StepChildren

log = logging.getLogger(__name__)


class _SecondWorkerFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "_WorkerMiddleware" not in record.getMessage()


@contextlib.contextmanager
def _quiet_second_worker(broker: dramatiq.Broker) -> Iterator[None]:
    """Dramatiq warns when a second Worker adds its own middleware to the broker; two
    workers, each with its queues, is what `start_workers` means to do."""
    quiet = _SecondWorkerFilter()
    broker.logger.addFilter(quiet)
    try:
        yield
    finally:
        broker.logger.removeFilter(quiet)


class Runtime:
    """Everything a process of registratura needs, built once from `Settings`."""

    def __init__(self, settings: Settings, *, step_children: bool = False) -> None:
        """`step_children`: the parse and route steps' work runs in child processes
        (`registratura.workers.StepChildren`), as `serve` runs it when
        `STEP_CHILDREN` is on; otherwise in the worker threads (commands, tests)."""
        self.settings = settings
        url = settings.resolved_database_url
        pool_size = max(5, settings.worker_threads + 2)
        # With step children on SQLite, this process's writers and theirs share one queue
        # in which this process (the door) goes first (`registratura.workers.WriteGate`).
        self._gate: tuple[str, Any] | None = None
        self.db: Database
        if step_children:
            from registratura.workers import WriteGate, gate_path, gate_state, gated_database

            path = gate_path(url)
            if path is not None:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                shared = gate_state()
                self._gate = (path, shared)
                self.db = gated_database(
                    url, WriteGate(path, shared, priority=True), pool_size=pool_size
                )
        if not self._gate:
            self.db = Database(url, pool_size=pool_size)
        self.db.migrate()
        self.policy: Policy = load_policy(settings.config)
        self.pipeline = Pipeline(
            db=self.db,
            policy=self.policy,
            trust=SignatureConfig.from_env(),  # the entry point reads trust's settings
            extract_options=ExtractOptions(
                ocr_languages=settings.ocr_languages, ocr_page_timeout=settings.ocr_page_timeout
            ),
        )
        self._workers: list[dramatiq.Worker] = []
        self._step_children = step_children
        self.children: StepChildren | None = None

    @cached_property
    def actors(self) -> Actors:
        s = self.settings
        broker = make_broker(
            s.broker_url, namespace=s.queue_prefix, heartbeat_seconds=s.redis_heartbeat_seconds
        )
        run_step = prepare_step = None
        if self._step_children:
            from registratura.workers import StepChildren

            self.children = StepChildren(
                s.resolved_database_url,
                self.pipeline.extract_options,
                self.pipeline.trust,
                max_tasks=s.step_child_max_tasks,
                max_rss_mb=s.step_child_max_rss_mb,
                idle_seconds=s.step_child_idle_seconds,
                nice=s.step_child_nice,
                gate=self._gate,
            )
            children = self.children

            def run_step(name: str, item_id: int) -> Any:
                # The policy of the moment (a SIGHUP swaps it): sent to a child that lacks it.
                return children.run(name, item_id, self.pipeline.policy)

            def prepare_step() -> None:
                children.ready(self.pipeline.policy)

        return declare_actors(
            broker,
            self.pipeline,
            prefix=s.queue_prefix,
            parse_time_limit_ms=int(s.parse_time_limit_seconds * 1000),
            text_parse_time_limit_ms=int(s.text_parse_time_limit_seconds * 1000),
            route_time_limit_ms=int(s.route_time_limit_seconds * 1000),
            run_step=run_step,
            prepare_step=prepare_step,
        )

    @cached_property
    def accept_rules(self) -> AcceptRules:
        """The policy's say at the door (`ingest.accept`): its fax-to-e-mail gateways."""
        return AcceptRules(
            fax_gateways=tuple(
                GatewayRule(sender=g.sender.lower(), pattern=re.compile(g.pattern), field=g.header)
                for g in self.policy.document.fax_gateways
            )
        )

    def folder_specs(self) -> list[FolderSpec]:
        """INBOX_DIRS (channel "folder") plus the policy's [[folders]] (fax and post)."""
        specs = [FolderSpec(path) for path in self.settings.resolved_inbox_dirs]
        specs += [
            FolderSpec(
                path=Path(f.path),
                channel=Channel(f.channel),
                settle_seconds=f.settle_seconds,
                fax_number_pattern=re.compile(f.fax_number_pattern)
                if f.fax_number_pattern
                else None,
            )
            for f in self.policy.document.folders
        ]
        return specs

    def reload_policy(self) -> bool:
        """Read the policy file again (SIGHUP); False, the running policy kept, if it is invalid.

        Every step begun after the swap classifies, checks, routes and times by
        the new policy (each step takes the policy once, so one decision is never
        judged by two). The doors built at start ([[folders]], [[imap]]) keep the
        old ones until the service restarts; a change there is logged as such.
        """
        try:
            new = load_policy(self.settings.config)
        except PolicyError as exc:
            log.error("policy not reloaded, keeping digest %s: %s", self.policy.digest[:12], exc)
            return False
        old = self.policy
        if new.digest == old.digest:
            log.info("policy reloaded: unchanged (digest %s)", new.digest[:12])
            return True
        # Pipeline is frozen so no step changes it; this swap is the one exception.
        object.__setattr__(self.pipeline, "policy", new)
        self.policy = new
        self.__dict__.pop("accept_rules", None)  # the doors' next item sees the new gateways
        log.info("policy reloaded: digest %s -> %s", old.digest[:12], new.digest[:12])
        doors = [
            k for k in ("folders", "imap") if getattr(old.document, k) != getattr(new.document, k)
        ]
        if doors:
            log.warning(
                "policy: [[%s]] changed; the new ones take effect when the service restarts",
                "]], [[".join(doors),
            )
        return True

    def accept(self, raw: bytes, envelope: Envelope) -> Accepted:
        """The door in, for every channel, under the policy's rules (`ingest.accept`:
        a fax-to-e-mail gateway's mail is recorded as a fax)."""
        return accept(self.db, raw, envelope, self._send_parse, self.accept_rules)

    def accept_many(self, batch: Sequence[tuple[bytes, Envelope]]) -> list[Accepted]:
        """`accept` for several items in one commit (the SMTP door's group commit)."""
        return accept_many(self.db, batch, self._send_parse, self.accept_rules)

    def _send_parse(self, item_id: int) -> None:
        try:
            self.actors.send_parse(item_id)
        except Exception:
            # Sent again by `resend_unsent` every few seconds once the broker is back,
            # not left to the sweep's staleness limit. A process that dies with ids
            # remembered leaves them to the sweep (at start-up, every unfinished item).
            self.actors.remember_unsent(item_id)
            raise  # `accept` logs it; the item is stored, the sender told "accepted"

    @property
    def unsent(self) -> int:
        """How many stored items wait for the broker to take a message (door or steps)."""
        return len(self.actors.unsent)

    def start_resend(self, stop: threading.Event) -> threading.Thread:
        """A thread running `resend_unsent` every RESEND_INTERVAL_SECONDS until `stop`."""

        def loop() -> None:
            while not stop.wait(self.settings.resend_interval_seconds):
                try:
                    self.resend_unsent()
                except Exception:
                    log.exception("resend failed; will try again")

        thread = threading.Thread(target=loop, name="resend", daemon=True)
        thread.start()
        return thread

    def resend_unsent(self) -> int:
        """Send what each item the broker refused waits for now (its first message at the
        door, or a step's next one); stops at the first refusal. Returns how many."""
        sent = self.actors.resend_unsent()
        if sent:
            log.info("sent %s item(s) stored while the broker was unreachable", sent)
        return sent

    def reload_on_sighup(self, stop: threading.Event) -> threading.Thread:
        """Reload the policy on each SIGHUP until `stop` (call from the main thread).

        The signal handler only sets an event; the reload runs on a thread of its
        own, so a signal arriving mid-log or mid-query never re-enters either.
        """
        wanted = threading.Event()

        def on_hup(_signum: int, _frame: FrameType | None) -> None:
            wanted.set()

        def loop() -> None:
            while True:
                wanted.wait()
                if stop.is_set():
                    return
                wanted.clear()
                try:
                    self.reload_policy()
                except Exception:  # never let a reload take the service down
                    log.exception("policy reload failed; the running policy is kept")

        signal.signal(signal.SIGHUP, on_hup)
        thread = threading.Thread(target=loop, name="policy-reload", daemon=True)
        thread.start()
        return thread

    def start_workers(
        self, *, threads: int | None = None, queues: Iterable[str] | None = None
    ) -> list[dramatiq.Worker]:
        """Start Dramatiq worker threads in this process (in-process mode, or `worker`).

        `queues` (default: all) are names without the prefix. The `ocr` queue gets
        a worker of its own (`ocr_worker_threads`), the others share one
        (`worker_threads`): a thread busy with a scan is never one that mail waits
        for. `threads` sets both.
        """
        prefix = self.settings.queue_prefix
        every = {n.removeprefix(f"{prefix}.") for n in self.actors.queue_names}
        wanted = every if queues is None else set(queues)
        unknown = wanted - every
        if unknown:
            raise ValueError(
                f"unknown queue(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(every))}"
            )
        groups = [
            (wanted & {FILE_LANE}, threads or self.settings.ocr_worker_threads),
            (wanted - {FILE_LANE}, threads or self.settings.worker_threads),
        ]
        for names, count in groups:
            if not names:
                continue
            worker = dramatiq.Worker(
                self.actors.broker,
                queues={f"{prefix}.{q}" for q in names},
                worker_threads=count,
                worker_timeout=100,
            )
            with _quiet_second_worker(self.actors.broker):
                worker.start()
            self._workers.append(worker)
        return self._workers

    def sweep(self, older_than: timedelta | None = None, *, ids: list[int] | None = None) -> int:
        age = (
            older_than
            if older_than is not None
            else timedelta(seconds=self.settings.sweep_stale_seconds)
        )
        return sweep(self.db, self.actors, age, ids=ids)

    def redrive_since(self, since: datetime) -> int:
        """Re-send every unfinished item not moved since `since` (after an outage,
        `registratura.recovery`); returns how many such items are still not re-sent."""
        now = utcnow()
        sweep(self.db, self.actors, now - since, now=now)
        return len(stale_items(self.db, now - since, now=now))

    def wait_final(self, ids: list[int], timeout: float, progress: bool = False) -> set[int]:
        """Block until every id is routed or quarantined; returns the ids still pending."""
        pending = set(ids)
        deadline = time.monotonic() + timeout
        delay = 0.02
        bar = Progress("routed or quarantined", len(ids), enabled=progress)
        try:
            return self._wait(pending, ids, deadline, delay, bar)
        finally:
            bar.close()

    def _wait(
        self, pending: set[int], ids: list[int], deadline: float, delay: float, bar: Progress
    ) -> set[int]:
        while pending and time.monotonic() < deadline:
            with self.db.reader() as s:
                done = set(
                    s.scalars(
                        select(Item.id).where(
                            Item.id.in_(list(pending)), Item.state.in_(FINAL_STATES)
                        )
                    )
                )
            pending -= done
            bar.update(len(ids) - len(pending))
            if pending:
                time.sleep(delay)
                delay = min(delay * 1.5, 0.5)
        return pending

    def close(self) -> None:
        for worker in self._workers:
            worker.stop(timeout=10_000)
        self._workers = []
        if self.children is not None:
            self.children.close()
        if "actors" in self.__dict__:
            self.actors.broker.close()
        self.db.dispose()
        gate = getattr(self.db, "gate", None)
        if gate is not None:
            gate.close()
