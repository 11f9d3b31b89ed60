"""The garbage collector's policy for a process that holds the screening index and scores with it.

The loaded index and the names' data are about a million objects, and the scorer's caches add many more
as a process works (each name pair, word pair and party it met). CPython runs a full collection whenever a
quarter as many objects again have reached the oldest generation, and each one walks all of them to find
almost no garbage: in resolution's workers seven full passes cost 3.9 s of 34 s CPU over 8,000 records
(a served app: 0.5-0.8 s each with the event loop stopped). So what is loaded is frozen (never walked
again; a frozen object that loses its last reference is still freed), and a full pass waits for
``FULL_COLLECTION_EVERY`` passes over the middle generation. The young generations are collected as before,
where nearly all of the scorer's cyclic garbage is found.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

FULL_COLLECTION_EVERY = 1000  # passes over the middle generation per full collection (CPython's default: 10)


def keep_loaded_out_of_full_collections() -> None:
    """Freeze what the process holds now and make full collections rare, for the rest of its life: for a
    served app once it has loaded the index, and for a worker forked to score (``Pool(initializer=...)``)."""
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


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
