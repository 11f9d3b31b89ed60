"""Tables and SQL of the regime's list: inclusion decisions, an edition's status, circulation (the register,
notifications and read receipts) and Partners' feedback on entries.

Decisions and feedback carry the marking of what they are about, so ``visible()`` applies to them. The
register and notifications are the Partners' own: a row is there for the Partners it was circulated to.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Row,
    String,
    Table,
    Text,
    and_,
    func,
    insert,
    or_,
    select,
    update,
)

from epoc.model.access import Viewer
from epoc.store.entity_tables import edition_entities, editions, entities, entity_members
from epoc.store.tables import marking_columns, metadata, records, sources
from epoc.store.visibility import visible

list_decisions = Table(
    "list_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(40), nullable=False, index=True),
    Column("decision", String(10), nullable=False),  # include | exclude | defer
    Column("reason", Text, nullable=False),
    Column("evidence", JSON, nullable=False),  # [{"source", "partner", "record_ids", "note"} …]
    Column("record_ids", JSON, nullable=False),  # the entity's members when decided
    Column("caption", Text, nullable=False),
    Column("who", String(100), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    *marking_columns(),
)

edition_states = Table(
    "edition_states",
    metadata,
    Column("edition", String(100), ForeignKey("editions.name", ondelete="CASCADE"), primary_key=True),
    Column("status", String(12), nullable=False),  # draft | approved | distributed | superseded
    Column("include_public", Boolean, nullable=False),
    Column("previous", String(100)),  # the edition this one follows (its diff is against it)
    Column("approved_by", String(100)),
    Column("approved_at", DateTime(timezone=True)),
    Column("meeting", String(200)),
    Column("distributed_by", String(100)),
    Column("distributed_at", DateTime(timezone=True)),
    Column("superseded_by", String(100)),
    Column("superseded_at", DateTime(timezone=True)),
)

# The document register: every act of circulation, numbered per meeting.
circulations = Table(
    "circulations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("reference", String(60), nullable=False, unique=True),
    Column("meeting", String(200), nullable=False, index=True),
    Column("number", Integer, nullable=False),
    Column("kind", String(10), nullable=False),  # edition | document
    Column("target", String(100), nullable=False),  # the edition's name or the document's id
    Column("title", Text, nullable=False),
    Column("who", String(100), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("recipients", String(400), nullable=False),  # ",FR,DE," for LIKE tests
)

notifications = Table(
    "notifications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("circulation_id", Integer, ForeignKey("circulations.id", ondelete="CASCADE"), nullable=False),
    Column("partner", String(8), nullable=False),
    Column("banner", String(200), nullable=False),  # the marking of what this Partner may read of it
    Column("entries", Integer, nullable=False),
    Column("outbox_file", Text),
    Column("read_at", DateTime(timezone=True)),
    Column("read_by", String(100)),
    Index("ix_notifications_partner_circulation", "partner", "circulation_id", unique=True),
)

entry_feedback = Table(
    "entry_feedback",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(40), nullable=False, index=True),
    Column("edition", String(100)),
    Column("kind", String(12), nullable=False),  # comment | correction | removal
    Column("field", String(12)),  # a correction's: alias | address | dissolved | other
    Column("text", Text, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("partner", String(8), nullable=False),
    Column("author", String(100), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("status", String(10), nullable=False),  # open | accepted | declined
    Column("decided_by", String(100)),
    Column("decided_at", DateTime(timezone=True)),
    Column("decision_reason", Text),
    *marking_columns(),
)


class RegimeRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- candidates and decisions ------------------------------------------------------------------------
    def partner_entities(self) -> dict[str, list[str]]:
        """Entity id -> its active records from sources a Partner circulated."""
        rows = self.conn.execute(
            select(entity_members.c.entity_id, records.c.id)
            .join(records, records.c.id == entity_members.c.record_id)
            .join(sources, sources.c.key == records.c.source_key)
            .join(entities, entities.c.id == entity_members.c.entity_id)
            .where(
                sources.c.partner.is_not(None),
                sources.c.partner != "",
                records.c.status == "active",
                entities.c.status == "active",
            )
        )
        out: dict[str, list[str]] = {}
        for entity_id, record_id in rows:
            out.setdefault(entity_id, []).append(record_id)
        return out

    def add_decision(self, values: dict[str, Any]) -> int:
        key = self.conn.execute(insert(list_decisions).values(**values)).inserted_primary_key
        assert key is not None
        return int(key[0])

    def standing(self, entity_ids: Iterable[str] | None = None) -> dict[str, Row[Any]]:
        """Each entity's newest decision."""
        newest = select(list_decisions.c.entity_id, func.max(list_decisions.c.id).label("id")).group_by(
            list_decisions.c.entity_id
        )
        if entity_ids is not None:
            newest = newest.where(list_decisions.c.entity_id.in_(list(entity_ids)))
        sub = newest.subquery()
        rows = self.conn.execute(select(list_decisions).join(sub, sub.c.id == list_decisions.c.id))
        return {row.entity_id: row for row in rows}

    def decisions(self, entity_id: str | None = None, viewer: Viewer | None = None) -> list[Row[Any]]:
        query = select(list_decisions).where(visible(list_decisions, viewer)).order_by(list_decisions.c.id)
        if entity_id is not None:
            query = query.where(list_decisions.c.entity_id == entity_id)
        return list(self.conn.execute(query))

    def included(self) -> list[str]:
        return sorted(e for e, row in self.standing().items() if row.decision == "include")

    # -- editions' status ----------------------------------------------------------------------------------
    def state(self, edition: str) -> Row[Any] | None:
        return self.conn.execute(select(edition_states).where(edition_states.c.edition == edition)).first()

    def states(self) -> dict[str, Row[Any]]:
        return {row.edition: row for row in self.conn.execute(select(edition_states))}

    def add_state(self, values: dict[str, Any]) -> None:
        self.conn.execute(insert(edition_states).values(**values))

    def set_state(self, edition: str, values: dict[str, Any]) -> None:
        self.conn.execute(update(edition_states).where(edition_states.c.edition == edition).values(**values))

    def distributed(self) -> list[Row[Any]]:
        return list(self.conn.execute(select(edition_states).where(edition_states.c.status == "distributed")))

    def readable_editions(self, viewer: Viewer | None) -> set[str]:
        """Editions with at least one entry the viewer may read (an edition is never gated as a whole)."""
        rows = self.conn.execute(
            select(edition_entities.c.edition).where(visible(edition_entities, viewer)).distinct()
        )
        return {r[0] for r in rows}

    def newest_edition_before(self, created_at: datetime) -> str | None:
        row = self.conn.execute(
            select(editions.c.name)
            .where(editions.c.created_at < created_at)
            .order_by(editions.c.created_at.desc())
            .limit(1)
        ).first()
        return None if row is None else str(row[0])

    # -- circulation ---------------------------------------------------------------------------------------
    def next_number(self, meeting: str) -> int:
        found = self.conn.execute(
            select(func.max(circulations.c.number)).where(circulations.c.meeting == meeting)
        ).scalar()
        return int(found or 0) + 1

    def add_circulation(self, values: dict[str, Any]) -> int:
        key = self.conn.execute(insert(circulations).values(**values)).inserted_primary_key
        assert key is not None
        return int(key[0])

    def add_notification(self, values: dict[str, Any]) -> int:
        key = self.conn.execute(insert(notifications).values(**values)).inserted_primary_key
        assert key is not None
        return int(key[0])

    def register(self, viewer: Viewer | None, meeting: str | None = None) -> list[Row[Any]]:
        query = select(circulations).order_by(circulations.c.meeting, circulations.c.number)
        if meeting:
            query = query.where(circulations.c.meeting == meeting)
        if viewer is not None and not viewer.is_poc:
            query = query.where(circulations.c.recipients.like(f"%,{viewer.partner or '-'},%"))
        return list(self.conn.execute(query))

    def circulation(self, reference: str) -> Row[Any] | None:
        return self.conn.execute(select(circulations).where(circulations.c.reference == reference)).first()

    def receipts(self, circulation_id: int) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(notifications)
                .where(notifications.c.circulation_id == circulation_id)
                .order_by(notifications.c.partner)
            )
        )

    def inbox(self, partner: str | None, unread_only: bool = False) -> list[Row[Any]]:
        query = (
            select(notifications, circulations)
            .join(circulations, circulations.c.id == notifications.c.circulation_id)
            .where(notifications.c.partner == (partner or "-"))
            .order_by(circulations.c.at.desc(), circulations.c.id.desc())
        )
        if unread_only:
            query = query.where(notifications.c.read_at.is_(None))
        return list(self.conn.execute(query.add_columns(notifications.c.id.label("notification_id"))))

    def mark_read(self, partner: str, circulation_id: int, who: str, at: datetime) -> bool:
        done = self.conn.execute(
            update(notifications)
            .where(
                and_(
                    notifications.c.partner == partner,
                    notifications.c.circulation_id == circulation_id,
                    notifications.c.read_at.is_(None),
                )
            )
            .values(read_at=at, read_by=who)
        )
        return bool(done.rowcount)

    # -- feedback ------------------------------------------------------------------------------------------
    def add_feedback(self, values: dict[str, Any]) -> int:
        key = self.conn.execute(insert(entry_feedback).values(**values)).inserted_primary_key
        assert key is not None
        return int(key[0])

    def feedback(
        self,
        viewer: Viewer | None,
        entity_ids: Sequence[str] | None = None,
        status: str | None = None,
        feedback_id: int | None = None,
    ) -> list[Row[Any]]:
        query = select(entry_feedback).where(visible(entry_feedback, viewer)).order_by(entry_feedback.c.id)
        if entity_ids is not None:
            query = query.where(entry_feedback.c.entity_id.in_(list(entity_ids)))
        if status:
            query = query.where(entry_feedback.c.status == status)
        if feedback_id is not None:
            query = query.where(entry_feedback.c.id == feedback_id)
        return list(self.conn.execute(query))

    def decide_feedback(self, feedback_id: int, values: dict[str, Any]) -> None:
        self.conn.execute(update(entry_feedback).where(entry_feedback.c.id == feedback_id).values(**values))

    def accepted_corrections(self, entity_ids: Sequence[str]) -> list[Row[Any]]:
        if not entity_ids:
            return []
        return list(
            self.conn.execute(
                select(entry_feedback).where(
                    entry_feedback.c.entity_id.in_(list(entity_ids)),
                    entry_feedback.c.status == "accepted",
                    or_(entry_feedback.c.kind == "correction", entry_feedback.c.kind == "removal"),
                )
            )
        )


def mentioning_documents(
    conn: Connection, entity_id: str, record_ids: Sequence[str], viewer: Viewer | None
) -> list[Row[Any]]:
    """The documents the viewer may read that mention an entity: a mention matched to it, or an evidence
    record of the document's (an accepted mention) among its records."""
    from epoc.store.document_tables import document_mentions, documents

    keys = sorted({r.split(":", 1)[0] for r in record_ids})
    matched = select(document_mentions.c.document_id).where(
        document_mentions.c.entity_id == entity_id,
        document_mentions.c.status != "rejected",
        visible(document_mentions, viewer),
    )
    query = (
        select(
            documents.c.id,
            documents.c.title,
            documents.c.doc_type,
            documents.c.partner,
            documents.c.doc_date,
            *[
                documents.c[c]
                for c in ("classification", "scope", "rel_partners", "not_for_outreach", "marking")
            ],
        )
        .where(or_(documents.c.id.in_(matched), documents.c.source_key.in_(keys)), visible(documents, viewer))
        .order_by(documents.c.doc_date.desc(), documents.c.id)
    )
    return list(conn.execute(query))
