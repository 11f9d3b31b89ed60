"""Repository of documents and their mentions. All SQL about them lives here (and in ``fulltext``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select, update

from epoc.model import Marking, Mention
from epoc.model.access import Viewer
from epoc.store import fulltext
from epoc.store.bulk import bulk_insert
from epoc.store.document_tables import document_mentions, documents
from epoc.store.records import marking_from_row, marking_values
from epoc.store.visibility import visible


class DocumentRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def by_sha(self, sha256: str) -> Row[Any] | None:
        return self.conn.execute(select(documents).where(documents.c.sha256 == sha256)).first()

    def get(self, document_id: int, viewer: Viewer | None = None) -> Row[Any] | None:
        return self.conn.execute(
            select(documents).where(documents.c.id == document_id, visible(documents, viewer))
        ).first()

    def add(self, values: dict[str, Any], marking: Marking, now: datetime) -> int:
        result = self.conn.execute(
            insert(documents).values(created_at=now, **values, **marking_values(marking))
        )
        document_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        fulltext.index(self.conn, document_id, values["title"], values["text"])
        return document_id

    def raise_marking(self, document_id: int, marking: Marking) -> Marking:
        """The document's marking, raised to at least ``marking`` (never lowered), on it and its mentions."""
        row = self.conn.execute(select(documents).where(documents.c.id == document_id)).one()
        current = marking_from_row(row)
        raised = current.at_least(marking)
        if raised != current:
            values = marking_values(raised)
            self.conn.execute(update(documents).where(documents.c.id == document_id).values(**values))
            self.conn.execute(
                update(document_mentions)
                .where(document_mentions.c.document_id == document_id)
                .values(**values)
            )
        return raised

    def visible_list(
        self,
        viewer: Viewer | None,
        limit: int = 100,
        offset: int = 0,
        doc_type: str | None = None,
        partner: str | None = None,
    ) -> list[Row[Any]]:
        """The documents the viewer may read (of that type, from that Partner, when given), newest first."""
        counts = (
            select(document_mentions.c.document_id, func.count().label("mentions"))
            .group_by(document_mentions.c.document_id)
            .subquery()
        )
        query = (
            select(
                documents.c.id,
                documents.c.title,
                documents.c.doc_type,
                documents.c.partner,
                documents.c.doc_date,
                documents.c.filename,
                documents.c.created_at,
                documents.c.classification,
                documents.c.scope,
                documents.c.rel_partners,
                documents.c.not_for_outreach,
                func.coalesce(counts.c.mentions, 0).label("mentions"),
            )
            .outerjoin(counts, counts.c.document_id == documents.c.id)
            .where(*self._filters(viewer, doc_type, partner))
            .order_by(documents.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(self.conn.execute(query))

    def count(self, viewer: Viewer | None, doc_type: str | None = None, partner: str | None = None) -> int:
        query = select(func.count()).select_from(documents).where(*self._filters(viewer, doc_type, partner))
        return int(self.conn.scalar(query) or 0)

    def partners(self, viewer: Viewer | None) -> list[str]:
        """The Partners of the documents the viewer may read (for a filter's choices)."""
        query = (
            select(documents.c.partner)
            .where(visible(documents, viewer), documents.c.partner.is_not(None))
            .distinct()
            .order_by(documents.c.partner)
        )
        return [str(p) for p in self.conn.scalars(query)]

    @staticmethod
    def _filters(viewer: Viewer | None, doc_type: str | None, partner: str | None) -> list[Any]:
        conditions: list[Any] = [visible(documents, viewer)]
        if doc_type:
            conditions.append(documents.c.doc_type == doc_type)
        if partner:
            conditions.append(documents.c.partner == partner.upper())
        return conditions

    # -- mentions ------------------------------------------------------------------------------------------
    def add_mentions(self, document_id: int, mentions: Sequence[Mention], marking: Marking) -> None:
        marks = marking_values(marking)
        bulk_insert(
            self.conn,
            document_mentions,
            [
                {
                    "document_id": document_id,
                    "kind": m.kind.value,
                    "label": m.label,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "sentence": m.sentence,
                    "paragraph": m.paragraph,
                    "page": m.page,
                    "spotter": m.spotter,
                    "entity_id": m.entity_id,
                    "record_ids": list(m.record_ids),
                    "annex_items": list(m.annex_items),
                    "matched_name": m.matched_name,
                    "score": m.score,
                    "detail": dict(m.detail),
                    "status": "pending",
                    **marks,
                }
                for m in mentions
            ],
        )

    def mentions(self, document_id: int, viewer: Viewer | None, kind: str | None = None) -> list[Row[Any]]:
        query = (
            select(document_mentions)
            .where(document_mentions.c.document_id == document_id, visible(document_mentions, viewer))
            .order_by(document_mentions.c.start, document_mentions.c.end, document_mentions.c.id)
        )
        if kind:
            query = query.where(document_mentions.c.kind == kind)
        return list(self.conn.execute(query))

    def replace_pending_mentions(
        self, document_id: int, mentions: Sequence[Mention], marking: Marking
    ) -> int:
        """Extraction run again: pending mentions give way to the new ones; decided mentions stay (and a
        new mention of the same kind and span as a decided one is not added again). Returns how many were
        added."""
        decided = {
            (row.kind, row.start, row.end)
            for row in self.conn.execute(
                select(document_mentions.c.kind, document_mentions.c.start, document_mentions.c.end).where(
                    document_mentions.c.document_id == document_id, document_mentions.c.status != "pending"
                )
            )
        }
        self.conn.execute(
            delete(document_mentions).where(
                document_mentions.c.document_id == document_id, document_mentions.c.status == "pending"
            )
        )
        fresh = [m for m in mentions if (m.kind.value, m.start, m.end) not in decided]
        self.add_mentions(document_id, fresh, marking)
        return len(fresh)

    def ids(self) -> list[int]:
        return list(self.conn.scalars(select(documents.c.id).order_by(documents.c.id)))

    def mention_counts(self, document_id: int) -> dict[str, int]:
        rows = self.conn.execute(
            select(document_mentions.c.kind, func.count())
            .where(document_mentions.c.document_id == document_id)
            .group_by(document_mentions.c.kind)
        )
        return {kind: int(count) for kind, count in rows}

    def search(
        self,
        query: str,
        viewer: Viewer | None,
        limit: int = 20,
        doc_type: str | None = None,
        partner: str | None = None,
    ) -> list[tuple[Row[Any], str, float]]:
        """Documents the viewer may read holding every word of ``query`` (filtered before the full-text
        match: what the viewer may not read is never ranked, counted or quoted)."""
        allowed = select(documents.c.id).where(*self._filters(viewer, doc_type, partner))
        hits = fulltext.search(self.conn, query, allowed, limit)
        if not hits:
            return []
        rows = {
            row.id: row
            for row in self.conn.execute(
                select(documents).where(documents.c.id.in_([h[0] for h in hits]), visible(documents, viewer))
            )
        }
        return [(rows[i], snippet, rank) for i, snippet, rank in hits if i in rows]

    def search_page(
        self,
        query: str,
        viewer: Viewer | None,
        offset: int,
        limit: int,
        doc_type: str | None = None,
        partner: str | None = None,
        most: int = 200,
    ) -> tuple[int, list[tuple[Row[Any], str, float]]]:
        """One page of a search: how many of the best ``most`` matches there are, and the page's documents
        with their snippets (made for the page only: a snippet costs far more than a rank)."""
        allowed = select(documents.c.id).where(*self._filters(viewer, doc_type, partner))
        ranked = fulltext.rank(self.conn, query, allowed, most)
        shown = ranked[offset : offset + limit]
        if not shown:
            return len(ranked), []
        ids = [i for i, _rank in shown]
        texts = fulltext.snippets(self.conn, query, ids)
        rows = {
            row.id: row
            for row in self.conn.execute(
                select(documents).where(documents.c.id.in_(ids), visible(documents, viewer))
            )
        }
        return len(ranked), [(rows[i], texts.get(i, ""), r) for i, r in shown if i in rows]


def name_forms(conn: Connection) -> list[Row[Any]]:
    """``(record_id, text, kind, schema, script)`` of every name of every active record: the gazetteer's
    input."""
    from epoc.store.tables import record_names, records

    query = (
        select(
            record_names.c.record_id,
            record_names.c.text,
            record_names.c.kind,
            records.c.schema,
            record_names.c.script,
        )
        .join(records, records.c.id == record_names.c.record_id)
        .where(records.c.status == "active")
        .order_by(record_names.c.record_id, record_names.c.seq)
    )
    return list(conn.execute(query))


def names_fingerprint(conn: Connection) -> str:
    """Changes whenever any source gets a new version (so whenever the stored names may have changed)."""
    from epoc.store.tables import source_versions

    newest, count = conn.execute(
        select(func.max(source_versions.c.id), func.count(source_versions.c.id))
    ).one()
    return f"{newest or 0}-{count}"


def readable_record_markings(
    conn: Connection, record_ids: Sequence[str], viewer: Viewer | None
) -> dict[str, Marking]:
    """``{record id: marking}`` of the records given that the viewer may read: what an entity mention of a
    document derives from (a name on a list), and so what it may show and how it is marked."""
    from epoc.store.entities import chunks
    from epoc.store.tables import records

    out: dict[str, Marking] = {}
    for chunk in chunks(sorted(set(record_ids))):
        rows = conn.execute(select(records).where(records.c.id.in_(chunk), visible(records, viewer)))
        out.update({row.id: marking_from_row(row) for row in rows})
    return out
