"""Resolution in the background after a web upload: a list uploaded on the web, or a record created from a
mention, reaches the list of entities without anyone running `epoc resolve`.

``BackgroundResolver.request()`` returns at once; one worker thread per process runs an incremental
``resolve`` (what changed since the last run), and requests that arrive while it runs are folded into one
more run after it. Runs of every process and of the command line are kept one at a time by ``resolve``'s
own lock (``Store.exclusive``: a PostgreSQL advisory lock, or a lock file beside the SQLite database): a run
that waited for another starts from what that one left, so it resolves only what is still new.

Whether anything waits to be resolved is read from the store (a list's current version newer than the last
run saw), so that any server process answers the page's "resolving… / added to the list" the same way.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from epoc.services.list.resolve import ResolveReport, resolve
from epoc.services.screening.engine import default_engine, policy
from epoc.settings import Settings
from epoc.store import Store
from epoc.store.entities import EntityRepository

log = logging.getLogger("epoc.resolve")


@dataclass(frozen=True, slots=True)
class ResolutionStatus:
    pending: bool  # a list changed since the last resolution: its records are not all entities yet
    running: bool  # this process is resolving now (or will at once)
    error: str | None  # the last background run of this process failed (the server log says more)

    @property
    def state(self) -> str:
        if self.error and not self.running:
            return "failed"
        return "resolving" if self.pending or self.running else "done"


def resolution_pending(store: Store) -> bool:
    """Whether some list's current version is newer than the last resolution saw."""
    with store.read() as conn:
        repo = EntityRepository(conn)
        last = repo.last_run()
        seen = dict(last.seen_versions) if last is not None else {}
        return any(version > seen.get(key, 0) for key, version in repo.current_versions().items())


class BackgroundResolver:
    def __init__(
        self, store: Store, settings: Settings, after: Callable[[ResolveReport], None] | None = None
    ) -> None:
        self.store = store
        self.settings = settings
        self.after = after  # told each finished run (the web app: screen against the new entities)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="epoc-resolve")
        self._lock = threading.Lock()
        self._queued: Future[None] | None = None  # a run not started yet: later requests join it
        self._running = 0
        self.error: str | None = None

    def request(self) -> None:
        """Resolve what changed, soon, in the background (one run for any number of requests meanwhile)."""
        with self._lock:
            if self._queued is not None and not self._queued.running() and not self._queued.done():
                return
            # in a copy of the caller's context: the run is on the trail as coming from where it was asked
            self._queued = self._pool.submit(contextvars.copy_context().run, self._run)

    def status(self) -> ResolutionStatus:
        with self._lock:
            running = self._running > 0 or (self._queued is not None and not self._queued.done())
        return ResolutionStatus(resolution_pending(self.store), running, self.error)

    def wait(self, timeout: float = 120) -> None:
        """Block until the runs asked for so far have ended (tests, scripts)."""
        with self._lock:
            queued = self._queued
        if queued is not None:
            queued.result(timeout)

    def _run(self) -> None:
        with self._lock:
            self._running += 1
        try:
            report = resolve(self.store, default_engine(self.store, self.settings), policy(self.settings))
            self.error = None
            log.info("resolved in the background: %s", report.to_json())
            if self.after is not None:
                self.after(report)
        except Exception as exc:  # a thread's failure must reach the page, not vanish
            log.exception("background resolution failed")
            self.error = f"{exc.__class__.__name__}: the administrators can find it in the server log"
        finally:
            with self._lock:
                self._running -= 1
