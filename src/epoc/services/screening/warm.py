"""The web application's screening: one warm ``Screener`` per process, screening on behalf of a viewer, each
query on the audit trail.

The index is loaded once (the first query, or ``warm()`` at start) and kept in step with the store: the
sources' versions are checked at most every ``check_every`` seconds (one small query), and a list imported
through the web marks the index stale at once. Refreshing happens under a lock; queries in flight keep the
merged index they started with, so a refresh never disturbs them.

Each answer carries, per hit, the strictest marking of the records it shows (only records the viewer may
read: ``Screener`` checks them in SQL), so that pages can set their banner and the API its marking header.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from epoc.matching.party import Party
from epoc.matching.scorer import DEFAULT_THRESHOLD
from epoc.matching.scorer import name_pairs as scorer_name_pairs
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import InvalidInput
from epoc.model.marking import Marking
from epoc.services import audit
from epoc.services.screening.io import Query, result_json
from epoc.services.screening.screener import DEFAULT_LIMIT, Hit, Screener
from epoc.store import Store
from epoc.store.records import RecordRepository

MAX_LIMIT = 100


@dataclass(frozen=True, slots=True)
class Screened:
    """One party's answer: its hits (``None`` for a bad line, with ``query.error``) and each hit's marking."""

    query: Query
    hits: list[Hit] | None
    markings: tuple[Marking, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The ``epoc screen`` output line."""
        return result_json(self.query, self.hits)

    @property
    def marking(self) -> Marking:
        return Marking.strictest_of(self.markings)


@dataclass(frozen=True, slots=True)
class Answer:
    """Screened queries, and the audit entry that must be written before they are shown."""

    results: list[Screened]
    event: audit.Event


def check_options(threshold: float | None, limit: int | None) -> tuple[float, int]:
    """The threshold and limit a caller asked for (defaults where not), or a clear error."""
    chosen_threshold = DEFAULT_THRESHOLD if threshold is None else float(threshold)
    if not 0.0 <= chosen_threshold <= 1.0:
        raise InvalidInput(f"threshold: {threshold} is not between 0 and 1")
    chosen_limit = DEFAULT_LIMIT if limit is None else int(limit)
    if not 1 <= chosen_limit <= MAX_LIMIT:
        raise InvalidInput(f"limit: {limit} is not between 1 and {MAX_LIMIT}")
    return chosen_threshold, chosen_limit


class WarmScreener:
    def __init__(self, store: Store, index_root: Path, check_every: float = 1.0) -> None:
        self.store = store
        self.screener = Screener(store, index_root)
        self.check_every = check_every
        self._lock = threading.Lock()
        self._checked_at: float | None = None

    @property
    def threshold(self) -> float:
        return self.screener.scorer.threshold

    def mark_stale(self) -> None:
        """A list changed (an upload): the next query brings the index in step first."""
        self._checked_at = None

    def warm(self) -> None:
        """Load (or build) the index now, not on the first query."""
        self._ensure_fresh(force=True)

    def prime(self) -> None:
        """Screen a few parties (nothing is shown, so nothing is audited) whose names the names package reads
        each its own way: what each way loads on first use (pypinyin's dictionary, cutlet, ICU's
        transliterators, countrynames' table: 0.1-0.7 s each) is then loaded at start, and not by the first
        such request while it holds the web server's event loop."""
        screener = self.fresh()
        for query in _PRIMERS:
            screener.score(Party.from_query(query), self.threshold, DEFAULT_LIMIT)

    def due(self) -> bool:
        """Whether the next query checks the index against the lists first (and may load or build some)."""
        checked = self._checked_at
        return checked is None or time.monotonic() - checked >= self.check_every

    def ensure_fresh(self) -> None:
        """Bring the index in step now if it is due (the web app does this off its event loop)."""
        self._ensure_fresh()

    def fresh(self) -> Screener:
        """The screener, its index in step with the store (checked at most every ``check_every``)."""
        self._ensure_fresh()
        return self.screener

    def _ensure_fresh(self, force: bool = False) -> None:
        checked = self._checked_at
        if not force and checked is not None and time.monotonic() - checked < self.check_every:
            return
        with self._lock:
            checked = self._checked_at
            if not force and checked is not None and time.monotonic() - checked < self.check_every:
                return  # another thread refreshed while this one waited
            self.screener.refresh()
            _ = self.screener.index.searchable  # merged once, here, not by the first queries at once
            self._checked_at = time.monotonic()

    # -- screening ------------------------------------------------------------------------------------------
    def screen(
        self,
        queries: Sequence[Query],
        viewer: Viewer,
        *,
        threshold: float | None = None,
        limit: int | None = None,
        audit_target: str | None = None,
        audit_details: Mapping[str, Any] | None = None,
        progress: Callable[[int], None] | None = None,
        chunk: int = 50,
    ) -> list[Screened]:
        """Screen each valid query for ``viewer`` (bad ones are answered with their error), then record one
        audit entry for the whole call. ``progress(done)`` is called after each ``chunk`` of parties."""
        answer = self.answer(
            queries,
            viewer,
            threshold=threshold,
            limit=limit,
            audit_target=audit_target,
            audit_details=audit_details,
            progress=progress,
            chunk=chunk,
        )
        audit.write(self.store, [answer.event])
        return answer.results

    def answer(
        self,
        queries: Sequence[Query],
        viewer: Viewer,
        *,
        threshold: float | None = None,
        limit: int | None = None,
        audit_target: str | None = None,
        audit_details: Mapping[str, Any] | None = None,
        progress: Callable[[int], None] | None = None,
        chunk: int = 50,
    ) -> Answer:
        """``screen`` without writing its audit entry: the caller must write ``event`` (``audit.record_many``)
        before the results leave it (the web app writes the entries of concurrent requests together)."""
        chosen_threshold, chosen_limit = check_options(threshold, limit)
        self._ensure_fresh()
        valid = [q for q in queries if q.party is not None]
        parties: list[Party] = [q.party for q in valid if q.party is not None]
        hits: list[list[Hit]] = []
        banners: dict[str, str] = {}
        for start in range(0, len(parties), chunk):
            part = parties[start : start + chunk]
            answered, shown = self.screener.screen_marked(
                part, chosen_threshold, chosen_limit, viewer, refresh=False
            )
            hits += answered
            banners.update(shown)
            if progress is not None:
                progress(len(hits))
        by_line = dict(zip((q.line for q in valid), hits, strict=True))
        event = audit.event(
            viewer,
            Action.SCREEN,
            audit_target or _target(queries),
            {
                **_audit_details_json(queries, by_line, chosen_threshold, chosen_limit),
                **(audit_details or {}),
            },
        )
        out = []
        for query in queries:
            found = by_line.get(query.line)
            markings = tuple(
                Marking.strictest_of(parsed_banner(banners[r]) for r in h.record_ids if r in banners)
                for h in found or []
            )
            out.append(Screened(query, found, markings))
        return Answer(out, event)


# a name in each script and language the names package romanises differently, and a country given by name
_PRIMERS: tuple[dict[str, Any], ...] = (
    {"schema": "Person", "names": ["李方伟", "山田太郎", "김정은", "محمد رضا"], "countries": ["Iran"]},
    {"schema": "Person", "names": ["Владимир Путин", "Олександр Зінченко", "Ђорђе Јовановић"]},
    {"schema": "Person", "names": ["Аляксандр Лукашэнка", "Ελένη Παπαδοπούλου", "अमित शाह", "Zoë Müller"]},
    {"schema": "Organization", "names": ["조선광업개발무역회사", "شرکت ملی نفت ایران", "华为技术有限公司"]},
)


@functools.lru_cache(maxsize=1024)
def parsed_banner(banner: str) -> Marking:
    """A record's stored banner read as a ``Marking`` (a few distinct banners in a store: read once each)."""
    return Marking.parse(banner)


def name_pairs(store: Store, party: Party, hit: Hit, viewer: Viewer) -> list[NamePair]:
    """For each of the query's names, the name of the hit's records (those the viewer may read) it comes
    nearest: the page's "which alias met which"."""
    with store.read() as conn:
        loaded = RecordRepository(conn).load(list(hit.record_ids), viewer=viewer)
    listed = [Party.from_record(stored.record) for stored in loaded.values()]
    return [NamePair(m.left, m.right, m.score) for m in scorer_name_pairs(party, listed)]


@dataclass(frozen=True, slots=True)
class NamePair:
    query_name: str
    list_name: str
    score: float


def _target(queries: Sequence[Query]) -> str:
    if len(queries) == 1 and queries[0].party is not None:
        return queries[0].party.names[0].text
    return f"{len(queries)} parties"


def _audit_details_json(
    queries: Sequence[Query], by_line: dict[int, list[Hit]], threshold: float, limit: int
) -> dict[str, Any]:
    """What the trail keeps of a screening: what was asked, and which entities came back (ids only). A dict
    on purpose: an audit entry's details are JSON, hashed into the trail as they are."""
    details: dict[str, Any] = {
        "parties": len(queries),
        "errors": sum(1 for q in queries if q.party is None),
        "threshold": threshold,
        "limit": limit,
        "matched_parties": sum(1 for hits in by_line.values() if any(h.match for h in hits)),
    }
    if len(queries) == 1 and queries[0].party is not None:
        party = queries[0].party
        hits = by_line.get(queries[0].line, [])
        details |= {
            "schema": party.schema.value,
            "names": [n.text for n in party.names],
            "countries": list(party.countries),
            "hits": [{"entity_id": h.entity_id, "score": round(h.score, 4)} for h in hits],
        }
    return details
