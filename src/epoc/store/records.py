"""Repository of sources, their versions and records. All SQL about them lives here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, and_, delete, func, insert, select, update

from epoc.model import (
    Address,
    Classification,
    Fact,
    FactKind,
    Identifier,
    IdentifierKind,
    Marking,
    Name,
    NameKind,
    Record,
    Schema,
    Scope,
    Source,
    SourceKind,
)
from epoc.model.access import Viewer
from epoc.names.fold import fold, fold_identifier
from epoc.store.bulk import bulk_insert
from epoc.store.tables import (
    VALUE_TABLES,
    record_addresses,
    record_changes,
    record_facts,
    record_identifiers,
    record_names,
    records,
    source_versions,
    sources,
)
from epoc.store.visibility import visible

CHUNK = 5000  # rows per executemany / ids per IN (…) query
_NAME_KINDS = {k.value: k for k in NameKind}
_IDENTIFIER_KINDS = {k.value: k for k in IdentifierKind}
_FACT_KINDS = {k.value: k for k in FactKind}
_SCHEMAS = {s.value: s for s in Schema}


def marking_values(marking: Marking) -> dict[str, Any]:
    return {
        "classification": int(marking.classification),
        "scope": int(marking.scope),
        "rel_partners": "".join(f",{p}" for p in sorted(marking.partners))
        + ("," if marking.partners else ""),
        "not_for_outreach": marking.not_for_outreach,
        "marking": marking.banner,
    }


def marking_from_row(row: Any) -> Marking:
    partners = frozenset(p for p in (row.rel_partners or "").split(",") if p)
    return Marking(Classification(row.classification), Scope(row.scope), partners, bool(row.not_for_outreach))


def source_from_row(row: Any) -> Source:
    return Source(
        key=row.key,
        name=row.name,
        format=row.format,
        kind=SourceKind(row.kind),
        publisher=row.publisher,
        partner=row.partner,
        date=row.list_date,
        marking=marking_from_row(row),
        url=row.url,
    )


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """A record with what the store knows about it beyond its values."""

    record: Record
    status: str
    first_version: int
    changed_version: int
    removed_version: int | None


class RecordRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- sources ----------------------------------------------------------------------------------------
    def get_source(self, key: str) -> Row[Any] | None:
        return self.conn.execute(select(sources).where(sources.c.key == key)).first()

    def upsert_source(self, source: Source, now: datetime) -> None:
        values = {
            "name": source.name,
            "format": source.format,
            "kind": source.kind.value,
            "publisher": source.publisher,
            "partner": source.partner,
            "list_date": source.date,
            "url": source.url,
            "updated_at": now,
            **marking_values(source.marking),
        }
        if self.get_source(source.key) is None:
            self.conn.execute(insert(sources).values(key=source.key, created_at=now, **values))
        else:
            self.conn.execute(update(sources).where(sources.c.key == source.key).values(**values))

    def list_sources(self, kind: SourceKind | None = None, viewer: Viewer | None = None) -> list[Row[Any]]:
        """Sources the viewer may read, with their current version's counts (see ``visible_counts``)."""
        query = (
            select(
                sources,
                source_versions.c.record_count,
                source_versions.c.name_count,
                source_versions.c.imported_at,
                source_versions.c.warnings,
            )
            .outerjoin(source_versions, source_versions.c.id == sources.c.current_version)
            .where(visible(sources, viewer))
            .order_by(sources.c.key)
        )
        if kind is not None:
            query = query.where(sources.c.kind == kind.value)
        return list(self.conn.execute(query))

    def visible_counts(self, viewer: Viewer) -> dict[str, int]:
        """Active records per source that ``viewer`` may read (a record can be stricter than its source)."""
        query = (
            select(records.c.source_key, func.count())
            .where(records.c.status == "active", visible(records, viewer))
            .group_by(records.c.source_key)
        )
        return {key: int(n) for key, n in self.conn.execute(query)}

    def visible_counts_all(self) -> dict[str, int]:
        """Active records per source (the local operator reads them all)."""
        query = (
            select(records.c.source_key, func.count())
            .where(records.c.status == "active")
            .group_by(records.c.source_key)
        )
        return {key: int(n) for key, n in self.conn.execute(query)}

    def visible_name_count(self, key: str, viewer: Viewer) -> int:
        query = (
            select(func.count())
            .select_from(record_names.join(records))
            .where(records.c.source_key == key, records.c.status == "active", visible(records, viewer))
        )
        return int(self.conn.scalar(query) or 0)

    # -- versions ---------------------------------------------------------------------------------------
    def current_version(self, key: str) -> Row[Any] | None:
        return self.conn.execute(
            select(source_versions)
            .join(sources, sources.c.current_version == source_versions.c.id)
            .where(sources.c.key == key)
        ).first()

    def add_version(self, key: str, values: dict[str, Any]) -> int:
        result = self.conn.execute(insert(source_versions).values(source_key=key, **values))
        version_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        self.conn.execute(update(sources).where(sources.c.key == key).values(current_version=version_id))
        return version_id

    def versions_by_unit_digest(self, digest: str) -> list[Row[Any]]:
        """The newest version of each source made from these files, and whether it is still current."""
        rows = self.conn.execute(
            select(
                source_versions,
                sources.c.name,
                (sources.c.current_version == source_versions.c.id).label("is_current"),
            )
            .join(sources, sources.c.key == source_versions.c.source_key)
            .where(source_versions.c.unit_digest == digest)
            .order_by(source_versions.c.source_key, source_versions.c.id.desc())
        )
        newest: dict[str, Row[Any]] = {}
        for row in rows:
            newest.setdefault(row.source_key, row)
        return list(newest.values())

    def versions(self, key: str) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(source_versions)
                .where(source_versions.c.source_key == key)
                .order_by(source_versions.c.id)
            )
        )

    # -- records: writing -------------------------------------------------------------------------------
    def record_states(self, key: str) -> dict[str, tuple[str, str]]:
        """``{record id: (content hash, status)}`` for every record the source ever had."""
        rows = self.conn.execute(
            select(records.c.id, records.c.content_hash, records.c.status).where(records.c.source_key == key)
        )
        return {row.id: (row.content_hash, row.status) for row in rows}

    def insert_records(
        self, items: Sequence[Record], version: int, source_marking: Marking, hashes: dict[str, str]
    ) -> None:
        rows = [
            {
                "id": r.id,
                "source_key": r.source,
                "native_id": r.native_id,
                "schema": r.schema.value,
                "caption": r.caption,
                "content_hash": hashes[r.id],
                "status": "active",
                "first_version": version,
                "changed_version": version,
                "removed_version": None,
                "extra": dict(r.extra),
                **marking_values(r.marking.strictest(source_marking) if r.marking else source_marking),
            }
            for r in items
        ]
        self._insert_many(records, rows)
        self._insert_values(items)

    def replace_records(
        self, items: Sequence[Record], version: int, source_marking: Marking, hashes: dict[str, str]
    ) -> None:
        """New values for records that exist (changed, or listed again after removal)."""
        ids = [r.id for r in items]
        for table in VALUE_TABLES:
            for chunk in _chunks(ids):
                self.conn.execute(delete(table).where(table.c.record_id.in_(chunk)))
        for r in items:
            marking = r.marking.strictest(source_marking) if r.marking else source_marking
            self.conn.execute(
                update(records)
                .where(records.c.id == r.id)
                .values(
                    schema=r.schema.value,
                    caption=r.caption,
                    content_hash=hashes[r.id],
                    status="active",
                    changed_version=version,
                    removed_version=None,
                    extra=dict(r.extra),
                    **marking_values(marking),
                )
            )
        self._insert_values(items)

    def apply_marking(self, items: Sequence[Record], source_marking: Marking) -> None:
        """The source's marking changed: each record's is now the strictest of its own and the source's."""
        groups: dict[Marking, list[str]] = defaultdict(list)
        for r in items:
            groups[r.marking.strictest(source_marking) if r.marking else source_marking].append(r.id)
        for marking, ids in groups.items():
            for chunk in _chunks(ids):
                self.conn.execute(
                    update(records).where(records.c.id.in_(chunk)).values(**marking_values(marking))
                )

    def mark_removed(self, ids: Sequence[str], version: int) -> None:
        for chunk in _chunks(list(ids)):
            self.conn.execute(
                update(records)
                .where(records.c.id.in_(chunk))
                .values(status="removed", removed_version=version, changed_version=version)
            )

    def add_changes(self, version: int, changes: Iterable[dict[str, Any]]) -> None:
        self._insert_many(record_changes, [{"version_id": version, **c} for c in changes])

    def _insert_values(self, items: Sequence[Record]) -> None:
        names: list[dict[str, Any]] = []
        addresses: list[dict[str, Any]] = []
        identifiers: list[dict[str, Any]] = []
        facts: list[dict[str, Any]] = []
        for r in items:
            names.extend(
                {
                    "record_id": r.id,
                    "seq": i,
                    "text": n.text,
                    "kind": n.kind.value,
                    "script": n.script,
                    "lang": n.lang,
                    "folded": fold(n.text),
                    "origin": n.origin,
                }
                for i, n in enumerate(r.names)
            )
            addresses.extend(
                {
                    "record_id": r.id,
                    "seq": i,
                    "full": a.full,
                    "street": a.street,
                    "city": a.city,
                    "region": a.region,
                    "postal_code": a.postal_code,
                    "country": a.country,
                    "origin": a.origin,
                }
                for i, a in enumerate(r.addresses)
            )
            identifiers.extend(
                {
                    "record_id": r.id,
                    "seq": i,
                    "kind": d.kind.value,
                    "value": d.value,
                    "folded": stored_identifier(d.value),
                    "country": d.country,
                    "note": d.note,
                    "origin": d.origin,
                }
                for i, d in enumerate(r.identifiers)
            )
            facts.extend(
                {
                    "record_id": r.id,
                    "seq": i,
                    "kind": f.kind.value,
                    "value": f.value,
                    "raw": f.raw,
                    "origin": f.origin,
                }
                for i, f in enumerate(r.facts)
            )
        self._insert_many(record_names, names)
        self._insert_many(record_addresses, addresses)
        self._insert_many(record_identifiers, identifiers)
        self._insert_many(record_facts, facts)

    def _insert_many(self, table: Any, rows: list[dict[str, Any]]) -> None:
        bulk_insert(self.conn, table, rows)

    # -- records: reading -------------------------------------------------------------------------------
    def get(self, record_id: str, viewer: Viewer | None = None) -> StoredRecord | None:
        found = self.load([record_id], include_removed=True, viewer=viewer)
        return found.get(record_id)

    def load(
        self,
        ids: Sequence[str] | None = None,
        *,
        source: str | None = None,
        include_removed: bool = False,
        viewer: Viewer | None = None,
    ) -> dict[str, StoredRecord]:
        """Records with all their values, by id (in the store's order); only those ``viewer`` may read."""
        out: dict[str, StoredRecord] = {}
        for batch in _chunks(list(ids)) if ids is not None else [None]:
            query = select(records).where(visible(records, viewer))
            if batch is not None:
                query = query.where(records.c.id.in_(batch))
            if source is not None:
                query = query.where(records.c.source_key == source)
            if not include_removed:
                query = query.where(records.c.status == "active")
            heads = {row.id: row for row in self.conn.execute(query.order_by(records.c.id))}
            if heads:
                out.update(self._assemble(heads))
        return out

    def count_active(self, source: str, viewer: Viewer | None = None) -> int:
        """How many active records of ``source`` the viewer may read."""
        query = (
            select(func.count())
            .select_from(records)
            .where(records.c.source_key == source, records.c.status == "active", visible(records, viewer))
        )
        return int(self.conn.scalar(query) or 0)

    def iter_active(self, source: str | None = None, batch_size: int = CHUNK) -> Iterator[Record]:
        """Every active record, in batches (for index builds and resolution)."""
        query = select(records.c.id).where(records.c.status == "active").order_by(records.c.id)
        if source is not None:
            query = query.where(records.c.source_key == source)
        ids = list(self.conn.scalars(query))
        for start in range(0, len(ids), batch_size):
            for stored in self.load(ids[start : start + batch_size]).values():
                yield stored.record

    def _assemble(self, heads: dict[str, Any]) -> dict[str, StoredRecord]:
        # Plain tuples and dictionary lookups instead of Row attributes and Enum(value) calls: loading every
        # record of a list (index builds, resolution, exports) is dominated by this loop.
        names: dict[str, list[Name]] = defaultdict(list)
        addresses: dict[str, list[Address]] = defaultdict(list)
        identifiers: dict[str, list[Identifier]] = defaultdict(list)
        facts: dict[str, list[Fact]] = defaultdict(list)
        ids = list(heads)
        for rid, text, kind, script, lang, origin in self._values(
            record_names, ("text", "kind", "script", "lang", "origin"), ids
        ):
            names[rid].append(Name(text, _NAME_KINDS[kind], script, lang, origin))
        for rid, full, street, city, region, postal, country, origin in self._values(
            record_addresses, ("full", "street", "city", "region", "postal_code", "country", "origin"), ids
        ):
            addresses[rid].append(Address(full, street, city, region, postal, country, origin))
        for rid, kind, value, country, note, origin in self._values(
            record_identifiers, ("kind", "value", "country", "note", "origin"), ids
        ):
            identifiers[rid].append(Identifier(_IDENTIFIER_KINDS[kind], value, country, note, origin))
        for rid, kind, value, raw, origin in self._values(
            record_facts, ("kind", "value", "raw", "origin"), ids
        ):
            facts[rid].append(Fact(_FACT_KINDS[kind], value, raw, origin))
        markings: dict[tuple[Any, ...], Marking] = {}
        out = {}
        for record_id, head in heads.items():
            key = (head.classification, head.scope, head.rel_partners, head.not_for_outreach)
            marking = markings.get(key)
            if marking is None:
                marking = markings[key] = marking_from_row(head)
            record = Record(
                id=head.id,
                source=head.source_key,
                native_id=head.native_id,
                schema=_SCHEMAS[head.schema],
                names=tuple(names.get(record_id, ())),
                addresses=tuple(addresses.get(record_id, ())),
                identifiers=tuple(identifiers.get(record_id, ())),
                facts=tuple(facts.get(record_id, ())),
                marking=marking,
                extra=dict(head.extra or {}),
            )
            out[record_id] = StoredRecord(
                record, head.status, head.first_version, head.changed_version, head.removed_version
            )
        return out

    def _values(self, table: Any, columns: tuple[str, ...], ids: list[str]) -> Iterator[tuple[Any, ...]]:
        """``(record id, *columns)`` of a value table for the records, in each record's order."""
        for chunk in _chunks(ids):
            query = (
                select(table.c.record_id, *(table.c[c] for c in columns))
                .where(table.c.record_id.in_(chunk))
                .order_by(table.c.record_id, table.c.seq)
            )
            yield from self.conn.execute(query)

    def changes(self, record_id: str) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(record_changes, source_versions.c.imported_at, source_versions.c.list_date)
                .join(source_versions, source_versions.c.id == record_changes.c.version_id)
                .where(record_changes.c.record_id == record_id)
                .order_by(record_changes.c.id)
            )
        )

    def search(
        self, text: str, limit: int = 50, include_removed: bool = False, viewer: Viewer | None = None
    ) -> list[Any]:
        """Plain lookup: a record id, an identifier, or names containing the folded text; only records
        ``viewer`` may read."""
        folded = fold(text)
        if not folded:
            return []
        pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        by_name = (
            select(record_names.c.record_id, func.min(record_names.c.text).label("matched"))
            .where(record_names.c.folded.like(pattern, escape="\\"))
            .group_by(record_names.c.record_id)
        )
        by_identifier = (
            select(record_identifiers.c.record_id, func.min(record_identifiers.c.value).label("matched"))
            .where(record_identifiers.c.folded == stored_identifier(text))
            .group_by(record_identifiers.c.record_id)
        )
        hits = by_name.union_all(by_identifier).subquery()
        query = (
            select(
                records.c.id,
                records.c.caption,
                records.c.schema,
                records.c.source_key,
                records.c.status,
                records.c.marking,
                func.min(hits.c.matched).label("matched"),
            )
            .join(hits, hits.c.record_id == records.c.id)
            .group_by(
                records.c.id,
                records.c.caption,
                records.c.schema,
                records.c.source_key,
                records.c.status,
                records.c.marking,
            )
            .where(visible(records, viewer))
            .order_by(records.c.caption, records.c.id)
            .limit(limit)
        )
        exact = select(records.c.id).where(records.c.id == text.strip(), visible(records, viewer))
        if not include_removed:
            query = query.where(records.c.status == "active")
        rows = list(self.conn.execute(query))
        if self.conn.execute(exact).first() and all(r.id != text.strip() for r in rows):
            rows = (
                list(
                    self.conn.execute(
                        select(
                            records.c.id,
                            records.c.caption,
                            records.c.schema,
                            records.c.source_key,
                            records.c.status,
                            records.c.marking,
                            records.c.caption.label("matched"),
                        ).where(records.c.id == text.strip())
                    )
                )
                + rows
            )
        return rows[:limit]

    def counts(self, viewer: Viewer | None = None) -> dict[str, int]:
        active = and_(records.c.status == "active", visible(records, viewer))
        return {
            "sources": self.conn.scalar(
                select(func.count()).select_from(sources).where(visible(sources, viewer))
            )
            or 0,
            "records": self.conn.scalar(select(func.count()).select_from(records).where(active)) or 0,
            "names": self.conn.scalar(
                select(func.count()).select_from(record_names.join(records)).where(active)
            )
            or 0,
        }


def stored_identifier(value: str) -> str:
    """An identifier as ``record_identifiers.folded`` holds it: folded (the core rule), cut to 200."""
    return fold_identifier(value)[:200]


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]
