"""The garbage collector's policy for a process that holds the screening index and scores with it.

The loaded index and the names' data are about a million objects, and the scorer's caches add many more
as a process works (each name pair, word pair and party it met). CPython runs a full collection whenever a
quarter as many objects again have reached the oldest generation, and each one walks all of them to find
almost no garbage: in resolution's workers seven full passes cost 3.9 s of 34 s CPU over 8,000 records
(a served app: 0.5-0.8 s each with the event loop stopped). So a full pass waits for
``FULL_COLLECTION_EVERY`` passes over the middle generation; the young generations are collected as before,
where nearly all of the scorer's cyclic garbage is found. A served app also freezes what it loaded (never
walked again; a frozen object that loses its last reference is still freed). A forked worker does not:
freezing rewrites every inherited object's header, so the worker would copy its parent's whole heap.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

FULL_COLLECTION_EVERY = 1000  # passes over the middle generation per full collection (CPython's default: 10)


def collect_in_full_rarely() -> None:
    """Make full collections rare for the rest of the process's life: a worker forked to score
    (``Pool(initializer=...)``)."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


def scoring_pool(workers: int) -> Any:
    """Forked workers that inherit what this process loaded (the index) and collect in full rarely."""
    return multiprocessing.get_context("fork").Pool(workers, initializer=collect_in_full_rarely)


def freeze_loaded() -> None:
    """Freeze what the process holds now and make full collections rare: a served app once it has loaded
    the index."""
    gc.freeze()
    collect_in_full_rarely()


@contextmanager
def full_collections_rare() -> Iterator[None]:
    """Full collections rare for one batch (a resolution) in a process that goes on after it, as they were
    after. Nothing is frozen: a process (a served app) may have frozen its own long-lived objects."""
    young, middle, full = gc.get_threshold()
    gc.set_threshold(young, middle, max(full, FULL_COLLECTION_EVERY))
    try:
        yield
    finally:
        gc.set_threshold(young, middle, full)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No collection at all while a big graph of long-lived objects is built (the saved index unpickled, the
    entity of every indexed record read, the transliterators' tables): the passes the new objects trigger
    walk the growing heap and free nothing (`epoc screen` on the real lists: 0.5 s of its start)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
