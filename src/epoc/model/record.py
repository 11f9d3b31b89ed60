"""A record: one entry as one source states it, every value with where it came from.

Records are immutable. The provenance of a value is the record that holds it (and through the record, its
source); ``origin`` adds where in the source file the value was read (``alt.csv:1234``, an XML line, a
document paragraph), so that an officer can go back to the very line.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from epoc.model.marking import Marking


class Schema(StrEnum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    COMPANY = "Company"
    LEGAL_ENTITY = "LegalEntity"
    VESSEL = "Vessel"
    AIRCRAFT = "Aircraft"

    @property
    def is_person(self) -> bool:
        return self is Schema.PERSON

    @property
    def is_organisation(self) -> bool:
        return self in (Schema.ORGANIZATION, Schema.COMPANY)

    @property
    def is_asset(self) -> bool:
        return self in (Schema.VESSEL, Schema.AIRCRAFT)

    def compatible_with(self, other: Schema) -> bool:
        """Could a record of this schema and one of ``other`` describe the same party?"""
        if self is other:
            return True
        if Schema.LEGAL_ENTITY in (self, other):
            return not (self.is_asset or other.is_asset)
        return self.is_organisation and other.is_organisation

    @classmethod
    def parse(cls, text: str) -> Schema:
        folded = text.strip().replace("_", "").replace(" ", "").lower()
        for schema in cls:
            if schema.value.lower() == folded:
                return schema
        aliases = {
            "individual": cls.PERSON,
            "entity": cls.ORGANIZATION,
            "organisation": cls.ORGANIZATION,
            "publicbody": cls.ORGANIZATION,
            "ship": cls.VESSEL,
        }
        if folded in aliases:
            return aliases[folded]
        raise ValueError(f"unknown schema {text!r} (one of: {', '.join(s.value for s in cls)})")


class NameKind(StrEnum):
    PRIMARY = "primary"
    ALIAS = "alias"
    WEAK_ALIAS = "weak_alias"  # low-quality alias: confirms a match, never makes one alone
    PREVIOUS = "previous"  # formerly known as
    ORIGINAL_SCRIPT = "original_script"  # the name in its own script, as the source gives it


class IdentifierKind(StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    REGISTRATION = "registration"
    TAX_ID = "tax_id"
    IMO = "imo"
    MMSI = "mmsi"
    CALL_SIGN = "call_sign"
    AIRCRAFT_REGISTRATION = "aircraft_registration"
    SWIFT_BIC = "swift_bic"
    LEI = "lei"
    LIST_ID = "list_id"  # an id another list gives the same party (UN ref in the UK list, OFAC ent_num …)
    EMAIL = "email"
    WEBSITE = "website"
    PHONE = "phone"
    OTHER = "other"


class FactKind(StrEnum):
    COUNTRY = "country"  # a country the party is linked to (address, registration, listing)
    NATIONALITY = "nationality"
    BIRTH_DATE = "birth_date"  # ISO 8601, possibly partial ("1962", "1962-05") or an interval "1950/1955"
    BIRTH_PLACE = "birth_place"
    PROGRAMME = "programme"  # sanctions programme or programme of concern (NPWMD, DPRK, METI:M …)
    REMARK = "remark"
    POSITION = "position"
    TITLE = "title"
    GENDER = "gender"
    LISTED_ON = "listed_on"
    LINKED_TO = "linked_to"


@dataclass(frozen=True, slots=True)
class Name:
    text: str
    kind: NameKind = NameKind.PRIMARY
    script: str | None = None
    lang: str | None = None
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Address:
    full: str
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2 where known
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Identifier:
    kind: IdentifierKind
    value: str
    country: str | None = None
    note: str | None = None
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """A single-valued statement: ``value`` normalised (a country code, an ISO date), ``raw`` as stated."""

    kind: FactKind
    value: str
    raw: str | None = None
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    source: str
    native_id: str
    schema: Schema
    names: tuple[Name, ...]
    addresses: tuple[Address, ...] = ()
    identifiers: tuple[Identifier, ...] = ()
    facts: tuple[Fact, ...] = ()
    marking: Marking | None = None  # None: the source's marking
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @staticmethod
    def make_id(source: str, native_id: str) -> str:
        return f"{source}:{native_id}"

    @property
    def caption(self) -> str:
        for kind in (NameKind.PRIMARY, NameKind.ALIAS, NameKind.ORIGINAL_SCRIPT):
            for name in self.names:
                if name.kind is kind:
                    return name.text
        return self.names[0].text if self.names else self.id

    def facts_of(self, kind: FactKind) -> list[str]:
        return _unique(f.value for f in self.facts if f.kind is kind)

    @property
    def countries(self) -> list[str]:
        linked = [f.value for f in self.facts if f.kind in (FactKind.COUNTRY, FactKind.NATIONALITY)]
        return _unique([*linked, *(a.country for a in self.addresses if a.country)])

    @property
    def birth_dates(self) -> list[str]:
        return self.facts_of(FactKind.BIRTH_DATE)

    @property
    def programmes(self) -> list[str]:
        return self.facts_of(FactKind.PROGRAMME)

    def content_hash(self) -> str:
        """A digest of what the record asserts, blind to where in the file it was read (line numbers move
        between list versions; the assertion does not)."""
        payload = {
            "schema": self.schema.value,
            "names": sorted([n.text, n.kind.value, n.script or "", n.lang or ""] for n in self.names),
            "addresses": sorted(
                [a.full, a.street or "", a.city or "", a.region or "", a.postal_code or "", a.country or ""]
                for a in self.addresses
            ),
            "identifiers": sorted(
                [i.kind.value, i.value, i.country or "", i.note or ""] for i in self.identifiers
            ),
            "facts": sorted([f.kind.value, f.value, f.raw or ""] for f in self.facts),
            "marking": self.marking.banner if self.marking else "",
        }
        blob = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]

    def values_summary(self) -> dict[str, list[str]]:
        """Plain lists of what the record says, keyed like the JSON contracts (for diffs)."""
        return {
            "names": [n.text for n in self.names],
            "addresses": [a.full for a in self.addresses],
            "identifiers": [f"{i.kind.value}:{i.value}" for i in self.identifiers],
            "countries": self.countries,
            "birth_dates": self.birth_dates,
            "programmes": self.programmes,
        }


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        seen.setdefault(value, None)
    return list(seen)
