"""The garbage collector's policy for processes that hold the index (``epoc.services.screening.heap``)."""

from __future__ import annotations

import gc
import multiprocessing

from epoc.services.screening.heap import (
    FULL_COLLECTION_EVERY,
    collect_in_full_rarely,
    full_collections_rare,
)


def test_a_batch_makes_full_collections_rare_and_leaves_them_as_they_were():
    before = gc.get_threshold()
    with full_collections_rare():
        assert gc.get_threshold() == (before[0], before[1], max(before[2], FULL_COLLECTION_EVERY))
    assert gc.get_threshold() == before


def test_a_batch_restores_the_collector_when_it_fails():
    before = gc.get_threshold()
    try:
        with full_collections_rare():
            raise RuntimeError("the batch failed")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before


def _worker_state(_: int) -> tuple[int, int]:
    return gc.get_threshold()[2], gc.get_freeze_count()


def test_a_forked_worker_collects_in_full_rarely_without_touching_what_it_inherits():
    held = [{"name": str(i)} for i in range(10_000)]  # what the parent loaded (an index, say)
    before = gc.get_threshold(), gc.get_freeze_count()
    context = multiprocessing.get_context("fork")
    with context.Pool(1, initializer=collect_in_full_rarely) as pool:
        full, frozen = pool.map(_worker_state, [0])[0]
    assert full == FULL_COLLECTION_EVERY
    # freezing would rewrite every inherited object's header: the worker would copy its parent's heap
    assert frozen == before[1]
    assert (gc.get_threshold(), gc.get_freeze_count()) == before  # the parent's collector is its own
    assert len(held) == 10_000
