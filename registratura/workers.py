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
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

from registratura.runtime import Runtime
from registratura.settings import Settings

log = logging.getLogger("registratura.worker")


def _one(settings: Settings, queues: list[str] | None, threads: int | None) -> int:
    if threads is not None:
        settings = settings.model_copy(update={"worker_threads": threads})
    # The steps' work in child processes as under `serve` (STEP_CHILDREN, on by default): a
    # heavy item's memory goes back when its child is replaced or idles out, and a step over
    # its time limit is stopped by killing its child, not left running in a thread.
    rt = Runtime(settings, step_children=settings.step_children)
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


# --- Step children: the parse, ocr and route steps' work in processes of their own ----------
#
# `registratura serve` with the in-process broker runs Dramatiq's worker threads in the
# service's own process, beside the asyncio SMTP door. Parsing and signature checks are
# Python: in those threads they held the GIL the door needs to answer (issue 13: 54/s
# against a bare sink's 433/s). With `STEP_CHILDREN` (on by default; `serve` only: a
# `worker` process holds no door, and its own death on an input is what `make proof`
# and the start counter are about), each worker thread hands its step's work to a child
# process of its own and
# waits on a pipe (no GIL held): the child reads the item, parses or routes it and commits
# the result itself, exactly as the thread would have (`router.steps`, compare-and-set on
# the item's state). What stays in the thread is bookkeeping: the start count, the first
# look, the next message, delivery.
#
# A child is spawned (no fork of a process holding connections and threads), builds its
# database engine once and is sent the policy whenever the parent's changes (SIGHUP). It
# is replaced after STEP_CHILD_MAX_TASKS steps or when a step leaves it larger than
# STEP_CHILD_MAX_RSS_MB (memory returns to the system with the process), stopped when
# idle for STEP_CHILD_IDLE_SECONDS, runs at STEP_CHILD_NICE so the door comes first, and
# dies with its parent (PR_SET_PDEATHSIG). A child killed over its step's time limit, or
# dying on its own, is a recorded failure of that step (`StepProcessDied`), never a hang.
# A step's start is counted (`items.attempts`) only once the thread's child is ready
# (`StepChildren.ready`, before `UnfinishedStarts`): a service killed while its new
# children still import has not started anything on the item.

_PR_SET_PDEATHSIG = 1
STEP_NAMES = ("parse", "route")
# The task that asks a child whether it is ready (`StepChildren.ready`): no item is read.
READY = "ready"
# How long a new child may take to import the pipeline and open its database (1.5 s on an
# idle machine, 4-5 s when four start at once beside a busy door on two cores).
READY_SECONDS = 120.0


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when the thread that started it ends."""
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _rss_mb() -> float:
    with open("/proc/self/statm", "rb") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _step_child(
    conn: Any,
    db_url: str,
    extract_options: Any,
    trust: Any,
    limits: tuple[int, float, int],
    gate: tuple[str, Any] | None,
    steps_module: str,
    parent: int,
) -> None:
    """A step child's life: build the pipeline, then run steps until told to stop."""
    max_tasks, max_rss_mb, nice = limits
    _die_with_parent()
    if os.getppid() != parent:
        # The service died while this child was starting (before the line above): its
        # tasks are the next service's now (the sweep re-sends them). Running them here
        # would race that service's steps on the same items.
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when a child ends
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with contextlib.suppress(OSError):
        os.nice(nice)
    from registratura import logs

    logs.configure()
    import importlib

    from router.steps import Pipeline

    steps = importlib.import_module(steps_module)

    write_gate = WriteGate(gate[0], gate[1], priority=False) if gate is not None else None
    db = gated_database(db_url, write_gate, pool_size=1)
    pipeline: Any = None
    done = 0
    try:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                return  # the parent is gone
            if task is None:
                return
            name, item_id, policy = task
            if policy is not None:
                pipeline = Pipeline(
                    db=db, policy=policy, extract_options=extract_options, trust=trust
                )
            if name == READY:  # imported, pipeline built, a connection open: say so
                with db.engine.connect():
                    pass
                conn.send(("ok", None, False))
                continue
            done += 1
            try:
                if name not in STEP_NAMES:
                    raise ValueError(f"unknown step {name!r}")
                result = getattr(steps, name)(pipeline, item_id)
                reply: tuple[Any, ...] = ("ok", result)
            except Exception as exc:
                reply = ("error", f"{type(exc).__name__}: {exc}"[:2000])
            retire = done >= max_tasks or _rss_mb() > max_rss_mb
            conn.send((*reply, retire))
            if retire:
                return
    finally:
        db.dispose()


@dataclass(eq=False)
class _Child:
    proc: Any  # multiprocessing Process
    conn: Any  # our end of its pipe
    lock: threading.Lock = field(default_factory=threading.Lock)
    policy_digest: str | None = None
    last_used: float = field(default_factory=time.monotonic)
    tasks: int = 0
    ready: bool = False  # has answered once (imports done, pipeline built)


class StepChildren:
    """The step children of one process: `run(name, item_id, policy)` in the calling
    thread's own child, started when first needed. Thread-safe; `close` ends them all."""

    def __init__(
        self,
        db_url: str,
        extract_options: Any,
        trust: Any,
        *,
        max_tasks: int = 200,
        max_rss_mb: float = 512,
        idle_seconds: float = 60.0,
        nice: int = 10,
        gate: tuple[str, Any] | None = None,
        steps_module: str = "router.steps",
    ) -> None:
        """`gate`: the SQLite write gate's file and shared memory (`WriteGate`);
        `steps_module`: where the children find the steps (tests give their own)."""
        self._args = (
            db_url,
            extract_options,
            trust,
            (max_tasks, max_rss_mb, nice),
            gate,
            steps_module,
            os.getpid(),
        )
        self._idle = idle_seconds
        self._mine = threading.local()
        self._all: set[_Child] = set()
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self.started = 0  # children started so far (tests, logs)
        self._reaper = threading.Thread(target=self._reap, name="step-children", daemon=True)
        self._reaper.start()

    def _start(self) -> _Child:
        ctx = mp.get_context("spawn")
        ours, theirs = ctx.Pipe(duplex=True)
        proc = ctx.Process(
            target=_step_child, args=(theirs, *self._args), name="step-child", daemon=True
        )
        proc.start()
        theirs.close()
        child = _Child(proc, ours)
        with self._lock:
            self._all.add(child)
            self.started += 1
        return child

    def _end(self, child: _Child, *, kill: bool) -> int | None:
        """Stop `child` (SIGKILL when `kill`, else ask it); its exit code."""
        with self._lock:
            self._all.discard(child)
        if kill:
            with contextlib.suppress(Exception):
                child.proc.kill()
        else:
            with contextlib.suppress(Exception):
                child.conn.send(None)
        child.proc.join(timeout=10)
        if child.proc.is_alive():
            child.proc.kill()
            child.proc.join(timeout=10)
        with contextlib.suppress(Exception):
            child.conn.close()
        return child.proc.exitcode  # type: ignore[no-any-return]

    @property
    def alive(self) -> list[int]:
        """The pids of the children running now."""
        with self._lock:
            return [c.proc.pid for c in self._all if c.proc.is_alive()]

    def _child(self) -> _Child:
        """This thread's child, locked; started if it has none (or it died, or was reaped)."""
        while True:
            child: _Child | None = getattr(self._mine, "child", None)
            if child is None:
                child = self._start()
                self._mine.child = child
            child.lock.acquire()
            if child in self._all and child.proc.is_alive():
                return child
            child.lock.release()  # reaped while idle, or died between steps: not a failure
            self._mine.child = None
            self._end(child, kill=True)

    def ready(self, policy: Any, timeout: float = READY_SECONDS) -> None:
        """Make sure this thread's child is running and ready (its imports done, its
        pipeline built); start one and wait for it if not. No item is read.

        Called before a step's start is counted (`router.actors.StepChildReady`): a new
        child takes seconds to import the pipeline, and a service killed in those seconds
        must not have the item charged with a start that never touched it (three such
        kills quarantined the first items of the queue as if they killed their process).
        Raises `StepNotReady` when the child dies or does not answer within `timeout`.
        """
        from router.actors import StepNotReady

        if self._closed.is_set():
            raise StepNotReady("the step children are closed")
        child = self._child()
        try:
            if child.ready:
                return
            send_policy = policy if child.policy_digest != policy.digest else None
            child.conn.send((READY, 0, send_policy))
            child.policy_digest = policy.digest
            deadline = time.monotonic() + timeout
            while not child.conn.poll(0.1):  # Python between polls: a signal lands here
                if not child.proc.is_alive() and not child.conn.poll(0):
                    raise EOFError
                if time.monotonic() > deadline or self._closed.is_set():
                    raise TimeoutError
            child.conn.recv()
            child.ready = True
        except (EOFError, OSError, TimeoutError) as exc:
            self._mine.child = None
            code = self._end(child, kill=True)
            what = "did not answer in time" if isinstance(exc, TimeoutError) else "died"
            raise StepNotReady(
                f"a new step child {what} before it was ready (exit code {code})"
            ) from None
        except BaseException:
            self._mine.child = None
            self._end(child, kill=True)
            raise
        finally:
            child.last_used = time.monotonic()
            child.lock.release()

    def run(self, name: str, item_id: int, policy: Any) -> Any:
        """Run `router.steps.<name>(pipeline, item_id)` in this thread's child; its result.

        Raises `StepProcessDied` when the child dies before answering, `StepFailed` when
        the step raised there. Any exception raised into this thread while it waits (the
        TimeLimit middleware's) kills the child first, then goes on up.
        """
        from router.actors import StepFailed, StepProcessDied

        if self._closed.is_set():
            raise StepProcessDied(f"{name} of item {item_id}: the step children are closed")
        child = self._child()
        try:
            send_policy = policy if child.policy_digest != policy.digest else None
            child.conn.send((name, item_id, send_policy))
            child.policy_digest = policy.digest
            while not child.conn.poll(0.1):  # Python between polls: a time limit lands here
                if not child.proc.is_alive() and not child.conn.poll(0):
                    raise EOFError
            status, value, retire = child.conn.recv()
        except (EOFError, OSError):
            self._mine.child = None
            code = self._end(child, kill=True)
            raise StepProcessDied(
                f"{name} of item {item_id}: its child process died (exit code {code})"
            ) from None
        except BaseException:
            self._mine.child = None
            self._end(child, kill=True)  # over its time limit, or shutting down
            raise
        finally:
            child.tasks += 1
            child.last_used = time.monotonic()
            child.lock.release()
        if retire:
            self._mine.child = None
            self._end(child, kill=False)
            log.info("step child %s replaced after %s step(s)", child.proc.pid, child.tasks)
        if status == "error":
            raise StepFailed(value)
        return value

    def _reap(self) -> None:
        """Stop children idle for longer than `idle_seconds` (their memory goes back)."""
        while not self._closed.wait(min(5.0, self._idle / 2)):
            now = time.monotonic()
            with self._lock:
                idle = [c for c in self._all if now - c.last_used > self._idle]
            for child in idle:
                if child.lock.acquire(blocking=False):
                    try:
                        if time.monotonic() - child.last_used > self._idle:
                            self._end(child, kill=False)
                    finally:
                        child.lock.release()

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            children = list(self._all)
        for child in children:
            self._end(child, kill=True)
        self._reaper.join(timeout=10)


# --- One writer at a time on SQLite, the service's own process first ---------------------------
#
# SQLite lets one transaction write at a time. Writers of one process queue on the
# Database's lock and are woken at once; writers of different processes (the service and
# its step children) meet in SQLite's busy handler, which sleeps 1, 2, 5, 10 … 100 ms
# between tries: with children committing steps all the time, the door's group commit
# slept behind them. `WriteGate` puts every writer of the service and of its children in
# one queue (an flock on a file beside the database, which the kernel releases if its
# holder dies) and lets the service's writers (the door among them) go first: a child
# waits while any of them waits.


# A child writes only when the service has not written for this long (its writes come in
# bursts a few ms apart while SMTP clients send: a child's step commit, 5-20 ms, would
# land in every gap), or when it has been kept waiting this long (processing goes on,
# slowly, through a storm of mail).
GATE_QUIET_SECONDS = 0.025
GATE_MAX_DEFER_SECONDS = 1.0


def gate_state() -> Any:
    """The memory the service and its children share: [writers waiting, last release]."""
    return mp.get_context("spawn").RawArray("d", 2)


class WriteGate:
    """An exclusive, cross-process write lock; `priority` holders (the service) go first."""

    def __init__(self, path: str, shared: Any, *, priority: bool) -> None:
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        self._shared = shared  # [priority writers waiting or writing, their last release]
        self._priority = priority
        self._local = threading.RLock()
        self._depth = 0
        self._count = threading.Lock()

    def _add(self, n: int) -> None:
        with self._count:
            self._shared[0] += n

    def _defer(self) -> None:
        """A child's wait: until the service neither waits nor has just written."""
        start = time.monotonic()
        while time.monotonic() - start < GATE_MAX_DEFER_SECONDS:
            if self._shared[0] <= 0 and time.monotonic() - self._shared[1] >= GATE_QUIET_SECONDS:
                return
            time.sleep(0.002)

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Hold the gate (reentrant within a thread, exclusive across threads and processes)."""
        import fcntl

        waiting = self._priority
        if waiting:
            self._add(1)
        try:
            with self._local:
                self._depth += 1
                try:
                    if self._depth == 1:
                        if not self._priority:
                            self._defer()
                        fcntl.flock(self._fd, fcntl.LOCK_EX)
                    try:
                        if waiting:
                            self._add(-1)
                            waiting = False
                        yield
                    finally:
                        if self._depth == 1:
                            fcntl.flock(self._fd, fcntl.LOCK_UN)
                            if self._priority:
                                self._shared[1] = time.monotonic()
                finally:
                    self._depth -= 1
        finally:
            if waiting:
                self._add(-1)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)


def gated_database(url: str, gate: WriteGate | None, *, pool_size: int) -> Any:
    """A `storage.Database` whose write transactions go through `gate` (none: a plain one)."""
    from storage import Database

    if gate is None:
        return Database(url, pool_size=pool_size)

    held = gate.held

    class GatedDatabase(Database):
        def __init__(self) -> None:
            super().__init__(url, pool_size=pool_size)
            self.gate = gate

        @contextlib.contextmanager
        def writer(self, *, durable: bool = True) -> Any:
            with held(), super().writer(durable=durable) as session:
                yield session

        @contextlib.contextmanager
        def begin(self, *, durable: bool = True) -> Any:
            with held(), super().begin(durable=durable) as conn:
                yield conn

        @contextlib.contextmanager
        def door_begin(self) -> Any:
            with held(), super().door_begin() as conn:
                yield conn

    return GatedDatabase()


def gate_path(url: str) -> str | None:
    """The gate's file for a SQLite database file; None for PostgreSQL (row locks)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return f"{u.database}.writers"
