"""The `state` log lines, written only once their transaction's COMMIT has returned.

A state change queues its line on the connection (`storage.items._later`). SQLAlchemy's
`commit` event runs *before* the database is asked to COMMIT, and a COMMIT can still
fail (a deferred constraint, the server gone, a full disk): so that event only sets the
lines aside for this thread, and the transaction's owner (`Database.writer` and
`Database.begin`, where every write transaction starts) writes them when its block has
ended without an error, or drops them when it ended with one. A rollback drops the
connection's queued lines (`storage.items`). No listener here touches a connection
after an error (an invalidated connection reconnects when its `info` is read).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

state_log = logging.getLogger("registratura.state")
# Where a transaction's lines wait for its COMMIT (a Connection's, or a `DoorTx`'s, `info`).
PENDING = "registratura.state_events"
_local = threading.local()


def set_aside(lines: list[dict[str, Any]]) -> None:
    """Lines of a transaction whose COMMIT is about to be sent (the `commit` event)."""
    waiting: list[dict[str, Any]] | None = getattr(_local, "lines", None)
    if waiting is None:
        _local.lines = waiting = []
    waiting.extend(lines)


def write_committed() -> None:
    """The transaction block ended and its COMMIT returned: write the lines set aside."""
    lines: list[dict[str, Any]] | None = getattr(_local, "lines", None)
    if not lines:
        return
    _local.lines = []
    for fields in lines:
        state_log.info(fields.pop("_event", "state"), extra=fields)


def drop() -> None:
    """The transaction block ended with an error (its COMMIT's, maybe): nothing happened."""
    _local.lines = []
