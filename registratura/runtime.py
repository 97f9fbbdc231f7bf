"""Wiring: settings → database, policy, broker, actors, workers. One code path for every mode."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import timedelta
from functools import cached_property

import dramatiq
from sqlalchemy import select

from ingest import Accepted, Channel, Envelope, accept, accept_many
from ingest.fax import GatewayRule, gateway_match
from ingest.folder import FolderSpec
from parsers import ExtractOptions
from registratura.settings import Settings
from router.actors import FILE_LANE, Actors, declare_actors
from router.broker import make_broker
from router.policy import Policy, load_policy
from router.steps import Pipeline
from router.sweep import sweep
from storage import FINAL_STATES, Database, Item

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

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.db = Database(
            settings.resolved_database_url, pool_size=max(5, settings.worker_threads + 2)
        )
        self.db.migrate()
        self.policy: Policy = load_policy(settings.config)
        self.pipeline = Pipeline(
            db=self.db,
            policy=self.policy,
            extract_options=ExtractOptions(
                ocr_languages=settings.ocr_languages, ocr_page_timeout=settings.ocr_page_timeout
            ),
        )
        self._workers: list[dramatiq.Worker] = []

    @cached_property
    def actors(self) -> Actors:
        s = self.settings
        broker = make_broker(s.broker_url, namespace=s.queue_prefix)
        return declare_actors(
            broker,
            self.pipeline,
            prefix=s.queue_prefix,
            parse_time_limit_ms=int(s.parse_time_limit_seconds * 1000),
            text_parse_time_limit_ms=int(s.text_parse_time_limit_seconds * 1000),
            route_time_limit_ms=int(s.route_time_limit_seconds * 1000),
        )

    @cached_property
    def fax_gateways(self) -> tuple[GatewayRule, ...]:
        return tuple(GatewayRule.from_mapping(r) for r in self.policy.raw.get("fax_gateways", []))

    def folder_specs(self) -> list[FolderSpec]:
        """INBOX_DIRS (channel "folder") plus the policy's [[folders]] (fax and post)."""
        specs = [FolderSpec(path) for path in self.settings.resolved_inbox_dirs]
        specs += [FolderSpec.from_mapping(f) for f in self.policy.raw.get("folders", [])]
        return specs

    def accept(self, raw: bytes, envelope: Envelope) -> Accepted:
        """The door in, for every channel: a fax-to-e-mail gateway's mail is recorded as a fax."""
        return accept(self.db, raw, self._as_fax(raw, envelope), self.actors.send_parse)

    def accept_many(self, batch: Sequence[tuple[bytes, Envelope]]) -> list[Accepted]:
        """`accept` for several items in one commit (the SMTP door's group commit)."""
        pairs = [(raw, self._as_fax(raw, env)) for raw, env in batch]
        return accept_many(self.db, pairs, self.actors.send_parse)

    def _as_fax(self, raw: bytes, envelope: Envelope) -> Envelope:
        """A configured gateway's mail becomes channel fax; `extra.gateway_from` keeps the
        From address the rule matched, which the signature checks hold the mail to."""
        if envelope.channel in (Channel.SMTP, Channel.IMAP, Channel.FOLDER, Channel.CLI):
            match = gateway_match(raw, self.fax_gateways)
            if match is not None:
                envelope = replace(
                    envelope,
                    channel=Channel.FAX,
                    fax_number=match.number,
                    extra={
                        **envelope.extra,
                        "via": envelope.channel.value,
                        "gateway_from": match.sender,
                    },
                )
        return envelope

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

    def wait_final(self, ids: list[int], timeout: float, progress: bool = False) -> set[int]:
        """Block until every id is routed or quarantined; returns the ids still pending."""
        pending = set(ids)
        deadline = time.monotonic() + timeout
        last_report = 0.0
        delay = 0.02
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
            if progress and time.monotonic() - last_report > 1.0 and pending:
                log.info(
                    "waiting: %s of %s items routed or quarantined",
                    len(ids) - len(pending),
                    len(ids),
                )
                last_report = time.monotonic()
            if pending:
                time.sleep(delay)
                delay = min(delay * 1.5, 0.5)
        return pending

    def close(self) -> None:
        for worker in self._workers:
            worker.stop(timeout=10_000)
        self._workers = []
        if "actors" in self.__dict__:
            self.actors.broker.close()
        self.db.dispose()
