"""No-undercut consultations as the two Partners see them: the consulted Partner reads the request (the
item and the matched parties only) and replies; the requesting Partner reads the replies. Nobody else
reads them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from epoc.model import Conflict, Forbidden, InvalidInput, Marking, NotFound
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.licensing import OPEN_STATUSES, Answer, ConsultationStatus
from epoc.services import audit
from epoc.services.licensing.applications import ConsultationView, check_partner, consultation_view
from epoc.store import Store
from epoc.store.licensing import LicensingRepository
from epoc.store.records import marking_from_row


def list_consultations(
    store: Store, viewer: Viewer | None, partner: str | None = None, today: date | None = None
) -> list[ConsultationView]:
    """The consultations the Partner asks or is asked in, oldest first."""
    today = today or date.today()
    who = check_partner(partner) if partner else None
    with store.read() as conn:
        rows = LicensingRepository(conn).consultations(viewer, partner=who)
    return [consultation_view(r, today) for r in rows]


def read_consultations(store: Store, viewer: Viewer, today: date | None = None) -> list[ConsultationView]:
    """The consultations page's read, recorded in the audit trail."""
    views = list_consultations(store, viewer, today=today)
    with store.transaction() as conn:
        audit.record(conn, viewer, Action.CONSULTATION_READ, "consultations", {"shown": len(views)})
    return views


def awaiting_reply(store: Store, viewer: Viewer, today: date | None = None) -> list[ConsultationView]:
    """Consultations waiting for the viewer's Partner's reply (the dashboard's box)."""
    return [
        c
        for c in list_consultations(store, viewer, today=today)
        if c.partner == viewer.partner and c.status in OPEN_STATUSES and c.outcome is None
    ]


def reply(
    store: Store,
    consultation_id: int,
    partner: str,
    answer: str,
    viewer: Viewer | None,
    *,
    text: str | None = None,
    today: date | None = None,
) -> ConsultationView:
    """The consulted Partner's reply: no objection, an objection (with its reasons), or a request for more
    information (the consultation stays open). One transaction with its audit entry."""
    replying = check_partner(partner)
    if viewer is not None and viewer.partner != replying:
        raise InvalidInput(f"partner: you reply for {viewer.partner}, not for {replying}")
    try:
        chosen = Answer(answer.strip().lower())
    except ValueError:
        raise InvalidInput(f"answer {answer!r} is not one of {', '.join(a.value for a in Answer)}") from None
    today = today or date.today()
    now = datetime.now(UTC)
    with store.transaction() as conn:
        repo = LicensingRepository(conn)
        found = repo.consultations(viewer, partner=replying, consultation_id=consultation_id)
        if not found:
            raise NotFound(f"consultation {consultation_id} not found")
        row = found[0]
        if row.denying_partner != replying:
            raise Forbidden(
                f"consultation {consultation_id} asks {row.denying_partner}: only that Partner replies"
            )
        if row.outcome is not None:
            raise Conflict(f"consultation {consultation_id} is closed: {row.outcome}")
        entry: dict[str, Any] = {
            "answer": chosen.value,
            "text": (text or "").strip() or None,
            "by": viewer.username if viewer else "cli",
            "at": now.isoformat(),
        }
        repo.update_consultation(
            consultation_id,
            {"status": ConsultationStatus(chosen.value).value, "replies": [*row.replies, entry]},
        )
        audit.record(
            conn,
            viewer,
            Action.CONSULTATION_REPLY,
            f"consultation:{consultation_id}",
            {"partner": replying, "answer": chosen.value},
        )
        (updated,) = repo.consultations(None, consultation_id=consultation_id)
    return consultation_view(updated, today)


@dataclass(frozen=True, slots=True)
class Notice:
    """A notice between Partners: an approval after a consultation (to the denying Partner), or a denial
    renewed, amended or revoked (to every Partner)."""

    notice_id: int
    kind: str
    from_partner: str
    to_partner: str | None
    denial_id: int | None
    application_id: int | None
    consultation_id: int | None
    text: str
    created_at: str
    marking: Marking

    def to_json(self) -> dict[str, Any]:
        return {
            "notice_id": self.notice_id,
            "kind": self.kind,
            "from_partner": self.from_partner,
            "to_partner": self.to_partner,
            "denial_id": self.denial_id,
            "consultation_id": self.consultation_id,
            "text": self.text,
            "created_at": self.created_at,
            "marking": self.marking.to_json(),
        }


def list_notices(store: Store, viewer: Viewer | None, partner: str | None = None) -> list[Notice]:
    """Notices to the Partner (or to every Partner) and the ones it sent, newest first."""
    who = check_partner(partner) if partner else None
    with store.read() as conn:
        rows = LicensingRepository(conn).notices(viewer, who)
    return [
        Notice(
            r.id,
            r.kind,
            r.from_partner,
            r.to_partner,
            r.denial_id,
            r.application_id if viewer is None or viewer.partner == r.from_partner else None,
            r.consultation_id,
            r.text,
            r.created_at.isoformat(),
            marking_from_row(r),
        )
        for r in rows
    ]
