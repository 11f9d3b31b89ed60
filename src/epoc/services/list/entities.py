"""The list as entities: show one, list them, and compile the list as sources dated in a window gave it.

``compile_list(conn, start, end)`` is what editions freeze and what as-of queries answer: for each source, its
newest version dated within the window (the version's list date, else the source's date, else the day it was
imported), with the records that version listed and the values it gave them; grouped by the current
resolution (judgements included). ``start=None, end=D`` is the list as it stood on D.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection

from epoc.model import Address, Fact, FactKind, Identifier, IdentifierKind, Name, NameKind, NotFound, Record
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.entity import Entity
from epoc.model.marking import Marking
from epoc.resolution.identity import new_entity_id
from epoc.resolution.view import build_entity
from epoc.services import audit
from epoc.services.list.review import Judgement, judgement_of
from epoc.services.results import plain
from epoc.store import Store
from epoc.store.editions import EditionRepository
from epoc.store.entities import EntityRepository, readable_records
from epoc.store.judgements import JudgementRepository
from epoc.store.records import RecordRepository, marking_from_row, source_from_row


@dataclass
class CompiledList:
    entities: list[Entity]
    sources: list[dict[str, Any]]  # [{key, name, version, date, records}]
    hashes: dict[str, str] = field(default_factory=dict)  # record id -> content hash as compiled

    @property
    def marking(self) -> Marking:
        return Marking.strictest_of(entity.marking for entity in self.entities)


def current_entities(
    conn: Connection, viewer: Viewer | None = None, ids: Sequence[str] | None = None
) -> list[Entity]:
    """The active entities (or those of ``ids``, removed ones included), by caption, each as the viewer sees
    it: built from the records of it the viewer may read, so that its caption, values, reasons and marking
    come from those alone. An entity with no record the viewer may read is not there."""
    repo = EntityRepository(conn)
    records_repo = RecordRepository(conn)
    rows = repo.rows() if ids is None else [r for r in (repo.get(i) for i in ids) if r is not None]
    sources = {row.key: source_from_row(row) for row in records_repo.list_sources()}
    out: list[Entity] = []
    batch = 4000
    for start in range(0, len(rows), batch):
        part = rows[start : start + batch]
        members = repo.active_members([r.id for r in part])
        removed = [r.id for r in part if r.status == "removed"]
        withdrawn = repo.members_of(removed) if removed else {}
        wanted = sorted(
            {m for ms in members.values() for m in ms} | {m for ms in withdrawn.values() for m in ms}
        )
        loaded = records_repo.load(wanted, include_removed=True, viewer=viewer)
        for row in part:
            ids_of = members.get(row.id) or sorted(withdrawn.get(row.id, ()))
            recs = [loaded[i].record for i in ids_of if i in loaded]
            if not recs:
                continue
            out.append(
                build_entity(
                    row.id,
                    recs,
                    sources,
                    status=row.status,
                    removed_reason=row.removed_reason,
                    removed_on=row.removed_at.date().isoformat() if row.removed_at else None,
                )
            )
    return out


@dataclass(frozen=True, slots=True)
class EntityEvent:
    """An event in an entity's history, as the viewer may see it."""

    at: str
    kind: str
    detail: dict[str, Any]  # as the event stored it, the records it names cut to those the viewer may read


@dataclass(frozen=True, slots=True)
class EntityShown:
    """One entity as the viewer may read it (`epoc entities show`): the entity, its removal's reason as the
    viewer may read it, its history and the judgements about it. Its JSON is the entity's with those."""

    entity: Entity
    removed_reason: str | None
    history: tuple[EntityEvent, ...]
    judgements: tuple[Judgement, ...]  # the review's judgements (each its banner in the JSON)

    def to_json(self) -> dict[str, Any]:
        out = self.entity.to_json()
        out["removed_reason"] = self.removed_reason
        out["history"] = plain(self.history)
        out["judgements"] = [j.to_json() for j in self.judgements]
        return out


def show_entity(store: Store, entity_id: str, viewer: Viewer | None = None) -> EntityShown:
    """One entity with every value's sources, its reasons, status, history and the judgements about it
    (`epoc entities show`). A viewer sees it built from the records it may read (an entity with none is
    "not found", in the same words as one that does not exist), its history and judgements cut to match;
    the read goes on the audit trail."""
    with store.transaction() as conn:
        found = current_entities(conn, viewer, [entity_id])
        if not found:
            raise NotFound(f"no entity {entity_id!r}; `epoc entities list` shows them")
        entity = found[0]
        repo = EntityRepository(conn)
        row = repo.get(entity_id)
        assert row is not None
        members = repo.members_of([entity_id]).get(entity_id, frozenset())
        whole = viewer is None or (
            viewer.may_read(marking_from_row(row)) and set(entity.record_ids) >= members
        )
        removed_reason = entity.removed_reason
        if not whole and removed_reason and not removed_reason.startswith("merged into"):
            removed_reason = "withdrawn: no longer listed"  # the full reason names every source
        events = repo.events(entity_id)
        mentioned = {r for e in events for r in _event_records(e.detail)}
        readable = readable_records(conn, sorted(mentioned), viewer)
        history = tuple(shown for e in events if (shown := _event(e, readable, whole)) is not None)
        judgements = tuple(
            judgement_of(j) for j in JudgementRepository(conn).about(entity.record_ids, entity_id, viewer)
        )
        if viewer is not None:
            audit.record(conn, viewer, Action.ENTITY_READ, entity_id, {"marking": entity.marking.banner})
    return EntityShown(entity, removed_reason, history, judgements)


_RECORD_LISTS = ("records", "added", "removed")


def _event_records(detail: Any) -> list[str]:
    if not isinstance(detail, dict):
        return []
    return [r for key in _RECORD_LISTS for r in detail.get(key) or () if isinstance(r, str)]


def _event(event: Any, readable: set[str], whole: bool) -> EntityEvent | None:
    """An entity event as the viewer may see it: the records it names cut to those it may read; for a viewer
    who sees only part of the entity, merges and splits (about other entities) left out, and an event left
    with no record at all dropped."""
    detail = dict(event.detail) if isinstance(event.detail, dict) else {}
    lists = [key for key in _RECORD_LISTS if isinstance(detail.get(key), list)]
    for key in lists:
        detail[key] = [r for r in detail[key] if r in readable]
    if not whole:
        if event.kind in ("merged", "split", "removed"):
            return None
        if lists and not any(detail[key] for key in lists):
            return None
    return EntityEvent(event.at.isoformat(), event.kind, detail)


def list_entities(
    store: Store, viewer: Viewer | None = None, *, as_of: date | None = None, limit: int | None = None
) -> list[Entity]:
    """The list now, or as it stood on ``as_of`` (compiled from the sources dated on or before it)."""
    with store.read() as conn:
        found = compile_list(conn, None, as_of, viewer).entities if as_of else current_entities(conn, viewer)
    return found if limit is None else found[:limit]


def compile_list(
    conn: Connection,
    start: date | None,
    end: date | None,
    viewer: Viewer | None = None,
    only: set[str] | None = None,
) -> CompiledList:
    """The list as compiled from the sources dated in [start, end] (either end open when None). With
    ``only`` (entity ids), just those entities are built (an edition of the included entities need not
    build the whole list to keep a few hundred of it); the sources and their counts are the same."""
    records_repo = RecordRepository(conn)
    editions = EditionRepository(conn)
    entity_repo = EntityRepository(conn)
    wanted = (
        None if only is None else {r for members in entity_repo.members_of(only).values() for r in members}
    )
    chosen: list[dict[str, Any]] = []
    by_source: dict[str, list[Record]] = {}
    for source_row in records_repo.list_sources():
        best = None
        for version in records_repo.versions(source_row.key):
            when = version.list_date or source_row.list_date or version.imported_at.date()
            if (start is None or when >= start) and (end is None or when <= end):
                best = (version, when)
        if best is None:
            continue
        version, when = best
        if version.id == source_row.current_version and wanted is not None:
            # the source's records as it lists them now: counted, and only the wanted ones loaded
            count = records_repo.count_active(source_row.key, viewer)
            stored = records_repo.load(sorted(wanted), source=source_row.key, viewer=viewer)
            listed = [s.record for s in stored.values()]
        else:
            if version.id == source_row.current_version:
                stored = records_repo.load(source=source_row.key)
                listed = [s.record for s in stored.values()]
            else:
                listed = _records_at(editions, records_repo, source_row.key, version.id)
            if viewer is not None:
                readable = readable_records(conn, [r.id for r in listed], viewer)
                listed = [r for r in listed if r.id in readable]
            count = len(listed)
            if wanted is not None:
                listed = [r for r in listed if r.id in wanted]
        by_source[source_row.key] = listed
        chosen.append(
            {
                "key": source_row.key,
                "name": source_row.name,
                "version": version.id,
                "date": when.isoformat(),
                "records": count,
            }
        )
    every = {r.id: r for records in by_source.values() for r in records}
    membership = entity_repo.membership(every)
    groups: dict[str, list[Record]] = defaultdict(list)
    for record_id, record in every.items():
        groups[membership.get(record_id) or new_entity_id([record_id])].append(record)
    sources = {row.key: source_from_row(row) for row in records_repo.list_sources()}
    entities = sorted(
        (build_entity(entity_id, recs, sources) for entity_id, recs in groups.items()),
        key=lambda e: (e.caption.casefold(), e.id),
    )
    return CompiledList(entities, chosen, {rid: r.content_hash() for rid, r in every.items()})


def _records_at(
    editions: EditionRepository, repo: RecordRepository, source: str, version: int
) -> list[Record]:
    """The records an older version of a source listed, with the values that version gave them."""
    events = editions.changes_of_source(source)
    state: dict[str, str] = {}
    later_before: dict[str, dict[str, Any]] = {}
    for row in events:
        if row.version_id <= version:
            state[row.record_id] = row.change
        elif row.record_id not in later_before and row.before:
            later_before[row.record_id] = row.before
    listed = sorted(rid for rid, change in state.items() if change != "removed")
    stored = repo.load(listed, include_removed=True)
    out = []
    for record_id in listed:
        if record_id not in stored:
            continue
        current = stored[record_id]
        record = current.record
        if current.changed_version > version and record_id in later_before:
            record = _with_values(record, later_before[record_id])
        out.append(record)
    return out


def _with_values(record: Record, before: dict[str, list[str]]) -> Record:
    """``record`` with the values a change summary says it had before (the keys the change touched)."""
    names = record.names
    if "names" in before:
        names = tuple(
            Name(text, NameKind.PRIMARY if i == 0 else NameKind.ALIAS)
            for i, text in enumerate(before["names"])
        )
    addresses = record.addresses
    if "addresses" in before:
        addresses = tuple(Address(full) for full in before["addresses"])
    identifiers = record.identifiers
    if "identifiers" in before:
        identifiers = tuple(_identifier(v) for v in before["identifiers"])
    facts = list(record.facts)
    for key, kind in (
        ("countries", FactKind.COUNTRY),
        ("birth_dates", FactKind.BIRTH_DATE),
        ("programmes", FactKind.PROGRAMME),
    ):
        if key in before:
            kinds = {kind, FactKind.NATIONALITY} if kind is FactKind.COUNTRY else {kind}
            facts = [f for f in facts if f.kind not in kinds] + [Fact(kind, v) for v in before[key]]
    return Record(
        record.id,
        record.source,
        record.native_id,
        record.schema,
        names,
        addresses,
        identifiers,
        tuple(facts),
        record.marking,
        record.extra,
    )


def _identifier(text: str) -> Identifier:
    kind, _, value = text.partition(":")
    try:
        return Identifier(IdentifierKind(kind), value)
    except ValueError:
        return Identifier(IdentifierKind.OTHER, text)
