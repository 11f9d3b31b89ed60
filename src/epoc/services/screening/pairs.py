"""Resolution's pairs by the engine's own search (its candidates, already scored), on every core.

Each record is asked of the engine as a screening query would be; the index, loaded once in the parent, is
shared copy-on-write by the forked workers, and only the scored pairs travel back. On a Dask cluster
(``cluster``) the index is scattered to every worker once and the records go in chunks, one task each.

Pairs are gathered in the order of the records' ids whatever runs them, so that a pair asked from both of
its records keeps the same score (the first asked), and the clusters are the same on one process, on
forked workers or on Dask.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from epoc.matching.index import CandidateIndex
from epoc.matching.party import Party
from epoc.matching.search import best_candidates
from epoc.model import Record
from epoc.resolution.engine import Engine, ScoredPair
from epoc.services.screening.cluster import DaskCluster, process_scorer

PARALLEL_FROM = 2000  # fewer records are not worth the fork
_JOB: tuple[Engine[Any], dict[str, Record], float] | None = None


def search_pairs(
    engine: Engine[Any],
    records: dict[str, Record],
    threshold: float,
    progress: Callable[[str, int, int], None] | None = None,
    workers: int | None = None,
    cluster: DaskCluster | None = None,
) -> list[ScoredPair]:
    """Every pair of one of ``records`` with a record of another source scoring at least ``threshold``."""
    ids = sorted(records)
    workers = workers or os.cpu_count() or 1
    found: dict[tuple[str, str], ScoredPair] = {}
    if cluster is not None and isinstance(engine.candidates, CandidateIndex):
        for part in _on_dask(cluster, engine.candidates, engine.limit, records, ids, threshold, progress):
            for pair in part:
                found.setdefault((pair.left, pair.right), pair)
    elif workers > 1 and len(ids) >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
        global _JOB  # noqa: PLW0603  (handed to the forked workers; set and cleared here only)
        _JOB = (engine, records, threshold)
        size = max(200, len(ids) // (workers * 16))
        chunks = [ids[i : i + size] for i in range(0, len(ids), size)]
        done = 0
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                for part in pool.imap(_work, chunks):
                    for pair in part:
                        found.setdefault((pair.left, pair.right), pair)
                    done += size
                    if progress:
                        progress("scoring", min(done, len(ids)), len(ids))
        finally:
            _JOB = None
    else:
        for index, record_id in enumerate(ids):
            for pair in _pairs_of(engine, records[record_id], threshold):
                found.setdefault((pair.left, pair.right), pair)
            if progress and index % 500 == 0:
                progress("scoring", index, len(ids))
    return list(found.values())


def _work(chunk: Sequence[str]) -> list[ScoredPair]:
    assert _JOB is not None
    engine, records, threshold = _JOB
    return [pair for record_id in chunk for pair in _pairs_of(engine, records[record_id], threshold)]


def _pairs_of(engine: Engine[Any], record: Record, threshold: float) -> list[ScoredPair]:
    assert engine.search is not None
    out = []
    # two entries of one source are never merged by score (but a row repeated word for word is one), so
    # the search leaves them out before comparing anything in full; the engine already keeps persons
    # from companies
    for other_id, scored in engine.search.best(
        engine.to_party(record), threshold, engine.limit, record.source
    ):
        if other_id != record.id:
            out.append(ScoredPair.of(record.id, other_id, scored))
    return out


DASK_CHUNK = 500  # records per task


def _on_dask(
    cluster: DaskCluster,
    index: CandidateIndex,
    limit: int,
    records: dict[str, Record],
    ids: list[str],
    threshold: float,
    progress: Callable[[str, int, int], None] | None,
) -> Iterator[list[ScoredPair]]:
    merged = index.searchable
    shipped = cluster.broadcast(CandidateIndex([merged] if merged is not None else []))
    chunks = [ids[i : i + DASK_CHUNK] for i in range(0, len(ids), DASK_CHUNK)]
    futures = [
        cluster.client.submit(
            pairs_of_records, shipped, [records[i] for i in chunk], threshold, limit, pure=False
        )
        for chunk in chunks
    ]
    for number, future in enumerate(futures):
        yield future.result()
        if progress:
            progress("scoring", min((number + 1) * DASK_CHUNK, len(ids)), len(ids))


def pairs_of_records(
    index: CandidateIndex, records: list[Record], threshold: float, limit: int
) -> list[ScoredPair]:
    """A worker's task: each record asked of the index as ``ScreenerSearch.best`` asks it (its own source
    left out), the pairs in the records' order."""
    scorer = process_scorer()
    out = []
    for record in records:
        prefix = f"{record.source}:"
        for entry, comparison in best_candidates(
            index,
            scorer,
            Party.from_record(record),
            threshold,
            limit,
            skip=lambda entry, prefix=prefix: entry.record_id.startswith(prefix),  # type: ignore[misc]
        ):
            out.append(ScoredPair.of(record.id, entry.record_id, comparison))
    return out
