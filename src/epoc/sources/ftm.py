"""FollowTheMoney entities as JSON lines (OpenSanctions' ``entities.ftm.json``, ``targets.nested.json``).

Parties (Person, Organization, Company, LegalEntity, PublicBody, Vessel, Aircraft) become records;
Address, Sanction and Identification entities fill in the parties they point to; other schemas are counted
and set aside. Native id: the entity id. Source key: ``--source``, else the first dataset named, else the
file name.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from epoc.model import (
    Address,
    Fact,
    FactKind,
    Identifier,
    IdentifierKind,
    ImportFailure,
    Marking,
    Name,
    NameKind,
    Record,
    Schema,
    Source,
)
from epoc.model.source import SOURCE_KEY
from epoc.names.countries import to_country_code
from epoc.names.script import LATIN, detect_script, guess_lang
from epoc.sources.base import (
    ImportOptions,
    ImportUnit,
    RowProblem,
    SourceData,
    check_size,
    fail_on_problems,
    slug,
    sniff,
    unique_names,
    unique_values,
)
from epoc.sources.dates import parse_date

PARTY_SCHEMAS = {
    "Person": Schema.PERSON,
    "Organization": Schema.ORGANIZATION,
    "Company": Schema.COMPANY,
    "LegalEntity": Schema.LEGAL_ENTITY,
    "PublicBody": Schema.ORGANIZATION,
    "Vessel": Schema.VESSEL,
    "Aircraft": Schema.AIRCRAFT,
}
NAME_PROPS = {
    "name": NameKind.PRIMARY,
    "alias": NameKind.ALIAS,
    "weakAlias": NameKind.WEAK_ALIAS,
    "previousName": NameKind.PREVIOUS,
}
IDENTIFIER_PROPS = {
    "passportNumber": IdentifierKind.PASSPORT,
    "idNumber": IdentifierKind.NATIONAL_ID,
    "registrationNumber": IdentifierKind.REGISTRATION,
    "ogrnCode": IdentifierKind.REGISTRATION,
    "innCode": IdentifierKind.TAX_ID,
    "taxNumber": IdentifierKind.TAX_ID,
    "vatCode": IdentifierKind.TAX_ID,
    "leiCode": IdentifierKind.LEI,
    "swiftBic": IdentifierKind.SWIFT_BIC,
    "imoNumber": IdentifierKind.IMO,
    "mmsi": IdentifierKind.MMSI,
    "callSign": IdentifierKind.CALL_SIGN,
    "registrationNumberAircraft": IdentifierKind.AIRCRAFT_REGISTRATION,
    "email": IdentifierKind.EMAIL,
    "website": IdentifierKind.WEBSITE,
    "phone": IdentifierKind.PHONE,
}
FACT_PROPS = {
    "country": FactKind.COUNTRY,
    "jurisdiction": FactKind.COUNTRY,
    "mainCountry": FactKind.COUNTRY,
    "flag": FactKind.COUNTRY,
    "nationality": FactKind.NATIONALITY,
    "citizenship": FactKind.NATIONALITY,
    "birthDate": FactKind.BIRTH_DATE,
    "birthPlace": FactKind.BIRTH_PLACE,
    "program": FactKind.PROGRAMME,
    "programId": FactKind.PROGRAMME,
    "notes": FactKind.REMARK,
    "summary": FactKind.REMARK,
    "description": FactKind.REMARK,
    "position": FactKind.POSITION,
    "title": FactKind.TITLE,
    "gender": FactKind.GENDER,
}


class FtmReader:
    name = "ftm"
    description = (
        "FollowTheMoney entities as JSON lines ({id, schema, properties}), e.g. OpenSanctions exports"
    )

    def claim(self, files: Sequence[Path]) -> list[ImportUnit]:
        units = []
        for f in files:
            first = sniff(f).lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0]
            if first.startswith(b"{") and b'"schema"' in first and b'"properties"' in first:
                units.append(ImportUnit(self.name, (f,)))
        return units

    def read(self, unit: ImportUnit, options: ImportOptions) -> list[SourceData]:
        (path,) = unit.files
        check_size(path, options)
        problems: list[RowProblem] = []
        parties: list[tuple[int, dict[str, Any]]] = []
        helpers: dict[str, dict[str, Any]] = {}
        skipped: Counter[str] = Counter()
        datasets: Counter[str] = Counter()
        with path.open("rb") as handle:
            for line_no, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    entity = json.loads(raw)
                    schema = entity["schema"]
                    entity_id = str(entity["id"])
                    if not isinstance(entity.get("properties", {}), dict):
                        raise TypeError("properties is not an object")
                except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
                    problems.append(RowProblem(str(path), str(line_no), f"not an FtM entity: {exc}"))
                    continue
                datasets.update(entity.get("datasets") or [])
                if schema in PARTY_SCHEMAS:
                    parties.append((line_no, entity))
                elif schema in ("Address", "Sanction", "Identification", "Passport"):
                    helpers[entity_id] = entity
                else:
                    skipped[schema] += 1
        key = options.source or _source_key(datasets, path)
        links = _links(helpers)
        records = [_record(key, entity, f"{path.name}:{line}", helpers, links) for line, entity in parties]
        source = Source(
            key=key,
            name=key if not datasets else ", ".join(d for d, _ in datasets.most_common(3)),
            format=self.name,
            partner=options.partner,
            date=options.list_date,
            marking=options.marking or Marking.public(),
        )
        data = SourceData(source, records, [str(path)], problems=problems)
        if skipped:
            described = ", ".join(f"{n} {s}" for s, n in skipped.most_common())
            data.warnings.append(f"set aside entities that are not parties: {described}")
        if not records and not problems:
            raise ImportFailure(str(path), "no party entities (Person, Organization, Company …) in the file")
        fail_on_problems(data, options)
        return [data]


def _source_key(datasets: Counter[str], path: Path) -> str:
    for dataset, _count in datasets.most_common():
        candidate = slug(str(dataset))
        if SOURCE_KEY.match(candidate):
            return candidate
    return slug(path.stem) or "ftm"


def _links(helpers: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Sanction and Identification entities by the party they point to."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for helper in helpers.values():
        props = helper.get("properties") or {}
        for prop in ("entity", "holder"):
            for target in props.get(prop) or []:
                target_id = target.get("id") if isinstance(target, dict) else target
                if target_id:
                    out[str(target_id)].append(helper)
    return out


def _strings(values: Any) -> list[str]:
    out = []
    for value in values or []:
        if isinstance(value, dict):  # nested entity: its caption or name
            props = value.get("properties") or {}
            text = value.get("caption") or next(iter(props.get("full") or props.get("name") or []), None)
            if text:
                out.append(str(text))
        elif value is not None and str(value).strip():
            out.append(str(value).strip())
    return out


def _record(
    key: str,
    entity: dict[str, Any],
    origin: str,
    helpers: dict[str, dict[str, Any]],
    links: dict[str, list[dict[str, Any]]],
) -> Record:
    props: dict[str, Any] = entity.get("properties") or {}
    names: list[Name] = []
    for prop, kind in NAME_PROPS.items():
        for position, text in enumerate(_strings(props.get(prop))):
            name_kind = NameKind.ALIAS if kind is NameKind.PRIMARY and position > 0 else kind
            script = detect_script(text)
            if script not in (LATIN, None) and name_kind is NameKind.ALIAS:
                name_kind = NameKind.ORIGINAL_SCRIPT
            names.append(
                Name(text, name_kind, script, guess_lang(script) if script != LATIN else None, origin)
            )
    if not names and entity.get("caption"):
        names.append(Name(str(entity["caption"]), NameKind.PRIMARY, origin=origin))
    identifiers = [
        Identifier(kind, text, origin=origin)
        for prop, kind in IDENTIFIER_PROPS.items()
        for text in _strings(props.get(prop))
    ]
    facts: list[Fact] = []
    for prop, fact_kind in FACT_PROPS.items():
        for text in _strings(props.get(prop)):
            facts.append(_fact(fact_kind, text, origin))
    addresses = [Address(text, origin=origin) for text in _strings(props.get("address"))]
    for ref in props.get("addressEntity") or []:
        target = ref if isinstance(ref, dict) else helpers.get(str(ref))
        if target:
            addresses.append(_address(target, origin))
    for helper in links.get(str(entity["id"]), []):
        hprops = helper.get("properties") or {}
        if helper["schema"] == "Sanction":
            facts.extend(_fact(FactKind.PROGRAMME, t, origin) for t in _strings(hprops.get("program")))
        else:
            passport = helper["schema"] == "Passport"
            id_kind = IdentifierKind.PASSPORT if passport else IdentifierKind.NATIONAL_ID
            identifiers.extend(Identifier(id_kind, t, origin=origin) for t in _strings(hprops.get("number")))
    return Record(
        id=Record.make_id(key, str(entity["id"])),
        source=key,
        native_id=str(entity["id"]),
        schema=PARTY_SCHEMAS[entity["schema"]],
        names=tuple(unique_names(names)),
        addresses=unique_values(addresses),
        identifiers=unique_values(identifiers),
        facts=unique_values(facts),
    )


def _fact(kind: FactKind, text: str, origin: str) -> Fact:
    if kind in (FactKind.COUNTRY, FactKind.NATIONALITY):
        code = to_country_code(text)
        return Fact(kind, code or text, raw=text if code and code != text.upper() else None, origin=origin)
    if kind is FactKind.BIRTH_DATE:
        return Fact(kind, parse_date(text) or text, origin=origin)
    return Fact(kind, text, origin=origin)


def _address(entity: dict[str, Any], origin: str) -> Address:
    props = entity.get("properties") or {}

    def first(prop: str) -> str | None:
        values = _strings(props.get(prop))
        return values[0] if values else None

    full = (
        first("full")
        or entity.get("caption")
        or ", ".join(p for p in (first("street"), first("city"), first("postalCode"), first("country")) if p)
    )
    return Address(
        str(full),
        street=first("street"),
        city=first("city"),
        region=first("region"),
        postal_code=first("postalCode"),
        country=to_country_code(first("country")),
        origin=origin,
    )
