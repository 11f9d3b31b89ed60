"""One party against the candidate index: retrieve, estimate, compare in full; the pure core of screening.

The index proposes candidates (``CANDIDATES``, more for a higher limit) with the names of each that
retrieved it; those the reader may not read are dropped before anything is computed about them; a cheap
estimate by letters (``Scorer.quick``) orders the rest and drops those that cannot come near a match; of
the best ``FULL_COMPARISONS``, those a closer estimate by words (``Scorer.estimate``) also passes are
compared in full, and those scoring at least ``REPORT_FLOOR`` are returned. Resolution, which keeps only
pairs at its threshold, asks the word estimate for more (``estimate_floor``).
``shortlist`` is the first step alone (everything but the full comparisons), ``candidate`` the party a
shortlisted entry is compared as.
"""

from __future__ import annotations

from collections.abc import Callable

from epoc.matching.index import CandidateIndex, Entry, fetched_by_sound
from epoc.matching.party import Party
from epoc.matching.scorer import Comparison, Scorer
from epoc.model import Marking
from epoc.names.acronyms import written_as_acronym

CANDIDATES = 15  # records the index proposes per party
# ... and for a person named by sound in characters, Hangul or Cyrillic, whose foreign names the index
# fetches by consonant classes many listed names share (``index.fetched_by_sound``), more, which the quick
# estimate reads as transcriptions. Dev Han pairs against their 5,000 Latin names, the listed name among
# the candidates: 62 % (letters alone, 15) -> 72 % (classes, 15) -> 87 % (classes, 60)
CANDIDATES_BY_SOUND = 60
QUICK_FLOOR = 0.5  # candidates either estimate of the names puts below this are not compared in full
FULL_COMPARISONS = 8  # at most this many candidates per party are compared in full
# ... and more for a person named by sound (``CANDIDATES_BY_SOUND``): the quick estimate, consonant classes
# meeting, ties many candidates. Dev pairs (bench/transcribed_retrieval.py), found by screening at 8 / 20 /
# 30: Han 0.72 / 0.81 / 0.85, Hangul 0.93 / 0.95 / 0.97, Cyrillic 0.95 / 0.98 / 0.98; such a query takes
# 10-40 ms (most queries are in Latin letters and compare 8)
FULL_COMPARISONS_BY_SOUND = 30
REPORT_FLOOR = 0.5  # candidates scoring below this are not reported
# Resolution keeps only pairs scoring its threshold or more, so its word estimate may ask more: the estimate
# fell short of the full score by at most 0.083 on the 10,200 shortlisted pairs of 10,000 random real
# records that score 0.7 or more in full (countries and dates add to the names), hence a margin of 0.1.
ESTIMATE_MARGIN = 0.1


def estimate_floor(threshold: float) -> float:
    """The word estimate a candidate must reach to be compared in full when only scores of ``threshold``
    or more are wanted (resolution); screening reports from ``REPORT_FLOOR`` and asks ``QUICK_FLOOR``."""
    return max(QUICK_FLOOR, threshold - ESTIMATE_MARGIN)


def other_sources(source: str, party: Party) -> Callable[[Entry], bool]:
    """Resolution's skip rule for a record of ``source``: the entries of its own source are left out (a
    source lists a party once), except a row the source repeats word for word (the same party; the caller
    drops the record itself)."""
    prefix = f"{source}:"
    return lambda entry: entry.record_id.startswith(prefix) and not entry.party.repeats(party)


def best_candidates(
    index: CandidateIndex,
    scorer: Scorer,
    party: Party,
    threshold: float,
    limit: int,
    may_read: Callable[[Marking], bool] | None = None,
    skip: Callable[[Entry], bool] | None = None,
    floor: float = QUICK_FLOOR,
) -> list[tuple[Entry, Comparison]]:
    """The records that match ``party`` best, with their comparisons, best first; candidates ``skip``
    rejects (resolution's own source, say) are dropped before anything is computed about them, and those
    the word estimate puts below ``floor``."""
    found: list[tuple[Entry, Comparison]] = []
    for entry, positions, listed in _shortlisted(index, scorer, party, limit, may_read, skip, floor):
        comparison = scorer.compare(party, listed, threshold)
        if positions and (comparison.how == "acronym" or written_as_acronym(comparison.matched_name)):
            # an acronym is judged beside every name of its record: they may spell it out as another name
            comparison = scorer.compare(party, entry.party, threshold)
        elif positions and REPORT_FLOOR <= comparison.score < threshold:
            # a near miss on the names that retrieved it: its other names may meet the query better (a typo
            # that fetched the record by one spelling of the name and is closest to another)
            whole = scorer.compare(party, entry.party, threshold)
            if whole.score > comparison.score:
                comparison = whole
        if comparison.score >= REPORT_FLOOR:
            found.append((entry, comparison))
    found.sort(key=lambda item: (-item[1].score, item[0].record_id))
    return found


def shortlist(
    index: CandidateIndex,
    scorer: Scorer,
    party: Party,
    limit: int,
    may_read: Callable[[Marking], bool] | None = None,
    skip: Callable[[Entry], bool] | None = None,
    floor: float = QUICK_FLOOR,
) -> list[tuple[Entry, tuple[int, ...]]]:
    """The candidates ``best_candidates`` compares in full, with the positions of the names of each that
    retrieved it (``()``: all of them); the first step of ``best_candidates`` alone, for a caller that
    compares them itself (resolution compares a pair both of whose records shortlist each other once)."""
    return [
        (entry, positions)
        for entry, positions, _ in _shortlisted(index, scorer, party, limit, may_read, skip, floor)
    ]


def _shortlisted(
    index: CandidateIndex,
    scorer: Scorer,
    party: Party,
    limit: int,
    may_read: Callable[[Marking], bool] | None,
    skip: Callable[[Entry], bool] | None,
    floor: float,
) -> list[tuple[Entry, tuple[int, ...], Party]]:
    """``shortlist``, with the party each candidate is compared as: made once, for both estimates and
    the full comparison."""
    ranked: list[tuple[float, int, Entry, tuple[int, ...], Party]] = []
    by_sound = fetched_by_sound(party)
    wanted = max(CANDIDATES_BY_SOUND if by_sound else CANDIDATES, limit * 3)
    for rank, (_, entry, retrieved) in enumerate(index.search(party, wanted)):
        if may_read is not None and not may_read(entry.marking):
            continue
        if skip is not None and skip(entry):
            continue
        # the names that retrieved the candidate; all of its names when none did
        positions = () if retrieved == tuple(range(len(entry.party.names))) else retrieved
        listed = candidate(entry, positions)
        quick = scorer.quick(party, listed)
        if quick >= QUICK_FLOOR:
            ranked.append((quick, rank, entry, positions, listed))
    # ties (the quick estimate is a bound, often 1.0 for many): the order retrieval found them in, which is
    # the same in any process; by record id, a name the query spells exactly could fall behind twenty others
    ranked.sort(key=lambda item: (-item[0], item[1]))
    # the closer estimate only spares full comparisons: what it passes is compared as before
    return [
        (entry, positions, listed)
        for _, _, entry, positions, listed in ranked[
            : max(FULL_COMPARISONS_BY_SOUND if by_sound else FULL_COMPARISONS, limit * 2)
        ]
        if scorer.estimate(party, listed, floor) >= floor
    ]


def candidate(entry: Entry, positions: tuple[int, ...]) -> Party:
    """The entry's party as the search compares it: the names at ``positions`` (all of them for ``()``)."""
    whole = entry.party
    if not positions:
        return whole  # every name, in order: no new party to make
    names = tuple(whole.names[p] for p in positions)
    return Party(whole.schema, names, whole.countries, whole.birth_dates, whole.identifiers, whole.addresses)
