"""One party against the candidate index: retrieve, estimate, compare in full; the pure core of screening.

The index proposes candidates (``CANDIDATES``, more for a higher limit) with the names of each that
retrieved it; those the reader may not read are dropped before anything is computed about them; a cheap
estimate (``Scorer.quick``) orders the rest and drops those that cannot come near a match; the best
``FULL_COMPARISONS`` are compared in full, and those scoring at least ``REPORT_FLOOR`` are returned.
"""

from __future__ import annotations

from collections.abc import Callable

from epoc.matching.index import CandidateIndex, Entry
from epoc.matching.party import Party
from epoc.matching.scorer import Comparison, Scorer
from epoc.model import Marking

CANDIDATES = 15  # records the index proposes per party
QUICK_FLOOR = 0.5  # candidates whose quick name estimate is below this are not compared in full
FULL_COMPARISONS = 8  # at most this many candidates per party are compared in full
REPORT_FLOOR = 0.5  # candidates scoring below this are not reported


def best_candidates(
    index: CandidateIndex,
    scorer: Scorer,
    party: Party,
    threshold: float,
    limit: int,
    may_read: Callable[[Marking], bool] | None = None,
    skip: Callable[[Entry], bool] | None = None,
) -> list[tuple[Entry, Comparison]]:
    """The records that match ``party`` best, with their comparisons, best first; candidates ``skip``
    rejects (resolution's own source, say) are dropped before anything is computed about them."""
    shortlist: list[tuple[float, Entry, Party]] = []
    for _, entry, positions in index.search(party, max(CANDIDATES, limit * 3)):
        if may_read is not None and not may_read(entry.marking):
            continue
        if skip is not None and skip(entry):
            continue
        # the names that retrieved the candidate; all of its names when none did
        whole = entry.party
        if not positions or positions == tuple(range(len(whole.names))):
            candidate = whole  # every name, in order: no new party to make
        else:
            names = tuple(whole.names[p] for p in positions)
            candidate = Party(
                whole.schema, names, whole.countries, whole.birth_dates, whole.identifiers, whole.addresses
            )
        quick = scorer.quick(party, candidate)
        if quick >= QUICK_FLOOR:
            shortlist.append((quick, entry, candidate))
    shortlist.sort(key=lambda item: (-item[0], item[1].record_id))  # ties: by id, any process
    found: list[tuple[Entry, Comparison]] = []
    for _, entry, candidate in shortlist[: max(FULL_COMPARISONS, limit * 2)]:
        comparison = scorer.compare(party, candidate, threshold)
        if comparison.score >= REPORT_FLOOR:
            found.append((entry, comparison))
    found.sort(key=lambda item: (-item[1].score, item[0].record_id))
    return found
