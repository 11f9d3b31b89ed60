"""Reading sources and records: the list of sources, one record with every value's provenance, lookup."""

from __future__ import annotations

from typing import Any

from epoc.model import NotFound, Record
from epoc.store import Store
from epoc.store.records import RecordRepository, StoredRecord, marking_from_row, source_from_row


def list_sources(store: Store) -> list[dict[str, Any]]:
    """One entry per source: what `epoc lists --json` prints."""
    with store.read() as conn:
        rows = RecordRepository(conn).list_sources()
    return [
        {
            "key": row.key,
            "name": row.name,
            "format": row.format,
            "kind": row.kind,
            "date": row.list_date.isoformat() if row.list_date else None,
            "records": row.record_count or 0,
            "names": row.name_count or 0,
            "publisher": row.publisher,
            "partner": row.partner,
            "marking": marking_from_row(row).to_json(),
            "version": row.current_version,
            "imported_at": row.imported_at.isoformat() if row.imported_at else None,
            "warnings": list(row.warnings or []),
        }
        for row in rows
    ]


def show_record(store: Store, record_id: str) -> dict[str, Any]:
    """A record with every value and where it came from (`epoc records show ID --json`)."""
    with store.read() as conn:
        repo = RecordRepository(conn)
        stored = repo.get(record_id)
        if stored is None:
            raise NotFound(f"no record {record_id!r}; `epoc records search TEXT` finds ids")
        source_row = repo.get_source(stored.record.source)
        history = repo.changes(record_id)
    assert source_row is not None
    source = source_from_row(source_row)
    out = record_json(stored)
    out["source"] = {
        "key": source.key,
        "name": source.name,
        "format": source.format,
        "date": source.date.isoformat() if source.date else None,
        "publisher": source.publisher,
        "partner": source.partner,
        "marking": source.marking.to_json(),
    }
    out["history"] = [
        {
            "version": row.version_id,
            "change": row.change,
            "imported_at": row.imported_at.isoformat() if row.imported_at else None,
            "list_date": row.list_date.isoformat() if row.list_date else None,
            "before": row.before,
            "after": row.after,
        }
        for row in history
    ]
    return out


def record_json(stored: StoredRecord) -> dict[str, Any]:
    record = stored.record

    def provenance(origin: str | None) -> dict[str, Any]:
        return {"source": record.source, "record_id": record.id, "origin": origin}

    return {
        "id": record.id,
        "native_id": record.native_id,
        "schema": record.schema.value,
        "caption": record.caption,
        "status": stored.status,
        "marking": record.marking.to_json() if record.marking else None,
        "names": [
            {"text": n.text, "kind": n.kind.value, "script": n.script, "lang": n.lang, **provenance(n.origin)}
            for n in record.names
        ],
        "addresses": [
            {
                "full": a.full,
                "street": a.street,
                "city": a.city,
                "region": a.region,
                "postal_code": a.postal_code,
                "country": a.country,
                **provenance(a.origin),
            }
            for a in record.addresses
        ],
        "identifiers": [
            {
                "kind": i.kind.value,
                "value": i.value,
                "country": i.country,
                "note": i.note,
                **provenance(i.origin),
            }
            for i in record.identifiers
        ],
        "countries": _facts(record, ("country", "nationality"), provenance),
        "birth_dates": _facts(record, ("birth_date",), provenance),
        "birth_places": _facts(record, ("birth_place",), provenance),
        "programmes": _facts(record, ("programme",), provenance),
        "remarks": _facts(record, ("remark",), provenance),
        "other": _facts(record, ("position", "title", "gender", "listed_on", "linked_to"), provenance),
        "first_version": stored.first_version,
        "changed_version": stored.changed_version,
        "removed_version": stored.removed_version,
    }


def _facts(record: Record, kinds: tuple[str, ...], provenance: Any) -> list[dict[str, Any]]:
    return [
        {"kind": f.kind.value, "value": f.value, "raw": f.raw, **provenance(f.origin)}
        for f in record.facts
        if f.kind.value in kinds
    ]


def search_records(store: Store, text: str, limit: int = 50) -> list[dict[str, Any]]:
    """Plain (non-fuzzy) lookup by record id, identifier, or a part of a name (case and accents aside)."""
    with store.read() as conn:
        rows = RecordRepository(conn).search(text, limit)
    return [
        {
            "id": row.id,
            "caption": row.caption,
            "schema": row.schema,
            "source": row.source_key,
            "status": row.status,
            "matched": row.matched,
            "marking": row.marking,
        }
        for row in rows
    ]
