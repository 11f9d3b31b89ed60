"""Reading documents: show, list, search, mentions — each filtered by what the viewer may read."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection

from epoc.model import InvalidInput, NotFound
from epoc.model.access import Viewer
from epoc.store import Store, fulltext
from epoc.store.documents import DocumentRepository
from epoc.store.entity_lookup import EntityRef, entities_for
from epoc.store.records import marking_from_row


def get_document_row(store: Store, document_id: int, viewer: Viewer | None) -> Any:
    """The stored document, if the viewer may read it; ``NotFound`` otherwise."""
    with store.read() as conn:
        row = DocumentRepository(conn).get(document_id, viewer)
    if row is None:
        raise NotFound(f"no document {document_id}; `epoc documents list` shows them")
    return row


def document_json(row: Any, with_text: bool = False) -> dict[str, Any]:
    out = {
        "document_id": row.id,
        "title": row.title,
        "marking": marking_from_row(row).to_json(),
        "type": row.doc_type,
        "partner": row.partner,
        "date": row.doc_date.isoformat() if row.doc_date else None,
        "meeting": row.meeting,
        "version": row.version,
        "file": row.filename,
        "media_type": row.media_type,
        "reader": row.reader,
        "size": row.size,
        "pages": row.pages,
        "sha256": row.sha256,
        "source": row.source_key,
        "attachments": row.attachments,
        "headers": row.headers,
        "markings_found": row.found_markings,
        "uploaded_marking": row.uploaded_marking,
        "warnings": row.warnings,
        "added_by": row.added_by,
        "added_at": row.created_at.isoformat() if row.created_at else None,
    }
    if with_text:
        out["text"] = row.text
    return out


def show_document(store: Store, document_id: int, viewer: Viewer | None = None) -> dict[str, Any]:
    return document_json(get_document_row(store, document_id, viewer), with_text=True)


def list_documents(store: Store, viewer: Viewer | None = None, limit: int = 100) -> list[dict[str, Any]]:
    with store.read() as conn:
        rows = DocumentRepository(conn).visible_list(viewer, limit)
    return [
        {
            "document_id": r.id,
            "title": r.title,
            "type": r.doc_type,
            "partner": r.partner,
            "date": r.doc_date.isoformat() if r.doc_date else None,
            "file": r.filename,
            "mentions": r.mentions,
            "marking": marking_from_row(r).to_json(),
        }
        for r in rows
    ]


def entities_of_mentions(
    conn: Connection, rows: Iterable[Any], viewer: Viewer | None
) -> dict[str, EntityRef]:
    """The entity each record named by an entity mention belongs to now, as the viewer may see it (a record
    the viewer may not read is absent)."""
    return entities_for(
        conn, {r for row in rows if row.kind == "entity" for r in row.record_ids}, viewer=viewer
    )


def mention_json(row: Any, entities: dict[str, EntityRef] | None = None) -> dict[str, Any]:
    """One mention as the ``documents mentions`` contract gives it. With ``entities`` (from
    ``entities_of_mentions``) an entity mention names the list entity its records belong to now, and only
    the records the viewer may read; without, the record it was spotted as."""
    out: dict[str, Any] = {
        "id": row.id,
        "kind": row.kind,
        "text": row.text,
        "start": row.start,
        "end": row.end,
    }
    if row.kind == "entity":
        if entities is None:
            out["entity_id"] = row.entity_id
            out["record_ids"] = list(row.record_ids)
        else:
            refs = [entities[r] for r in row.record_ids if r in entities]
            out["entity_id"] = refs[0].entity_id if refs else None
            out["record_ids"] = [r for r in row.record_ids if r in entities]
        out["matched_name"] = row.matched_name
    elif row.kind == "technology":
        out["annex_items"] = list(row.annex_items)
        out["keyword"] = row.matched_name
    if row.label:
        out["label"] = row.label
    out.update(
        {
            "score": row.score,
            "spotter": row.spotter,
            "sentence": row.sentence,
            "paragraph": row.paragraph,
            "page": row.page,
            "status": row.status,
            "marking": marking_from_row(row).to_json(),
        }
    )
    if row.detail:
        out["detail"] = row.detail
    return out


def document_mentions(
    store: Store, document_id: int, viewer: Viewer | None = None, kind: str | None = None
) -> list[dict[str, Any]]:
    get_document_row(store, document_id, viewer)
    with store.read() as conn:
        rows = DocumentRepository(conn).mentions(document_id, viewer, kind)
        entities = entities_of_mentions(conn, rows, viewer)
    return [mention_json(r, entities) for r in rows]


def search_documents(
    store: Store, query: str, viewer: Viewer | None = None, limit: int = 20
) -> list[dict[str, Any]]:
    """Full-text search: documents holding every word of ``query``, best first, each with a snippet and
    the offsets of the highlighted words in it."""
    if not query.strip():
        raise InvalidInput("give words to search for")
    with store.read() as conn:
        hits = DocumentRepository(conn).search(query, viewer, limit)
    out = []
    for row, snippet, rank in hits:
        plain, spans = fulltext.highlights(snippet)
        out.append(
            {
                **{
                    k: v
                    for k, v in document_json(row).items()
                    if k in ("document_id", "title", "type", "partner", "date", "marking")
                },
                "snippet": plain,
                "highlights": [list(s) for s in spans],
                "rank": round(rank, 4),
            }
        )
    return out
