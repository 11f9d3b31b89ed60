"""The audit entries of concurrent requests, written together: one move of the chain's head and one
transaction for all the requests an event loop has ready, instead of one each.

A route that would append in a transaction of its own (a screening: its action is a read) hands its
request's entries to ``AuditBatch.write`` and awaits it: the entries are queued on the running event loop,
and written (``audit.record_many``) once the requests the loop is already running have queued theirs.
``write`` returns only once its entries are committed, so an answer still never leaves before its trail
entry, and a failed write fails every request of the batch.

One batch per event loop (tests run several apps and loops, each in its own thread): the queues are keyed
by loop and guarded by a lock; a loop's futures are set on that loop only. On SQLite the write is made in
the loop itself (a few hundred microseconds, cheaper than a thread hop); on PostgreSQL in a worker
thread, so that other requests go on during its round trips.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence

from starlette.concurrency import run_in_threadpool

from epoc.services import audit
from epoc.store import Store

_Pending = list[tuple[Sequence[audit.Event], asyncio.Future[None]]]


class AuditBatch:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.inline = store.dialect == "sqlite"
        self._lock = threading.Lock()
        self._pending: dict[asyncio.AbstractEventLoop, _Pending] = {}
        self._writing: set[asyncio.Task[None]] = set()  # held until done (a loop keeps weak references)
        self.batches = 0  # how many transactions, and entries, were written: for tests and benchmarks
        self.entries = 0

    async def write(self, events: Sequence[audit.Event]) -> None:
        """Append a request's entries to the trail (with those of other requests ready now); return when
        they are committed."""
        if not events:
            return
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()
        with self._lock:
            queue = self._pending.get(loop)
            if queue is None:
                queue = self._pending[loop] = []
                # after the callbacks the loop already has ready: the other requests in flight queue theirs
                loop.call_soon(self._flush, loop)
            queue.append((events, done))
        await done

    def _flush(self, loop: asyncio.AbstractEventLoop) -> None:
        with self._lock:
            queue = self._pending.pop(loop, [])
        if not queue:
            return
        if self.inline:
            self._commit(queue)
            return
        task = loop.create_task(self._commit_in_thread(queue))
        self._writing.add(task)
        task.add_done_callback(self._writing.discard)

    async def _commit_in_thread(self, queue: _Pending) -> None:
        try:
            await run_in_threadpool(self._append, queue)
        except Exception as exc:  # handed to every waiting request
            _settle(queue, exc)
            return
        _settle(queue, None)

    def _commit(self, queue: _Pending) -> None:
        try:
            self._append(queue)
        except Exception as exc:  # handed to every waiting request
            _settle(queue, exc)
            return
        _settle(queue, None)

    def _append(self, queue: _Pending) -> None:
        events = [e for events, _ in queue for e in events]
        audit.write(self.store, events)
        with self._lock:
            self.batches += 1
            self.entries += len(events)


def _settle(queue: _Pending, error: BaseException | None) -> None:
    for _, done in queue:
        if done.done():  # the request was cancelled (its client went away): its entry is written anyway
            continue
        if error is None:
            done.set_result(None)
        else:
            done.set_exception(error)
