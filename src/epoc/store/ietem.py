"""Tables and SQL of the IE-TEM area: Annex versions and amendments, the gap register (entries, evidence,
discussion threads), the working group's members and the trial's evaluation record.

The Annex is public (it is published), so its tables carry no marking. A gap entry is marked with the
strictest marking of its evidence, evidence and messages with their own; every query over them filters with
``visible``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Row,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    update,
)

from epoc.model.access import Viewer
from epoc.model.marking import Marking
from epoc.store.document_tables import document_mentions, documents
from epoc.store.records import marking_values
from epoc.store.tables import marking_columns, metadata
from epoc.store.visibility import visible

annex_versions = Table(
    "annex_versions",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("adopted", Date, nullable=False),
    Column("effective", Date, nullable=False),
    Column("meeting", String(200)),  # the adopting meeting, as a reference (meetings land with the Plenary)
    Column("origin", String(20), nullable=False),  # shipped | imported
    Column("imported_from", Text),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("data", JSON, nullable=False),  # the version in the documented format (docs/annex.md)
)

annex_amendments = Table(
    "annex_amendments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "version",
        String(100),
        ForeignKey("annex_versions.name", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("action", String(10), nullable=False),  # add | amend | delete
    Column("code", String(20), nullable=False),
    Column("why", Text, nullable=False),
    Column("technical", Text, nullable=False),
    Column("licensing_impact", Text, nullable=False),
)

ietem_gaps = Table(
    "ietem_gaps",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("technology", String(200), nullable=False),
    Column("coverage", String(20), nullable=False),
    Column("annex_entries", JSON, nullable=False),
    Column("proposed_action", String(40), nullable=False),
    Column("priority", String(20), nullable=False),
    Column("status", String(30), nullable=False),
    Column("owner", String(100)),
    Column("adopted_in", String(100)),  # the Annex version that closed it
    Column("meeting", String(200)),  # where it was proposed or decided, as a reference
    Column("summary", Text, nullable=False),
    Column("created_by", String(100), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    *marking_columns(),
)

ietem_evidence = Table(
    "ietem_evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("gap_id", Integer, ForeignKey("ietem_gaps.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("paragraph", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),  # the sentence of the mention
    Column("coverage", String(20), nullable=False),
    Column("reason", Text, nullable=False),
    *marking_columns(),
)

ietem_messages = Table(
    "ietem_messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("gap_id", Integer, ForeignKey("ietem_gaps.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("author", String(200), nullable=False),
    Column("sent_at", DateTime(timezone=True), nullable=False),
    Column("subject", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("via", String(10), nullable=False),  # web | eml | cli
    Column("message_id", String(300)),
    *marking_columns(),
)

ietem_members = Table(
    "ietem_members",
    metadata,
    Column("username", String(100), primary_key=True),
    Column("partner", String(8)),
    Column("role", String(12), nullable=False),  # member | chair
    Column("expertise", Text, nullable=False),
    Column("joined_at", DateTime(timezone=True), nullable=False),
)

ietem_evaluations = Table(
    "ietem_evaluations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("author", String(100), nullable=False),
    Column("written_at", DateTime(timezone=True), nullable=False),
    Column("aspect", String(100), nullable=False),
    Column("finding", Text, nullable=False),
    Column("recommendation", Text, nullable=False),
)


class AnnexRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def names(self) -> list[str]:
        return list(self.conn.scalars(select(annex_versions.c.name)))

    def all(self) -> list[Row[Any]]:
        return list(self.conn.execute(select(annex_versions).order_by(annex_versions.c.effective)))

    def get(self, name: str) -> Row[Any] | None:
        return self.conn.execute(select(annex_versions).where(annex_versions.c.name == name)).first()

    def add(self, values: dict[str, Any], amendments: Sequence[dict[str, Any]]) -> None:
        self.conn.execute(insert(annex_versions).values(**values))
        if amendments:
            self.conn.execute(
                insert(annex_amendments), [{"version": values["name"], **a} for a in amendments]
            )

    def amendments(self, name: str) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(annex_amendments)
                .where(annex_amendments.c.version == name)
                .order_by(annex_amendments.c.id)
            )
        )


class ReviewRepository:
    """The papers a review reads: documents with their technology mentions, as the viewer may read them."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def papers(self, viewer: Viewer | None, doc_types: Sequence[str], partner: str | None) -> list[Row[Any]]:
        query = select(
            documents.c.id,
            documents.c.title,
            documents.c.partner,
            documents.c.doc_date,
            documents.c.doc_type,
            documents.c.created_at,
            documents.c.text,
            documents.c.classification,
            documents.c.scope,
            documents.c.rel_partners,
            documents.c.not_for_outreach,
        ).where(visible(documents, viewer), documents.c.doc_type.in_(list(doc_types)))
        if partner:
            query = query.where(documents.c.partner == partner.upper())
        return list(self.conn.execute(query.order_by(documents.c.doc_date, documents.c.id)))

    def technology_mentions(self, document_ids: Sequence[int], viewer: Viewer | None) -> list[Row[Any]]:
        out: list[Row[Any]] = []
        ids = list(document_ids)
        for i in range(0, len(ids), 500):
            out.extend(
                self.conn.execute(
                    select(
                        document_mentions.c.id,
                        document_mentions.c.document_id,
                        document_mentions.c.label,
                        document_mentions.c.text,
                        document_mentions.c.start,
                        document_mentions.c.end,
                        document_mentions.c.paragraph,
                        document_mentions.c.annex_items,
                        document_mentions.c.classification,
                        document_mentions.c.scope,
                        document_mentions.c.rel_partners,
                        document_mentions.c.not_for_outreach,
                    )
                    .where(
                        document_mentions.c.document_id.in_(ids[i : i + 500]),
                        document_mentions.c.kind == "technology",
                        visible(document_mentions, viewer),
                    )
                    .order_by(document_mentions.c.document_id, document_mentions.c.start)
                )
            )
        return out


class GapRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, values: dict[str, Any], marking: Marking, evidence: Sequence[dict[str, Any]]) -> int:
        result = self.conn.execute(insert(ietem_gaps).values(**values, **marking_values(marking)))
        gap_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        if evidence:
            self.conn.execute(insert(ietem_evidence), [{"gap_id": gap_id, **e} for e in evidence])
        return gap_id

    def all(self, viewer: Viewer | None) -> list[Row[Any]]:
        return list(
            self.conn.execute(select(ietem_gaps).where(visible(ietem_gaps, viewer)).order_by(ietem_gaps.c.id))
        )

    def get(self, gap_id: int, viewer: Viewer | None) -> Row[Any] | None:
        return self.conn.execute(
            select(ietem_gaps).where(ietem_gaps.c.id == gap_id, visible(ietem_gaps, viewer))
        ).first()

    def update(self, gap_id: int, values: dict[str, Any]) -> None:
        self.conn.execute(update(ietem_gaps).where(ietem_gaps.c.id == gap_id).values(**values))

    def evidence(self, gap_ids: Sequence[int], viewer: Viewer | None) -> list[Row[Any]]:
        if not gap_ids:
            return []
        return list(
            self.conn.execute(
                select(ietem_evidence, documents.c.title, documents.c.partner, documents.c.doc_date)
                .join(documents, documents.c.id == ietem_evidence.c.document_id)
                .where(
                    ietem_evidence.c.gap_id.in_(list(gap_ids)),
                    visible(ietem_evidence, viewer),
                    visible(documents, viewer),
                )
                .order_by(ietem_evidence.c.gap_id, ietem_evidence.c.document_id, ietem_evidence.c.start)
            )
        )

    def add_message(self, values: dict[str, Any], marking: Marking) -> int:
        result = self.conn.execute(insert(ietem_messages).values(**values, **marking_values(marking)))
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def messages(self, gap_id: int, viewer: Viewer | None) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(ietem_messages)
                .where(ietem_messages.c.gap_id == gap_id, visible(ietem_messages, viewer))
                .order_by(ietem_messages.c.sent_at, ietem_messages.c.id)
            )
        )

    def message_ids(self, gap_id: int) -> set[str]:
        return {
            str(m)
            for m in self.conn.scalars(
                select(ietem_messages.c.message_id).where(
                    ietem_messages.c.gap_id == gap_id, ietem_messages.c.message_id.is_not(None)
                )
            )
        }


class GroupRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def members(self) -> list[Row[Any]]:
        return list(
            self.conn.execute(select(ietem_members).order_by(ietem_members.c.role, ietem_members.c.username))
        )

    def join(self, values: dict[str, Any]) -> None:
        self.conn.execute(delete(ietem_members).where(ietem_members.c.username == values["username"]))
        self.conn.execute(insert(ietem_members).values(**values))

    def leave(self, username: str) -> bool:
        return bool(
            self.conn.execute(delete(ietem_members).where(ietem_members.c.username == username)).rowcount
        )

    def evaluations(self) -> list[Row[Any]]:
        return list(self.conn.execute(select(ietem_evaluations).order_by(ietem_evaluations.c.written_at)))

    def add_evaluation(self, values: dict[str, Any]) -> int:
        result = self.conn.execute(insert(ietem_evaluations).values(**values))
        return int(result.inserted_primary_key[0])  # type: ignore[index]


def now_utc() -> datetime:
    from datetime import UTC

    return datetime.now(UTC)
