"""Screening: parties against every record in the store, best entities first, each hit explained.

``Screener`` is the in-process object the web and document extraction hold: it keeps the candidate index
in step with the store (a list imported again rebuilds its own segment; a restart loads the saved segments)
and answers ``screen(parties, threshold, limit, viewer)``. ``screen(store, parties, …)`` is the one-shot
form for the CLI.

Releasability: candidates a viewer may not read are dropped before they are scored, and the records of
every hit are checked again in SQL (``visible``) before anything leaves the service, so that no hit, name,
count or explanation comes from a record the viewer may not read.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from epoc.matching.index import CandidateIndex, Entry
from epoc.matching.party import Party
from epoc.matching.scorer import DEFAULT_THRESHOLD, Comparison, FeatureScore, Scorer, default_scorer
from epoc.matching.search import QUICK_FLOOR, best_candidates
from epoc.model.access import Viewer
from epoc.names import frequency
from epoc.names.countries import adopt_alias_table, alias_table, alias_table_loaded
from epoc.names.translit import prepare
from epoc.services.screening.heap import collector_paused, scoring_pool
from epoc.store import Store
from epoc.store.entity_lookup import HitEntity, hit_entities
from epoc.store.screening import index_rows, source_versions

DEFAULT_LIMIT = 5
PARALLEL_FROM = 2000  # batches at least this big are scored on every core


@dataclass(frozen=True, slots=True)
class Hit:
    entity_id: str
    caption: str
    score: float
    match: bool
    matched_name: str
    query_name: str
    record_ids: tuple[str, ...]
    explanation: tuple[FeatureScore, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "entity_id": self.entity_id,
            "caption": self.caption,
            "score": round(self.score, 4),
            "match": self.match,
            "matched_name": self.matched_name,
            "query_name": self.query_name,
            "record_ids": list(self.record_ids),
            "explanation": [f.to_json() for f in self.explanation],
        }


@dataclass(frozen=True, slots=True)
class RecordHit:
    """A scored candidate record, before grouping into entities and the releasability check."""

    record_id: str
    caption: str
    comparison: Comparison


@dataclass
class RefreshReport:
    built: list[str] = field(default_factory=list)
    loaded: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def index_folder(index_root: Path, store: Store) -> Path:
    """The index folder of this database: the same data folder serves several databases (``--db``)."""
    url = store.engine.url.render_as_string(hide_password=False)
    return index_root / hashlib.sha256(url.encode()).hexdigest()[:16]


def load_kept_tables(index_root: Path) -> None:
    """Tables libraries build on first use in a process, kept in the index root per library version and
    read from there: countrynames' 23,000 aliases normalised through ICU (0.42 s to build, before the first
    party naming a country is read; 7 ms to read) and wordfreq's everyday words (0.3 s with its import, the
    first time the word table is learnt; 30 ms to read)."""
    _load_kept(
        index_root / f"countrynames-{metadata.version('countrynames')}.pickle",
        alias_table_loaded,
        alias_table,
        adopt_alias_table,
    )
    _load_kept(
        index_root / f"wordfreq-{metadata.version('wordfreq')}-{frequency.GENERAL_TABLE}.pickle",
        frequency.general_words_loaded,
        frequency.general_words,
        frequency.adopt_general_words,
    )


def _load_kept(
    path: Path, loaded: Callable[[], bool], build: Callable[[], Any], adopt: Callable[[Any], None]
) -> None:
    if loaded() and path.exists():
        return  # a second screener in one process: nothing to read, nothing to keep
    try:
        with path.open("rb") as kept:
            adopt(pickle.load(kept))
        return
    except (OSError, pickle.UnpicklingError, EOFError):
        pass  # not made yet, or unreadable: made (again) below
    table = build()
    if not table:
        return
    adopt(table)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.partial")
        partial.write_bytes(pickle.dumps(table))
        partial.replace(path)  # whole or not at all: another process may be reading it
    except OSError:
        pass  # a read-only data folder: every process builds the table itself, as before


class Screener:
    def __init__(self, store: Store, index_root: Path, scorer: Scorer | None = None) -> None:
        self.store = store
        self.folder = index_folder(index_root, store)
        self.scorer = scorer or default_scorer()
        self.index = CandidateIndex()
        load_kept_tables(index_root)

    # -- keeping the index in step with the store ---------------------------------------------------
    def refresh(self) -> RefreshReport:
        """Bring the index in step with the sources' current versions: load saved segments, build the
        missing ones from the store, drop the segments of sources that are gone."""
        report = RefreshReport()
        with self.store.read() as conn:
            wanted = source_versions(conn)
            have = self.index.versions
            for key in [k for k in have if k not in wanted]:
                self.index.update(key, 0, None)
                report.dropped.append(key)
            stale = {k: v for k, v in wanted.items() if have.get(k) != v}
            if not stale:
                return report
            with collector_paused():
                loaded, missing = CandidateIndex.load(self.folder, stale)
            for key, segment in loaded.segments.items():
                self.index.put(segment)
                report.loaded.append(key)
            for key in missing:
                self.index.update(key, stale[key], index_rows(conn, key))
                report.built.append(key)
        if report.built or report.dropped:
            self.index.save(self.folder)
        return report

    # -- screening ----------------------------------------------------------------------------------
    def score(
        self,
        party: Party,
        threshold: float,
        limit: int,
        viewer: Viewer | None = None,
        skip: Callable[[Entry], bool] | None = None,
        floor: float = QUICK_FLOOR,
    ) -> list[RecordHit]:
        """Candidates from the index, those the viewer may read (and ``skip`` keeps), scored in full;
        best first. ``floor``: the word estimate a candidate must reach to be scored (``best_candidates``)."""
        may_read = None if viewer is None else viewer.may_read
        return [
            RecordHit(entry.record_id, entry.caption, comparison)
            for entry, comparison in best_candidates(
                self.index, self.scorer, party, threshold, limit, may_read, skip, floor
            )
        ]

    def compare_with(
        self,
        party: Party,
        record_ids: Sequence[str],
        threshold: float | None = None,
        viewer: Viewer | None = None,
    ) -> RecordHit | None:
        """The best of these records for the party, each compared in full without retrieval (a document's
        native-script name against the parties the document names), or None when none is readable."""
        merged = self.index.searchable
        if merged is None:
            return None
        threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        best: RecordHit | None = None
        for record_id in sorted(set(record_ids)):
            try:
                entry = merged.entry_of(record_id)
            except KeyError:
                continue  # a record the index no longer holds (removed since the document was read)
            if viewer is not None and not viewer.may_read(entry.marking):
                continue
            comparison = self.scorer.compare(party, entry.party, threshold)
            if best is None or comparison.score > best.comparison.score:
                best = RecordHit(entry.record_id, entry.caption, comparison)
        return best

    def screen(
        self,
        parties: Sequence[Party],
        threshold: float = DEFAULT_THRESHOLD,
        limit: int = DEFAULT_LIMIT,
        viewer: Viewer | None = None,
        workers: int = 1,
        *,
        refresh: bool = True,
    ) -> list[list[Hit]]:
        """For each party, its best entities (at most ``limit``), best first. ``refresh=False``: the caller
        keeps the index in step itself (the web app's warm screener checks at most once a second)."""
        return self.screen_marked(parties, threshold, limit, viewer, workers, refresh=refresh)[0]

    def screen_marked(
        self,
        parties: Sequence[Party],
        threshold: float = DEFAULT_THRESHOLD,
        limit: int = DEFAULT_LIMIT,
        viewer: Viewer | None = None,
        workers: int = 1,
        *,
        refresh: bool = True,
    ) -> tuple[list[list[Hit]], dict[str, str]]:
        """``screen``, and the marking banner of every record the hits show (``{record id: banner}``), read
        in the same statement as the hits' entities."""
        if refresh:
            self.refresh()
        _ = self.index.searchable  # merged once here, before any worker is forked
        if workers > 1 and len(parties) >= PARALLEL_FROM:
            # the queries' transliterators and dictionaries loaded once, shared by the forked workers
            with collector_paused():
                prepare(name.script for party in parties for name in party.names)
            scored = _score_parallel(self, parties, threshold, limit, viewer, workers)
        else:
            scored = [self.score(p, threshold, limit, viewer) for p in parties]
        return self._marked_entities(scored, limit, viewer)

    def _entities(self, scored: list[list[RecordHit]], limit: int, viewer: Viewer | None) -> list[list[Hit]]:
        return self._marked_entities(scored, limit, viewer)[0]

    def _marked_entities(
        self, scored: list[list[RecordHit]], limit: int, viewer: Viewer | None
    ) -> tuple[list[list[Hit]], dict[str, str]]:
        """Group record hits into entities (best score, every readable record), after the SQL check: only
        active records the viewer may read, in entities as the viewer sees them (``hit_entities``)."""
        ids = {h.record_id for hits in scored for h in hits}
        if ids:
            with self.store.read() as conn:
                entities = hit_entities(conn, ids, viewer)
        else:
            entities = {}
        return group_hits(scored, entities, limit)

    def entity_map(self) -> dict[str, HitEntity]:
        """``hit_entities`` of every active record (those the index holds among them), as the command line
        reads them (no viewer): what a Dask worker groups its hits with, so that it sends back each party's
        finished ``matches``."""
        if self.index.searchable is None:
            return {}
        with self.store.read() as conn, collector_paused():
            return hit_entities(conn, None, None)


def group_hits(
    scored: list[list[RecordHit]], entities: Mapping[str, HitEntity], limit: int
) -> tuple[list[list[Hit]], dict[str, str]]:
    """Each party's record hits grouped into entities (``entities``: ``hit_entities``' answer for them; a
    record it lacks is not shown), best first, and the marking banner of every record shown."""
    banners: dict[str, str] = {}
    out: list[list[Hit]] = []
    for hits in scored:
        grouped: dict[str, Hit] = {}
        for hit in hits:
            entity = entities.get(hit.record_id)  # absent: not active, or not for this viewer
            if entity is None or entity.entity_id in grouped:
                continue  # hits come best first: the entity's best is already there
            c = hit.comparison
            grouped[entity.entity_id] = Hit(
                entity_id=entity.entity_id,
                caption=entity.caption,
                score=c.score,
                match=c.match,
                matched_name=c.matched_name,
                query_name=c.query_name,
                record_ids=entity.record_ids,
                explanation=tuple(c.explanation),
            )
            banners.update(zip(entity.record_ids, entity.banners, strict=True))
        out.append(sorted(grouped.values(), key=lambda h: (-h.score, h.entity_id))[:limit])  # ties: by id
    return out, banners


# -- parallel scoring: workers forked after the index is loaded share it copy-on-write ---------------
# what forked workers score: they read the parties from here and are sent only slice bounds
_WORKER: tuple[Screener, Sequence[Party], float, int, Viewer | None] | None = None


# hits cross from a worker as plain tuples: frozen dataclasses are several times slower to unpickle, and
# the parent does that alone while the workers wait
_PlainHit = tuple[str, str, float, bool, str, str, tuple[tuple[str, float, str], ...]]


def _plain(hit: RecordHit) -> _PlainHit:
    c = hit.comparison
    explanation = tuple((f.feature, f.score, f.detail) for f in c.explanation)
    return (hit.record_id, hit.caption, c.score, c.match, c.query_name, c.matched_name, explanation)


def _from_plain(plain: _PlainHit) -> RecordHit:
    record_id, caption, score, match, query_name, matched_name, explanation = plain
    features = [FeatureScore(*f) for f in explanation]
    return RecordHit(record_id, caption, Comparison(score, match, features, query_name, matched_name))


def _score_chunk(bounds: tuple[int, int]) -> list[list[_PlainHit]]:
    assert _WORKER is not None
    screener, parties, threshold, limit, viewer = _WORKER
    chunk = parties[bounds[0] : bounds[1]]
    return [[_plain(h) for h in screener.score(p, threshold, limit, viewer)] for p in chunk]


def _score_parallel(
    screener: Screener,
    parties: Sequence[Party],
    threshold: float,
    limit: int,
    viewer: Viewer | None,
    workers: int,
) -> list[list[RecordHit]]:
    global _WORKER  # noqa: PLW0603  (handed to forked workers; set and cleared here only)
    if "fork" not in multiprocessing.get_all_start_methods():
        return [screener.score(p, threshold, limit, viewer) for p in parties]
    _WORKER = (screener, parties, threshold, limit, viewer)
    size = max(200, len(parties) // (workers * 8))
    chunks = [(i, min(len(parties), i + size)) for i in range(0, len(parties), size)]
    try:
        with scoring_pool(workers) as pool:
            results = pool.map(_score_chunk, chunks)
    finally:
        _WORKER = None
    return [[_from_plain(h) for h in hits] for chunk in results for hits in chunk]
