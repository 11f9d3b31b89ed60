"""Resolution as a use case: score what changed, re-cluster what it touches, keep ids, fill the review queue.

A run has two phases. Scoring (read-only, outside any write transaction): the records added or changed since
the last run (``record_changes`` says which) are scored against their candidates by the screening engine.
Writing (one transaction): their pairs replace the old ones, and only the connected part of the list they
touch is re-clustered (``recluster``), so a one-list update re-resolves that list's neighbourhood, not the
whole list. Reviewers' judgements call ``recluster`` too, so a decision shows at once.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from epoc.model import Marking, Record
from epoc.model.entity import Entity
from epoc.resolution.clustering import Link, LinkKind, cluster
from epoc.resolution.constraints import (
    Facts,
    content_key,
    fold_list_id,
    name_overlap,
    repeated_rows,
    veto,
)
from epoc.resolution.engine import Engine, ScoredPair
from epoc.resolution.identity import assign_ids
from epoc.resolution.view import build_entity
from epoc.services.screening.cluster import DaskCluster
from epoc.services.screening.heap import full_collections_rare
from epoc.services.screening.pairs import search_pairs
from epoc.store import Store
from epoc.store.entities import EntityRepository
from epoc.store.judgements import JudgementRepository
from epoc.store.records import RecordRepository, marking_from_row, source_from_row

ProgressFn = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Policy:
    """Where the engine's scores lead: merge at once, ask a reviewer, or leave apart."""

    auto_threshold: float = 0.9  # the engine says match and the score is at least this: merge
    review_threshold: float = 0.7  # at least this (and below auto): queue the pair for a reviewer


DEFAULT_POLICY = Policy()


@dataclass
class ReclusterStats:
    records: int = 0
    created: int = 0
    changed: int = 0
    removed: int = 0
    auto_merges: int = 0
    list_id_merges: int = 0
    judgement_merges: int = 0
    refused: int = 0
    queued: int = 0  # newly opened for review


@dataclass
class ResolveReport:
    mode: str  # full | incremental
    engine: str
    rescored: int
    pairs: int
    entities: int
    queued: int  # open pairs in the queue after the run
    stats: ReclusterStats = field(default_factory=ReclusterStats)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "entities": self.entities,
            "auto_merges": self.stats.auto_merges,
            "queued": self.queued,
            "mode": self.mode,
            "engine": self.engine,
            "records_rescored": self.rescored,
            "pairs_scored": self.pairs,
            "records_reclustered": self.stats.records,
            "created": self.stats.created,
            "changed": self.stats.changed,
            "removed": self.stats.removed,
            "list_id_merges": self.stats.list_id_merges,
            "judgement_merges": self.stats.judgement_merges,
            "refused_by_rules": self.stats.refused,
            "newly_queued": self.stats.queued,
            "seconds": round(self.seconds, 2),
        }


def resolve(
    store: Store,
    engine: Engine[Any] | None,
    policy: Policy | None = None,
    *,
    full: bool = False,
    progress: ProgressFn | None = None,
    cluster: DaskCluster | None = None,
) -> ResolveReport:
    """Resolve what changed since the last run (everything on the first run, or with ``full``). Runs are
    one at a time over a store, whichever process starts them (``Store.exclusive``): one that waited starts
    from what the other left."""
    with store.exclusive("resolve"), full_collections_rare():
        return _resolve(store, engine, policy, full=full, progress=progress, cluster=cluster)


def _resolve(
    store: Store,
    engine: Engine[Any] | None,
    policy: Policy | None,
    *,
    full: bool,
    progress: ProgressFn | None,
    cluster: DaskCluster | None,
) -> ResolveReport:
    policy = policy or DEFAULT_POLICY
    started = time.perf_counter()
    with store.read() as conn:
        repo = EntityRepository(conn)
        last = repo.last_run()
        versions = repo.current_versions()
        everything = full or last is None
        if everything:
            dirty = repo.active_record_ids() | set(repo.membership())
        else:
            dirty = repo.changed_records(dict(last.seen_versions)) | repo.unresolved_records()  # type: ignore[union-attr]
        pairs: list[ScoredPair] = []
        if engine is not None:
            active = dirty & repo.active_record_ids()
            pairs = score_records(RecordRepository(conn), engine, active, policy, progress, cluster)
    now = datetime.now(UTC)
    with store.transaction() as conn:
        repo = EntityRepository(conn)
        if engine is not None:
            repo.replace_pairs(dirty, pairs)
        stats = recluster(conn, dirty, policy, now, everything=everything)
        counts = repo.counts()
        queued = JudgementRepository(conn).open_count()
        report = ResolveReport(
            "full" if everything else "incremental",
            engine.name if engine is not None else "none (list ids and judgements only)",
            len(dirty),
            len(pairs),
            counts["entities"],
            queued,
            stats,
        )
        report.seconds = time.perf_counter() - started
        repo.add_run(
            {
                "started_at": now,
                "finished_at": datetime.now(UTC),
                "mode": report.mode,
                "engine": report.engine[:100],
                "seen_versions": versions,
                "counts": report.to_json(),
            }
        )
    return report


def score_records(
    repo: RecordRepository,
    engine: Engine[Any],
    ids: set[str],
    policy: Policy,
    progress: ProgressFn | None = None,
    cluster: DaskCluster | None = None,
) -> list[ScoredPair]:
    """Every pair of a record in ``ids`` with one of its candidates that scores at least the review
    threshold. Pairs that a hard rule forbids whatever the score (one source, person vs company) are not
    scored at all."""
    ordered = sorted(ids)
    loaded: dict[str, Record] = {}
    parties: dict[str, Any] = {}

    def party(record_id: str) -> Any:
        if record_id not in parties:
            parties[record_id] = engine.to_party(loaded[record_id])
        return parties[record_id]

    if engine.search is not None:
        loaded = {k: v.record for k, v in repo.load(ordered).items()}
        return search_pairs(engine, loaded, policy.review_threshold, progress, cluster=cluster)
    out: dict[tuple[str, str], ScoredPair] = {}
    batch = 2000
    for start in range(0, len(ordered), batch):
        chunk = ordered[start : start + batch]
        loaded.update((k, v.record) for k, v in repo.load([i for i in chunk if i not in loaded]).items())
        wanted: dict[str, list[str]] = {}
        for record_id in chunk:
            if record_id in loaded:
                wanted[record_id] = [
                    c for c in engine.candidates.candidates(party(record_id), engine.limit) if c != record_id
                ]
        missing = {c for cs in wanted.values() for c in cs if c not in loaded}
        loaded.update((k, v.record) for k, v in repo.load(sorted(missing)).items())
        for record_id, candidates in wanted.items():
            left = loaded[record_id]
            for other_id in candidates:
                right = loaded.get(other_id)
                key = (min(record_id, other_id), max(record_id, other_id))
                if right is None or key in out or not _worth_scoring(left, right):
                    continue
                scored = engine.scorer.compare(party(record_id), party(other_id))
                if scored.score >= policy.review_threshold:
                    out[key] = ScoredPair.of(record_id, other_id, scored)
        if progress:
            progress("scoring", min(start + batch, len(ordered)), len(ordered))
    return list(out.values())


def _worth_scoring(a: Record, b: Record) -> bool:
    """Records of two sources (or one row its source repeats) that may be one party by their schemas."""
    if not a.schema.compatible_with(b.schema):
        return False
    return a.source != b.source or content_key(a) == content_key(b)


# -- re-clustering ------------------------------------------------------------------------------------------
def recluster(
    conn: Connection, seeds: Iterable[str], policy: Policy, now: datetime, *, everything: bool = False
) -> ReclusterStats:
    """Re-cluster the part of the list connected to ``seeds`` (all of it with ``everything``) and write the
    entities, their events and the review queue. Runs inside the caller's transaction."""
    repo = EntityRepository(conn)
    records_repo = RecordRepository(conn)
    judged = JudgementRepository(conn)
    by_list_id, list_ids_of = _list_id_index(repo)
    scope = (
        repo.active_record_ids() | set(repo.membership())
        if everything
        else _expand(repo, judged, set(seeds), policy, by_list_id, list_ids_of)
    )
    loaded = repo.load_for_resolution(None if everything else scope)
    facts = {rid: Facts.of(r) for rid, r in loaded.items()}
    pairs = repo.pairs_touching(facts)
    facts = repeated_rows(facts, ((p.left, p.right) for p in pairs))
    rulings = judged.active(facts)
    links, cannot = _links(facts, pairs, rulings, by_list_id, list_ids_of, policy)
    result = cluster(facts, links, cannot)

    old_membership = repo.membership(scope)
    old_ids = set(old_membership.values())
    old_members = repo.members_of(old_ids)
    old_active = {eid: frozenset(r for r in m if r in facts) for eid, m in old_members.items()}
    assignment = assign_ids(
        result.clusters,
        {r: e for r, e in old_membership.items() if r in facts},
        old_active,
        repo.all_ids(),
    )
    stats = ReclusterStats(records=len(facts), refused=len(result.refused))
    stats.auto_merges = result.merged_by.get(LinkKind.SCORE, 0)
    stats.list_id_merges = result.merged_by.get(LinkKind.LIST_ID, 0)
    stats.judgement_merges = result.merged_by.get(LinkKind.JUDGEMENT, 0)

    sources = {row.key: source_from_row(row) for row in records_repo.list_sources()}
    existing = {row.id: row for row in repo.rows_of(set(assignment.ids) | set(assignment.gone))}
    new_items: list[tuple[Entity, frozenset[str]]] = []
    events: list[dict[str, Any]] = []
    for entity_id, members in assignment.ids.items():
        entity = build_entity(entity_id, [loaded[r] for r in members], sources, values=False)
        row = existing.get(entity_id)
        if row is None:
            new_items.append((entity, members))
            events.append(_event_row(entity_id, now, "created", {"records": sorted(members)}))
            stats.created += 1
            continue
        before = old_active.get(entity_id, frozenset())
        unchanged = (
            before == members
            and row.status == "active"
            and row.caption == entity.caption
            and row.schema == entity.schema.value
            and marking_from_row(row) == entity.marking
            and row.record_count == len(members)
        )
        if unchanged:
            continue
        repo.save(entity, members, now, existing=True)
        if row.status != "active":
            events.append(_event_row(entity_id, now, "reactivated", {"records": sorted(members)}))
        elif before != members:
            events.append(
                _event_row(
                    entity_id,
                    now,
                    "changed",
                    {"added": sorted(members - before), "removed": sorted(before - members)},
                )
            )
        stats.changed += 1
    repo.save_many(new_items, now)
    for entity_id, went in assignment.gone.items():
        row = existing.get(entity_id)
        if row is None or row.status != "active":
            continue
        reason = (
            f"merged into {went}" if went else repo.withdrawn_reason(old_members.get(entity_id, frozenset()))
        )
        repo.mark_removed(entity_id, reason, now)
        events.append(_event_row(entity_id, now, "removed", {"reason": reason, "into": went}))
        if went:
            events.append(_event_row(went, now, "merged", {"absorbed": entity_id}))
        stats.removed += 1
    entity_of = {r: e for e, m in assignment.ids.items() for r in m}
    for entity_id, before in old_active.items():
        parts = {entity_of[r] for r in before if r in entity_of}
        if len(parts) > 1:
            events.append(_event_row(entity_id, now, "split", {"into": sorted(parts)}))
    repo.add_events(events)
    # A grey-zone pair may reach a record outside the part re-clustered (a new list's record and one
    # resolved before): that record is in another entity by construction, and the queue must still ask.
    outside = sorted({r for p in pairs for r in (p.left, p.right)} - facts.keys())
    beyond = repo.load_for_resolution(outside) if outside else {}
    stats.queued = _sync_queue(
        judged,
        set(facts),
        facts | {rid: Facts.of(r) for rid, r in beyond.items()},
        loaded | beyond,
        pairs,
        rulings,
        result.cluster_of(),
        cannot,
        policy,
        now,
    )
    return stats


def _event_row(entity_id: str, at: datetime, kind: str, detail: dict[str, Any]) -> dict[str, Any]:
    """A row of an entity's history as the store's bulk insert takes it (``entity_events``; ``detail`` is
    its JSON column), not a result: kept a mapping on purpose."""
    return {"entity_id": entity_id, "at": at, "kind": kind, "detail": detail, "run_id": None}


def _list_id_index(repo: EntityRepository) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    by_value: dict[str, set[str]] = defaultdict(set)
    of_record: dict[str, set[str]] = defaultdict(set)
    for record_id, value in repo.list_ids():
        folded = fold_list_id(value)
        by_value[folded].add(record_id)
        of_record[record_id].add(folded)
    return by_value, of_record


def _expand(
    repo: EntityRepository,
    judged: JudgementRepository,
    seeds: set[str],
    policy: Policy,
    by_list_id: dict[str, set[str]],
    list_ids_of: dict[str, set[str]],
) -> set[str]:
    """The records whose clustering may change with ``seeds``: follow old entity membership, list ids,
    auto-merge pairs and *same* judgements until nothing new comes in."""
    scope: set[str] = set()
    frontier = set(seeds)
    while frontier:
        scope |= frontier
        found: set[str] = set()
        membership = repo.membership(frontier)
        for members in repo.members_of(set(membership.values())).values():
            found |= members
        for record_id in frontier:
            for value in list_ids_of.get(record_id, ()):
                found |= by_list_id[value]
        for pair in repo.pairs_touching(frontier):
            if pair.match and pair.score >= policy.auto_threshold:
                found |= {pair.left, pair.right}
        for row in judged.active(frontier):
            if row.verdict == "same":
                found |= {row.left_id, row.right_id}
        frontier = found - scope
    return scope


def _links(
    facts: dict[str, Facts],
    pairs: list[ScoredPair],
    rulings: list[Any],
    by_list_id: dict[str, set[str]],
    list_ids_of: dict[str, set[str]],
    policy: Policy,
) -> tuple[list[Link], list[tuple[str, str]]]:
    links: list[Link] = []
    cannot: list[tuple[str, str]] = []
    for row in rulings:
        if row.verdict == "same":
            links.append(Link(row.left_id, row.right_id, LinkKind.JUDGEMENT))
        elif row.verdict == "not_same":
            cannot.append((row.left_id, row.right_id))
        elif row.verdict == "split":
            parts = row.record_ids or {}
            cannot.extend((a, b) for a in parts.get("off", ()) for b in parts.get("rest", ()))
    seen_values: set[str] = set()
    for record_id in sorted(facts):
        for value in sorted(list_ids_of.get(record_id, ())):
            if value in seen_values:
                continue
            seen_values.add(value)
            group = sorted(r for r in by_list_id[value] if r in facts)
            links.extend(
                Link(a, b, LinkKind.LIST_ID, name_overlap(facts[a], facts[b]))
                for i, a in enumerate(group)
                for b in group[i + 1 :]
            )
    for pair in pairs:
        if pair.match and pair.score >= policy.auto_threshold:
            links.append(Link(pair.left, pair.right, LinkKind.SCORE, pair.score))
    return links, cannot


def _sync_queue(
    judged: JudgementRepository,
    scope: set[str],
    facts: dict[str, Facts],
    loaded: dict[str, Record],
    pairs: list[ScoredPair],
    rulings: list[Any],
    cluster_of: dict[str, int],
    cannot: list[tuple[str, str]],
    policy: Policy,
    now: datetime,
) -> int:
    """Open grey-zone pairs that still need a person; close (moot) those of ``scope`` that no longer do.
    ``facts`` has the records of ``scope`` and those its pairs reach outside it (in no cluster here)."""
    decided = {tuple(sorted((r.left_id, r.right_id))) for r in rulings if r.left_id and r.right_id}
    barred = {tuple(sorted(p)) for p in cannot}
    members: dict[int, list[str]] = defaultdict(list)
    for record_id, number in cluster_of.items():
        members[number].append(record_id)
    wanted: dict[tuple[str, str], ScoredPair] = {}
    for pair in pairs:
        key = (pair.left, pair.right)
        if pair.score < policy.review_threshold or key in decided or key in barred:
            continue
        if pair.left not in facts or pair.right not in facts:
            continue
        together = cluster_of.get(pair.left)
        if together is not None and together == cluster_of.get(pair.right):
            continue
        if veto(facts[pair.left], facts[pair.right]) is not None:
            continue
        held = _held_back_json(pair, cluster_of, members, facts)
        # a pair that can never merge as the clusters stand: the reviewer is told which rule says so
        wanted[key] = replace(pair, explanation=(*pair.explanation, held)) if held else pair
    for row in judged.open_touching(scope):
        if (row.left_id, row.right_id) not in wanted:
            judged.set_status(row.id, "moot", now)
    return judged.enqueue_many(
        (
            (
                left,
                right,
                pair.score,
                list(pair.explanation),
                _marking(loaded[left]).strictest(_marking(loaded[right])),
            )
            for (left, right), pair in sorted(wanted.items())
        ),
        now,
    )


def _held_back_json(
    pair: ScoredPair, cluster_of: dict[str, int], members: dict[int, list[str]], facts: dict[str, Facts]
) -> dict[str, Any] | None:
    """The hard rule that keeps the two records' entities apart (a member of one vetoes a member of the
    other), as an explanation line, or None. The line is the JSON the queue stores with the engine's own
    (``ScoredPair.explanation``; `epoc review next --json` shows them): kept a mapping on purpose."""
    left = members.get(cluster_of.get(pair.left, -1), [pair.left])
    right = members.get(cluster_of.get(pair.right, -1), [pair.right])
    for x in sorted(left):  # in order: the review line names the same two records on every run
        for y in sorted(right):
            if x in facts and y in facts:
                reason = veto(facts[x], facts[y])
                if reason is not None:
                    detail = f"held back by a hard rule: {x} / {y}: {reason}"
                    return {"feature": "hard_rule", "score": 0.0, "detail": detail}
    return None


def _marking(record: Record) -> Marking:
    return record.marking or Marking.public()


def report_lines(report: ResolveReport) -> list[str]:
    s = report.stats
    return [
        f"{report.entities:,} entities ({report.mode} run, engine: {report.engine})",
        f"{s.auto_merges:,} auto-merges, {s.list_id_merges:,} list-id links, "
        f"{s.judgement_merges:,} by judgement",
        f"{report.queued:,} pairs queued for review ({s.queued:,} new)",
        f"{s.records:,} records re-clustered: {s.created:,} entities created, {s.changed:,} changed, "
        f"{s.removed:,} removed; {report.seconds:.1f} s",
    ]
