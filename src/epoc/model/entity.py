"""An entity of concern: one party as the list states it, built from the records that describe it.

``epoc.resolution.view.build_entity`` makes one from records and their sources: its caption, every name
grouped by script and kind with the sources that give it, addresses, countries, identifiers, programmes, and
the reasons it is on the list (which sources, Partners and years). Its marking is the strictest of its
records' (and their sources').
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from epoc.model.marking import Marking
from epoc.model.record import Schema

CAVEAT = (
    "Not a black list but a tool to facilitate Partners' national licensing, enforcement and interdiction "
    "efforts."
)


@dataclass(frozen=True, slots=True)
class Sourced:
    """A value with the sources (and records) that state it."""

    value: str
    sources: tuple[str, ...]
    record_ids: tuple[str, ...]
    detail: str | None = None  # script of a name, kind of an identifier or fact

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "sources": list(self.sources)}
        if self.detail is not None:
            out["detail"] = self.detail
        out["record_ids"] = list(self.record_ids)
        return out


@dataclass(frozen=True, slots=True)
class EntityName:
    text: str
    kind: str
    script: str
    lang: str | None
    sources: tuple[str, ...]
    record_ids: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "script": self.script,
            "lang": self.lang,
            "sources": list(self.sources),
            "record_ids": list(self.record_ids),
        }


@dataclass(frozen=True, slots=True)
class Reason:
    """Why the entity is on the list: one source that lists it, with its Partner, date and programmes."""

    source: str
    source_name: str
    partner: str | None
    date: str | None  # the source's date (ISO)
    record_ids: tuple[str, ...]
    programmes: tuple[str, ...]
    listed_on: tuple[str, ...]

    @property
    def year(self) -> str | None:
        return self.date[:4] if self.date else None

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "source_name": self.source_name,
            "partner": self.partner,
            "date": self.date,
            "year": self.year,
            "record_ids": list(self.record_ids),
            "programmes": list(self.programmes),
            "listed_on": list(self.listed_on),
        }


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    schema: Schema
    caption: str
    record_ids: tuple[str, ...]
    names: tuple[EntityName, ...]
    addresses: tuple[Sourced, ...]
    countries: tuple[Sourced, ...]
    identifiers: tuple[Sourced, ...]
    birth_dates: tuple[Sourced, ...]
    programmes: tuple[Sourced, ...]
    reasons: tuple[Reason, ...]
    marking: Marking
    status: str = "active"  # active | removed
    removed_reason: str | None = None
    removed_on: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def sources(self) -> list[str]:
        return [r.source for r in self.reasons]

    def names_by_script(self) -> dict[str, dict[str, list[EntityName]]]:
        """``{script: {kind: [names]}}`` in a reading order: Latin first, then the other scripts."""
        grouped: dict[str, dict[str, list[EntityName]]] = {}
        for name in sorted(self.names, key=lambda n: (n.script != "Latin", n.script)):
            grouped.setdefault(name.script, {}).setdefault(name.kind, []).append(name)
        return grouped

    def to_json(self) -> dict[str, Any]:
        """The entity as the JSON contracts give it (the first seven keys are the JSON-lines contract)."""
        return {
            "entity_id": self.id,
            "caption": self.caption,
            "schema": self.schema.value,
            "record_ids": list(self.record_ids),
            "names": _unique(n.text for n in self.names),
            "countries": [c.value for c in self.countries],
            "sources": self.sources,
            "status": self.status,
            "removed_reason": self.removed_reason,
            "removed_on": self.removed_on,
            "marking": self.marking.to_json(),
            "names_detail": [n.to_json() for n in self.names],
            "addresses": [a.to_json() for a in self.addresses],
            "identifiers": [i.to_json() for i in self.identifiers],
            "birth_dates": [b.to_json() for b in self.birth_dates],
            "programmes": [p.to_json() for p in self.programmes],
            "reasons": [r.to_json() for r in self.reasons],
        }


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
