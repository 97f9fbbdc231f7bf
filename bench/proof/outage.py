"""Row 3: the broker down, then the database down, under a steady stream of SMTP mail.

A PostgreSQL cluster and a redis-server of our own (never the machine's
shared ones), `registratura serve` (SMTP, scaled out: no workers inside) and
one `registratura worker`, all with their shipped defaults. One client sends
a mail every 0.2 s (quick form: 0.5 s) and sends again, a second later, any that got no `250`.
Redis is stopped for the outage and started again, then PostgreSQL is
stopped as by a crash (`pg_ctl -m immediate`) and started again. Nothing is
run in between: no sweep, no retry command. Judged: mail accepted while
only the broker is down; only `451` (never `250`) while the database is
down; every item stored before each recovery routed within 30 s of it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import ExitStack

from bench.proof.common import (
    Client,
    Row,
    Service,
    ThrowawayPostgres,
    ThrowawayRedis,
    free_port,
    message,
    note,
    reachable,
    run_id,
    service_env,
    wait_until,
    workdir,
)

RECOVERY_LIMIT = 30.0  # seconds from the service's return to every stored item routed


class Sender:
    """One SMTP client: a new mail every `interval`, any without a 250 sent again after 1 s."""

    def __init__(self, port: int, tag: str, interval: float = 0.2) -> None:
        self.port, self.tag, self.interval = port, tag, interval
        self.replies: list[tuple[float, int]] = []  # (when, code) of every try
        self.accepted = 0
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        c = Client(self.port, timeout=20)
        pending: list[tuple[float, int]] = []  # (not before, n)
        n = 0
        next_new = time.monotonic()
        while not self.stop_event.is_set():
            now = time.monotonic()
            due = [p for p in pending if p[0] <= now]
            if due:
                pending.remove(due[0])
                i = due[0][1]
            elif now >= next_new:
                i, n, next_new = n, n + 1, now + self.interval
            else:
                time.sleep(0.02)
                continue
            code, _ = c.send(message(i, self.tag), sender=f"client{i}@example.ro")
            self.replies.append((time.monotonic(), code))
            if code == 250:
                self.accepted += 1
            else:
                pending.append((time.monotonic() + 1.0, i))
        c.close()

    def codes_between(self, start: float, end: float) -> dict[int, int]:
        out: dict[int, int] = {}
        for when, code in list(self.replies):
            if start <= when <= end:
                out[code] = out.get(code, 0) + 1
        return out


def run(outage: float, wait_limit: float, interval: float = 0.2) -> list[Row]:
    from sqlalchemy import bindparam, create_engine, text

    rid = run_id()
    with ExitStack() as stack:
        tmp = stack.enter_context(workdir("outage"))
        pg = ThrowawayPostgres(tmp)
        pg.init()
        stack.callback(lambda: pg.stop("fast"))
        redis = ThrowawayRedis(tmp)
        redis.start()
        stack.callback(redis.stop)
        port = free_port()
        env = service_env(
            tmp / "var",
            REGISTRATURA_DATABASE_URL=pg.url,
            REGISTRATURA_BROKER_URL=redis.url,
            REGISTRATURA_QUEUE_PREFIX=rid,
            REGISTRATURA_SMTP_PORT=str(port),
            REGISTRATURA_HTTP_PORT=str(free_port()),
            REGISTRATURA_SMTP_PER_IP_PER_MINUTE="100000",
            REGISTRATURA_WORKER_THREADS="2",
        )
        serve = Service(["-m", "registratura", "serve"], env, tmp / "serve.log")
        worker = Service(["-m", "registratura", "worker"], env, tmp / "worker.log")
        serve.start()
        stack.callback(serve.stop)
        if not wait_until(lambda: reachable("127.0.0.1", port, 0.5), 90, 0.1):
            return [Row("broker down", "service did not start", False, [serve.tail()])]
        worker.start()
        stack.callback(worker.stop)
        if not wait_until(lambda: "worker running on" in worker.tail(50), 120, 0.2):
            return [Row("broker down", "worker did not start", False, [worker.tail()])]
        engine = create_engine(pg.url, pool_pre_ping=True)
        stack.callback(engine.dispose)

        def scalar(sql: str, **params: object) -> int:
            with engine.connect() as conn:
                return int(conn.execute(text(sql), params).scalar_one() or 0)

        left_behind: list[int] = []  # items the broker row left unrouted: judged there

        def unrouted(last_id: int) -> int:
            with engine.connect() as conn:
                ids = conn.execute(
                    text("SELECT id FROM items WHERE id <= :i AND state <> 'routed'"),
                    {"i": last_id},
                ).scalars()
                return len(set(ids) - set(left_behind))

        def states_of(ids: list[int]) -> dict[str, int]:
            if not ids:
                return {}
            with engine.connect() as conn:
                rows = conn.execute(
                    text(
                        "SELECT state, COUNT(*) FROM items WHERE id IN :ids GROUP BY state"
                    ).bindparams(bindparam("ids", expanding=True)),
                    {"ids": ids},
                ).all()
            return {str(state): int(count) for state, count in rows}

        def unrouted_upto(last_id: int) -> Callable[[], bool]:
            return lambda: unrouted(last_id) == 0

        sender = Sender(port, rid, interval)
        sender.thread.start()
        stack.callback(sender.stop_event.set)
        time.sleep(2)  # mail flowing and routed before the first outage
        wait_until(lambda: scalar("SELECT COUNT(*) FROM items WHERE state = 'routed'") > 0, 60)

        # The broker down.
        note(f"outage: redis down for {outage:.0f} s")
        b0 = time.monotonic()
        redis.stop()
        time.sleep(outage)
        b1 = time.monotonic()
        redis.start()
        last = scalar("SELECT COALESCE(MAX(id), 0) FROM items")
        in_broker_outage = sender.codes_between(b0, b1)
        routed = wait_until(unrouted_upto(last), wait_limit, 0.25)
        broker_recovery = time.monotonic() - b1
        left_b = unrouted(last)
        with engine.connect() as conn:
            left_behind += conn.execute(
                text("SELECT id FROM items WHERE id <= :i AND state <> 'routed'"), {"i": last}
            ).scalars()
        accepted_b = in_broker_outage.get(250, 0)
        refused_b = sum(v for k, v in in_broker_outage.items() if k != 250)
        ok_b = accepted_b > 0 and refused_b == 0 and routed and broker_recovery <= RECOVERY_LIMIT
        fig_b = f"{outage:.0f} s down: {accepted_b} accepted, {refused_b} refused while down; " + (
            f"all {last} stored items routed {broker_recovery:.1f} s after it returned"
            if routed
            else f"{left_b} of {last} stored items NOT routed {broker_recovery:.0f} s after "
            "it returned"
        )
        rows = [Row("broker (Redis) down, serve + worker on PostgreSQL", fig_b, ok_b)]
        if not ok_b:
            rows[0].notes.append(f"not routed, by state: {states_of(left_behind)}")

        # The database down.
        note(f"outage: PostgreSQL down for {outage:.0f} s")
        d0 = time.monotonic()
        pg.stop("immediate")
        time.sleep(outage)
        d1 = time.monotonic()
        pg.start()
        in_db_outage = sender.codes_between(d0 + 1.0, d1)  # a commit under way as it fell
        wait_until(lambda: sender.codes_between(d1, time.monotonic()).get(250, 0) > 0, 60, 0.2)
        first_250 = time.monotonic() - d1
        last = scalar("SELECT COALESCE(MAX(id), 0) FROM items")
        routed_d = wait_until(unrouted_upto(last), wait_limit, 0.25)
        db_recovery = time.monotonic() - d1
        left_d = unrouted(last)
        tempfail = sum(v for k, v in in_db_outage.items() if 400 <= k < 500)
        lies = in_db_outage.get(250, 0)
        others = {k: v for k, v in in_db_outage.items() if not 400 <= k < 500 and k != 250}
        ok_d = tempfail > 0 and lies == 0 and not others
        ok_d = ok_d and routed_d and db_recovery <= RECOVERY_LIMIT
        fig_d = (
            f"{outage:.0f} s down: {tempfail} answered 4xx, {lies} answered 250"
            + (f", {others} other" if others else "")
            + f"; accepting again {first_250:.1f} s after; "
            + (
                f"all {last - len(left_behind)} stored items routed {db_recovery:.1f} s after "
                "it returned"
                + (f" (the broker row's {len(left_behind)} not counted)" if left_behind else "")
                if routed_d
                else f"{left_d} of {last} stored items NOT routed {db_recovery:.0f} s after"
            )
        )
        rows.append(Row("database (PostgreSQL) down, same service", fig_d, ok_d))
        if not routed_d:
            with engine.connect() as conn:
                late = conn.execute(
                    text("SELECT id FROM items WHERE id <= :i AND state <> 'routed'"), {"i": last}
                ).scalars()
                rows[1].notes.append(
                    f"not routed {wait_limit:.0f} s after, by state: "
                    f"{states_of(sorted(set(late) - set(left_behind)))}"
                )
        sender.stop_event.set()
        sender.thread.join(30)
        alive = serve.alive() and worker.alive()
        if not alive:
            rows[-1].ok = False
            rows[-1].notes.append("serve or worker died")
        return rows
