"""The Plenary's business: meetings (agenda, papers, participants), proposals (versions, feedback, source
places), decisions and taskings. Tables and all SQL about them.

Meetings, proposals and taskings carry marking columns, so that every query filters with
``visibility.visible``; versions, feedback and decisions are read through their proposal (its marking).
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
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Row,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    insert,
    select,
    update,
)

from epoc.model.access import Viewer
from epoc.model.marking import Marking
from epoc.store.records import marking_values
from epoc.store.tables import marking_columns, metadata
from epoc.store.visibility import visible

meetings = Table(
    "meetings",
    metadata,
    Column("meeting_id", String(60), primary_key=True),  # readable: plenary-2009, tem-2010-2
    Column("kind", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("host", String(8)),  # the host Partner's code
    Column("place", String(200)),
    Column("start_date", Date, nullable=False),
    Column("end_date", Date),
    Column("chair", String(8)),  # the chairing Partner's code
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
    *marking_columns(),
)

meeting_agenda_items = Table(
    "meeting_agenda_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("meeting_id", String(60), ForeignKey("meetings.meeting_id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("proposal_id", Integer, ForeignKey("proposals.id")),
    UniqueConstraint("meeting_id", "position"),
)

meeting_documents = Table(
    "meeting_documents",
    metadata,
    Column("meeting_id", String(60), ForeignKey("meetings.meeting_id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), primary_key=True),
    Column("added_at", DateTime(timezone=True), nullable=False),
)

meeting_participants = Table(
    "meeting_participants",
    metadata,
    Column("meeting_id", String(60), ForeignKey("meetings.meeting_id", ondelete="CASCADE"), primary_key=True),
    Column("participant", String(100), primary_key=True),  # a Partner's code, or an invited country's
    Column("role", String(20), nullable=False),  # partner | chair | host | guest | observer
)

proposals = Table(
    "proposals",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("meeting_id", String(60), ForeignKey("meetings.meeting_id")),
    Column("sponsor", String(8), nullable=False),
    Column("subject", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("current_version", Integer, nullable=False),
    Column("contribution_to", Integer, ForeignKey("proposals.id")),  # a counter-proposal's original
    Column("document_id", Integer, ForeignKey("documents.id")),  # where it was imported from
    Column("source_start", Integer),  # character offsets of the proposal in the document's text
    Column("source_end", Integer),
    Column("paragraphs", JSON, nullable=False),  # the message's paragraph numbers it spans
    Column("heading", Text),
    Column("silence_deadline", Date),
    Column("silence_version", Integer),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
    *marking_columns(),
)

proposal_versions = Table(
    "proposal_versions",
    metadata,
    Column("proposal_id", Integer, ForeignKey("proposals.id", ondelete="CASCADE"), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("consensus_language", Text),
    Column("rationale", Text, nullable=False),
    Column("note", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
)

proposal_feedback = Table(
    "proposal_feedback",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "proposal_id", Integer, ForeignKey("proposals.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("version", Integer, nullable=False),
    Column("partner", String(8), nullable=False),
    Column("position", String(10), nullable=False),
    Column("text", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("proposal_id", Integer, ForeignKey("proposals.id"), nullable=False, index=True),
    Column("meeting_id", String(60), ForeignKey("meetings.meeting_id"), nullable=False, index=True),
    Column("outcome", String(10), nullable=False),
    Column("version", Integer, nullable=False),
    Column("text", Text),  # the final consensus text (adopted or adopted as amended)
    Column("for_release", Boolean, nullable=False, default=False),  # in the public extract
    Column("decided_at", DateTime(timezone=True), nullable=False),
    Column("decided_by", String(100)),
)

taskings = Table(
    "taskings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("decision_id", Integer, ForeignKey("decisions.id")),
    Column("proposal_id", Integer, ForeignKey("proposals.id")),
    Column("owner", String(100), nullable=False),  # a role (IE Co-Chairs) or a Partner's code
    Column("what", Text, nullable=False),
    Column("due_meeting_id", String(60), ForeignKey("meetings.meeting_id")),
    Column("due_date", Date),
    Column("status", String(10), nullable=False),
    Column("fulfilled_by", Text),  # what closed it: "edition:2010", "document:12" …
    Column("closed_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
    *marking_columns(),
)


class MeetingRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def ids(self) -> list[str]:
        return list(self.conn.scalars(select(meetings.c.meeting_id)))

    def add(self, values: dict[str, Any], marking: Marking) -> None:
        self.conn.execute(insert(meetings).values(**values, **marking_values(marking)))

    def get(self, meeting_id: str, viewer: Viewer | None) -> Row[Any] | None:
        return self.conn.execute(
            select(meetings).where(meetings.c.meeting_id == meeting_id, visible(meetings, viewer))
        ).first()

    def find(self, viewer: Viewer | None) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(meetings)
                .where(visible(meetings, viewer))
                .order_by(meetings.c.start_date.desc(), meetings.c.meeting_id)
            )
        )

    def agenda(self, meeting_id: str) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(meeting_agenda_items)
                .where(meeting_agenda_items.c.meeting_id == meeting_id)
                .order_by(meeting_agenda_items.c.position)
            )
        )

    def add_agenda_item(self, meeting_id: str, title: str, proposal_id: int | None) -> int:
        last = self.conn.scalar(
            select(func.max(meeting_agenda_items.c.position)).where(
                meeting_agenda_items.c.meeting_id == meeting_id
            )
        )
        position = (last or 0) + 1
        self.conn.execute(
            insert(meeting_agenda_items).values(
                meeting_id=meeting_id, position=position, title=title, proposal_id=proposal_id
            )
        )
        return position

    def participants(self, meeting_id: str) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(meeting_participants)
                .where(meeting_participants.c.meeting_id == meeting_id)
                .order_by(meeting_participants.c.participant)
            )
        )

    def set_participants(self, meeting_id: str, people: Iterable[tuple[str, str]]) -> None:
        known = {r.participant for r in self.participants(meeting_id)}
        for participant, role in people:
            if participant in known:
                self.conn.execute(
                    update(meeting_participants)
                    .where(
                        meeting_participants.c.meeting_id == meeting_id,
                        meeting_participants.c.participant == participant,
                    )
                    .values(role=role)
                )
            else:
                self.conn.execute(
                    insert(meeting_participants).values(
                        meeting_id=meeting_id, participant=participant, role=role
                    )
                )
                known.add(participant)

    def document_ids(self, meeting_id: str) -> list[int]:
        return list(
            self.conn.scalars(
                select(meeting_documents.c.document_id)
                .where(meeting_documents.c.meeting_id == meeting_id)
                .order_by(meeting_documents.c.added_at, meeting_documents.c.document_id)
            )
        )

    def attach_document(self, meeting_id: str, document_id: int, now: datetime) -> bool:
        if document_id in self.document_ids(meeting_id):
            return False
        self.conn.execute(
            insert(meeting_documents).values(meeting_id=meeting_id, document_id=document_id, added_at=now)
        )
        return True


class ProposalRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, values: dict[str, Any], marking: Marking) -> int:
        result = self.conn.execute(insert(proposals).values(**values, **marking_values(marking)))
        assert result.inserted_primary_key is not None
        return int(result.inserted_primary_key[0])

    def get(self, proposal_id: int, viewer: Viewer | None) -> Row[Any] | None:
        return self.conn.execute(
            select(proposals).where(proposals.c.id == proposal_id, visible(proposals, viewer))
        ).first()

    def find(
        self, viewer: Viewer | None, meeting_id: str | None = None, extra: Sequence[Any] = ()
    ) -> list[Row[Any]]:
        query = select(proposals).where(visible(proposals, viewer), *extra)
        if meeting_id is not None:
            query = query.where(proposals.c.meeting_id == meeting_id)
        return list(self.conn.execute(query.order_by(proposals.c.id)))

    def update(self, proposal_id: int, **values: Any) -> None:
        self.conn.execute(update(proposals).where(proposals.c.id == proposal_id).values(**values))

    def add_version(self, values: dict[str, Any]) -> None:
        self.conn.execute(insert(proposal_versions).values(**values))

    def versions(self, proposal_id: int) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(proposal_versions)
                .where(proposal_versions.c.proposal_id == proposal_id)
                .order_by(proposal_versions.c.version)
            )
        )

    def add_feedback(self, values: dict[str, Any]) -> int:
        result = self.conn.execute(insert(proposal_feedback).values(**values))
        assert result.inserted_primary_key is not None
        return int(result.inserted_primary_key[0])

    def feedback(self, proposal_id: int) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(proposal_feedback)
                .where(proposal_feedback.c.proposal_id == proposal_id)
                .order_by(proposal_feedback.c.id)
            )
        )

    def contributions(self, proposal_id: int, viewer: Viewer | None) -> list[Row[Any]]:
        return self.find(viewer, extra=[proposals.c.contribution_to == proposal_id])

    def add_decision(self, values: dict[str, Any]) -> int:
        result = self.conn.execute(insert(decisions).values(**values))
        assert result.inserted_primary_key is not None
        return int(result.inserted_primary_key[0])

    def decisions(self, proposal_id: int) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(decisions).where(decisions.c.proposal_id == proposal_id).order_by(decisions.c.id)
            )
        )

    def meeting_decisions(self, meeting_id: str, viewer: Viewer | None) -> list[Row[Any]]:
        """A meeting's decisions in the order taken, with their proposals, as far as the viewer may read."""
        return list(
            self.conn.execute(
                select(
                    decisions,
                    proposals.c.sponsor,
                    proposals.c.subject,
                    *[c for c in proposals.c if c.name in marking_values(Marking())],
                )
                .join(proposals, proposals.c.id == decisions.c.proposal_id)
                .where(decisions.c.meeting_id == meeting_id, visible(proposals, viewer))
                .order_by(decisions.c.id)
            )
        )


class TaskingRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, values: dict[str, Any], marking: Marking) -> int:
        result = self.conn.execute(insert(taskings).values(**values, **marking_values(marking)))
        assert result.inserted_primary_key is not None
        return int(result.inserted_primary_key[0])

    def get(self, tasking_id: int, viewer: Viewer | None) -> Row[Any] | None:
        return self.conn.execute(
            select(taskings).where(taskings.c.id == tasking_id, visible(taskings, viewer))
        ).first()

    def find(
        self, viewer: Viewer | None, status: str | None = None, proposal_id: int | None = None
    ) -> list[Row[Any]]:
        query = select(taskings).where(visible(taskings, viewer))
        if status is not None:
            query = query.where(taskings.c.status == status)
        if proposal_id is not None:
            query = query.where(taskings.c.proposal_id == proposal_id)
        return list(
            self.conn.execute(
                query.order_by(taskings.c.due_date.is_(None), taskings.c.due_date, taskings.c.id)
            )
        )

    def close(self, tasking_id: int, fulfilled_by: str, now: datetime) -> None:
        self.conn.execute(
            update(taskings)
            .where(taskings.c.id == tasking_id)
            .values(status="done", fulfilled_by=fulfilled_by, closed_at=now)
        )
