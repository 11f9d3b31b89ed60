"""The screening engine as resolution uses it (``epoc.resolution.engine.Engine``): the one place that wires
``epoc.matching`` (the candidate index the screener keeps in step with the store, its scorer, and
``Party.from_record``) to resolution.
"""

from __future__ import annotations

from typing import Any

from epoc.matching.party import Party
from epoc.matching.scorer import Comparison
from epoc.matching.search import REPORT_FLOOR, candidate, estimate_floor, other_sources, shortlist
from epoc.resolution.engine import Engine
from epoc.services.list.resolve import Policy
from epoc.services.screening.screener import Screener
from epoc.settings import Settings
from epoc.store import Store

# Candidates each record asks for in resolution (each is compared in full up to twice this many). Measured on
# 500 random records of the real lists: 10 finds 99.3 % of the pairs scoring >= 0.9 that 20 finds (and a pair
# is asked from both of its records) at 5.6 ms a record instead of 14.5 ms.
PAIRS_PER_RECORD = 10


def default_engine(store: Store, settings: Settings) -> Engine[Any] | None:
    """The screening engine over this store, its index brought in step with the store's lists."""
    screener = Screener(store, settings.index_dir)
    screener.refresh()
    return Engine(
        candidates=screener.index,
        scorer=screener.scorer,
        to_party=Party.from_record,
        name="epoc.matching",
        search=ScreenerSearch(screener),
        limit=PAIRS_PER_RECORD,
    )


class ScreenerSearch:
    """The screener's own search (the index's pre-score, then full comparisons of the best few) as
    resolution's pair search, whole (``best``) or in its two steps (``shortlist``, ``compare_one``)."""

    def __init__(self, screener: Screener) -> None:
        self.screener = screener
        _ = screener.index.searchable  # merged once, before resolution forks its workers

    def best(self, party: Party, threshold: float, limit: int, source: str) -> list[tuple[str, Comparison]]:
        hits = self.screener.score(
            party, threshold, limit, skip=other_sources(source, party), floor=estimate_floor(threshold)
        )
        return [(hit.record_id, hit.comparison) for hit in hits]

    def shortlist(
        self, party: Party, threshold: float, limit: int, source: str
    ) -> list[tuple[str, tuple[int, ...]]]:
        """The records ``best`` compares in full, with the positions of the names it compares them by."""
        found = shortlist(
            self.screener.index,
            self.screener.scorer,
            party,
            limit,
            skip=other_sources(source, party),
            floor=estimate_floor(threshold),
        )
        return [(entry.record_id, positions) for entry, positions in found]

    def compare_one(
        self, party: Party, record_id: str, handle: tuple[int, ...], threshold: float
    ) -> Comparison | None:
        """``best``'s full comparison of the party with one record of its shortlist, None below its floor."""
        merged = self.screener.index.searchable
        assert merged is not None
        comparison = self.screener.scorer.compare(
            party, candidate(merged.entry_of(record_id), handle), threshold
        )
        return comparison if comparison.score >= REPORT_FLOOR else None


def policy(settings: Settings) -> Policy:
    return Policy(
        auto_threshold=settings.resolve_auto_threshold, review_threshold=settings.resolve_review_threshold
    )
