"""No-undercut consultations as the two Partners see them: the consulted Partner reads the request (the
item and the matched parties only) and replies; the requesting Partner reads the replies. Nobody else
reads them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from epoc.model import Conflict, Forbidden, InvalidInput, NotFound
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.licensing import OPEN_STATUSES, Answer, ConsultationStatus
from epoc.services import audit
from epoc.services.licensing.applications import ConsultationView, check_partner, consultation_view
from epoc.store import Store
from epoc.store.licensing import LicensingRepository


def list_consultations(
    store: Store, viewer: Viewer | None, partner: str | None = None, today: date | None = None
) -> list[ConsultationView]:
    """The consultations the Partner asks or is asked in, oldest first."""
    today = today or date.today()
    who = check_partner(partner) if partner else None
    with store.read() as conn:
        rows = LicensingRepository(conn).consultations(viewer, partner=who)
    return [consultation_view(r, today) for r in rows]


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
