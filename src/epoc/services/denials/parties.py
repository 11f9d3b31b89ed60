"""Is this the same party as one a denial names? Asked of the screening engine's scorer, never of a string
ratio, so that a name in another spelling or script is found and every match comes with its explanation."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from epoc.matching.index import CandidateIndex
from epoc.matching.party import Party
from epoc.matching.scorer import Comparison, FeatureScore, Scorer
from epoc.matching.search import QUICK_FLOOR, best_candidates
from epoc.model import Marking


@dataclass(frozen=True, slots=True)
class PartyMatch:
    """A denial's party the engine found to be the query's party."""

    role: str  # the denial party's role: consignee, end_user, intermediary
    name: str  # the denial's name as written
    matched_name: str  # which of its names met
    query_name: str
    score: float
    explanation: tuple[FeatureScore, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "name": self.matched_name,
            "denied_party": self.name,
            "query_name": self.query_name,
            "score": round(self.score, 4),
            "explanation": [f.to_json() for f in self.explanation],
        }


def denial_party(entry: Mapping[str, Any]) -> Party:
    """A denial's stored party (name, aliases, country) as the engine's ``Party``."""
    names = [entry["name"], *(entry.get("aliases") or [])]
    return Party.from_query({"names": names, "countries": [entry["country"]] if entry.get("country") else []})


def best_party_match(
    scorer: Scorer, query: Party, parties: Iterable[Mapping[str, Any]], roles: frozenset[str] | None = None
) -> PartyMatch | None:
    """The denial party (of ``roles``, default all) the scorer matches best to ``query`` at or above its
    threshold, or None. The cheap estimate screening uses drops the hopeless ones first."""
    best: PartyMatch | None = None
    for entry in parties:
        if roles is not None and entry["role"] not in roles:
            continue
        other = denial_party(entry)
        if scorer.quick(query, other) < QUICK_FLOOR:
            continue
        comparison = scorer.compare(query, other)
        if not comparison.match or (best is not None and comparison.score <= best.score):
            continue
        best = party_match(entry, comparison)
    return best


# -- the denials' part of the screening index ---------------------------------------------------------
DENIAL_SOURCE_PREFIX = "denial-"  # every denial is a source of its own (``notifications.source_key``)
DENIAL_CANDIDATES = 5  # the best denial parties kept per query party (up to 10 are compared in full)
_VIEWS: weakref.WeakKeyDictionary[CandidateIndex, tuple[tuple[tuple[str, int], ...], CandidateIndex]] = (
    weakref.WeakKeyDictionary()
)


def denial_index(index: CandidateIndex) -> CandidateIndex:
    """The denials' segments of the screener's index as an index of their own, so that a party is looked
    for among the denials' parties only (the whole list cannot crowd them out); kept while unchanged."""
    versions = tuple(
        sorted((k, s.version) for k, s in index.segments.items() if k.startswith(DENIAL_SOURCE_PREFIX))
    )
    cached = _VIEWS.get(index)
    if cached is not None and cached[0] == versions:
        return cached[1]
    view = CandidateIndex(index.segments[key] for key, _ in versions)
    _ = view.searchable  # merged once, here
    _VIEWS[index] = (versions, view)
    return view


def denial_party_matches(
    index: CandidateIndex, scorer: Scorer, query: Party, may_read: Callable[[Marking], bool] | None
) -> list[tuple[str, Comparison]]:
    """The denial parties (record ids) the engine matches to ``query``, best first, with the comparison."""
    found = best_candidates(denial_index(index), scorer, query, scorer.threshold, DENIAL_CANDIDATES, may_read)
    return [(entry.record_id, comparison) for entry, comparison in found if comparison.match]


def party_match(entry: Mapping[str, Any], comparison: Comparison) -> PartyMatch:
    return PartyMatch(
        role=entry["role"],
        name=entry["name"],
        matched_name=comparison.matched_name,
        query_name=comparison.query_name,
        score=comparison.score,
        explanation=tuple(comparison.explanation),
    )
