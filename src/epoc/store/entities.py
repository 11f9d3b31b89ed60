"""Repository of the list: entities and their members, scored pairs, resolution runs. All their SQL is here.

Judgements and the review queue are in ``epoc.store.judgements``; editions in ``epoc.store.editions``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, or_, select, update

from epoc.model import Fact, FactKind, Identifier, IdentifierKind, Name, NameKind, Record, Schema
from epoc.model.access import Viewer
from epoc.model.entity import Entity
from epoc.resolution.engine import ScoredPair
from epoc.store.bulk import bulk_insert
from epoc.store.entity_tables import entities, entity_events, entity_members, record_pairs, resolution_runs
from epoc.store.records import CHUNK, marking_from_row, marking_values
from epoc.store.tables import (
    record_changes,
    record_facts,
    record_identifiers,
    record_names,
    records,
    source_versions,
    sources,
)
from epoc.store.visibility import visible


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def readable_records(conn: Connection, record_ids: Sequence[str], viewer: Viewer | None) -> set[str]:
    """The records of ``record_ids`` the viewer may read (all of them for the local operator)."""
    if viewer is None:
        return set(record_ids)
    found: set[str] = set()
    for chunk in chunks(sorted(set(record_ids))):
        found |= set(
            conn.scalars(select(records.c.id).where(records.c.id.in_(chunk), visible(records, viewer)))
        )
    return found


class EntityRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- membership -------------------------------------------------------------------------------------
    def membership(self, record_ids: Iterable[str] | None = None) -> dict[str, str]:
        """``{record id: entity id}`` for the records given (all when None)."""
        if record_ids is None:
            rows = self.conn.execute(select(entity_members.c.record_id, entity_members.c.entity_id))
            return {r.record_id: r.entity_id for r in rows}
        out: dict[str, str] = {}
        for chunk in chunks(sorted(set(record_ids))):
            rows = self.conn.execute(
                select(entity_members.c.record_id, entity_members.c.entity_id).where(
                    entity_members.c.record_id.in_(chunk)
                )
            )
            out.update({r.record_id: r.entity_id for r in rows})
        return out

    def members_of(self, entity_ids: Iterable[str]) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for chunk in chunks(sorted(set(entity_ids))):
            rows = self.conn.execute(
                select(entity_members.c.record_id, entity_members.c.entity_id).where(
                    entity_members.c.entity_id.in_(chunk)
                )
            )
            for r in rows:
                found[r.entity_id].add(r.record_id)
        return {k: frozenset(v) for k, v in found.items()}

    def all_ids(self) -> set[str]:
        return set(self.conn.scalars(select(entities.c.id)))

    def save(self, entity: Entity, members: frozenset[str], now: datetime, existing: bool) -> None:
        """Write one entity (active) and its members."""
        values = {
            "schema": entity.schema.value,
            "caption": entity.caption,
            "status": "active",
            "removed_reason": None,
            "removed_at": None,
            "record_count": len(entity.record_ids),
            "updated_at": now,
            **marking_values(entity.marking),
        }
        if existing:
            self.conn.execute(update(entities).where(entities.c.id == entity.id).values(**values))
        else:
            self.conn.execute(insert(entities).values(id=entity.id, created_at=now, **values))
        current = self.members_of([entity.id]).get(entity.id, frozenset())
        # records that left stay until the entity they moved to claims them; withdrawn ones stay (history)
        arriving = sorted(members - current)
        for chunk in chunks(arriving):
            self.conn.execute(delete(entity_members).where(entity_members.c.record_id.in_(chunk)))
        bulk_insert(
            self.conn,
            entity_members,
            [{"record_id": r, "entity_id": entity.id, "since": now} for r in arriving],
        )

    def save_many(self, items: Sequence[tuple[Entity, frozenset[str]]], now: datetime) -> None:
        """Insert many new entities at once (a resolution from scratch)."""
        bulk_insert(
            self.conn,
            entities,
            [
                {
                    "id": e.id,
                    "schema": e.schema.value,
                    "caption": e.caption,
                    "status": "active",
                    "removed_reason": None,
                    "removed_at": None,
                    "record_count": len(e.record_ids),
                    "created_at": now,
                    "updated_at": now,
                    **marking_values(e.marking),
                }
                for e, _ in items
            ],
        )
        member_ids = sorted(r for _, m in items for r in m)
        for chunk in chunks(member_ids):
            self.conn.execute(delete(entity_members).where(entity_members.c.record_id.in_(chunk)))
        bulk_insert(
            self.conn,
            entity_members,
            [{"record_id": r, "entity_id": e.id, "since": now} for e, m in items for r in sorted(m)],
        )

    def mark_removed(self, entity_id: str, reason: str, now: datetime) -> None:
        self.conn.execute(
            update(entities)
            .where(entities.c.id == entity_id)
            .values(status="removed", removed_reason=reason, removed_at=now, record_count=0, updated_at=now)
        )

    def add_events(self, rows: list[dict[str, Any]]) -> None:
        bulk_insert(self.conn, entity_events, rows)

    def events(self, entity_id: str) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(entity_events)
                .where(entity_events.c.entity_id == entity_id)
                .order_by(entity_events.c.id)
            )
        )

    # -- reading ----------------------------------------------------------------------------------------
    def get(self, entity_id: str, viewer: Viewer | None = None) -> Row[Any] | None:
        return self.conn.execute(
            select(entities).where(entities.c.id == entity_id, visible(entities, viewer))
        ).first()

    def rows(
        self,
        viewer: Viewer | None = None,
        *,
        include_removed: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Row[Any]]:
        query = select(entities).where(visible(entities, viewer))
        if not include_removed:
            query = query.where(entities.c.status == "active")
        query = query.order_by(entities.c.caption, entities.c.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        return list(self.conn.execute(query))

    def rows_of(self, entity_ids: Iterable[str]) -> list[Row[Any]]:
        """The rows of these entities (active or not), in id order."""
        out: list[Row[Any]] = []
        for chunk in chunks(sorted(set(entity_ids))):
            out.extend(self.conn.execute(select(entities).where(entities.c.id.in_(chunk))))
        return out

    def withdrawn_reason(self, record_ids: Iterable[str]) -> str:
        """Why an entity of these records is gone: the sources (and versions) that no longer list them."""
        said: set[str] = set()
        for chunk in chunks(sorted(set(record_ids))):
            rows = self.conn.execute(
                select(records.c.source_key, source_versions.c.id, source_versions.c.list_date)
                .join(source_versions, source_versions.c.id == records.c.removed_version)
                .where(records.c.id.in_(chunk))
            )
            said.update(
                f"{r.source_key} (version {r.id}"
                + (f", list dated {r.list_date.isoformat()})" if r.list_date else ")")
                for r in rows
            )
        if not said:
            return "withdrawn: its records are gone"
        return "withdrawn: no longer listed by " + ", ".join(sorted(said))

    def active_members(self, entity_ids: Sequence[str] | None = None) -> dict[str, list[str]]:
        """``{entity id: [active record ids]}`` (every active entity when None)."""
        query = (
            select(entity_members.c.entity_id, entity_members.c.record_id)
            .join(records, records.c.id == entity_members.c.record_id)
            .where(records.c.status == "active")
        )
        out: dict[str, list[str]] = defaultdict(list)
        batches: Iterable[list[str] | None] = chunks(sorted(entity_ids)) if entity_ids is not None else [None]
        for batch in batches:
            q = query if batch is None else query.where(entity_members.c.entity_id.in_(batch))
            for row in self.conn.execute(q.order_by(entity_members.c.record_id)):
                out[row.entity_id].append(row.record_id)
        return dict(out)

    def counts(self) -> dict[str, int]:
        active = self.conn.scalar(
            select(func.count()).select_from(entities).where(entities.c.status == "active")
        )
        removed = self.conn.scalar(
            select(func.count()).select_from(entities).where(entities.c.status == "removed")
        )
        return {"entities": active or 0, "removed_entities": removed or 0}

    # -- what changed since the last run ----------------------------------------------------------------
    def current_versions(self) -> dict[str, int]:
        rows = self.conn.execute(select(sources.c.key, sources.c.current_version))
        return {r.key: r.current_version for r in rows if r.current_version is not None}

    def changed_records(self, seen: dict[str, int]) -> set[str]:
        """Records added, changed or removed in source versions newer than those ``seen``."""
        out: set[str] = set()
        rows = self.conn.execute(
            select(
                record_changes.c.record_id, source_versions.c.source_key, record_changes.c.version_id
            ).join(source_versions, source_versions.c.id == record_changes.c.version_id)
        )
        for row in rows:
            if row.version_id > seen.get(row.source_key, 0):
                out.add(row.record_id)
        return out

    def unresolved_records(self) -> set[str]:
        """Active records in no entity (a list imported before resolution first ran, say)."""
        query = (
            select(records.c.id)
            .outerjoin(entity_members, entity_members.c.record_id == records.c.id)
            .where(records.c.status == "active", entity_members.c.entity_id.is_(None))
        )
        return set(self.conn.scalars(query))

    def active_record_ids(self) -> set[str]:
        return set(self.conn.scalars(select(records.c.id).where(records.c.status == "active")))

    def list_ids(self, record_ids: Iterable[str] | None = None) -> list[tuple[str, str]]:
        """``(record id, list id value)`` of active records (all when None)."""
        query = (
            select(record_identifiers.c.record_id, record_identifiers.c.value)
            .join(records, records.c.id == record_identifiers.c.record_id)
            .where(record_identifiers.c.kind == "list_id", records.c.status == "active")
        )
        if record_ids is None:
            return [(r.record_id, r.value) for r in self.conn.execute(query)]
        out: list[tuple[str, str]] = []
        for chunk in chunks(sorted(set(record_ids))):
            out.extend(
                (r.record_id, r.value) for r in self.conn.execute(query.where(records.c.id.in_(chunk)))
            )
        return out

    def load_for_resolution(self, record_ids: Iterable[str] | None = None) -> dict[str, Record]:
        """Active records with only what clustering and an entity's head need: primary names, list ids,
        IMO and LEI numbers, birth dates, marking. Much lighter than loading every value."""
        heads: dict[str, Any] = {}
        names: dict[str, list[Name]] = defaultdict(list)
        idents: dict[str, list[Identifier]] = defaultdict(list)
        facts: dict[str, list[Fact]] = defaultdict(list)
        head_q = select(
            records.c.id,
            records.c.source_key,
            records.c.native_id,
            records.c.schema,
            records.c.caption,
            records.c.classification,
            records.c.scope,
            records.c.rel_partners,
            records.c.not_for_outreach,
        ).where(records.c.status == "active")
        name_q = select(record_names.c.record_id, record_names.c.text, record_names.c.script).where(
            record_names.c.kind == "primary"
        )
        ident_q = select(
            record_identifiers.c.record_id, record_identifiers.c.kind, record_identifiers.c.value
        ).where(record_identifiers.c.kind.in_(["list_id", "imo", "lei"]))
        fact_q = select(record_facts.c.record_id, record_facts.c.value).where(
            record_facts.c.kind == "birth_date"
        )
        batches: Iterable[list[str] | None] = (
            chunks(sorted(set(record_ids))) if record_ids is not None else [None]
        )
        for batch in batches:

            def within(query: Any, column: Any, batch: list[str] | None = batch) -> Any:
                return query if batch is None else query.where(column.in_(batch))

            for row in self.conn.execute(within(head_q, records.c.id)):
                heads[row.id] = row
            for row in self.conn.execute(
                within(name_q, record_names.c.record_id).order_by(record_names.c.seq)
            ):
                names[row.record_id].append(Name(row.text, NameKind.PRIMARY, row.script))
            for row in self.conn.execute(within(ident_q, record_identifiers.c.record_id)):
                idents[row.record_id].append(Identifier(IdentifierKind(row.kind), row.value))
            for row in self.conn.execute(within(fact_q, record_facts.c.record_id)):
                facts[row.record_id].append(Fact(FactKind.BIRTH_DATE, row.value))
        return {
            rid: Record(
                id=rid,
                source=h.source_key,
                native_id=h.native_id,
                schema=Schema(h.schema),
                names=tuple(names.get(rid, ())) or (Name(h.caption, NameKind.PRIMARY),),
                identifiers=tuple(idents.get(rid, ())),
                facts=tuple(facts.get(rid, ())),
                marking=marking_from_row(h),
            )
            for rid, h in heads.items()
        }

    # -- scored pairs -----------------------------------------------------------------------------------
    def replace_pairs(self, touching: Iterable[str], pairs: Iterable[ScoredPair]) -> None:
        """Forget the pairs of the records rescored, then store their new pairs."""
        ids = sorted(set(touching))
        for chunk in chunks(ids):
            self.conn.execute(
                delete(record_pairs).where(
                    or_(record_pairs.c.left_id.in_(chunk), record_pairs.c.right_id.in_(chunk))
                )
            )
        unique = {(p.left, p.right): p for p in pairs}
        bulk_insert(
            self.conn,
            record_pairs,
            [
                {
                    "left_id": p.left,
                    "right_id": p.right,
                    "score": p.score,
                    "match": p.match,
                    "explanation": list(p.explanation),
                }
                for p in unique.values()
            ],
        )

    def pairs_touching(self, record_ids: Iterable[str]) -> list[ScoredPair]:
        out: dict[tuple[str, str], ScoredPair] = {}
        for chunk in chunks(sorted(set(record_ids))):
            rows = self.conn.execute(
                select(record_pairs).where(
                    or_(record_pairs.c.left_id.in_(chunk), record_pairs.c.right_id.in_(chunk))
                )
            )
            for r in rows:
                out[(r.left_id, r.right_id)] = ScoredPair(
                    r.left_id, r.right_id, r.score, bool(r.match), tuple(r.explanation or ())
                )
        return list(out.values())

    def pair(self, left: str, right: str) -> ScoredPair | None:
        a, b = sorted((left, right))
        r = self.conn.execute(
            select(record_pairs).where(record_pairs.c.left_id == a, record_pairs.c.right_id == b)
        ).first()
        return None if r is None else ScoredPair(a, b, r.score, bool(r.match), tuple(r.explanation or ()))

    # -- runs -------------------------------------------------------------------------------------------
    def last_run(self) -> Row[Any] | None:
        return self.conn.execute(
            select(resolution_runs)
            .where(resolution_runs.c.mode != "judgement")
            .order_by(resolution_runs.c.id.desc())
        ).first()

    def add_run(self, values: dict[str, Any]) -> int:
        result = self.conn.execute(insert(resolution_runs).values(**values))
        return int(result.inserted_primary_key[0])  # type: ignore[index]
