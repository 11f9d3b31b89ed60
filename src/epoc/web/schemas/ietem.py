"""Wire types of the IE-TEM area's JSON API: the review, the gap register, Annex versions and their diff,
the working group. Built from the services' results (``services.ietem``)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class TechnologyOut(BaseModel):
    technology: str
    mentions: int
    annex_entries: list[str]
    coverage: str = Field(description="controlled | below-threshold | not-covered | unclear")
    document_ids: list[int]
    partners: list[str] = []
    years: dict[str, int] = {}
    last_changed: str | None = Field(None, description="The Annex version that last changed its entries.")
    reasons: list[str] = []


class ReviewOut(BaseModel):
    papers: int
    technologies: list[TechnologyOut]
    coverage_mix: dict[str, int] = {}
    marking: str


class EvidenceOut(BaseModel):
    document_id: int
    text: str = Field(description="The sentence of the mention.")
    paragraph: int
    mention: str
    coverage: str
    reason: str


class GapOut(BaseModel):
    gap_id: str = Field(description="G-<n> for a register entry, S-… for a suggestion of the review.")
    technology: str
    coverage: str
    priority: str
    status: str
    evidence: list[EvidenceOut]
    annex_entries: list[str]
    proposed_action: str
    owner: str | None
    adopted_in: str | None
    meeting: str | None
    summary: str
    partners: list[str]
    years: list[int]
    marking: str


class MessageOut(BaseModel):
    id: int
    author: str
    sent_at: str
    subject: str
    body: str
    via: str


class GapPageOut(BaseModel):
    gap: GapOut
    thread: list[MessageOut]


class MessageIn(BaseModel):
    body: str = Field(min_length=1, max_length=20000)


class VersionOut(BaseModel):
    name: str
    adopted: str
    effective: str
    meeting: str | None
    origin: str
    entries: int
    amendments: int
    previous: str | None


class AmendmentOut(BaseModel):
    action: str
    code: str
    why: str
    technical: str
    licensing_impact: str


class AnnexDiffOut(BaseModel):
    added: list[str]
    amended: list[str]
    deleted: list[str]
    changes: dict[str, list[str]]
    amendments: list[AmendmentOut]


class MemberOut(BaseModel):
    username: str
    partner: str | None
    role: str
    expertise: str
    email: str | None
    joined_at: str


class EvaluationOut(BaseModel):
    id: int
    author: str
    written_at: str
    aspect: str
    finding: str
    recommendation: str


class GroupOut(BaseModel):
    members: list[MemberOut]
    evaluation: list[EvaluationOut]
