"""What resolution needs from the screening engine, as two small protocols the engine satisfies as it is.

``epoc.matching.index.CandidateIndex`` is a ``CandidateSource`` and ``epoc.matching.scorer.Scorer`` a
``PairScorer``; ``epoc.matching.party.Party.from_record`` turns a record into their party type. Resolution
never looks inside a party: it hands what ``to_party`` made to the engine and reads back scores.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from epoc.model.record import Record

PartyT = TypeVar("PartyT")
PartyT_contra = TypeVar("PartyT_contra", contravariant=True)


class Explained(Protocol):
    """One feature of a comparison, as the officer reads it."""

    @property
    def feature(self) -> str: ...

    @property
    def score(self) -> float: ...

    @property
    def detail(self) -> Any: ...


class Scored(Protocol):
    @property
    def score(self) -> float: ...

    @property
    def match(self) -> bool: ...

    @property
    def explanation(self) -> Sequence[Explained]: ...


class CandidateSource(Protocol[PartyT_contra]):
    def candidates(self, party: PartyT_contra, limit: int) -> list[str]:
        """Record ids that may describe the same party, best first."""
        ...


class PairScorer(Protocol[PartyT_contra]):
    def compare(self, left: PartyT_contra, right: PartyT_contra) -> Scored: ...


class PairSearch(Protocol[PartyT_contra]):
    def best(
        self, party: PartyT_contra, threshold: float, limit: int, source: str
    ) -> Sequence[tuple[str, Scored]]:
        """Records of sources other than ``source`` scoring at least ``threshold`` against the party, with
        their scores, best first: the candidate search and the scoring in one (an engine that has one does
        it far faster than asking for candidates and scoring each pair from scratch)."""
        ...


@runtime_checkable
class PairShortlist(Protocol[PartyT_contra]):
    """A ``PairSearch`` in its two steps, for a caller that compares each pair once: a pair whose two
    records shortlist each other is compared from its first record's side, and from the other's only when
    that found nothing (as ``best`` asked of both records, the first asked kept, would have it)."""

    def shortlist(
        self, party: PartyT_contra, threshold: float, limit: int, source: str
    ) -> Sequence[tuple[str, Any]]:
        """The records ``best`` (at ``threshold``) would compare in full, each with a picklable handle for
        ``compare_one``."""
        ...

    def compare_one(
        self, party: PartyT_contra, record_id: str, handle: Any, threshold: float
    ) -> Scored | None:
        """The comparison ``best`` would make of the party with this shortlisted record, or None when
        ``best`` would not report it."""
        ...


@dataclass(frozen=True)
class Engine(Generic[PartyT]):
    """The screening engine as resolution uses it."""

    candidates: CandidateSource[PartyT]
    scorer: PairScorer[PartyT]
    to_party: Callable[[Record], PartyT]
    name: str = "screening engine"
    limit: int = 20  # candidates asked for per record
    search: PairSearch[PartyT] | None = None


@dataclass(frozen=True, slots=True)
class ScoredPair:
    """A pair of records the engine scored, left id < right id."""

    left: str
    right: str
    score: float
    match: bool
    explanation: tuple[dict[str, Any], ...] = ()

    @classmethod
    def of(cls, a: str, b: str, scored: Scored) -> ScoredPair:
        left, right = sorted((a, b))
        explanation = tuple(
            {"feature": e.feature, "score": round(float(e.score), 4), "detail": _plain(e.detail)}
            for e in scored.explanation
        )
        return cls(left, right, round(float(scored.score), 4), bool(scored.match), explanation)


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)
