"""Wire types of the outreach API: countries, the year's plan, events with their material, country briefs.
Built from ``services.outreach.results`` (through ``results.plain``)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from epoc.web.schemas.common import MarkingOut


class StatusEntryOut(BaseModel):
    status: str
    label: str
    since: str
    note: str | None = None


class PriorityOut(BaseModel):
    country: str
    meeting_id: str
    year: int | None
    place: str | None
    decision_id: int | None = None
    note: str | None = None


class CountryOut(BaseModel):
    country: str = Field(examples=["BY"])
    name: str
    status: str = Field(examples=["applicant"])
    status_label: str
    since: str | None
    history: list[StatusEntryOut]
    priorities: list[PriorityOut]


class InviteeOut(BaseModel):
    country: str
    name: str
    reasons: list[str] = Field(examples=[["membership application pending since 2008-03-01"]])


class EditOut(BaseModel):
    country: str
    action: str
    justification: str
    at: str
    by: str | None


class PlanOut(BaseModel):
    year: int
    kind: str = Field(examples=["TOM"])
    kind_label: str
    kind_set: bool
    date: str
    after_meeting: str | None = Field(examples=["rpoc-2010"])
    event_meeting: str | None
    plenaries: list[str]
    invitees: list[InviteeOut]
    edits: list[EditOut]


class InviteeEditIn(BaseModel):
    country: str = Field(max_length=100, examples=["IL"])
    action: str = Field(pattern="^(add|remove)$", examples=["add"])
    justification: str = Field(min_length=5, max_length=2000)


class MaterialOut(BaseModel):
    id: int
    kind: str
    title: str
    body: str
    marking: MarkingOut


class EventOut(BaseModel):
    meeting_id: str = Field(examples=["tom-2011"])
    kind: str
    name: str | None
    start: str | None
    end: str | None
    place: str | None
    material: list[MaterialOut]
    marking: MarkingOut
    guests: list[str]


class BriefEntityOut(BaseModel):
    id: str
    name: str
    programmes: list[str]
    sources: list[str]
    marking: MarkingOut


class BriefDenialOut(BaseModel):
    partner: str
    reference: str
    notified_on: str
    annex_codes: list[str]
    parties: list[str]
    marking: MarkingOut


class BriefMentionsOut(BaseModel):
    year: int | None
    mentions: int
    documents: int
    marking: MarkingOut


class TalkingPointOut(BaseModel):
    text: str
    meeting_id: str
    source: str
    marking: MarkingOut


class BriefOut(BaseModel):
    country: str
    name: str
    releasable: bool
    status: str
    entities: list[BriefEntityOut]
    denials: list[BriefDenialOut]
    mentions: list[BriefMentionsOut]
    talking_points: list[TalkingPointOut]
    marking: MarkingOut
    programmes: list[str]


class InvitationIn(BaseModel):
    username: str = Field(max_length=64, examples=["guest-by-2011"])
    country: str | None = Field(default=None, max_length=100, examples=["BY"])
    password: str | None = Field(default=None, max_length=200, description="Default: one is generated.")


class InvitationOut(BaseModel):
    username: str
    meeting_id: str
    country: str | None
    expires_at: str
    password: str | None = Field(description="Shown once, when epoc generated it.")
