"""What the regime's list says about one entity, for its page: the standing decision and its history, the
Partners' feedback the viewer may read, and the documents that mention it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from epoc.model.access import Viewer
from epoc.model.marking import Marking
from epoc.services.regime.feedback import Feedback, _feedback
from epoc.services.regime.inclusion import DecisionMade, _decision
from epoc.store import Store
from epoc.store.entities import EntityRepository
from epoc.store.records import marking_from_row
from epoc.store.regime import RegimeRepository, mentioning_documents


@dataclass(frozen=True, slots=True)
class MentioningDocument:
    document_id: int
    title: str
    doc_type: str
    partner: str | None
    date: str | None
    marking: Marking

    def to_json(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "title": self.title,
            "doc_type": self.doc_type,
            "partner": self.partner,
            "date": self.date,
            "marking": self.marking.to_json(),
        }


@dataclass(frozen=True, slots=True)
class OnTheList:
    entity_id: str
    standing: DecisionMade | None
    decisions: tuple[DecisionMade, ...]
    feedback: tuple[Feedback, ...]
    documents: tuple[MentioningDocument, ...]

    @property
    def included(self) -> bool:
        return self.standing is not None and self.standing.decision.value == "include"

    @property
    def markings(self) -> list[Marking]:
        return [
            *(d.marking for d in self.decisions),
            *(f.marking for f in self.feedback),
            *(d.marking for d in self.documents),
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "entity_id": self.entity_id,
            "included": self.included,
            "standing": self.standing.to_json() if self.standing else None,
            "decisions": [d.to_json() for d in self.decisions],
            "feedback": [f.to_json() for f in self.feedback],
            "documents": [d.to_json() for d in self.documents],
        }


def on_the_list(store: Store, entity_id: str, record_ids: list[str], viewer: Viewer | None) -> OnTheList:
    """Call after the entity itself was shown to the viewer (so it exists for them)."""
    with store.read() as conn:
        regime = RegimeRepository(conn)
        decisions = tuple(_decision(r) for r in regime.decisions(entity_id, viewer))
        members = EntityRepository(conn).members_of([entity_id]).get(entity_id, frozenset())
        docs = tuple(
            MentioningDocument(
                r.id,
                r.title,
                r.doc_type,
                r.partner,
                r.doc_date.isoformat() if r.doc_date else None,
                marking_from_row(r),
            )
            for r in mentioning_documents(conn, entity_id, sorted(set(record_ids) | members), viewer)
        )
        feedback = tuple(_feedback(r) for r in regime.feedback(viewer, [entity_id]))
    standing = decisions[-1] if decisions else None
    return OnTheList(entity_id, standing, decisions, feedback, docs)
