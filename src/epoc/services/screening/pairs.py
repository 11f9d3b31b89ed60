"""Resolution's pairs by the engine's own search (its candidates, already scored), on every core.

Each record is asked of the engine as a screening query would be; the index, loaded once in the parent, is
shared copy-on-write by the forked workers, and only the scored pairs travel back.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any

from epoc.model import Record
from epoc.resolution.engine import Engine, ScoredPair

PARALLEL_FROM = 2000  # fewer records are not worth the fork
_JOB: tuple[Engine[Any], dict[str, Record], float] | None = None


def search_pairs(
    engine: Engine[Any],
    records: dict[str, Record],
    threshold: float,
    progress: Callable[[str, int, int], None] | None = None,
    workers: int | None = None,
) -> list[ScoredPair]:
    """Every pair of one of ``records`` with a record of another source scoring at least ``threshold``."""
    ids = sorted(records)
    workers = workers or os.cpu_count() or 1
    found: dict[tuple[str, str], ScoredPair] = {}
    if workers > 1 and len(ids) >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
        global _JOB  # noqa: PLW0603  (handed to the forked workers; set and cleared here only)
        _JOB = (engine, records, threshold)
        size = max(200, len(ids) // (workers * 16))
        chunks = [ids[i : i + size] for i in range(0, len(ids), size)]
        done = 0
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                for part in pool.imap_unordered(_work, chunks):
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
