"""Tables of the licensing desk: licence applications, no-undercut consultations, and the notices Partners
send each other (an approval after a consultation, a denial renewed, amended or revoked).

An application belongs to its Partner: every query filters on ``partner`` (and the marking); a consultation
is read by the two Partners it joins.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    Row,
    String,
    Table,
    Text,
    and_,
    insert,
    or_,
    select,
    update,
)

from epoc.model import Marking
from epoc.model.access import Viewer
from epoc.store.document_tables import denials
from epoc.store.records import marking_values
from epoc.store.tables import marking_columns, metadata
from epoc.store.visibility import visible

applications = Table(
    "applications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("partner", String(8), nullable=False, index=True),
    Column("reference", String(200), nullable=False),
    Column("exporter", Text, nullable=False),
    Column("destination", String(2), nullable=False),
    Column("end_use", Text, nullable=False),
    Column("parties", JSON, nullable=False),  # [{"role", "name", "country", "address"}]
    Column("items", JSON, nullable=False),  # [{"description", "annex", "quantity", "value"}]
    Column("red_flags", JSON, nullable=False),  # [{"code", "question", "stated"}]
    Column("status", String(30), nullable=False),
    Column("assessment", JSON, nullable=False),  # {"band", "reasons", "rules"}
    Column("related_denials", JSON, nullable=False),
    Column("history", JSON, nullable=False),  # reassessments: [{"at", "band", "added", "removed"}]
    Column("assessed_at", DateTime(timezone=True), nullable=False),
    Column("outcome", String(30)),
    Column("justification", Text),
    Column("conditions", Text),
    Column("denial_draft", JSON),  # the denial notification a refusal drafts, ready to circulate
    Column("decided_by", String(100)),
    Column("decided_at", DateTime(timezone=True)),
    Column("origin", Text),
    Column("created_by", String(100)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    *marking_columns(),
)

consultations = Table(
    "consultations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("application_id", Integer, ForeignKey("applications.id", ondelete="CASCADE"), nullable=False),
    Column("denial_id", Integer, ForeignKey("denials.id"), nullable=False),
    Column("requesting_partner", String(8), nullable=False, index=True),
    Column("denying_partner", String(8), nullable=False, index=True),
    Column("request", JSON, nullable=False),  # the item and the matched parties only
    Column("status", String(20), nullable=False),
    Column("opened_on", Date, nullable=False),
    Column("due", Date, nullable=False),
    Column("replies", JSON, nullable=False),  # [{"answer", "text", "by", "at"}]
    Column("outcome", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    *marking_columns(),
)

notices = Table(
    "licensing_notices",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(30), nullable=False),  # undercut | denial-renewed | denial-amended | denial-revoked
    Column("from_partner", String(8), nullable=False),
    Column("to_partner", String(8)),  # None: every Partner
    Column("denial_id", Integer, ForeignKey("denials.id")),
    Column("application_id", Integer, ForeignKey("applications.id", ondelete="SET NULL")),
    Column("consultation_id", Integer, ForeignKey("consultations.id", ondelete="SET NULL")),
    Column("text", Text, nullable=False),
    Column("created_by", String(100)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    *marking_columns(),
)


attachments = Table(
    "application_attachments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "application_id",
        Integer,
        ForeignKey("applications.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("name", String(300), nullable=False),
    Column("media_type", String(100), nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("note", Text),  # what the file is (an end-user certificate, the contract …)
    Column("created_by", String(100)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)  # read through its application: the same Partner and marking (never by the consulted Partner)


def _own(table: Any, viewer: Viewer | None) -> Any:
    """The rows of the viewer's Partner (the command line: all) that the marking lets them read."""
    if viewer is None:
        return visible(table, viewer)
    return and_(table.c.partner == (viewer.partner or ""), visible(table, viewer))


class LicensingRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- applications ---------------------------------------------------------------------------------------
    def add_application(self, values: dict[str, Any], marking: Marking) -> int:
        result = self.conn.execute(insert(applications).values(**values, **marking_values(marking)))
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def application(self, application_id: int, viewer: Viewer | None) -> Row[Any] | None:
        query = select(applications).where(applications.c.id == application_id, _own(applications, viewer))
        return self.conn.execute(query).first()

    def applications(self, viewer: Viewer | None, partner: str | None = None) -> list[Row[Any]]:
        query = select(applications).where(_own(applications, viewer))
        if partner:
            query = query.where(applications.c.partner == partner)
        return list(self.conn.execute(query.order_by(applications.c.id.desc())))

    def update_application(self, application_id: int, values: dict[str, Any]) -> None:
        self.conn.execute(update(applications).where(applications.c.id == application_id).values(**values))

    # -- attachments (read only through an application the viewer may read) --------------------------------
    def add_attachment(self, values: dict[str, Any]) -> int:
        result = self.conn.execute(insert(attachments).values(**values))
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def attachments(self, application_id: int) -> list[Row[Any]]:
        """The attachments of an application, without their content (the caller has read the application)."""
        a = attachments.c
        query = select(a.id, a.name, a.media_type, a.size, a.sha256, a.note, a.created_by, a.created_at)
        return list(self.conn.execute(query.where(a.application_id == application_id).order_by(a.id)))

    def attachment(self, application_id: int, attachment_id: int, viewer: Viewer | None) -> Row[Any] | None:
        """One attachment with its content and its application's marking, if the viewer may read the
        application."""
        app = applications.c
        query = (
            select(
                attachments,
                app.classification,
                app.scope,
                app.rel_partners,
                app.not_for_outreach,
                app.marking,
            )
            .join(applications, applications.c.id == attachments.c.application_id)
            .where(
                attachments.c.id == attachment_id,
                attachments.c.application_id == application_id,
                _own(applications, viewer),
            )
        )
        return self.conn.execute(query).first()

    # -- consultations -------------------------------------------------------------------------------------
    def add_consultation(self, values: dict[str, Any], marking: Marking) -> int:
        result = self.conn.execute(insert(consultations).values(**values, **marking_values(marking)))
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def consultations(
        self,
        viewer: Viewer | None,
        *,
        partner: str | None = None,
        application_id: int | None = None,
        consultation_id: int | None = None,
    ) -> list[Row[Any]]:
        """Consultations the viewer's Partner is party to (asking or asked); ``partner`` narrows to one
        Partner's side (the command line's ``--partner``)."""
        c = consultations.c
        query = select(consultations).where(visible(consultations, viewer))
        for who in (viewer.partner if viewer is not None else None, partner):
            if who is not None:
                query = query.where(or_(c.requesting_partner == who, c.denying_partner == who))
        if application_id is not None:
            query = query.where(c.application_id == application_id)
        if consultation_id is not None:
            query = query.where(c.id == consultation_id)
        return list(self.conn.execute(query.order_by(c.id)))

    def update_consultation(self, consultation_id: int, values: dict[str, Any]) -> None:
        self.conn.execute(update(consultations).where(consultations.c.id == consultation_id).values(**values))

    # -- notices ---------------------------------------------------------------------------------------------
    def add_notice(self, values: dict[str, Any], marking: Marking) -> int:
        result = self.conn.execute(insert(notices).values(**values, **marking_values(marking)))
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def notices(self, viewer: Viewer | None, partner: str | None = None) -> list[Row[Any]]:
        """Notices to the Partner (or to every Partner), and the ones it sent."""
        c = notices.c
        query = select(notices).where(visible(notices, viewer))
        who = partner or (viewer.partner if viewer is not None else None)
        if who is not None:
            query = query.where(or_(c.to_partner == who, c.to_partner.is_(None), c.from_partner == who))
        return list(self.conn.execute(query.order_by(c.id.desc())))

    # -- denials' lifecycle --------------------------------------------------------------------------------
    def denial(self, denial_id: int, viewer: Viewer | None) -> Row[Any] | None:
        query = select(denials).where(denials.c.id == denial_id, visible(denials, viewer))
        return self.conn.execute(query).first()

    def denials_by_reference(self, reference: str, viewer: Viewer | None) -> list[Row[Any]]:
        query = select(denials).where(denials.c.reference == reference, visible(denials, viewer))
        return list(self.conn.execute(query))

    def denial_by_key(self, partner: str, reference: str) -> Row[Any] | None:
        query = select(denials).where(denials.c.partner == partner, denials.c.reference == reference)
        return self.conn.execute(query).first()

    def update_denial(self, denial_id: int, values: dict[str, Any]) -> None:
        self.conn.execute(update(denials).where(denials.c.id == denial_id).values(**values))
