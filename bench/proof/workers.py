"""Row 2: two `registratura worker` processes on Redis or RabbitMQ with PostgreSQL, SIGKILLed.

This process stores N support mails (each gets an acknowledgement in the
outbox: a side effect to count) and, optionally, one poison item that
ends whichever worker (or, with step children, whichever worker's child) parses it
(`bench.proof.poisoned`). The two workers are
SIGKILLed at K random moments (when the number of final items reaches
thresholds drawn at random, or 5 s after the last kill) and every dead worker is started again at once,
as a supervisor would. Then: every mail routed, one `parsed`, `decided` and
`routed` event each, one outbox row per acknowledged item, and the poison
item quarantined by its counter after a bounded number of deaths.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

from bench.proof.common import (
    Row,
    Service,
    amqp_queues,
    message,
    note,
    pg_database,
    redis_namespace,
    run_id,
    service_env,
    wait_until,
    workdir,
)
from bench.proof.poisoned import EXIT_CODE, POISON


class Supervisor:
    """Two worker processes: kill one on demand, restart any that died, count the deaths."""

    def __init__(self, tmp: Path, env: dict[str, str]) -> None:
        self.workers = [
            Service(
                ["-m", "bench.proof.poisoned", "worker", "--processes", "1"],
                env,
                tmp / f"worker{k}.log",
            )
            for k in range(2)
        ]
        self.deaths: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def start(self) -> None:
        for w in self.workers:
            w.start()
        self.thread.start()

    def kill(self, rng: random.Random) -> None:
        with self.lock:
            w = rng.choice(self.workers)
            w.kill()
            self.deaths["killed"] += 1
            w.start()

    def _watch(self) -> None:
        while not self.stop_event.wait(0.1):
            with self.lock:
                for w in self.workers:
                    if w.proc is not None and w.proc.poll() is not None:
                        code = w.proc.returncode
                        self.deaths["poison" if code == EXIT_CODE else f"exit {code}"] += 1
                        w.start()

    def stop(self) -> None:
        self.stop_event.set()
        self.thread.join(10)
        for w in self.workers:
            w.stop()


def run(
    broker: str,
    n: int,
    kills: int,
    poison: bool,
    seed: int,
    settle_timeout: float,
    heartbeat: float = 60.0,
) -> Row:
    from sqlalchemy import text

    from ingest import Channel, Envelope
    from registratura.runtime import Runtime
    from registratura.settings import Settings

    rng = random.Random(seed)
    rid = run_id()
    name = f"workers under SIGKILL ({broker}, PostgreSQL)"
    with ExitStack() as stack:
        tmp = stack.enter_context(workdir(broker))
        db_url = stack.enter_context(pg_database(rid))
        queues = redis_namespace(rid) if broker == "redis" else amqp_queues(rid)
        broker_url = stack.enter_context(queues)
        settings = Settings(
            data_dir=tmp / "var", database_url=db_url, broker_url=broker_url, queue_prefix=rid
        )
        rt = Runtime(settings)  # migrates; this process only stores and sends
        stack.callback(rt.close)
        env = service_env(
            tmp / "var",
            REGISTRATURA_DATABASE_URL=db_url,
            REGISTRATURA_BROKER_URL=broker_url,
            REGISTRATURA_QUEUE_PREFIX=rid,
            REGISTRATURA_WORKER_THREADS="2",
            REGISTRATURA_REDIS_HEARTBEAT_SECONDS=str(heartbeat),
        )
        sup = Supervisor(tmp, env)
        sup.start()
        stack.callback(sup.stop)

        def final() -> int:
            with rt.db.read() as conn:
                return int(
                    conn.execute(
                        text("SELECT COUNT(*) FROM items WHERE state IN ('routed','quarantined')")
                    ).scalar_one()
                )

        note(f"{broker}: {n} items{' + 1 poison' if poison else ''}, {kills} kills")
        mails = [(message(i, rid), Envelope(channel=Channel.SMTP)) for i in range(n)]
        poison_id: int | None = None
        for start in range(0, n, 50):
            rt.accept_many(mails[start : start + 50])
            if poison and poison_id is None and start >= n // 2:
                raw = message(n, rid).replace(b"Buna ziua", b"Buna ziua " + POISON)
                poison_id = rt.accept(raw, Envelope(channel=Channel.SMTP)).item_id
        if poison and poison_id is None:
            raw = message(n, rid).replace(b"Buna ziua", b"Buna ziua " + POISON)
            poison_id = rt.accept(raw, Envelope(channel=Channel.SMTP)).item_id
        total = n + (1 if poison else 0)
        started = time.monotonic()
        for t in sorted(rng.sample(range(max(1, n // 20), max(2, n * 9 // 10)), kills)):
            # At most 5 s for the threshold: what a dead worker held waits for the broker to
            # give it back (Redis: 60 s), and the next kill need not wait for that.
            wait_until(lambda t=t: final() >= t, 5, 0.05)  # type: ignore[misc]
            if final() >= total:
                break
            time.sleep(rng.uniform(0, 0.3))
            sup.kill(rng)
        settled = wait_until(lambda: final() >= total, settle_timeout, 0.5)
        seconds = time.monotonic() - started
        with rt.db.read() as conn:
            states: Counter[str] = Counter(
                dict(conn.execute(text("SELECT state, COUNT(*) FROM items GROUP BY state")).all())
            )
            doubled_events = conn.execute(
                text(
                    "SELECT COUNT(*) FROM (SELECT item_id, to_state FROM events "
                    "WHERE to_state IN ('parsed','decided','routed','quarantined') "
                    "GROUP BY item_id, to_state HAVING COUNT(*) > 1) d"
                )
            ).scalar_one()
            acks_planned = conn.execute(
                text(
                    "SELECT COUNT(*) FROM items WHERE CAST(decision AS TEXT) "
                    'LIKE \'%"acknowledgement": {"message_id"%\''
                )
            ).scalar_one()
            outbox_rows = conn.execute(text("SELECT COUNT(*) FROM outbox")).scalar_one()
            outbox_doubled = conn.execute(
                text(
                    "SELECT COUNT(*) FROM (SELECT item_id FROM outbox GROUP BY item_id "
                    "HAVING COUNT(*) > 1) d"
                )
            ).scalar_one()
            poison_row = (
                conn.execute(
                    text("SELECT state, error, attempts FROM items WHERE id = :i"),
                    {"i": poison_id},
                ).first()
                if poison_id is not None
                else None
            )
    routed = states.get("routed", 0)
    lost = n - routed
    figure = (
        f"{n} items, {sup.deaths['killed']} kills: lost {lost}, routed {routed}/{n}, "
        f"duplicate state changes {doubled_events}, outbox {outbox_rows} rows for "
        f"{acks_planned} acknowledgements ({outbox_doubled} doubled); {seconds:.0f} s"
    )
    ok = settled and lost == 0 and doubled_events == 0 and outbox_doubled == 0
    ok = ok and outbox_rows == acks_planned and sup.deaths["killed"] == kills
    notes: list[str] = []
    if poison:
        deaths = sup.deaths["poison"]
        poisoned = (
            poison_row is not None
            and poison_row.state == "quarantined"
            and "never finished" in (poison_row.error or "")
        )
        # With step children (the default) the child that runs the step dies, not the
        # worker: the counter of starts stops it all the same ("started 3 times and never
        # finished"); without them each death is a worker's.
        dead = f"{deaths} workers died" if deaths else "its step children died, no worker"
        figure += f"; poison item: {dead}, " + (
            "then quarantined by its counter" if poisoned else f"NOT quarantined ({poison_row})"
        )
        # Without step children only a worker can die of it: at least one must have.
        children = os.environ.get("REGISTRATURA_STEP_CHILDREN", "true").lower() not in (
            "0",
            "false",
            "no",
        )
        ok = ok and poisoned and deaths <= 3 and (children or deaths >= 1)
    others = {k: v for k, v in sup.deaths.items() if k not in ("killed", "poison")}
    if others:
        notes.append(f"other worker exits: {others}")
    if not ok:
        notes.append(f"states {dict(states)}; settled {settled}")
        notes += [w.tail() for w in sup.workers]
    return Row(name, figure, ok, notes)
