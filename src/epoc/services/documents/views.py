"""Reading documents: show, list, search, mentions — each filtered by what the viewer may read.

``browse_documents`` and ``read_document`` back the web pages and their JSON twins: a viewer's read or
search is written to the audit trail in the same transaction that reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from epoc.model import DocumentType, InvalidInput, Marking, NotFound
from epoc.model.access import Viewer
from epoc.model.annex import entries_by_code
from epoc.model.audit import Action
from epoc.services import audit
from epoc.store import Store, fulltext
from epoc.store.documents import DocumentRepository, readable_record_markings
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
    return [_summary_json(r) for r in rows]


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


_PARTNER_CODE = re.compile(r"^[A-Za-z]{2,3}$")


@dataclass(frozen=True, slots=True)
class DocumentQuery:
    """What the documents page asks: words to search for (none: newest first), a type, a Partner."""

    text: str = ""
    doc_type: str = ""
    partner: str = ""
    page: int = 1
    per_page: int = 50

    @property
    def filters(self) -> dict[str, str]:
        return {k: v for k, v in (("q", self.text), ("type", self.doc_type), ("partner", self.partner)) if v}


def check_document_query(query: DocumentQuery) -> DocumentQuery:
    """The query with its values checked and normalised; ``InvalidInput`` names the bad one."""
    doc_type = ""
    if query.doc_type.strip():
        try:
            doc_type = DocumentType.parse(query.doc_type).value
        except ValueError:
            choices = ", ".join(t.value for t in DocumentType)
            raise InvalidInput(f"type: {query.doc_type!r} is not one of {choices}") from None
    partner = query.partner.strip().upper()
    if partner and not _PARTNER_CODE.match(partner):
        raise InvalidInput(f"partner: {query.partner!r} is not a Partner code (FR, DE, POC …)")
    if not 1 <= query.per_page <= 200:
        raise InvalidInput("per_page: between 1 and 200")
    if query.page < 1:
        raise InvalidInput("page: 1 or more")
    return DocumentQuery(query.text.strip()[:200], doc_type, partner, query.page, query.per_page)


def browse_documents(store: Store, query: DocumentQuery, viewer: Viewer | None = None) -> dict[str, Any]:
    """A page of the documents the viewer may read: with words, the best matches (each with a snippet and
    its highlights); without, the newest first. ``total`` and ``partners`` count only readable documents."""
    query = check_document_query(query)
    searching = bool(fulltext.terms(query.text))
    with store.transaction() as conn:
        repo = DocumentRepository(conn)
        partners = repo.partners(viewer)
        if searching:
            # The full-text engines rank a bounded list: a search shows its best 200, a page at a time.
            total, hits = repo.search_page(
                query.text,
                viewer,
                (query.page - 1) * query.per_page,
                query.per_page,
                query.doc_type or None,
                query.partner or None,
            )
            found = [_hit_json(row, snippet, rank) for row, snippet, rank in hits]
        else:
            total = repo.count(viewer, query.doc_type or None, query.partner or None)
            rows = repo.visible_list(
                viewer,
                query.per_page,
                (query.page - 1) * query.per_page,
                query.doc_type or None,
                query.partner or None,
            )
            found = [_row_json(r) for r in rows]
        if viewer is not None and searching:
            audit.record(
                conn, viewer, Action.DOCUMENT_SEARCH, None, {"filters": query.filters, "results": total}
            )
    marking = Marking.public()
    for doc in found:
        marking = marking.strictest(Marking.parse(doc["marking"]["banner"]))
    return {
        "total": total,
        "page": query.page,
        "per_page": query.per_page,
        "pages": max(1, -(-total // query.per_page)),
        "filters": query.filters,
        "marking": marking.to_json(),
        "documents": found,
        "partners": partners,
        "types": [t.value for t in DocumentType],
    }


def _summary_json(r: Any) -> dict[str, Any]:
    """A document in a list: what it is, who circulated it, when, how many mentions, its marking."""
    return {
        "document_id": r.id,
        "title": r.title,
        "type": r.doc_type,
        "partner": r.partner,
        "date": r.doc_date.isoformat() if r.doc_date else None,
        "file": r.filename,
        "mentions": r.mentions,
        "marking": marking_from_row(r).to_json(),
    }


def _row_json(r: Any) -> dict[str, Any]:
    return {
        **_summary_json(r),
        "snippet": None,
        "highlights": [],
        "added_at": r.created_at.isoformat() if r.created_at else None,
    }


def _hit_json(row: Any, snippet: str, rank: float) -> dict[str, Any]:
    plain, spans = fulltext.highlights(snippet)
    return {
        "document_id": row.id,
        "title": row.title,
        "type": row.doc_type,
        "partner": row.partner,
        "date": row.doc_date.isoformat() if row.doc_date else None,
        "file": row.filename,
        "mentions": None,
        "marking": marking_from_row(row).to_json(),
        "snippet": plain,
        "highlights": [list(s) for s in spans],
        "rank": round(rank, 4),
        "added_at": row.created_at.isoformat() if row.created_at else None,
    }


def read_document(store: Store, document_id: int, viewer: Viewer | None = None) -> dict[str, Any]:
    """A document as its page shows it: metadata, text, and its mentions — entity mentions with the entity
    (as the viewer may read it) their record belongs to, technology mentions with their Annex entries. The
    read is audited; a document the viewer may not read is ``NotFound``, the same as one that is not there."""
    with store.transaction() as conn:
        repo = DocumentRepository(conn)
        row = repo.get(document_id, viewer)
        if row is None:
            raise NotFound(f"no document {document_id}")
        rows = repo.mentions(document_id, viewer)
        entities = entities_of_mentions(conn, rows, viewer)
        mentions = readable_mentions(conn, [mention_json(m, entities) for m in rows], viewer)
        if viewer is not None:
            details = {"marking": marking_from_row(row).banner}
            audit.record(conn, viewer, Action.DOCUMENT_READ, f"document:{document_id}", details)
    return {**document_json(row, with_text=True), "mentions": with_entities(mentions, entities)}


def with_entities(mentions: list[dict[str, Any]], refs: dict[str, EntityRef]) -> list[dict[str, Any]]:
    """Entity mentions with the entity (as the viewer may read it, from ``entities_of_mentions``) their
    record belongs to, for a link to its page; technology mentions with the titles of their Annex entries."""
    annex = entries_by_code()
    out = []
    for mention in mentions:
        extra: dict[str, Any] = {}
        if mention["kind"] == "entity":
            ref = next((refs[r] for r in mention["record_ids"] if r in refs), None)
            extra["entity"] = {"entity_id": ref.entity_id, "caption": ref.caption} if ref else None
        elif mention["kind"] == "technology":
            extra["annex"] = [
                {"code": c, "title": annex[c].title if c in annex else None} for c in mention["annex_items"]
            ]
        out.append({**mention, **extra})
    return out


def readable_mentions(
    conn: Any, mentions: list[dict[str, Any]], viewer: Viewer | None
) -> list[dict[str, Any]]:
    """Mentions (from ``mention_json`` with the viewer's entities) as the viewer may see them. An entity
    mention says "this name is on a list": it shows only the records the viewer may read and takes the
    strictest of their markings and its own; one whose every record the viewer may not read is left out (it
    would tell of a list the viewer may not see)."""
    wanted = [r for m in mentions if m["kind"] == "entity" for r in m.get("record_ids", [])]
    markings = readable_record_markings(conn, wanted, viewer) if wanted else {}
    out = []
    for m in mentions:
        if m["kind"] == "entity":
            shown = [r for r in m.get("record_ids", []) if r in markings]
            if not shown:
                continue
            marking = Marking.parse(m["marking"]["banner"])
            for record_id in shown:
                marking = marking.strictest(markings[record_id])
            # the entity id ``mention_json`` took from ``entities_of_mentions`` names the entity as the viewer
            # sees it; without one, the first record the viewer may read stands in, and the name it matched
            # (perhaps of a record they may not read) is not told
            named = m.get("entity_id")
            entity_id = named or shown[0]
            matched = m.get("matched_name") if named else None
            out.append(
                {
                    **m,
                    "record_ids": shown,
                    "entity_id": entity_id,
                    "matched_name": matched,
                    "marking": marking.to_json(),
                }
            )
        else:
            out.append(m)
    return out


def text_segments(text: str, mentions: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any] | None]]:
    """The text cut into plain runs and mentions, for a page that highlights them; where mentions overlap,
    the first (then the longest) wins and the others are listed but not highlighted."""
    out: list[tuple[str, dict[str, Any] | None]] = []
    position = 0
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        start, end = m["start"], m["end"]
        if start < position or not 0 <= start < end <= len(text):
            continue
        if start > position:
            out.append((text[position:start], None))
        out.append((text[start:end], m))
        position = end
    if position < len(text):
        out.append((text[position:], None))
    return out
