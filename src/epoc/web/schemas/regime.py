"""Wire types of the regime's list: candidates and decisions, feedback, circulation (built from the services'
dataclasses' ``to_json``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from epoc.model.regime import CorrectionField, Decision, FeedbackKind
from epoc.web.schemas.common import MarkingOut, _examples


class EvidenceOut(BaseModel):
    source: str
    source_name: str
    partner: str
    date: str | None
    record_ids: list[str]
    programmes: list[str]


class CorroborationOut(BaseModel):
    source: str
    source_name: str
    since: str | None
    text: str = Field(description='e.g. "also on the UN list since 2009"')


class DecisionIn(BaseModel):
    model_config = _examples({"decision": "include", "reason": "Denied by two Partners in 2004"})
    decision: Decision
    reason: str = Field(min_length=1, max_length=2000)
    evidence: list[str] = Field(default_factory=list, max_length=20)


class DecisionMadeOut(BaseModel):
    decision_id: int
    candidate_id: str
    entity_id: str
    caption: str
    decision: str
    reason: str
    evidence: list[dict[str, Any]]
    record_ids: list[str]
    who: str
    at: str
    previous: str | None
    marking: MarkingOut


class CandidateOut(BaseModel):
    candidate_id: str
    caption: str
    sources: list[str]
    evidence: list[EvidenceOut]
    schema_: str = Field(alias="schema")
    status: str = Field(description="new | deferred | moved (included, but resolution moved its records)")
    why: str
    corroboration: list[CorroborationOut]
    decision: DecisionMadeOut | None
    marking: MarkingOut


class FeedbackIn(BaseModel):
    model_config = _examples(
        {"kind": "correction", "field": "alias", "text": "Also trades as XGS", "evidence": "…"}
    )
    kind: FeedbackKind
    field: CorrectionField | None = None
    text: str = Field(default="", max_length=4000)
    evidence: str = Field(default="", max_length=4000)
    edition: str | None = Field(default=None, max_length=100)


class FeedbackOut(BaseModel):
    feedback_id: int
    entity_id: str
    edition: str | None
    kind: str
    field: str | None
    text: str
    evidence: str
    partner: str
    author: str
    at: str
    status: str
    decided_by: str | None
    decided_at: str | None
    decision_reason: str | None
    marking: MarkingOut


class FeedbackDecisionIn(BaseModel):
    accept: bool
    reason: str = Field(min_length=1, max_length=2000)


class DistributeIn(BaseModel):
    model_config = _examples({"meeting": "the 2010 RPOC"})
    meeting: str = Field(min_length=1, max_length=200)


class ReceiptOut(BaseModel):
    partner: str
    partner_name: str
    entries: int
    banner: str
    outbox_file: str | None
    read_at: str | None
    read_by: str | None


class CirculationOut(BaseModel):
    reference: str
    meeting: str
    number: int
    kind: str
    target: str
    title: str
    who: str
    at: str
    recipients: list[ReceiptOut]


class NotificationOut(BaseModel):
    reference: str
    meeting: str
    kind: str
    target: str
    title: str
    at: str
    banner: str
    entries: int
    read: bool
    read_at: str | None
    read_by: str | None


class ReadIn(BaseModel):
    ref: str = Field(min_length=1, max_length=60)
