"""Is this the same party as one a denial names? Asked of the screening engine's scorer, never of a string
ratio, so that a name in another spelling or script is found and every match comes with its explanation."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from epoc.matching.party import Party
from epoc.matching.scorer import FeatureScore, Scorer
from epoc.matching.search import QUICK_FLOOR


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
        best = PartyMatch(
            role=entry["role"],
            name=entry["name"],
            matched_name=comparison.matched_name,
            query_name=comparison.query_name,
            score=comparison.score,
            explanation=tuple(comparison.explanation),
        )
    return best
