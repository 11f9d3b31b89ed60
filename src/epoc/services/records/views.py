"""Reading sources and records: the list of sources, one record with every value's provenance, lookup.

Each function takes the ``viewer`` it answers (``None``: the local CLI operator, who reads everything) and
filters in its queries what that viewer may not read, counts included. A viewer's reads and searches are
written to the audit trail in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from epoc.model import Marking, NotFound
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.services import audit
from epoc.services.results import plain, plain_json
from epoc.store import Store
from epoc.store.records import RecordRepository, StoredRecord, marking_from_row, source_from_row


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """A source as the list of sources shows it (`epoc lists --json`); counts are of what the viewer may
    read."""

    key: str
    name: str
    format: str
    kind: str
    date: str | None
    records: int
    names: int
    publisher: str | None
    partner: str | None
    marking: Marking
    version: int | None
    imported_at: str | None
    warnings: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


def list_sources(store: Store, viewer: Viewer | None = None) -> list[SourceSummary]:
    """One entry per source the viewer may read: what `epoc lists --json` prints."""
    with store.read() as conn:
        repo = RecordRepository(conn)
        rows = repo.list_sources(viewer=viewer)
        counts = _visible_counts(repo, rows, viewer)
    return [
        SourceSummary(
            key=row.key,
            name=row.name,
            format=row.format,
            kind=row.kind,
            date=row.list_date.isoformat() if row.list_date else None,
            records=counts[row.key][0],
            names=counts[row.key][1],
            publisher=row.publisher,
            partner=row.partner,
            marking=marking_from_row(row),
            version=row.current_version,
            imported_at=row.imported_at.isoformat() if row.imported_at else None,
            warnings=tuple(row.warnings or ()),
        )
        for row in rows
    ]


def _visible_counts(
    repo: RecordRepository, rows: list[Any], viewer: Viewer | None
) -> dict[str, tuple[int, int]]:
    """(records, names) per source: the version's counts, or for a viewer the records it may read (the
    names counted again only where some records of the source are hidden from it)."""
    stated = {row.key: (row.record_count or 0, row.name_count or 0) for row in rows}
    if viewer is None:
        return stated
    seen = repo.visible_counts(viewer)
    out = {}
    for key, (n_records, n_names) in stated.items():
        mine = seen.get(key, 0)
        out[key] = (mine, n_names if mine == n_records else repo.visible_name_count(key, viewer))
    return out


@dataclass(frozen=True, slots=True)
class ListSummary:
    """The size of what a viewer may read, and the latest sources (the dashboard)."""

    marking: Marking  # of the counts: the strictest of the sources they come from
    sources: int
    records: int
    names: int
    latest_sources: tuple[SourceSummary, ...]

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


def summary(store: Store, viewer: Viewer | None = None, latest: int = 5) -> ListSummary:
    """What the dashboard shows: the size of what the viewer may read, and the latest sources."""
    sources = list_sources(store, viewer)
    newest = sorted(sources, key=lambda s: (s.imported_at or "", s.key), reverse=True)[:latest]
    marking = Marking.strictest_of(s.marking for s in sources)
    return ListSummary(
        marking,
        len(sources),
        sum(s.records for s in sources),
        sum(s.names for s in sources),
        tuple(newest),
    )


@dataclass(frozen=True, slots=True)
class NameValue:
    """A record's name, and where it came from (its source, record and place in the file)."""

    text: str
    kind: str
    script: str | None
    lang: str | None
    source: str
    record_id: str
    origin: str | None


@dataclass(frozen=True, slots=True)
class AddressValue:
    full: str
    street: str | None
    city: str | None
    region: str | None
    postal_code: str | None
    country: str | None
    source: str
    record_id: str
    origin: str | None


@dataclass(frozen=True, slots=True)
class IdentifierValue:
    kind: str
    value: str
    country: str | None
    note: str | None
    source: str
    record_id: str
    origin: str | None


@dataclass(frozen=True, slots=True)
class FactValue:
    kind: str
    value: str
    raw: str | None
    source: str
    record_id: str
    origin: str | None


@dataclass(frozen=True, slots=True)
class RecordView:
    """A record with every value and where it came from (a review pair's sides show it too)."""

    id: str
    native_id: str
    schema: str
    caption: str
    status: str
    marking: Marking | None  # None: the source's
    names: tuple[NameValue, ...]
    addresses: tuple[AddressValue, ...]
    identifiers: tuple[IdentifierValue, ...]
    countries: tuple[FactValue, ...]
    birth_dates: tuple[FactValue, ...]
    birth_places: tuple[FactValue, ...]
    programmes: tuple[FactValue, ...]
    remarks: tuple[FactValue, ...]
    other: tuple[FactValue, ...]
    first_version: int
    changed_version: int
    removed_version: int | None


@dataclass(frozen=True, slots=True)
class RecordSource:
    key: str
    name: str
    format: str
    date: str | None
    publisher: str | None
    partner: str | None
    marking: Marking


@dataclass(frozen=True, slots=True)
class RecordChange:
    """A version's change to the record, with its values before and after (as the store keeps them)."""

    version: int
    change: str
    imported_at: str | None
    list_date: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class ShownRecord(RecordView):
    """A record, its source and its history (`epoc records show ID --json`)."""

    source: RecordSource
    history: tuple[RecordChange, ...]


def show_record(store: Store, record_id: str, viewer: Viewer | None = None) -> ShownRecord:
    """A record with every value and where it came from (`epoc records show ID --json`). A record the
    viewer may not read is "not found", in the same words as one that does not exist."""
    with store.transaction() as conn:
        repo = RecordRepository(conn)
        stored = repo.get(record_id, viewer)
        if stored is None:
            raise NotFound(f"no record {record_id!r}; `epoc records search TEXT` finds ids")
        source_row = repo.get_source(stored.record.source)
        history = repo.changes(record_id)
        if viewer is not None:
            audit.record(
                conn,
                viewer,
                Action.RECORD_READ,
                record_id,
                {"marking": stored.record.marking.banner if stored.record.marking else None},
            )
    assert source_row is not None
    source = source_from_row(source_row)
    view = record_view(stored)
    return ShownRecord(
        **{f.name: getattr(view, f.name) for f in fields(RecordView)},
        source=RecordSource(
            key=source.key,
            name=source.name,
            format=source.format,
            date=source.date.isoformat() if source.date else None,
            publisher=source.publisher,
            partner=source.partner,
            marking=source.marking,
        ),
        history=tuple(
            RecordChange(
                version=row.version_id,
                change=row.change,
                imported_at=row.imported_at.isoformat() if row.imported_at else None,
                list_date=row.list_date.isoformat() if row.list_date else None,
                before=row.before,
                after=row.after,
            )
            for row in history
        ),
    )


def record_view(stored: StoredRecord) -> RecordView:
    record = stored.record
    where = (record.source, record.id)

    def facts(*kinds: str) -> tuple[FactValue, ...]:
        return tuple(
            FactValue(f.kind.value, f.value, f.raw, *where, f.origin)
            for f in record.facts
            if f.kind.value in kinds
        )

    return RecordView(
        id=record.id,
        native_id=record.native_id,
        schema=record.schema.value,
        caption=record.caption,
        status=stored.status,
        marking=record.marking,
        names=tuple(
            NameValue(n.text, n.kind.value, n.script, n.lang, *where, n.origin) for n in record.names
        ),
        addresses=tuple(
            AddressValue(a.full, a.street, a.city, a.region, a.postal_code, a.country, *where, a.origin)
            for a in record.addresses
        ),
        identifiers=tuple(
            IdentifierValue(i.kind.value, i.value, i.country, i.note, *where, i.origin)
            for i in record.identifiers
        ),
        countries=facts("country", "nationality"),
        birth_dates=facts("birth_date"),
        birth_places=facts("birth_place"),
        programmes=facts("programme"),
        remarks=facts("remark"),
        other=facts("position", "title", "gender", "listed_on", "linked_to"),
        first_version=stored.first_version,
        changed_version=stored.changed_version,
        removed_version=stored.removed_version,
    )


@dataclass(frozen=True, slots=True)
class RecordHit:
    """A record found by a lookup, and the name or identifier it was found by."""

    id: str
    caption: str
    schema: str
    source: str
    status: str
    matched: str | None
    marking: Marking

    def to_json(self) -> dict[str, Any]:
        """`epoc records search --json`: the marking as its banner."""
        return {**plain(self), "marking": self.marking.banner}


def search_records(store: Store, text: str, limit: int = 50, viewer: Viewer | None = None) -> list[RecordHit]:
    """Plain (non-fuzzy) lookup by record id, identifier, or a part of a name (case and accents aside)."""
    with store.transaction() as conn:
        rows = RecordRepository(conn).search(text, limit, viewer=viewer)
        if viewer is not None:
            audit.record(conn, viewer, Action.RECORD_SEARCH, None, {"text": text, "results": len(rows)})
    return [
        RecordHit(
            row.id,
            row.caption,
            row.schema,
            row.source_key,
            row.status,
            row.matched,
            Marking.parse(row.marking),
        )
        for row in rows
    ]
