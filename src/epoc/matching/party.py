"""A party to compare: names, countries, birth dates, identifiers and addresses of a record or a query.

``Party.from_record`` takes a stored record as it is (name kinds travel, so a weak alias stays weak);
``Party.from_query`` takes the JSON object of the ``epoc pairs`` / ``epoc screen`` contracts and raises
``InvalidInput`` saying which field is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from epoc.model import Identifier, IdentifierKind, InvalidInput, Name, NameKind, Record, Schema
from epoc.names.countries import country_codes
from epoc.names.legal_forms import looks_like_organisation
from epoc.names.script import LATIN, detect_script

MAX_NAMES = 200
MAX_NAME_LENGTH = 1000
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


@dataclass(frozen=True, slots=True)
class Party:
    schema: Schema
    names: tuple[Name, ...]
    countries: tuple[str, ...] = ()
    birth_dates: tuple[str, ...] = ()
    identifiers: tuple[Identifier, ...] = ()
    addresses: tuple[str, ...] = ()
    # ``is_organisation`` once worked out: screening asks it of a party for every candidate it meets (not a
    # field of the party: not compared, shown or given to a copy)
    _organisation: bool | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def is_organisation(self) -> bool:
        """Compare its names as an organisation's (legal forms as symbols)?"""
        found = self._organisation
        if found is None:
            found = is_organisation(self.schema, [n.text for n in self.names])
            object.__setattr__(self, "_organisation", found)  # frozen: set once, always to the same value
        return found

    def repeats(self, other: Party) -> bool:
        """The same party written word for word: a row its source repeats (where in the file each was read,
        their ``origin``, aside: a list's two identical rows differ only there; and the notes on
        identifiers, which a party read back from the index no longer has)."""
        # asked of every entry of its own source a record's search meets: most differ in their names' texts
        if len(self.names) != len(other.names) or any(
            a.text != b.text for a, b in zip(self.names, other.names, strict=True)
        ):
            return False
        return self == other or _as_written(self) == _as_written(other)

    @classmethod
    def from_record(cls, record: Record) -> Party:
        return cls(
            schema=record.schema,
            names=record.names,
            countries=tuple(record.countries),
            birth_dates=tuple(record.birth_dates),
            identifiers=record.identifiers,
            addresses=tuple(a.full for a in record.addresses),
        )

    @classmethod
    def from_query(cls, data: Mapping[str, Any]) -> Party:
        """A party from the contract's JSON object: ``{"schema", "names", "countries", "birth_dates",
        "addresses", "identifiers"}``; only ``names`` is required, ``schema`` defaults to LegalEntity; other
        fields are ignored."""
        if not isinstance(data, Mapping):
            raise InvalidInput(f"a party must be a JSON object, not {type(data).__name__}")
        schema = _schema(data.get("schema"))
        texts = _strings(data, "names")
        names = tuple(
            Name(text, NameKind.PRIMARY if i == 0 else NameKind.ALIAS, _script(text))
            for i, text in enumerate(dict.fromkeys(t for t in texts if t))
        )
        if not names:
            raise InvalidInput("names: at least one non-empty name is required")
        if len(names) > MAX_NAMES or any(len(n.text) > MAX_NAME_LENGTH for n in names):
            raise InvalidInput(f"names: at most {MAX_NAMES} names of at most {MAX_NAME_LENGTH} characters")
        countries: list[str] = []
        for text in _strings(data, "countries"):
            for code in country_codes(text):
                if code not in countries:
                    countries.append(code)
        return cls(
            schema=schema,
            names=names,
            countries=tuple(countries),
            birth_dates=tuple(_date(text) for text in _strings(data, "birth_dates") if text),
            identifiers=tuple(
                Identifier(IdentifierKind.OTHER, text) for text in _strings(data, "identifiers") if text
            ),
            addresses=tuple(text for text in _strings(data, "addresses") if text),
        )


def is_organisation(schema: Schema, names: list[str]) -> bool:
    """Persons no; organisations, companies and vessels yes; a legal entity when a name looks like one."""
    if schema.is_person:
        return False
    if schema is Schema.LEGAL_ENTITY:
        return any(looks_like_organisation(text) for text in names)
    return True


def _script(text: str) -> str | None:
    return LATIN if text.isascii() else detect_script(text)


def _schema(value: Any) -> Schema:
    if value is None or value == "":
        return Schema.LEGAL_ENTITY
    if not isinstance(value, str):
        raise InvalidInput(f'schema must be a string such as "Person", not {value!r}')
    try:
        return Schema.parse(value)
    except ValueError as exc:
        raise InvalidInput(f"schema: {exc}") from None


def _strings(data: Mapping[str, Any], key: str) -> list[str]:
    """A list of strings (a single string is taken as a list of one); null is an empty list."""
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(f"{key} must be a list of strings, not {value!r}"[:300])
    return [v.strip() for v in value]


def _date(text: str) -> str:
    """An ISO 8601 date, possibly partial (``1962``, ``1962-05``) or an interval (``1960/1965``);
    ``DD.MM.YYYY`` and ``DD/MM/YYYY`` are read as such."""
    parts = text.split("/")
    if len(parts) == 2 and all(_ISO_DATE.match(p.strip()) for p in parts):
        return "/".join(p.strip() for p in parts)
    cleaned = text.strip()[:10] if "T" in text else text.strip()
    if _ISO_DATE.match(cleaned):
        return cleaned
    dmy = _DMY.match(cleaned)
    if dmy:
        day, month, year = (int(g) for g in dmy.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    raise InvalidInput(f"birth_dates: {text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")


def _as_written(party: Party) -> Party:
    """``party`` without the provenance of its values and the notes on them (the index keeps neither)."""
    return replace(
        party,
        names=tuple(replace(n, origin=None) for n in party.names),
        identifiers=tuple(replace(i, origin=None, note=None) for i in party.identifiers),
    )
