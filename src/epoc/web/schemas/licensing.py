"""Wire types of the licensing desk: an application as the contract writes it, the assessment with its
reasons and evidence, consultations, decisions and the denial lifecycle. Built from the services' results
(``services.licensing``); the evidence objects are open (each says its ``type``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from epoc.web.schemas.common import MarkingOut, _examples
from epoc.web.schemas.documents import DenialOut, DenialSavedOut


class ApplicationPartyIn(BaseModel):
    role: str = Field(description="consignee, end_user, intermediary or purchaser", max_length=20)
    name: str = Field(min_length=1, max_length=500)
    country: str | None = Field(None, max_length=60)
    address: str | None = Field(None, max_length=1000)


class ApplicationItemIn(BaseModel):
    description: str = Field(min_length=1, max_length=2000)
    annex: str | None = Field(None, max_length=20, description="The Annex entry, e.g. 2.A.1")
    quantity: str | None = Field(None, max_length=100)
    value: str | None = Field(None, max_length=100)


class ApplicationIn(BaseModel):
    model_config = _examples(
        {
            "reference": "DE-2026-0107",
            "exporter": "Westbrook Propulsion Ltd",
            "destination": "AE",
            "end_use": "Research sounding rockets",
            "parties": [{"role": "consignee", "name": "Shahid Hemmat Industrial Group", "country": "IR"}],
            "items": [{"description": "Solid rocket motor", "annex": "2.A.1", "quantity": "2"}],
            "red_flags": ["unusual-routing"],
        }
    )
    reference: str = Field(min_length=1, max_length=200)
    exporter: str = Field(min_length=1, max_length=500)
    destination: str = Field(min_length=2, max_length=60)
    end_use: str = Field("", max_length=2000)
    parties: list[ApplicationPartyIn] = Field(max_length=200)
    items: list[ApplicationItemIn] = Field(max_length=200)
    red_flags: list[str] = Field(default_factory=list, max_length=50)


class ReasonOut(BaseModel):
    kind: str
    text: str
    evidence: list[dict[str, Any]]


class AssessmentOut(BaseModel):
    band: str = Field(description="low, elevated, high or presumption-of-denial")
    reasons: list[ReasonOut]
    rules: list[dict[str, str]] = Field(description="The rules that fired: band, rule, text.")


class ConsultationOut(BaseModel):
    consultation_id: int
    partner: str = Field(description="The consulted (denying) Partner.")
    denial_id: int
    status: str = Field(description="open, more-information, no-objection or objection")
    due: str
    application_id: int
    requesting_partner: str
    opened_on: str
    deadline_passed: bool
    request: dict[str, Any] = Field(description="The item and the matched parties only.")
    replies: list[dict[str, Any]]
    outcome: str | None
    marking: MarkingOut


class RelatedDenialOut(BaseModel):
    denial_id: int
    partner: str
    binding: bool
    why: str


class AttachmentOut(BaseModel):
    attachment_id: int
    application_id: int
    name: str
    media_type: str
    size: int = Field(description="bytes")
    sha256: str
    note: str | None = None
    created_by: str | None = None
    created_at: str


class ApplicationOut(BaseModel):
    application_id: int
    assessment: AssessmentOut
    consultations: list[ConsultationOut]
    related_denials: list[RelatedDenialOut]
    partner: str
    reference: str
    exporter: str
    destination: str
    end_use: str
    parties: list[dict[str, Any]]
    items: list[dict[str, Any]]
    red_flags: list[dict[str, Any]]
    status: str
    outcome: str | None
    justification: str | None
    conditions: str | None
    denial_draft: dict[str, Any] | None
    history: list[dict[str, Any]]
    created_at: str
    marking: MarkingOut
    attachments: list[AttachmentOut] = Field(default_factory=list)


class DecisionIn(BaseModel):
    outcome: str = Field(description="approve, approve-with-conditions or deny", max_length=40)
    justification: str | None = Field(None, max_length=4000)
    conditions: str | None = Field(None, max_length=4000)


class NoticeOut(BaseModel):
    notice_id: int
    kind: str = Field(description="undercut, denial-renewed, denial-amended or denial-revoked")
    to_partner: str | None = Field(description="None: every Partner")
    text: str
    consultation_id: int | None = None
    from_partner: str | None = None
    denial_id: int | None = None
    created_at: str | None = None
    marking: MarkingOut | None = None


class DecisionOut(BaseModel):
    application_id: int
    outcome: str | None
    status: str
    justification: str | None
    conditions: str | None
    consultations: list[ConsultationOut]
    notices: list[NoticeOut]
    denial_draft: dict[str, Any] | None
    marking: MarkingOut


class ReplyIn(BaseModel):
    answer: str = Field(description="no-objection, objection or more-information", max_length=40)
    text: str | None = Field(None, max_length=4000)


class DenialReviewedOut(DenialOut):
    notice: NoticeOut
    predecessor: DenialOut | None = None


class AmendIn(BaseModel):
    """The fields that change (the denial template's); the rest is the predecessor's."""

    reference: str | None = Field(None, max_length=100)
    annex_codes: list[str] | None = Field(None, max_length=50)
    catch_all: bool | None = None
    item_description: str | None = Field(None, max_length=2000)
    quantity: str | None = Field(None, max_length=100)
    end_use: str | None = Field(None, max_length=2000)
    reason: str | None = Field(None, max_length=2000)


class CirculatedOut(DenialSavedOut):
    application_id: int
    denial_id: int | None


class DraftOut(BaseModel):
    application: dict[str, Any] = Field(
        description="The application template's fields as the document gives them (blank where it does not)"
    )
    found: dict[str, int] = Field(description="field -> the line of the document's text it was read from")
    missing: list[str] = Field(description="What the document does not say (nothing is guessed)")
    suggested_annex: list[list[str]] = Field(
        description="Per item, the Annex entries the technology tagger reads in its description (to confirm)"
    )
    notes: list[str] = Field(default_factory=list)
