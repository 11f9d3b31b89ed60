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
from contextlib import contextmanager
from typing import Any, TypeVar

from epoc.matching.index import CandidateIndex
from epoc.matching.party import Party
from epoc.matching.search import best_candidates, estimate_floor, other_sources
from epoc.model import Record
from epoc.resolution.engine import Engine, PairShortlist, ScoredPair
from epoc.services.screening.cluster import DaskCluster, process_scorer
from epoc.services.screening.heap import scoring_pool

PARALLEL_FROM = 2000  # fewer records are not worth the fork
_JOB: tuple[Engine[Any], dict[str, Record], float] | None = None

# one side of a pair to compare: the record asking, the record it shortlisted, the engine's handle
_Side = tuple[str, str, Any]
# a pair found: the record whose side it was found from, the other, the unrounded score (the order of the
# asker's pairs), the pair
_Found = tuple[str, str, float, ScoredPair]


def search_pairs(
    engine: Engine[Any],
    records: dict[str, Record],
    threshold: float,
    progress: Callable[[str, int, int], None] | None = None,
    workers: int | None = None,
    cluster: DaskCluster | None = None,
) -> list[ScoredPair]:
    """Every pair of one of ``records`` with a record of another source that the engine's search reports
    (asked of each record, at ``threshold``), in the order asking each record in turn gives."""
    ids = sorted(records)
    workers = workers or os.cpu_count() or 1
    found: dict[tuple[str, str], ScoredPair] = {}
    if cluster is not None and isinstance(engine.candidates, CandidateIndex):
        for part in _on_dask(cluster, engine.candidates, engine.limit, records, ids, threshold, progress):
            for pair in part:
                found.setdefault((pair.left, pair.right), pair)
        return list(found.values())
    parallel = workers > 1 and len(ids) >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods()
    if not isinstance(engine.search, PairShortlist):
        with _workers(engine, records, threshold, workers, parallel) as pool:
            for part in _run(_work, _chunks(ids, workers), pool, progress):
                for pair in part:
                    found.setdefault((pair.left, pair.right), pair)
        return list(found.values())
    return _in_two_steps(engine, records, ids, threshold, workers, parallel, progress)


def _in_two_steps(
    engine: Engine[Any],
    records: dict[str, Record],
    ids: list[str],
    threshold: float,
    workers: int,
    parallel: bool,
    progress: Callable[[str, int, int], None] | None,
) -> list[ScoredPair]:
    """Each record's shortlist first, then each pair compared once: asking every record in turn and keeping
    a pair's first score compares a pair the two records shortlist each other twice, though the second
    comparison counts only when the first found nothing. The pairs come out as that would give them.

    Both steps run on one set of forked workers: what a worker learnt in the first (the index entries it
    unpacked with their analysed names, the words it compared) serves it in the second."""
    with _workers(engine, records, threshold, workers, parallel) as pool:
        shortlists: list[tuple[str, list[tuple[str, Any]]]] = []
        for part in _run(_shortlists, _chunks(ids, workers), pool, progress):
            shortlists.extend(part)
        # the sides of each pair, in the order of the records asking (the first asked first)
        sides: dict[tuple[str, str], list[_Side]] = {}
        for record_id, shortlist in shortlists:
            for other_id, handle in shortlist:
                key = (record_id, other_id) if record_id < other_id else (other_id, record_id)
                sides.setdefault(key, []).append((record_id, other_id, handle))
        # pairs of alike names side by side, so that the name comparisons they share are cached
        captions = {record_id: record.caption for record_id, record in records.items()}
        tasks = sorted(sides.values(), key=lambda pair: sorted(captions.get(r, r) for r in pair[0][:2]))
        size = max(200, len(tasks) // (workers * 16))
        chunks = [tasks[i : i + size] for i in range(0, len(tasks), size)]
        by_asker: dict[str, list[tuple[float, str, ScoredPair]]] = {}
        for compared in _run(_compare, chunks, pool, progress):
            for asker, other_id, score, pair in compared:
                by_asker.setdefault(asker, []).append((-score, other_id, pair))
    out: list[ScoredPair] = []
    for record_id in ids:
        out.extend(pair for _, _, pair in sorted(by_asker.get(record_id, ()), key=lambda f: f[:2]))
    return out


def _chunks(ids: list[str], workers: int) -> list[list[str]]:
    size = max(200, len(ids) // (workers * 16))
    return [ids[i : i + size] for i in range(0, len(ids), size)]


_T = TypeVar("_T")
_R = TypeVar("_R")


@contextmanager
def _workers(
    engine: Engine[Any], records: dict[str, Record], threshold: float, workers: int, parallel: bool
) -> Iterator[Any]:
    """Forked workers that share the engine's index copy-on-write (None: work here), for every step of
    one search."""
    global _JOB  # noqa: PLW0603  (handed to the forked workers; set and cleared here only)
    _JOB = (engine, records, threshold)
    try:
        if parallel:
            with scoring_pool(workers) as pool:  # they end with the search
                yield pool
        else:
            yield None
    finally:
        _JOB = None


def _run(
    work: Callable[[Sequence[_T]], list[_R]],
    chunks: list[list[_T]],
    pool: Any,
    progress: Callable[[str, int, int], None] | None,
) -> Iterator[list[_R]]:
    """``work`` over the chunks, in their order: on the workers of ``pool``, or here (None)."""
    stage = "scoring" if work is not _shortlists else "candidates"
    total = sum(len(chunk) for chunk in chunks)
    done = 0
    parts = pool.imap(work, chunks) if pool is not None else (work(chunk) for chunk in chunks)
    for number, part in enumerate(parts):
        yield part
        done += len(chunks[number])
        if progress:
            progress(stage, done, total)


def _work(chunk: Sequence[str]) -> list[ScoredPair]:
    assert _JOB is not None
    engine, records, threshold = _JOB
    return [pair for record_id in chunk for pair in _pairs_of(engine, records[record_id], threshold)]


def _shortlists(chunk: Sequence[str]) -> list[tuple[str, list[tuple[str, Any]]]]:
    """The first step: each record's shortlist (the record itself left out)."""
    assert _JOB is not None
    engine, records, threshold = _JOB
    assert isinstance(engine.search, PairShortlist)
    out = []
    for record_id in chunk:
        record = records[record_id]
        found = engine.search.shortlist(engine.to_party(record), threshold, engine.limit, record.source)
        out.append((record_id, [(other_id, handle) for other_id, handle in found if other_id != record_id]))
    return out


def _compare(chunk: Sequence[list[_Side]]) -> list[_Found]:
    """The second step: each pair from its sides in turn until one is reported."""
    assert _JOB is not None
    engine, records, threshold = _JOB
    search = engine.search
    assert isinstance(search, PairShortlist)
    parties: dict[str, Any] = {}
    out: list[_Found] = []
    for sides in chunk:
        for asker, other_id, handle in sides:
            party = parties.get(asker)
            if party is None:
                party = parties[asker] = engine.to_party(records[asker])
            scored = search.compare_one(party, other_id, handle, threshold)
            if scored is not None:
                out.append((asker, other_id, float(scored.score), ScoredPair.of(asker, other_id, scored)))
                break
    return out


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
    left out but for a row it repeats), the pairs in the records' order."""
    scorer = process_scorer()
    floor = estimate_floor(threshold)
    out = []
    for record in records:
        party = Party.from_record(record)
        skip = other_sources(record.source, party)
        found = best_candidates(index, scorer, party, threshold, limit, skip=skip, floor=floor)
        for entry, comparison in found:
            if entry.record_id != record.id:  # a repeated row is offered, and so is the row itself
                out.append(ScoredPair.of(record.id, entry.record_id, comparison))
    return out
