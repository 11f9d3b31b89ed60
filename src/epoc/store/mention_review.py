"""Repository of the review queue: mentions awaiting a decision, decisions, evidence links."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from epoc.model import Marking
from epoc.model.access import Viewer
from epoc.store.document_tables import document_mentions, documents, evidence_links, review_decisions
from epoc.store.records import marking_values
from epoc.store.visibility import visible


class ReviewRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def queue(
        self,
        viewer: Viewer | None,
        kinds: tuple[str, ...],
        status: str | None = "pending",
        document_id: int | None = None,
        limit: int = 100,
    ) -> list[Row[Any]]:
        query = (
            select(document_mentions, documents.c.title.label("document_title"))
            .join(documents, documents.c.id == document_mentions.c.document_id)
            .where(document_mentions.c.kind.in_(kinds), visible(document_mentions, viewer))
            .order_by(document_mentions.c.document_id, document_mentions.c.start, document_mentions.c.id)
            .limit(limit)
        )
        if status:
            query = query.where(document_mentions.c.status == status)
        if document_id is not None:
            query = query.where(document_mentions.c.document_id == document_id)
        return list(self.conn.execute(query))

    def queue_keys(
        self,
        viewer: Viewer | None,
        kinds: tuple[str, ...],
        status: str | None = "pending",
        document_id: int | None = None,
    ) -> list[Row[Any]]:
        """``(id, kind, record_ids)`` of the whole queue in its order: enough to count what a reader may
        see and to choose a page of it (``queue_rows``)."""
        query = (
            select(document_mentions.c.id, document_mentions.c.kind, document_mentions.c.record_ids)
            .where(document_mentions.c.kind.in_(kinds), visible(document_mentions, viewer))
            .order_by(document_mentions.c.document_id, document_mentions.c.start, document_mentions.c.id)
        )
        if status:
            query = query.where(document_mentions.c.status == status)
        if document_id is not None:
            query = query.where(document_mentions.c.document_id == document_id)
        return list(self.conn.execute(query))

    def queue_rows(self, mention_ids: list[int]) -> list[Row[Any]]:
        """The queue's rows of these mentions (a page chosen from ``queue_keys``), in the queue's order."""
        if not mention_ids:
            return []
        return list(
            self.conn.execute(
                select(document_mentions, documents.c.title.label("document_title"))
                .join(documents, documents.c.id == document_mentions.c.document_id)
                .where(document_mentions.c.id.in_(mention_ids))
                .order_by(document_mentions.c.document_id, document_mentions.c.start, document_mentions.c.id)
            )
        )

    def mention(self, mention_id: int, viewer: Viewer | None) -> Row[Any] | None:
        """A mention with its document's provenance (for a decision: locks nothing, the decision's
        transaction checks the status again when it writes)."""
        return self.conn.execute(
            select(
                document_mentions,
                documents.c.source_key,
                documents.c.filename,
                documents.c.title.label("document_title"),
                documents.c.partner.label("document_partner"),
                documents.c.doc_date,
            )
            .join(documents, documents.c.id == document_mentions.c.document_id)
            .where(document_mentions.c.id == mention_id, visible(document_mentions, viewer))
        ).first()

    def set_status(
        self, mention_id: int, expected: str, status: str, changes: dict[str, Any] | None = None
    ) -> bool:
        """Move a mention from ``expected`` to ``status``; False when someone decided it meanwhile."""
        result = self.conn.execute(
            update(document_mentions)
            .where(document_mentions.c.id == mention_id, document_mentions.c.status == expected)
            .values(status=status, **(changes or {}))
        )
        return result.rowcount == 1

    def add_decision(self, values: dict[str, Any], marking: Marking) -> int:
        result = self.conn.execute(insert(review_decisions).values(**values, **marking_values(marking)))
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def decisions(self, mention_id: int) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(review_decisions)
                .where(review_decisions.c.mention_id == mention_id)
                .order_by(review_decisions.c.id)
            )
        )

    def add_link(self, values: dict[str, Any], marking: Marking, now: datetime) -> None:
        self.conn.execute(insert(evidence_links).values(created_at=now, **values, **marking_values(marking)))

    def links(self, entity_id: str | None = None, viewer: Viewer | None = None) -> list[Row[Any]]:
        query = select(evidence_links).where(visible(evidence_links, viewer)).order_by(evidence_links.c.id)
        if entity_id is not None:
            query = query.where(evidence_links.c.entity_id == entity_id)
        return list(self.conn.execute(query))
