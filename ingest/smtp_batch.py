"""Group commit for the SMTP door: messages that arrive together share one transaction.

One commit runs at a time. Messages whose DATA ends while it runs wait and
go together into the next one (at most `max_batch`, optionally after a short
`window` to gather more), so under load the door pays one fsync and one
round of Python per batch instead of per message, and an idle door adds no
delay at all. Every sender's future resolves only after the commit holding
its message: the 250 still means "committed".
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from ingest.accept import Accepted
from ingest.envelope import Envelope
from storage import StorageUnavailable

log = logging.getLogger(__name__)

Batch = Sequence[tuple[bytes, Envelope]]
AcceptManyFn = Callable[[Batch], list[Accepted]]


class GroupCommitter:
    """Collects (bytes, envelope) pairs on one event loop and commits them in batches."""

    def __init__(self, accept_many: AcceptManyFn, *, window: float, max_batch: int) -> None:
        self._accept_many = accept_many
        self._window = window
        self._max = max(1, max_batch)
        self._pending: list[tuple[bytes, Envelope, asyncio.Future[Accepted]]] = []
        self._running = False
        # One thread: commits are serial anyway, and the loop's default pool
        # is shared with whatever else runs there.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="smtp-commit")

    async def submit(self, raw: bytes, envelope: Envelope) -> Accepted:
        """Store one message; returns after the commit that holds it (or raises)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Accepted] = loop.create_future()
        self._pending.append((raw, envelope, future))
        if not self._running:
            self._running = True
            loop.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        try:
            while self._pending:
                if self._window > 0 and len(self._pending) < self._max:
                    await asyncio.sleep(self._window)
                batch, self._pending = self._pending[: self._max], self._pending[self._max :]
                await self._commit(batch)
        finally:
            self._running = False

    async def _commit(self, batch: list[tuple[bytes, Envelope, asyncio.Future[Accepted]]]) -> None:
        loop = asyncio.get_running_loop()
        pairs = [(raw, env) for raw, env, _ in batch]
        try:
            results = await loop.run_in_executor(self._pool, self._accept_many, pairs)
        except StorageUnavailable as exc:
            for *_, future in batch:
                _settle(future, exc=exc)
            return
        except Exception as exc:
            if len(batch) == 1:
                _settle(batch[0][2], exc=exc)
                return
            # Something in one message broke the batch: commit each alone, so
            # one bad message does not make its neighbours wait or fail.
            log.warning("group commit of %s failed (%r); committing one by one", len(batch), exc)
            for item in batch:
                await self._commit([item])
            return
        for (*_, future), result in zip(batch, results, strict=True):
            _settle(future, result=result)

    def close(self) -> None:
        self._pool.shutdown(wait=True)


def _settle(
    future: asyncio.Future[Accepted],
    *,
    result: Accepted | None = None,
    exc: BaseException | None = None,
) -> None:
    if future.done():  # the client went away and the wait was cancelled
        return
    if exc is not None:
        future.set_exception(exc)
    elif result is not None:
        future.set_result(result)
