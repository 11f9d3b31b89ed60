"""A Dask cluster to score on: the one at a scheduler's address, or a ``LocalCluster`` started here.

Dask is optional (``pip install 'epoc[dask]'``): asking for a cluster without it says so in one line.
"""

from __future__ import annotations

import importlib
from typing import Any

from epoc.matching.scorer import Scorer, default_scorer
from epoc.model import EpocError

NO_DASK = "--workers and --scheduler need Dask: pip install 'epoc[dask]'"


def require_dask() -> Any:
    """The ``dask.distributed`` module, or the one-line error saying how to get it."""
    try:
        return importlib.import_module("dask.distributed")
    except ImportError:
        raise EpocError(NO_DASK) from None


_SCORER: Scorer | None = None


def process_scorer() -> Scorer:
    """The default scorer, made once per process (a worker's tasks share it)."""
    global _SCORER  # noqa: PLW0603  (one per process, built on first use)
    if _SCORER is None:
        _SCORER = default_scorer()
    return _SCORER


class DaskCluster:
    """A client of the cluster at ``scheduler``, or of a ``LocalCluster`` of ``workers`` processes (threads
    when ``processes`` is false: tests) that ``close()`` stops."""

    def __init__(
        self, scheduler: str | None = None, workers: int | None = None, processes: bool = True
    ) -> None:
        distributed = require_dask()
        self._local: Any = None
        if scheduler is not None:
            try:
                self.client: Any = distributed.Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise EpocError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        else:
            self._local = distributed.LocalCluster(
                n_workers=workers or 1,
                threads_per_worker=1,
                processes=processes,
                dashboard_address=":0",  # any free port: another cluster may hold 8787
                silence_logs=50,
            )
            self.client = distributed.Client(self._local)
        workers_info = self.client.scheduler_info()["workers"].values()
        self.slots = max(1, sum(w.get("nthreads", 1) for w in workers_info))

    def broadcast(self, value: Any) -> Any:
        """``value`` sent to every worker once; tasks take the returned future in its place."""
        return self.client.scatter(value, broadcast=True, hash=False)

    def close(self) -> None:
        self.client.close()
        if self._local is not None:
            self._local.close()

    def __enter__(self) -> DaskCluster:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
