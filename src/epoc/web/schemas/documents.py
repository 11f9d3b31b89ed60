"""Wire types of the documents' JSON API (documents, mentions and their review, denial notifications), with
OpenAPI examples.

Examples are fictional and public: the OpenAPI description is readable without signing in.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from epoc.web.schemas.common import MarkingOut, _examples

_MARKING = {
    "classification": "UNCLASSIFIED",
    "releasability": "PUBLIC",
    "partners": [],
    "banner": "UNCLASSIFIED",
    "portion": "(U)",
}
_ROW = {
    "document_id": 12,
    "title": "IE paper: procurement of gyroscopes",
    "type": "ie_paper",
    "partner": "FR",
    "date": "2026-03-02",
    "file": "ie-paper-12.pdf",
    "mentions": 7,
    "marking": _MARKING,
    "snippet": "… bought fibre-optic gyroscopes through Tiber Precision Trading …",
    "highlights": [[18, 29]],
    "added_at": "2026-11-27T21:40:00+00:00",
}


class DocumentRowOut(BaseModel):
    document_id: int
    title: str
    type: str
    partner: str | None
    date: str | None
    file: str
    mentions: int | None = Field(description="How many mentions it has (null in search results).")
    marking: MarkingOut
    snippet: str | None = Field(description="Searching: the words around the hits.")
    highlights: list[list[int]] = Field(description="Searching: [start, end) of each hit in the snippet.")
    rank: float | None = None
    added_at: str | None


class DocumentPageOut(BaseModel):
    model_config = _examples(
        {
            "total": 1,
            "page": 1,
            "per_page": 50,
            "pages": 1,
            "filters": {"q": "gyroscopes", "partner": "FR"},
            "marking": _MARKING,
            "documents": [_ROW],
            "partners": ["DE", "FR"],
            "types": ["denial", "ie_paper", "plenary_paper", "other"],
        }
    )
    total: int = Field(description="Documents you may read that match (a search counts its best 200).")
    page: int
    per_page: int
    pages: int
    filters: dict[str, str]
    marking: MarkingOut = Field(description="The strictest marking of the documents on this page.")
    documents: list[DocumentRowOut]
    partners: list[str] = Field(description="The Partners of the documents you may read.")
    types: list[str]


class MentionOut(BaseModel):
    id: int
    kind: str = Field(description="entity, candidate or technology.")
    text: str
    start: int
    end: int
    entity_id: str | None = Field(None, description="Entity mentions: the record the name matched.")
    record_ids: list[str] | None = None
    matched_name: str | None = None
    entity: dict[str, str] | None = Field(
        None, description="Entity mentions: the entity (as you may read it) the record belongs to."
    )
    annex_items: list[str] | None = None
    annex: list[dict[str, Any]] | None = Field(None, description="Technology mentions: Annex entries.")
    keyword: str | None = None
    label: str | None = None
    score: float | None
    spotter: str
    sentence: str
    paragraph: int
    page: int | None
    status: str = Field(description="pending, accepted, created or rejected.")
    marking: MarkingOut
    detail: dict[str, Any] | None = None


class PortionOut(BaseModel):
    seq: int = Field(description="Its place among the document's portions (withheld ones leave gaps).")
    kind: str = Field(description="portion (opened by a portion mark), banner, subject, or unmarked.")
    mark: str | None = Field(description="The portion mark as the originator wrote it: (C//NOFORN).")
    start: int = Field(description="Where it starts in your text (the portions you may read, end to end).")
    end: int
    text: str
    marking: MarkingOut


class DocumentOut(BaseModel):
    model_config = _examples(
        {
            "document_id": 12,
            "title": "IE paper: procurement of gyroscopes",
            "marking": _MARKING,
            "type": "ie_paper",
            "partner": "FR",
            "date": "2026-03-02",
            "meeting": None,
            "version": None,
            "file": "ie-paper-12.txt",
            "media_type": "text/plain",
            "reader": "text",
            "size": 240,
            "pages": None,
            "sha256": "9f2c…",
            "source": "doc-9f2c0d1e2a3b",
            "attachments": [],
            "headers": {},
            "markings_found": [],
            "uploaded_marking": None,
            "warnings": [],
            "added_by": "fr-admin",
            "added_at": "2026-11-27T21:40:00+00:00",
            "declassify_on": "2035-10-31",
            "declassification": "10/31/2035",
            "banner": "UNCLASSIFIED",
            "text": "Tiber Precision Trading bought fibre-optic gyroscopes.",
            "portions": [
                {
                    "seq": 1,
                    "kind": "unmarked",
                    "mark": None,
                    "start": 0,
                    "end": 54,
                    "text": "Tiber Precision Trading bought fibre-optic gyroscopes.",
                    "marking": _MARKING,
                }
            ],
            "mentions": [
                {
                    "id": 40,
                    "kind": "technology",
                    "text": "fibre-optic gyroscopes",
                    "start": 32,
                    "end": 54,
                    "annex_items": ["9.A.4"],
                    "annex": [{"code": "9.A.4", "title": "Gyroscopes"}],
                    "keyword": "fibre-optic gyroscope",
                    "score": 1.0,
                    "spotter": "annex",
                    "sentence": "Tiber Precision Trading bought fibre-optic gyroscopes.",
                    "paragraph": 1,
                    "page": None,
                    "status": "pending",
                    "marking": _MARKING,
                }
            ],
        }
    )
    document_id: int
    title: str
    marking: MarkingOut
    type: str
    partner: str | None
    date: str | None
    meeting: str | None
    version: str | None
    file: str
    media_type: str
    reader: str
    size: int
    pages: int | None
    sha256: str
    source: str
    attachments: list[dict[str, Any]] | None
    headers: dict[str, Any] | None
    markings_found: list[dict[str, Any]] | None
    uploaded_marking: str | None
    warnings: list[str] | None
    added_by: str | None
    added_at: str | None
    declassify_on: str | None = Field(None, description="The DECL line's date (YYYY-MM-DD), where it is one.")
    declassification: str | None = Field(None, description="The DECL line as written: 10/31/2035, 25X1 …")
    banner: str = Field(description="Your banner: the strictest marking of the portions you may read.")
    text: str = Field(description="The portions you may read, end to end (withheld ones are absent).")
    portions: list[PortionOut]
    mentions: list[MentionOut] = Field(
        description="A page of the mentions kept of your portions (the strongest of each entity, Annex entry "
        "or candidate name, up to a cap); offsets are in your text."
    )
    mentions_total: int = Field(0, description="The mentions your portions hold, kept or not.")
    mentions_kept: int = Field(0, description="The mentions kept, over all pages.")
    mentions_page: int = 1
    mentions_per_page: int = 500
    mentions_pages: int = 1


class AddedOut(BaseModel):
    model_config = _examples(
        {
            "file": "ie-paper-12.txt",
            "document_id": 12,
            "title": "IE paper: procurement of gyroscopes",
            "status": "added",
            "partner": "FR",
            "type": "ie_paper",
            "date": "2025-04-02",
            "marking": _MARKING,
            "mentions": {"entity": 2, "technology": 1},
            "warnings": [],
            "error": None,
        },
        {"file": "broken.pdf", "document_id": None, "error": "broken.pdf: not a PDF file"},
    )
    file: str
    document_id: int | None
    title: str | None = None
    status: str | None = Field(None, description="added, or unchanged (the same bytes were there).")
    partner: str | None = Field(None, description="The Partner that circulated it.")
    type: str | None = None
    date: str | None = None
    marking: MarkingOut | None = None
    mentions: dict[str, int] | None = None
    portions: int | None = Field(None, description="How many portions its text was cut into.")
    declassify_on: str | None = Field(None, description="The DECL line's date, where it gives one.")
    warnings: list[str] = []
    error: str | None


class QueuedMentionOut(MentionOut):
    document_id: int
    document_title: str


class MentionDecisionIn(BaseModel):
    model_config = _examples(
        {"decision": "accept", "entity_id": "ent-3f0c2a9d41b7", "note": "same address as listed"},
        {"decision": "create", "schema": "Organization", "name": "Arvand Hydraulic Engineering Co"},
        {"decision": "correct", "start": 120, "end": 151},
        {"decision": "reject", "note": "a street name, not a party"},
    )
    decision: Literal["accept", "create", "correct", "reject"]
    entity_id: str | None = Field(
        None,
        max_length=100,
        description="accept: the entity or record it is evidence for (default: the one it matched); "
        "correct: the entity or record it names.",
    )
    schema_: str | None = Field(
        None, alias="schema", max_length=20, description="create: Person, Organization …"
    )
    name: str | None = Field(None, max_length=500, description="create: the name, if not the text.")
    start: int | None = Field(None, ge=0, description="correct: the span's new start.")
    end: int | None = Field(None, ge=1, description="correct: the span's new end.")
    label: str | None = Field(None, max_length=40, description="correct: person, organisation …")
    note: str | None = Field(None, max_length=2000, description="Why, kept with the decision.")


class MentionDecisionOut(BaseModel):
    model_config = _examples(
        {
            "mention_id": 40,
            "decision": "accept",
            "status": "accepted",
            "by": "fr-editor",
            "at": "2026-11-27T21:40:00+00:00",
            "entity_id": "un:KPe.018",
            "evidence_record_id": "doc-9f2c0d1e2a3b:m40",
        }
    )
    mention_id: int
    decision: str
    status: str | None = None
    by: str | None
    at: str
    entity_id: str | None = None
    evidence_record_id: str | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


class PartyOut(BaseModel):
    role: str
    name: str
    aliases: list[str]
    address: str | None
    country: str | None
    record_id: str


_DENIAL = {
    "denial_id": 1,
    "partner": "FR",
    "reference": "FR-2026-014",
    "date": "2026-03-02",
    "annex_codes": ["9.A.4"],
    "catch_all": False,
    "item_description": "Fibre-optic gyroscopes",
    "quantity": "12",
    "consignee": [
        {
            "role": "consignee",
            "name": "Tiber Precision Trading FZE",
            "aliases": [],
            "address": None,
            "country": "AE",
            "record_id": "denial-fr-fr-2026-014:consignee-1",
        }
    ],
    "end_user": [],
    "intermediaries": [],
    "end_use": "guidance of a rocket system",
    "reason": "risk of diversion",
    "status": "active",
    "review_due": "2029-03-02",
    "binding": True,
    "binding_why": "binds until 2029-03-02 (its review date)",
    "source": "denial-fr-fr-2026-014",
    "marking": _MARKING,
}


class DenialOut(BaseModel):
    model_config = _examples(_DENIAL)
    denial_id: int
    partner: str
    reference: str
    date: str
    annex_codes: list[str]
    catch_all: bool
    item_description: str
    quantity: str | None
    consignee: list[PartyOut]
    end_user: list[PartyOut]
    intermediaries: list[PartyOut]
    end_use: str | None
    reason: str | None
    status: str
    review_due: str
    binding: bool = Field(
        description="Listed, not revoked or superseded, and not lapsed (denial_lapse_years after notification"
        " or renewal): no-undercut binds."
    )
    binding_why: str = Field(description="Why it binds (until when) or why it does not.")
    renewed_on: str | None = None
    revoked_on: str | None = None
    predecessor_id: int | None = Field(None, description="The denial this one amends.")
    successor_id: int | None = Field(None, description="The denial that amends this one.")
    source: str
    marking: MarkingOut


class DenialPartyIn(BaseModel):
    name: str = Field(min_length=1, max_length=500)
    aliases: list[str] = Field(default_factory=list, max_length=50)
    address: str | None = Field(None, max_length=1000)
    country: str | None = Field(None, max_length=60)
    schema_: str | None = Field(None, alias="schema", max_length=20)


class DenialIn(BaseModel):
    """One denial notification, with the template's fields (docs/formats.md)."""

    model_config = _examples(
        {
            "partner": "FR",
            "reference": "FR-2026-014",
            "date": "2026-03-02",
            "annex_codes": ["9.A.4"],
            "catch_all": False,
            "item_description": "Fibre-optic gyroscopes",
            "quantity": "12",
            "consignee": {"name": "Tiber Precision Trading FZE", "country": "AE"},
            "end_user": None,
            "intermediaries": [],
            "end_use": "guidance of a rocket system",
            "reason": "risk of diversion",
            "marking": "CONFIDENTIAL // REL MTCR",
        }
    )
    partner: str = Field(max_length=8)
    reference: str = Field(max_length=100)
    date: str = Field(max_length=40, description="YYYY-MM-DD.")
    annex_codes: list[str] = Field(default_factory=list, max_length=50)
    catch_all: bool = False
    item_description: str = Field(max_length=2000)
    quantity: str | None = Field(None, max_length=100)
    consignee: DenialPartyIn | None = None
    end_user: DenialPartyIn | None = None
    intermediaries: list[DenialPartyIn] = Field(default_factory=list, max_length=50)
    end_use: str | None = Field(None, max_length=2000)
    reason: str | None = Field(None, max_length=2000)
    status: str | None = Field(None, max_length=20, description="active (default), amended or revoked.")
    marking: str | None = Field(None, max_length=200, description="Default CONFIDENTIAL // REL MTCR.")


class DenialSavedOut(BaseModel):
    model_config = _examples(
        {
            "partner": "FR",
            "reference": "FR-2026-014",
            "source": "denial-fr-fr-2026-014",
            "status": "added",
            "records": 1,
            "marking": _MARKING,
        }
    )
    partner: str
    reference: str
    source: str
    status: str = Field(description="added, amended or unchanged.")
    records: int
    marking: MarkingOut


class DocumentUploadForm(BaseModel):
    """The fields sent with uploaded documents (the upload page and ``POST /api/v1/documents``), besides
    the files: each as typed, checked into ``DocumentOptions`` by the route."""

    partner: str = Field("", max_length=8, description="Originating Partner's code.")
    doc_type: str = Field(
        "", alias="type", max_length=20, description="denial, ie_paper, plenary_paper, other."
    )
    doc_date: str = Field(
        "", alias="date", max_length=10, description="YYYY-MM-DD, if the document has none."
    )
    marking: str = Field("", max_length=200, description="Circulated under; the text can only raise it.")
    meeting: str = Field("", max_length=200, description="The meeting it was circulated for.")
