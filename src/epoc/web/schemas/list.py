"""Wire types of the list's JSON API (entities, the review queue, editions), with OpenAPI examples.

Examples come from public lists only: the OpenAPI description is readable without signing in.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, Field

from epoc.web.schemas.common import Banner, MarkingOut, _examples

_MARKING = {
    "classification": "UNCLASSIFIED",
    "releasability": "PUBLIC",
    "partners": [],
    "banner": "UNCLASSIFIED",
    "portion": "(U)",
}
_ENTITY_ID = "ent-3f0c2a9d41b7"


class ReasonRowOut(BaseModel):
    source: str
    source_name: str
    partner: str | None
    year: str | None


class EntityRowOut(BaseModel):
    entity_id: str
    caption: str
    schema_: str = Field(alias="schema")
    status: str
    removed_reason: str | None
    records: int = Field(description="Records of it you may read.")
    names: int
    aliases: list[str]
    countries: list[str]
    programmes: list[str]
    reasons: list[ReasonRowOut] = Field(description="Why it is listed: the sources, Partners and years.")
    marking: MarkingOut


class SourceOptionOut(BaseModel):
    key: str
    name: str
    marking: Banner


class FacetsOut(BaseModel):
    sources: list[SourceOptionOut] = Field(description="The sources you may read: key, name, marking.")
    programmes: list[str] | None = Field(None, description="With facets=true: the programmes you may read.")
    countries: list[str] | None = None
    partners: list[str] | None = None
    schemas: list[str] | None = None


class EntityPageOut(BaseModel):
    model_config = _examples(
        {
            "total": 1,
            "page": 1,
            "per_page": 50,
            "pages": 1,
            "filters": {"programme": "DPRK", "status": "active"},
            "marking": _MARKING,
            "entities": [
                {
                    "entity_id": _ENTITY_ID,
                    "caption": "SECOND ACADEMY OF NATURAL SCIENCES",
                    "schema": "Organization",
                    "status": "active",
                    "removed_reason": None,
                    "records": 2,
                    "names": 6,
                    "aliases": ["CHAYON KWAHAK-WON"],
                    "countries": ["KP"],
                    "programmes": ["DPRK"],
                    "reasons": [
                        {
                            "source": "un",
                            "source_name": "UN Security Council",
                            "partner": None,
                            "year": "2026",
                        }
                    ],
                    "marking": _MARKING,
                }
            ],
            "facets": {"sources": [{"key": "un", "name": "UN Security Council", "marking": "UNCLASSIFIED"}]},
        }
    )
    total: int = Field(description="Entities matching, counting only what you may read.")
    page: int
    per_page: int
    pages: int
    filters: dict[str, str]
    marking: MarkingOut = Field(description="The strictest marking of the entities on this page.")
    entities: list[EntityRowOut]
    facets: FacetsOut = Field(description="The values each filter can take (from what you may read).")


class SourcedOut(BaseModel):
    value: str
    sources: list[str]
    detail: str | None = None
    record_ids: list[str]


class EntityNameOut(BaseModel):
    text: str
    kind: str
    script: str
    lang: str | None
    sources: list[str]
    record_ids: list[str]


class ReasonOut(BaseModel):
    source: str
    source_name: str
    partner: str | None
    date: str | None
    year: str | None
    record_ids: list[str]
    programmes: list[str]
    listed_on: list[str]


class EventOut(BaseModel):
    at: str
    kind: str
    detail: dict[str, Any]


class UndoneOut(BaseModel):
    by: str
    at: str
    why: str


class JudgementOut(BaseModel):
    model_config = _examples(
        {
            "judgement_id": 12,
            "verdict": "same",
            "records": ["uk-hmt:12871", "un:KPe.018"],
            "entity_id": None,
            "pair_id": 4,
            "origin": "review",
            "who": "editor",
            "at": "2026-11-27T21:40:00+00:00",
            "why": "same UN reference and address",
            "undone": None,
            "marking": "UNCLASSIFIED",
        }
    )
    judgement_id: int
    verdict: str
    records: list[str]
    entity_id: str | None
    pair_id: int | None
    origin: str
    who: str
    at: str | None
    why: str
    undone: UndoneOut | None
    marking: Banner


class EntityOut(BaseModel):
    model_config = _examples(
        {
            "entity_id": _ENTITY_ID,
            "caption": "SECOND ACADEMY OF NATURAL SCIENCES",
            "schema": "Organization",
            "record_ids": ["uk-hmt:12871", "un:KPe.018"],
            "names": ["SECOND ACADEMY OF NATURAL SCIENCES", "CHAYON KWAHAK-WON"],
            "countries": ["KP"],
            "sources": ["un", "uk-hmt"],
            "status": "active",
            "removed_reason": None,
            "removed_on": None,
            "marking": _MARKING,
            "names_detail": [],
            "addresses": [],
            "identifiers": [],
            "birth_dates": [],
            "programmes": [],
            "reasons": [],
            "history": [],
            "judgements": [],
        }
    )
    entity_id: str
    caption: str
    schema_: str = Field(alias="schema")
    record_ids: list[str] = Field(description="Its records that you may read.")
    names: list[str]
    countries: list[str]
    sources: list[str]
    status: str
    removed_reason: str | None
    removed_on: str | None
    marking: MarkingOut = Field(description="The strictest marking of the records shown.")
    names_detail: list[EntityNameOut]
    addresses: list[SourcedOut]
    identifiers: list[SourcedOut]
    birth_dates: list[SourcedOut]
    programmes: list[SourcedOut]
    reasons: list[ReasonOut]
    history: list[EventOut]
    judgements: list[JudgementOut]


class SplitIn(BaseModel):
    model_config = _examples({"record_ids": ["uk-hmt:12871"], "why": "a different academy of the same name"})
    record_ids: list[str] = Field(min_length=1, max_length=1000)
    why: str = Field(min_length=1, max_length=2000)


class DecisionIn(BaseModel):
    model_config = _examples({"verdict": "same", "why": "same UN reference and address"})
    verdict: str = Field(description="same, not_same or unsure.", max_length=20)
    why: str = Field(min_length=1, max_length=2000)


class UndoIn(BaseModel):
    model_config = _examples({"why": "decided on the wrong pair"})
    why: str = Field(min_length=1, max_length=2000)


class ReclusteredOut(BaseModel):
    records: int
    created: int
    changed: int
    removed: int


class DecisionOut(BaseModel):
    judgement_id: int
    pair_id: int | None
    verdict: str
    entities: dict[str, str | None] = Field(description="Each record's entity after the decision.")
    reclustered: ReclusteredOut


class SideSourceOut(BaseModel):
    key: str
    name: str
    date: str | None
    partner: str | None
    marking: Banner


class PairSideOut(BaseModel):
    id: str
    caption: str
    schema_: str = Field(alias="schema")
    status: str
    entity_id: str | None
    marking: MarkingOut | None
    source: SideSourceOut
    names: list[dict[str, Any]]
    addresses: list[dict[str, Any]]
    identifiers: list[dict[str, Any]]
    countries: list[dict[str, Any]]
    birth_dates: list[dict[str, Any]]
    programmes: list[dict[str, Any]]


class PairOut(BaseModel):
    pair_id: int
    status: str
    score: float
    explanation: list[Any] = Field(description="The scorer's explanation, feature by feature.")
    marking: Banner
    open: int = Field(description="Open pairs in the queue that you may review.")
    left: PairSideOut
    right: PairSideOut


class RecordRefOut(BaseModel):
    id: str
    caption: str | None


class PairRowOut(BaseModel):
    pair_id: int
    score: float
    left: RecordRefOut
    right: RecordRefOut
    marking: Banner


class QueueOut(BaseModel):
    open: int
    pairs: list[PairRowOut]


class EditionIn(BaseModel):
    model_config = _examples({"name": "2000-2004", "from": "2000-01-01", "to": "2004-12-31"})
    name: str = Field(min_length=1, max_length=100, pattern=r"^[^/]+$")
    from_: date | None = Field(default=None, alias="from")
    to: date | None = None
    include_public: bool = Field(
        default=False, description="Also admit public lists' entities, labelled, for national use."
    )


class EditionOut(BaseModel):
    model_config = _examples(
        {
            "name": "2000-2004",
            "from": "2000-01-01",
            "to": "2004-12-31",
            "created_at": "2026-11-27T21:40:00+00:00",
            "created_by": "editor",
            "entities": 250,
            "sources": [{"key": "un", "name": "UN", "version": 3, "date": "2004-06-01", "records": 260}],
            "marking": _MARKING,
        }
    )
    id: str = Field(description="The edition's stable id (its name): what other areas link to.")
    name: str
    status: str = Field(description="draft | approved | distributed | superseded")
    include_public: bool
    previous: str | None
    meeting: str | None
    from_: str | None = Field(alias="from", validation_alias=AliasChoices("from", "from_"))
    to: str | None
    created_at: str
    created_by: str
    entities: int
    sources: list[dict[str, Any]]
    marking: MarkingOut


class EditionItemOut(BaseModel):
    entity_id: str
    caption: str
    schema_: str = Field(alias="schema")
    countries: list[str]
    sources: list[str]
    programmes: list[str]
    records: int
    marking: MarkingOut


class EditionPageOut(EditionOut):
    items: list[EditionItemOut] = Field(description="A page of its entities, `per_page` at a time.")
    page: int = 1
    per_page: int = 200
    pages: int = 1
    total: int = Field(0, description="The entities you may read, over all pages.")


class EditionViewOut(EditionOut):
    reader: str | None
    banner: str = Field(description="The marking of the entries you read (not of the whole edition).")
    entries: list[dict[str, Any]] = Field(
        description="Each entry as `entities show --json` gave it, with its basis (included | public), the "
        "decision, corroboration by public lists and accepted corrections."
    )


class DiffOut(BaseModel):
    model_config = _examples(
        {
            "from": {},
            "to": {},
            "counts": {"added": 1, "removed": 0, "changed": 0},
            "added": [{"entity_id": _ENTITY_ID, "caption": "SECOND ACADEMY", "why": ["new source: un"]}],
            "removed": [],
            "changed": [],
        }
    )
    from_: dict[str, Any] = Field(alias="from")
    to: dict[str, Any]
    counts: dict[str, int] = Field(description="The whole diff's counts (every page's).")
    added: list[dict[str, Any]]
    removed: list[dict[str, Any]]
    changed: list[dict[str, Any]]
    page: int = 1
    per_page: int = Field(200, description="Rows a page (added, removed and changed, in that order).")
    pages: int = 1
    rows: int = Field(0, description="Rows over all pages.")


class ResolutionOut(BaseModel):
    """Whether what was uploaded lately has reached the list of entities."""

    state: Literal["resolving", "done", "failed"] = Field(
        description="resolving (a background run is due or running), done, or failed (see the server log)."
    )
    pending: bool = Field(description="Some list changed since the last resolution.")
    error: str | None = None
