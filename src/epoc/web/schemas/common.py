"""Wire types of the JSON API (pydantic), with the examples the OpenAPI description shows.

They describe what the services return; the services stay free of pydantic.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from epoc.model.access import Role
from epoc.model.marking import Marking

# Examples come from public lists only: the OpenAPI description is readable without signing in.
_MARKING_EXAMPLE = {
    "classification": "UNCLASSIFIED",
    "releasability": "PUBLIC",
    "partners": [],
    "banner": "UNCLASSIFIED",
    "portion": "(U)",
}


def _examples(*examples: dict[str, Any]) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": list(examples)})


# A marking given as its banner (services hand out the ``Marking``).
Banner = Annotated[str, BeforeValidator(lambda v: v.banner if isinstance(v, Marking) else v)]


def wire(model: type[BaseModel], result: Any) -> Any:
    """The wire form of a service's typed result (a slotted dataclass, or a list of them), checked by the
    ``model`` that reads its fields."""
    if isinstance(result, list | tuple):
        return [model.model_validate(r, from_attributes=True) for r in result]
    return model.model_validate(result, from_attributes=True)


class ErrorOut(BaseModel):
    model_config = _examples({"error": "no record 'un:XX.000'; `epoc records search TEXT` finds ids"})
    error: str


class MarkingOut(BaseModel):
    """A ``Marking`` on the wire (services hand out the ``Marking`` itself)."""

    model_config = _examples(_MARKING_EXAMPLE)

    @model_validator(mode="before")
    @classmethod
    def _from_marking(cls, value: Any) -> Any:
        return value.to_json() if isinstance(value, Marking) else value

    classification: str
    releasability: str
    partners: list[str]
    banner: str
    portion: str


class SourceOut(BaseModel):
    model_config = _examples(
        {
            "key": "un",
            "name": "UN Security Council Consolidated List",
            "format": "un-sc",
            "kind": "list",
            "date": "2026-02-27",
            "records": 1003,
            "names": 4087,
            "publisher": "United Nations Security Council",
            "partner": None,
            "marking": _MARKING_EXAMPLE,
            "version": 7,
            "imported_at": "2026-11-27T21:40:00+00:00",
            "warnings": [],
        }
    )
    key: str
    name: str
    format: str
    kind: str
    date: str | None
    records: int
    names: int
    publisher: str | None
    partner: str | None
    marking: MarkingOut
    version: int | None
    imported_at: str | None
    warnings: list[str]


class SummaryOut(BaseModel):
    model_config = _examples(
        {"marking": _MARKING_EXAMPLE, "sources": 9, "records": 41235, "names": 120433, "latest_sources": []}
    )
    marking: MarkingOut = Field(description="Of the counts: the strictest marking of the sources counted.")
    sources: int
    records: int
    names: int
    latest_sources: list[SourceOut]


class RecordHitOut(BaseModel):
    model_config = _examples(
        {
            "id": "un:KPe.018",
            "caption": "SECOND ACADEMY OF NATURAL SCIENCES",
            "schema": "Organization",
            "source": "un",
            "status": "active",
            "matched": "CHAYON KWAHAK-WON",
            "marking": "UNCLASSIFIED",
        }
    )
    id: str
    caption: str
    schema_: str = Field(alias="schema")
    source: str
    status: str
    matched: str | None
    marking: Banner


class Provenance(BaseModel):
    source: str
    record_id: str
    origin: str | None


class NameOut(Provenance):
    text: str
    kind: str
    script: str | None
    lang: str | None


class AddressOut(Provenance):
    full: str
    street: str | None
    city: str | None
    region: str | None
    postal_code: str | None
    country: str | None


class IdentifierOut(Provenance):
    kind: str
    value: str
    country: str | None
    note: str | None


class FactOut(Provenance):
    kind: str
    value: str
    raw: str | None


class RecordSourceOut(BaseModel):
    key: str
    name: str
    format: str
    date: str | None
    publisher: str | None
    partner: str | None
    marking: MarkingOut


class HistoryOut(BaseModel):
    version: int
    change: str
    imported_at: str | None
    list_date: str | None
    before: Any
    after: Any


class RecordOut(BaseModel):
    model_config = _examples(
        {
            "id": "un:KPe.018",
            "native_id": "KPe.018",
            "schema": "Organization",
            "caption": "SECOND ACADEMY OF NATURAL SCIENCES",
            "status": "active",
            "marking": _MARKING_EXAMPLE,
            "names": [
                {
                    "text": "CHAYON KWAHAK-WON",
                    "kind": "alias",
                    "script": "Latin",
                    "lang": None,
                    "source": "un",
                    "record_id": "un:KPe.018",
                    "origin": "consolidated.xml:45684",
                }
            ],
            "addresses": [],
            "identifiers": [],
            "countries": [],
            "birth_dates": [],
            "birth_places": [],
            "programmes": [],
            "remarks": [],
            "other": [],
            "source": {
                "key": "un",
                "name": "UN Security Council Consolidated List",
                "format": "un-sc",
                "date": "2026-02-27",
                "publisher": "United Nations Security Council",
                "partner": None,
                "marking": _MARKING_EXAMPLE,
            },
            "history": [
                {
                    "version": 7,
                    "change": "added",
                    "imported_at": None,
                    "list_date": None,
                    "before": None,
                    "after": None,
                }
            ],
            "first_version": 7,
            "changed_version": 7,
            "removed_version": None,
        }
    )
    id: str
    native_id: str
    schema_: str = Field(alias="schema")
    caption: str
    status: str
    marking: MarkingOut | None
    names: list[NameOut]
    addresses: list[AddressOut]
    identifiers: list[IdentifierOut]
    countries: list[FactOut]
    birth_dates: list[FactOut]
    birth_places: list[FactOut]
    programmes: list[FactOut]
    remarks: list[FactOut]
    other: list[FactOut]
    source: RecordSourceOut
    history: list[HistoryOut]
    first_version: int
    changed_version: int
    removed_version: int | None


class MeOut(BaseModel):
    model_config = _examples(
        {
            "username": "demo-officer",
            "role": "officer",
            "partner": "DE",
            "clearance": "CONFIDENTIAL",
            "permissions": ["account", "read_documents", "read_list", "screen"],
        }
    )
    username: str
    role: str
    partner: str | None
    clearance: str
    permissions: list[str]


class TokenRequest(BaseModel):
    model_config = _examples({"username": "demo-officer", "password": "correct horse battery", "name": "ci"})
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1024)
    name: str = Field("api", max_length=100, description="A label to tell your tokens apart.")


class TokenOut(BaseModel):
    model_config = _examples(
        {
            "id": 3,
            "name": "ci",
            "token": "epoc_3q2-7bVw…",
            "token_type": "bearer",
            "expires_at": "2027-02-25T21:40:00+00:00",
        }
    )
    id: int
    name: str
    token: str = Field(description="Send as `Authorization: Bearer <token>`; shown this once only.")
    token_type: str
    expires_at: str


class TokenInfoOut(BaseModel):
    model_config = _examples(
        {
            "id": 3,
            "name": "ci",
            "username": "demo-officer",
            "created_at": "2026-11-27T21:40:00+00:00",
            "expires_at": "2027-02-25T21:40:00+00:00",
            "last_used_at": None,
            "revoked_at": None,
        }
    )
    id: int
    name: str
    username: str
    created_at: str
    expires_at: str
    last_used_at: str | None
    revoked_at: str | None


_USER_EXAMPLE = {
    "username": "demo-officer",
    "display_name": "Demo officer",
    "role": "officer",
    "partner": "DE",
    "clearance": "CONFIDENTIAL",
    "active": True,
    "created_at": "2026-11-27T21:40:00+00:00",
    "last_login_at": None,
}


class UserOut(BaseModel):
    model_config = _examples(_USER_EXAMPLE)
    username: str
    display_name: str
    role: str
    partner: str | None
    clearance: str
    active: bool
    created_at: str
    last_login_at: str | None


class UserCreate(BaseModel):
    model_config = _examples({"username": "jp-officer", "role": "officer", "partner": "JP"})
    username: str = Field(min_length=1, max_length=64)
    role: Role
    partner: str | None = Field(None, max_length=8, description="Partner code, POC, or a guest's state.")
    password: str | None = Field(None, max_length=1024, description="Omit to have one generated.")
    display_name: str = Field("", max_length=200)
    clearance: str | None = Field(None, description="UNCLASSIFIED … SECRET; default by role.")


class UserCreated(BaseModel):
    model_config = _examples({"user": _USER_EXAMPLE, "password": "k3J9-Qm2_xZ8wLp0"})
    user: UserOut
    password: str | None = Field(description="The generated password (shown once), or null if one was given.")


class UserUpdate(BaseModel):
    model_config = _examples({"role": "list_editor"}, {"active": False})
    role: Role | None = None
    partner: str | None = Field(None, max_length=8)
    active: bool | None = None
    display_name: str | None = Field(None, max_length=200)
    clearance: str | None = None


class PasswordOut(BaseModel):
    model_config = _examples({"password": "k3J9-Qm2_xZ8wLp0"})
    password: str


class AuditEntryOut(BaseModel):
    model_config = _examples(
        {
            "seq": 42,
            "at": "2026-11-27T21:40:00.123456Z",
            "actor": "demo-officer",
            "role": "officer",
            "partner": "DE",
            "via": "web 127.0.0.1 session",
            "action": "record.read",
            "target": "un:KPe.018",
            "details": {"marking": "UNCLASSIFIED"},
            "prev_hash": "9f2c…",
            "hash": "03ab…",
        }
    )
    seq: int
    at: str
    actor: str
    role: str | None
    partner: str | None
    via: str
    action: str
    target: str | None
    details: dict[str, Any]
    prev_hash: str
    hash: str


class ChainProblemOut(BaseModel):
    seq: int
    reason: str


class ChainReportOut(BaseModel):
    model_config = _examples({"ok": True, "entries": 1234, "head_seq": 1234, "problems": []})
    ok: bool
    entries: int
    head_seq: int
    problems: list[ChainProblemOut]
