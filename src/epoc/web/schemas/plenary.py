"""Wire types of the Plenary's API, field for field the services' dataclasses (``services.plenary``):
meetings, proposals (versions, feedback, silence, decisions), taskings, the Plenary record."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from epoc.web.schemas.common import MarkingOut


class MeetingIn(BaseModel):
    kind: str = Field(max_length=20, description="plenary, rpoc, ie, tem, lem, working-group, tom, rt, other")
    name: str = Field(max_length=500)
    start: date
    end: date | None = None
    place: str | None = Field(None, max_length=200)
    host: str | None = Field(None, max_length=60, description="Code or name of the host Partner.")
    chair: str | None = Field(None, max_length=60, description="Code or name of the chairing Partner.")
    marking: str | None = Field(None, max_length=200, description='Default "UNCLASSIFIED // REL MTCR".')


class AgendaIn(BaseModel):
    title: str = Field(max_length=500)
    proposal_id: int | None = None


class AttachIn(BaseModel):
    document_id: int


class ParticipantIn(BaseModel):
    participant: str = Field(max_length=60, description="A country's code or name.")
    role: str = Field("partner", max_length=20, description="partner, chair, host, guest or observer")


class ParticipantsIn(BaseModel):
    participants: list[ParticipantIn] = Field(max_length=100)


class AgendaItemOut(BaseModel):
    position: int
    title: str
    proposal_id: int | None


class MeetingPaperOut(BaseModel):
    document_id: int
    title: str
    partner: str | None
    marking: MarkingOut


class ParticipantOut(BaseModel):
    participant: str
    role: str


class MeetingOut(BaseModel):
    meeting_id: str
    kind: str
    kind_label: str
    name: str
    host: str | None
    place: str | None
    start: date
    end: date | None
    chair: str | None
    marking: MarkingOut
    agenda: list[AgendaItemOut]
    documents: list[MeetingPaperOut]
    participants: list[ParticipantOut]


class SourcePlaceOut(BaseModel):
    document_id: int
    start: int
    end: int
    paragraphs: list[int]


class ImportedOut(BaseModel):
    """One proposal as `epoc proposals import --json` gives it."""

    proposal_id: int
    sponsor: str
    subject: str
    marking: MarkingOut
    consensus_language: str | None
    version: int
    status: str
    meeting_id: str | None
    source: SourcePlaceOut | None


class TextPartOut(BaseModel):
    text: str
    alternatives: list[str]


class DiffLineOut(BaseModel):
    kind: str
    text: str


class VersionOut(BaseModel):
    version: int
    consensus_language: str | None
    rationale: str
    note: str | None
    created_at: datetime
    created_by: str | None
    bracketed: bool
    parts: list[TextPartOut]
    diff: list[DiffLineOut]
    unified_diff: str


class FeedbackOut(BaseModel):
    id: int
    version: int
    partner: str
    position: str
    text: str | None
    created_at: datetime
    created_by: str | None


class TaskingOut(BaseModel):
    tasking_id: int
    decision_id: int | None
    proposal_id: int | None
    owner: str
    what: str
    due_meeting_id: str | None
    due_date: date | None
    status: str
    fulfilled_by: str | None
    closed_at: datetime | None
    marking: MarkingOut


class DecisionOut(BaseModel):
    decision_id: int
    proposal_id: int
    meeting_id: str
    outcome: str
    outcome_label: str
    version: int
    text: str | None
    for_release: bool
    decided_at: datetime
    decided_by: str | None
    taskings: list[TaskingOut]


class SilenceOut(BaseModel):
    deadline: date | None
    version: int | None
    state: str


class ProposalRefOut(BaseModel):
    proposal_id: int
    sponsor: str
    subject: str
    status: str


class ProposalOut(BaseModel):
    proposal_id: int
    sponsor: str
    subject: str
    heading: str | None
    status: str
    meeting_id: str | None
    version: int
    consensus_language: str | None
    marking: MarkingOut
    heading_marking: MarkingOut
    source: SourcePlaceOut | None
    contribution_to: ProposalRefOut | None
    contributions: list[ProposalRefOut]
    versions: list[VersionOut]
    feedback: list[FeedbackOut]
    positions: dict[str, str]
    objections: list[str]
    silence: SilenceOut
    decision: DecisionOut | None
    decisions: list[DecisionOut]
    taskings: list[TaskingOut]


class ProposalIn(BaseModel):
    subject: str = Field(max_length=1000)
    consensus_language: str | None = Field(
        None, max_length=20000, description="Bracketed alternatives allowed."
    )
    rationale: str = Field("", max_length=20000)
    sponsor: str | None = Field(
        None, max_length=60, description="The POC names the sponsor; others: their own."
    )
    meeting_id: str | None = Field(None, max_length=60)
    marking: str | None = Field(None, max_length=200, description='Default "UNCLASSIFIED // REL MTCR".')
    contribution_to: int | None = Field(None, description="A counter-proposal to this proposal.")


class CommentIn(BaseModel):
    position: str = Field(max_length=10, description="support, amend, object or reserve")
    text: str | None = Field(None, max_length=20000, description="A comment; for amend, the suggested text.")
    partner: str | None = Field(
        None, max_length=60, description="The POC names the Partner; others: their own."
    )


class ReviseIn(BaseModel):
    text: str = Field(max_length=20000, description="The new consensus language.")
    note: str | None = Field(None, max_length=2000)


class SilenceIn(BaseModel):
    deadline: date


class TaskIn(BaseModel):
    owner: str = Field(max_length=100)
    what: str = Field(max_length=5000)
    due_meeting_id: str | None = Field(None, max_length=60)
    due_date: date | None = None


class DecideIn(BaseModel):
    meeting_id: str = Field(max_length=60)
    outcome: str = Field(max_length=10, description="adopted, amended, deferred or rejected")
    text: str | None = Field(None, max_length=20000, description="The final consensus text (amended).")
    taskings: list[TaskIn] = Field([], max_length=20)
    for_release: bool = False


class TaskingCloseIn(BaseModel):
    edition: str | None = Field(None, max_length=100, description="The list edition that fulfils it.")
    by: str | None = Field(None, max_length=500, description="Any other reference that fulfils it.")


class RecordItemOut(BaseModel):
    number: int
    proposal_id: int
    sponsor: str
    subject: str
    outcome: str
    outcome_label: str
    text: str | None
    marking: MarkingOut
    taskings: list[TaskingOut]


class RecordOut(BaseModel):
    meeting_id: str
    title: str
    place: str | None
    start: date
    end: date | None
    chair: str | None
    public: bool
    marking: MarkingOut
    items: list[RecordItemOut]
