"""Row 1: `registratura serve` (SQLite, in-process workers) SIGKILLed while 4 clients send.

Each client keeps one SMTP session and sends its share of the messages one
after another; a message that gets no `250` (a refused or dropped
connection, a `451`) is sent again, as an MTA would, until it gets one. The
service is SIGKILLed when the number of messages accepted reaches each of K
thresholds drawn at random (plus a random 0-300 ms), and started again at
once. Afterwards every message that got a `250` must be in the database
once (by its Message-ID), routed once (one `routed` audit event), under the
registration number its `250` named.
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections import Counter
from pathlib import Path

from bench.proof.common import (
    Client,
    Row,
    Service,
    free_port,
    message,
    note,
    reachable,
    run_id,
    service_env,
    wait_until,
    workdir,
)

CLIENTS = 4
MESSAGE_ID = re.compile(rb"Message-ID: <([^>]+)>")
REG = re.compile(r"REG-\d{4}-\d{6}")


def _serve(tmp: Path, smtp_port: int) -> Service:
    env = service_env(
        tmp / "var",
        REGISTRATURA_SMTP_PORT=str(smtp_port),
        REGISTRATURA_HTTP_PORT=str(free_port()),
        # 4 clients reconnecting after every kill, all from 127.0.0.1: not a flood to refuse.
        REGISTRATURA_SMTP_PER_IP_PER_MINUTE="100000",
    )
    return Service(["-m", "registratura", "serve"], env, tmp / "serve.log")


def _final_counts(db_path: Path) -> tuple[int, int]:
    import sqlite3

    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30) as conn:
        total, final = conn.execute(
            "SELECT COUNT(*), SUM(state IN ('routed', 'quarantined')) FROM items"
        ).fetchone()
    return int(total or 0), int(final or 0)


def run(n: int, kills: int, seed: int, settle_timeout: float) -> Row:
    rng = random.Random(seed)
    tag = run_id()
    with workdir("smtp") as tmp:
        port = free_port()
        svc = _serve(tmp, port)
        msgs = [message(i, tag) for i in range(n)]
        accepted: dict[int, str] = {}
        codes: Counter[int] = Counter()
        resent: set[int] = set()
        lock = threading.Lock()
        done = threading.Event()
        last = max(2, n * 19 // 20)
        thresholds = sorted(rng.sample(range(max(1, n // 20), last), kills))
        kill_log: list[int] = []
        started = time.monotonic()

        def client(k: int) -> None:
            c = Client(port)
            for i in range(k, n, CLIENTS):
                if i >= last:
                    # The last messages wait for every planned kill: a fast door would
                    # otherwise take them all before the killer's last turn, and the row
                    # would test fewer kills than it says (bounded: a stuck killer fails
                    # the row on its kill count, never hangs it).
                    wait_until(lambda: len(kill_log) >= kills, settle_timeout, 0.05)
                while time.monotonic() - started < settle_timeout * 4:
                    code, text = c.send(msgs[i], sender=f"client{i}@example.ro")
                    if code == 250:
                        with lock:
                            accepted[i] = (REG.findall(text) or ["?"])[0]
                        break
                    with lock:
                        codes[code] += 1
                        resent.add(i)
                    time.sleep(0.2)
            c.close()

        def killer() -> None:
            for t in thresholds:
                while len(accepted) < t and not done.is_set():
                    time.sleep(0.005)
                if done.is_set():
                    return
                time.sleep(rng.uniform(0, 0.3))
                svc.kill()
                kill_log.append(len(accepted))
                svc.start()
                wait_until(lambda: reachable("127.0.0.1", port, 0.5), 60, 0.05)

        svc.start()
        try:
            if not wait_until(lambda: reachable("127.0.0.1", port, 0.5), 90, 0.1):
                return Row("SMTP under SIGKILL (SQLite)", "service did not start", False,
                           [svc.tail()])  # fmt: skip
            note(f"smtp: {n} messages from {CLIENTS} clients, {kills} kills")
            k_thread = threading.Thread(target=killer, daemon=True)
            k_thread.start()
            threads = [threading.Thread(target=client, args=(k,)) for k in range(CLIENTS)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            done.set()
            k_thread.join(120)
            send_seconds = time.monotonic() - started
            db_path = tmp / "var" / "registratura.db"
            note(f"smtp: sent in {send_seconds:.0f} s; waiting for every item to be final")
            settled = wait_until(
                lambda: (lambda c: c[0] == c[1])(_final_counts(db_path)), settle_timeout, 0.5
            )
            alive = svc.alive()
        finally:
            svc.stop()
        return _judge(
            db_path, tag, n, accepted, codes, len(resent), kill_log, kills, settled, alive, svc
        )


def _judge(
    db_path: Path,
    tag: str,
    n: int,
    accepted: dict[int, str],
    codes: Counter[int],
    resent: int,
    kill_log: list[int],
    kills: int,
    settled: bool,
    alive: bool,
    svc: Service,
) -> Row:
    import sqlite3

    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30) as conn:
        rows = conn.execute(
            "SELECT i.id, i.state, i.registration_number, o.data FROM items i "
            "JOIN originals o ON o.sha256 = i.sha256"
        ).fetchall()
        routed_events = dict(
            conn.execute(
                "SELECT item_id, COUNT(*) FROM events WHERE to_state = 'routed' GROUP BY item_id"
            ).fetchall()
        )
    by_mid: dict[int, list[tuple[int, str, str]]] = {}
    for item_id, state, number, data in rows:
        m = MESSAGE_ID.search(bytes(data))
        if m is None or not m.group(1).startswith(f"{tag}-".encode()):
            continue
        i = int(m.group(1).split(b"-")[1].split(b"@")[0])
        by_mid.setdefault(i, []).append((item_id, state, number))
    lost = [i for i in accepted if i not in by_mid]
    doubled = sum(len(v) - 1 for v in by_mid.values()) + sum(
        1 for c in routed_events.values() if c > 1
    )
    routed = sum(
        1
        for i in accepted
        if i in by_mid and all(s == "routed" and routed_events.get(x) == 1 for x, s, _ in by_mid[i])
    )
    wrong_number = sum(1 for i, reg in accepted.items() if i in by_mid and by_mid[i][0][2] != reg)
    refused = sum(codes.values())
    why = ", ".join(f"{c or 'no reply'}: {k}" for c, k in sorted(codes.items()))
    figure = (
        f"sent {n}, accepted {len(accepted)}, lost {len(lost)}, doubled {doubled}, "
        f"routed {routed}/{len(accepted)}; {len(kill_log)} kills; {resent} messages sent again "
        f"after {refused} tries without a 250 ({why})"
    )
    ok = (
        len(accepted) == n
        and not lost
        and doubled == 0
        and routed == len(accepted)
        and wrong_number == 0
        and len(kill_log) == kills
        and settled
        and alive
    )
    notes = []
    if wrong_number:
        notes.append(f"{wrong_number} 250 replies named another registration number")
    if not settled:
        notes.append("not every item was final in time")
    if not ok:
        notes.append(svc.tail())
    return Row("SMTP under SIGKILL (serve, SQLite)", figure, ok, notes)
