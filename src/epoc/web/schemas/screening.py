"""Wire types of the screening API: a party in (the ``epoc screen`` input line), its hits out (the ``epoc
screen`` output line), and the scorer's features. Examples use public list names only."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from epoc.web.schemas.common import _examples

_PARTY: dict[str, Any] = {
    "id": "app-2026-0113/consignee",
    "schema": "Organization",
    "names": ["Second Academy of Natural Sciences", "Chayon Kwahak-won"],
    "countries": ["KP"],
}
_HIT = {
    "entity_id": "ent-3f0c2a9d41b7",
    "caption": "SECOND ACADEMY OF NATURAL SCIENCES",
    "score": 0.97,
    "match": True,
    "matched_name": "SECOND ACADEMY OF NATURAL SCIENCES",
    "query_name": "Second Academy of Natural Sciences",
    "record_ids": ["un:KPe.018", "ofac-sdn:9349"],
    "explanation": [
        {"feature": "name_match", "score": 0.92, "detail": "names alike: 'Second Academy …' ~ '…' (1.00)"},
        {"feature": "country_overlap", "score": 0.05, "detail": "a country in common: KP"},
    ],
}


class PartyIn(BaseModel):
    """One party, as a line of `epoc screen` input: only ``names`` is required."""

    model_config = ConfigDict(populate_by_name=True, extra="ignore", json_schema_extra={"examples": [_PARTY]})
    id: str | int | None = Field(None, description="Yours, echoed back.")
    schema_: str | None = Field(
        None, alias="schema", max_length=20, description="Person, Organization, Company, Vessel …"
    )
    names: list[str] = Field(max_length=200, description="The party's names, in any script.")
    countries: list[str] = Field([], max_length=50, description="ISO codes or country names.")
    birth_dates: list[str] = Field([], max_length=20, description="YYYY, YYYY-MM or YYYY-MM-DD.")
    addresses: list[str] = Field([], max_length=20)
    identifiers: list[str] = Field([], max_length=20, description="Passport, registration, IMO …")

    def contract(self) -> dict[str, Any]:
        """The object `epoc screen` reads."""
        return self.model_dump(by_alias=True, exclude_none=True)


class BatchIn(BaseModel):
    model_config = _examples({"parties": [_PARTY]})
    parties: list[Any] = Field(
        max_length=1000,
        description="Up to 1000 parties, each an `epoc screen` input line; a bad one gets its error.",
    )


class FeatureScoreOut(BaseModel):
    feature: str
    score: float
    detail: str = Field(description="Why the feature scored what it did, in words.")


class HitOut(BaseModel):
    model_config = _examples(_HIT)
    entity_id: str = Field(description="The entity (``ent-…``), or the record id of one not yet resolved.")
    caption: str
    score: float
    match: bool = Field(description="score ≥ threshold")
    matched_name: str = Field(description="The list's name that met the query's best.")
    query_name: str = Field(description="The query's name that met it.")
    record_ids: list[str] = Field(description="The entity's records you may read.")
    explanation: list[FeatureScoreOut]


class ScreenOut(BaseModel):
    """An `epoc screen` output line: the party's best entities, best first; or its error."""

    model_config = _examples({"id": "app-2026-0113/consignee", "matches": [_HIT]})
    id: Any = None
    matches: list[HitOut] | None = None
    error: str | None = None


class BatchOut(BaseModel):
    model_config = _examples({"results": [{"id": "app-2026-0113/consignee", "matches": [_HIT]}]})
    results: list[ScreenOut]


class FeatureOut(BaseModel):
    name: str
    description: str
    weight: float


class AlgorithmsOut(BaseModel):
    """As `epoc algorithms --json`."""

    model_config = _examples(
        {
            "threshold": 0.7,
            "features": [
                {
                    "name": "name_match",
                    "description": "How alike the best pair of names is, across scripts and romanisations.",
                    "weight": 1.0,
                }
            ],
        }
    )
    threshold: float
    features: list[FeatureOut]
