"""`registratura worker`: Dramatiq workers alone, for the scaled-out mode.

Each process builds its own Runtime (engine, broker, actors) and runs worker
threads until SIGTERM/SIGINT. Several processes are started with
multiprocessing's spawn method so no connection is shared across a fork.
"""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing as mp
import os
import signal
import socket
import sys
import threading
from types import FrameType

from registratura.runtime import Runtime
from registratura.settings import Settings

log = logging.getLogger("registratura.worker")


def _one(settings: Settings, queues: list[str] | None, threads: int | None) -> int:
    if threads is not None:
        settings = settings.model_copy(update={"worker_threads": threads})
    rt = Runtime(settings)
    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    rt.reload_on_sighup(stop)  # SIGHUP: read the policy file again
    try:
        rt.start_workers(queues=queues)
    except ValueError as exc:  # an unknown queue name: say so, as for any bad setting
        print(f"registratura worker: {exc}", file=sys.stderr)
        rt.close()
        return 2
    log.info("worker running on %s (queues: %s)", settings.broker_url, ", ".join(queues or ["all"]))
    rt.start_resend(stop)  # a step's next message the broker refused: sent on its return
    prefix = settings.queue_prefix
    mine = [f"{prefix}.{q}" for q in queues] if queues else list(rt.actors.queue_names)
    beat = _start_heartbeat(settings, mine, stop)
    stop.wait()
    if beat is not None:
        beat.join(timeout=5)
    rt.close()
    return 0


def _start_heartbeat(
    settings: Settings, queues: list[str], stop: threading.Event
) -> threading.Thread | None:
    """On Redis, a key this process keeps alive while it runs, read by `/healthz`.

    RabbitMQ counts each queue's consumers itself, and in-process workers are threads
    of the service: neither needs one.
    """
    if not settings.broker_url.startswith(("redis://", "rediss://", "unix://")):
        return None
    import redis

    from registratura.http import HEARTBEAT_SECONDS, HEARTBEAT_TTL, heartbeat_key

    key = heartbeat_key(settings.queue_prefix, socket.gethostname(), os.getpid())
    value = json.dumps({"queues": queues, "pid": os.getpid()})

    def run() -> None:
        client = redis.Redis.from_url(
            settings.broker_url, socket_connect_timeout=5, socket_timeout=5
        )
        try:
            while True:
                try:
                    client.set(key, value, ex=HEARTBEAT_TTL)
                except Exception as exc:  # the broker is away; the workers say so too
                    log.warning("worker heartbeat not written: %s", exc)
                if stop.wait(HEARTBEAT_SECONDS):
                    break
            with contextlib.suppress(Exception):
                client.delete(key)  # stopped on purpose: gone at once, not after the TTL
        finally:
            client.close()

    thread = threading.Thread(target=run, name="heartbeat", daemon=True)
    thread.start()
    return thread


def _child(settings: Settings, queues: list[str] | None, threads: int | None) -> None:
    from registratura import logs

    logs.configure()  # a spawned process starts with no logging: the same lines as its parent
    sys.exit(_one(settings, queues, threads))


def run_workers(
    settings: Settings, *, queues: list[str] | None, processes: int, threads: int | None
) -> int:
    if settings.in_process:
        print(
            "registratura worker: BROKER_URL is in-process; workers then run inside `registratura serve`. "
            "Set REGISTRATURA_BROKER_URL=redis://… or amqp://… to run workers separately.",
            file=sys.stderr,
        )
        return 2
    if processes <= 1:
        return _one(settings, queues, threads)
    ctx = mp.get_context("spawn")
    procs = [
        ctx.Process(target=_child, args=(settings, queues, threads), name=f"worker-{n}")
        for n in range(processes)
    ]
    for p in procs:
        p.start()

    def forward(signum: int, _frame: FrameType | None) -> None:
        for p in procs:
            if p.is_alive() and p.pid is not None:
                os.kill(p.pid, signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    signal.signal(signal.SIGHUP, forward)  # each process reloads its policy
    for p in procs:
        p.join()
    return max((p.exitcode or 0) for p in procs)
