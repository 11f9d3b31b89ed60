"""Partners' feedback on the list's entries: a comment, a proposed correction (a new alias, an address, "this
firm was dissolved"), or a request for removal, with evidence; the IE Co-Chairs accept or decline.

Feedback carries the marking of the entry as its author read it, so it is visible to exactly the Partners
who may read that entry. Accepting a removal request records an *exclude* decision (with the request as its
evidence); an accepted correction travels with the entry into the next edition.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from epoc.model import NotFound
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import InvalidInput
from epoc.model.marking import Marking
from epoc.model.regime import CorrectionField, Decision, FeedbackKind, FeedbackStatus, check_reason
from epoc.services import audit
from epoc.services.list.entities import current_entities
from epoc.store import Store
from epoc.store.editions import EditionRepository
from epoc.store.records import marking_from_row, marking_values
from epoc.store.regime import RegimeRepository


@dataclass(frozen=True, slots=True)
class Feedback:
    feedback_id: int
    entity_id: str
    edition: str | None
    kind: FeedbackKind
    field: str | None
    text: str
    evidence: str
    partner: str
    author: str
    at: datetime
    status: FeedbackStatus
    decided_by: str | None
    decided_at: datetime | None
    decision_reason: str | None
    marking: Marking

    def to_json(self) -> dict[str, Any]:
        return {
            "feedback_id": self.feedback_id,
            "entity_id": self.entity_id,
            "edition": self.edition,
            "kind": self.kind.value,
            "field": self.field,
            "text": self.text,
            "evidence": self.evidence,
            "partner": self.partner,
            "author": self.author,
            "at": self.at.isoformat(),
            "status": self.status.value,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at.isoformat() if self.decided_at else None,
            "decision_reason": self.decision_reason,
            "marking": self.marking.to_json(),
        }


def _feedback(row: Any) -> Feedback:
    return Feedback(
        row.id,
        row.entity_id,
        row.edition,
        FeedbackKind(row.kind),
        row.field,
        row.text,
        row.evidence,
        row.partner,
        row.author,
        row.at,
        FeedbackStatus(row.status),
        row.decided_by,
        row.decided_at,
        row.decision_reason,
        marking_from_row(row),
    )


def give_feedback(
    store: Store,
    viewer: Viewer,
    entity_id: str,
    kind: FeedbackKind,
    text: str,
    *,
    field: CorrectionField | None = None,
    evidence: str = "",
    edition: str | None = None,
) -> Feedback:
    """A Partner's comment, correction or removal request on an entry it may read (of the current list, or
    of an edition), marked as the entry it read; audited."""
    body = " ".join(text.split())
    if kind is FeedbackKind.CORRECTION and field is CorrectionField.DISSOLVED and not body:
        body = "dissolved"
    if not body or len(body) > 4000:
        raise InvalidInput("text: say what you comment, correct or ask (1 to 4,000 characters)")
    if kind is FeedbackKind.CORRECTION and field is None:
        raise InvalidInput("a correction says what it corrects: alias, address, dissolved or other")
    if viewer.partner is None:
        raise InvalidInput("feedback comes from a Partner (or the POC)")
    with store.transaction() as conn:
        if edition is not None:
            found = [r for r in EditionRepository(conn).entities(edition, viewer) if r.entity_id == entity_id]
            if not found:
                raise NotFound(f"no entry {entity_id!r} in edition {edition!r}")
            marking = marking_from_row(found[0])
        else:
            entities = current_entities(conn, viewer, [entity_id])
            if not entities:
                raise NotFound(f"no entity {entity_id!r}; `epoc entities list` shows them")
            marking = entities[0].marking
        moment = datetime.now(UTC)
        new_id = RegimeRepository(conn).add_feedback(
            {
                "entity_id": entity_id,
                "edition": edition,
                "kind": kind.value,
                "field": field.value if field is not None else None,
                "text": body,
                "evidence": " ".join(evidence.split())[:4000],
                "partner": viewer.partner,
                "author": viewer.username,
                "at": moment,
                "status": FeedbackStatus.OPEN.value,
                **marking_values(marking),
            }
        )
        audit.record(
            conn,
            viewer,
            Action.FEEDBACK,
            entity_id,
            {"feedback": new_id, "kind": kind.value, "edition": edition},
        )
        row = RegimeRepository(conn).feedback(None, feedback_id=new_id)[0]
    return _feedback(row)


def list_feedback(
    store: Store,
    viewer: Viewer | None = None,
    *,
    entity_ids: Sequence[str] | None = None,
    status: FeedbackStatus | None = None,
) -> list[Feedback]:
    """Feedback the viewer may read (that on entries it may read), oldest first."""
    with store.read() as conn:
        rows = RegimeRepository(conn).feedback(viewer, entity_ids, status.value if status else None)
    return [_feedback(r) for r in rows]


def decide_feedback(
    store: Store,
    feedback_id: int,
    accept: bool,
    reason: str,
    *,
    viewer: Viewer | None = None,
    who: str = "local operator",
) -> Feedback:
    """The IE Co-Chairs accept or decline a Partner's feedback (once); accepting a removal request excludes
    the entity, with the request as evidence. One transaction, audited."""
    text = check_reason(reason)
    actor = viewer.username if viewer is not None else who
    with store.transaction() as conn:
        regime = RegimeRepository(conn)
        found = regime.feedback(viewer, feedback_id=feedback_id)
        if not found:
            raise NotFound(f"no feedback {feedback_id}")
        row = found[0]
        if row.status != FeedbackStatus.OPEN.value:
            raise InvalidInput(f"feedback {feedback_id} was {row.status} by {row.decided_by} already")
        status = FeedbackStatus.ACCEPTED if accept else FeedbackStatus.DECLINED
        moment = datetime.now(UTC)
        regime.decide_feedback(
            feedback_id,
            {"status": status.value, "decided_by": actor, "decided_at": moment, "decision_reason": text},
        )
        if accept and row.kind == FeedbackKind.REMOVAL.value:
            entity = current_entities(conn, None, [row.entity_id])
            caption = entity[0].caption if entity else row.entity_id
            members = list(entity[0].record_ids) if entity else []
            regime.add_decision(
                {
                    "entity_id": row.entity_id,
                    "decision": Decision.EXCLUDE.value,
                    "reason": f"removal asked by {row.partner} (feedback {feedback_id}): {text}",
                    "evidence": [{"note": row.text}, {"note": row.evidence}]
                    if row.evidence
                    else [{"note": row.text}],
                    "record_ids": sorted(members),
                    "caption": caption,
                    "who": actor,
                    "at": moment,
                    **marking_values(marking_from_row(row)),
                }
            )
        audit.record(
            conn,
            viewer if viewer is not None else actor,
            Action.FEEDBACK_DECISION,
            row.entity_id,
            {"feedback": feedback_id, "status": status.value, "reason": text},
        )
        decided = regime.feedback(None, feedback_id=feedback_id)[0]
    return _feedback(decided)


@dataclass(frozen=True, slots=True)
class Correction:
    """An accepted correction (or removal) of an entity, as an edition's entry carries it (``plain`` is the
    form kept in the edition)."""

    kind: str
    field: str | None
    text: str
    partner: str
    accepted_by: str | None
    accepted_at: str | None
    marking: Marking


def corrections_of(conn: Connection, entity_ids: Sequence[str]) -> dict[str, list[Correction]]:
    """The accepted corrections (and removals) of entities, for an edition's entries and entity pages."""
    out: dict[str, list[Correction]] = {}
    for row in RegimeRepository(conn).accepted_corrections(entity_ids):
        out.setdefault(row.entity_id, []).append(
            Correction(
                kind=row.kind,
                field=row.field,
                text=row.text,
                partner=row.partner,
                accepted_by=row.decided_by,
                accepted_at=row.decided_at.isoformat() if row.decided_at else None,
                marking=marking_from_row(row),
            )
        )
    return out
