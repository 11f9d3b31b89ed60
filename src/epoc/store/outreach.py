"""Outreach: countries' status over time, outreach priorities agreed at Plenaries, the TOM / RT alternation
as set, edits to an event's invitee list, guest invitations and each event's material. Tables and SQL.

Event material carries marking columns, so that a guest reads only what ``visibility.visible`` lets through
(public, not barred from outreach); everything else here is Partner business, read behind the routes' gates.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
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
    func,
    insert,
    select,
)

from epoc.model.access import Viewer
from epoc.model.document import DocumentType
from epoc.model.marking import Marking
from epoc.model.plenary import Outcome
from epoc.store.document_tables import document_mentions, documents
from epoc.store.plenary import decisions, meetings, proposal_versions, proposals
from epoc.store.records import marking_values
from epoc.store.tables import marking_columns, metadata
from epoc.store.visibility import visible

ADOPTED = (Outcome.ADOPTED.value, Outcome.AMENDED.value)  # adopted, or adopted as amended

country_statuses = Table(
    "country_statuses",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("country", String(8), nullable=False, index=True),
    Column("status", String(20), nullable=False),
    Column("since", Date, nullable=False),
    Column("note", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
)

outreach_priorities = Table(
    "outreach_priorities",
    metadata,
    Column("country", String(8), primary_key=True),
    Column("meeting_id", String(60), ForeignKey("meetings.meeting_id"), primary_key=True),
    Column("decision_id", Integer, ForeignKey("decisions.id")),  # the Plenary's decision that agreed it
    Column("note", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
)

outreach_alternation = Table(
    "outreach_alternation",
    metadata,
    Column("year", Integer, primary_key=True),
    Column("kind", String(4), nullable=False),  # TOM | RT
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
)

outreach_invitee_edits = Table(
    "outreach_invitee_edits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("year", Integer, nullable=False, index=True),
    Column("country", String(8), nullable=False),
    Column("action", String(8), nullable=False),  # add | remove
    Column("justification", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
)

outreach_invitations = Table(
    "outreach_invitations",
    metadata,
    Column("username", String(64), ForeignKey("users.username", ondelete="CASCADE"), primary_key=True),
    Column("meeting_id", String(60), ForeignKey("meetings.meeting_id"), nullable=False, index=True),
    Column("country", String(8)),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
)

outreach_material = Table(
    "outreach_material",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("meeting_id", String(60), ForeignKey("meetings.meeting_id"), nullable=False, index=True),
    Column("kind", String(20), nullable=False),  # briefing | agenda | topic | note
    Column("position", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
    *marking_columns(),
)


class CountryRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add_status(self, values: dict[str, Any]) -> None:
        self.conn.execute(insert(country_statuses).values(**values))

    def statuses(self, country: str | None = None) -> list[Row[Any]]:
        query = select(country_statuses)
        if country is not None:
            query = query.where(country_statuses.c.country == country)
        return list(
            self.conn.execute(
                query.order_by(country_statuses.c.country, country_statuses.c.since, country_statuses.c.id)
            )
        )

    def add_priority(self, values: dict[str, Any]) -> bool:
        exists = self.conn.scalar(
            select(func.count())
            .select_from(outreach_priorities)
            .where(
                outreach_priorities.c.country == values["country"],
                outreach_priorities.c.meeting_id == values["meeting_id"],
            )
        )
        if exists:
            return False
        self.conn.execute(insert(outreach_priorities).values(**values))
        return True

    def priorities(self, country: str | None = None) -> list[Row[Any]]:
        query = select(outreach_priorities)
        if country is not None:
            query = query.where(outreach_priorities.c.country == country)
        return list(
            self.conn.execute(query.order_by(outreach_priorities.c.meeting_id, outreach_priorities.c.country))
        )

    def decision_meeting(self, decision_id: int) -> str | None:
        """The meeting a Plenary decision was taken at (None: no such decision)."""
        return self.conn.scalar(select(decisions.c.meeting_id).where(decisions.c.id == decision_id))


class OutreachRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- the alternation as set
    def alternation(self) -> list[Row[Any]]:
        return list(self.conn.execute(select(outreach_alternation).order_by(outreach_alternation.c.year)))

    def set_kind(self, year: int, kind: str, now: datetime, by: str | None) -> None:
        self.conn.execute(delete(outreach_alternation).where(outreach_alternation.c.year == year))
        self.conn.execute(
            insert(outreach_alternation).values(year=year, kind=kind, created_at=now, created_by=by)
        )

    # -- edits to a year's invitees
    def add_edit(self, values: dict[str, Any]) -> None:
        self.conn.execute(insert(outreach_invitee_edits).values(**values))

    def edits(self, year: int) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(outreach_invitee_edits)
                .where(outreach_invitee_edits.c.year == year)
                .order_by(outreach_invitee_edits.c.id)
            )
        )

    # -- invitations (guest accounts scoped to one event)
    def invite(self, values: dict[str, Any]) -> None:
        self.conn.execute(
            delete(outreach_invitations).where(outreach_invitations.c.username == values["username"])
        )
        self.conn.execute(insert(outreach_invitations).values(**values))

    def invitation(self, username: str) -> Row[Any] | None:
        return self.conn.execute(
            select(outreach_invitations).where(outreach_invitations.c.username == username)
        ).first()

    def invitations(self, meeting_id: str | None = None) -> list[Row[Any]]:
        query = select(outreach_invitations)
        if meeting_id is not None:
            query = query.where(outreach_invitations.c.meeting_id == meeting_id)
        return list(
            self.conn.execute(
                query.order_by(outreach_invitations.c.meeting_id, outreach_invitations.c.username)
            )
        )

    # -- material
    def add_material(self, values: dict[str, Any], marking: Marking) -> int:
        position = (
            self.conn.scalar(
                select(func.max(outreach_material.c.position)).where(
                    outreach_material.c.meeting_id == values["meeting_id"]
                )
            )
            or 0
        ) + 1
        result = self.conn.execute(
            insert(outreach_material).values(**values, position=position, **marking_values(marking))
        )
        assert result.inserted_primary_key is not None
        return int(result.inserted_primary_key[0])

    def material(self, meeting_id: str, viewer: Viewer | None) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(outreach_material)
                .where(outreach_material.c.meeting_id == meeting_id, visible(outreach_material, viewer))
                .order_by(outreach_material.c.position)
            )
        )


class CalendarRepository:
    """The Plenary area's meetings, as the planner needs them: Plenaries, RPOCs and outreach events."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def of_kind(self, kinds: tuple[str, ...], viewer: Viewer | None) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(meetings)
                .where(meetings.c.kind.in_(kinds), visible(meetings, viewer))
                .order_by(meetings.c.start_date, meetings.c.meeting_id)
            )
        )

    def in_year(self, kinds: tuple[str, ...], year: int, viewer: Viewer | None) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(meetings)
                .where(
                    meetings.c.kind.in_(kinds),
                    meetings.c.start_date >= date(year, 1, 1),
                    meetings.c.start_date <= date(year, 12, 31),
                    visible(meetings, viewer),
                )
                .order_by(meetings.c.start_date, meetings.c.meeting_id)
            )
        )

    def get(self, meeting_id: str, viewer: Viewer | None) -> Row[Any] | None:
        return self.conn.execute(
            select(meetings).where(meetings.c.meeting_id == meeting_id, visible(meetings, viewer))
        ).first()


class BriefRepository:
    """What a country brief draws on beyond the list: IE papers' mentions and the Plenary's adopted texts."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def ie_mentions(self, viewer: Viewer | None) -> list[Row[Any]]:
        """Entity and country mentions in IE papers the viewer may read, with the paper's date."""
        return list(
            self.conn.execute(
                select(
                    document_mentions.c.id,
                    document_mentions.c.document_id,
                    document_mentions.c.kind,
                    document_mentions.c.label,
                    document_mentions.c.text,
                    document_mentions.c.record_ids,
                    document_mentions.c.classification,
                    document_mentions.c.scope,
                    document_mentions.c.rel_partners,
                    document_mentions.c.not_for_outreach,
                    documents.c.doc_date,
                )
                .join(documents, documents.c.id == document_mentions.c.document_id)
                .where(
                    documents.c.doc_type == DocumentType.IE_PAPER.value,
                    document_mentions.c.kind.in_(("entity", "candidate")),
                    document_mentions.c.status != "rejected",
                    visible(documents, viewer),
                    visible(document_mentions, viewer),
                )
                .order_by(documents.c.doc_date, document_mentions.c.id)
            )
        )

    def adopted_texts(self, viewer: Viewer | None) -> list[Row[Any]]:
        """The Plenary's adopted (or adopted as amended) texts the viewer may read, oldest first, with the
        proposal's marking: the consensus language talking points are drawn from."""
        language = (
            select(proposal_versions.c.consensus_language)
            .where(
                proposal_versions.c.proposal_id == decisions.c.proposal_id,
                proposal_versions.c.version == decisions.c.version,
            )
            .scalar_subquery()
        )
        return list(
            self.conn.execute(
                select(
                    decisions.c.id,
                    decisions.c.meeting_id,
                    decisions.c.decided_at,
                    decisions.c.text,
                    language.label("consensus_language"),
                    proposals.c.subject,
                    proposals.c.classification,
                    proposals.c.scope,
                    proposals.c.rel_partners,
                    proposals.c.not_for_outreach,
                )
                .join(proposals, proposals.c.id == decisions.c.proposal_id)
                .where(decisions.c.outcome.in_(ADOPTED), visible(proposals, viewer))
                .order_by(decisions.c.decided_at, decisions.c.id)
            )
        )
