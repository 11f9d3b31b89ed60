"""The UK HM Treasury (OFSI) Consolidated List CSV: one row per name, grouped by Group ID.

Line 1 gives the list date (``Last Updated,13/04/2018``), line 2 the header. Older files are Windows-1252,
newer ones UTF-8: both are accepted. Columns are found by their header names, so that a file with added
columns (such as the non-Latin-script name) still reads. Native id: Group ID (``uk-hmt:13188``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

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
from epoc.names.countries import country_codes, to_country_code
from epoc.names.legal_forms import looks_like_organisation
from epoc.names.script import detect_script, guess_lang
from epoc.sources.base import (
    ImportOptions,
    ImportUnit,
    RowProblem,
    SourceData,
    csv_rows,
    fail_on_problems,
    read_text,
    sniff,
    unique_names,
    unique_values,
)
from epoc.sources.dates import parse_date, to_date
from epoc.sources.remarks import find_un_references

KEY = "uk-hmt"
REQUIRED = ("Name 6", "Group ID", "Group Type", "Alias Type")
_ALIAS_TYPES = {
    "primary name": NameKind.PRIMARY,
    "aka": NameKind.ALIAS,
    "primary name variation": NameKind.ALIAS,
}
_GROUP_TYPES = {"individual": Schema.PERSON, "entity": Schema.ORGANIZATION, "ship": Schema.VESSEL}
_IMO = re.compile(r"\bIMO(?: number| no\.?)?\s*[:#]?\s*(\d{7})\b", re.IGNORECASE)
_MMSI = re.compile(r"\bMMSI\s*[:#]?\s*(\d{9})\b", re.IGNORECASE)
_DOCUMENT_NUMBER = re.compile(r"\b(?=[A-Z0-9-]*\d)([A-Z0-9][A-Z0-9-]{3,})\b")


class UkHmtReader:
    name = "uk-hmt"
    description = "UK HM Treasury / OFSI Consolidated List CSV (one row per name, grouped by Group ID)"

    def claim(self, files: Sequence[Path]) -> list[ImportUnit]:
        units = []
        for f in files:
            head = sniff(f)[:2000].decode("cp1252", "replace")
            if f.suffix.lower() == ".csv" and "Group ID" in head and "Name 6" in head:
                units.append(ImportUnit(self.name, (f,)))
        return units

    def read(self, unit: ImportUnit, options: ImportOptions) -> list[SourceData]:
        (path,) = unit.files
        text = read_text(path, options, ("utf-8-sig", "cp1252"))
        first_line = text.split("\n", 1)[0]
        skip = 1 if first_line.lower().startswith("last updated") else 0
        list_date = to_date(first_line.split(",")[1] if skip else None, "%d/%m/%Y")
        rows = csv_rows(path, text, skip_lines=skip)
        try:
            _line, header = next(rows)
        except StopIteration:
            raise ImportFailure(str(path), "no header row") from None
        header = [h.strip() for h in header]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise ImportFailure(
                str(path), f"not a UK consolidated list: no {', '.join(missing)} column", f"{skip + 1}"
            )
        col = {name: i for i, name in enumerate(header)}
        problems: list[RowProblem] = []
        groups: dict[str, _Group] = {}
        key = options.source or KEY
        for line, row in rows:
            if len(row) != len(header):
                problems.append(
                    RowProblem(str(path), str(line), f"{len(row)} fields where {len(header)} are expected")
                )
                continue
            field = _Fields(row, col)
            group_id = field("Group ID")
            if not group_id or not group_id.isdigit():
                problems.append(RowProblem(str(path), str(line), f"Group ID {group_id!r} is not a number"))
                continue
            group = groups.get(group_id)
            if group is None:
                schema = _GROUP_TYPES.get((field("Group Type") or "").lower())
                if schema is None:
                    problems.append(
                        RowProblem(str(path), str(line), f"unknown Group Type {field('Group Type')!r}")
                    )
                    continue
                group = groups[group_id] = _Group(key, group_id, schema)
            group.add_row(field, f"{path.name}:{line}")
        records = [g.build() for g in groups.values() if g.names]
        source = Source(
            key=key,
            name="UK HM Treasury Consolidated List of Financial Sanctions Targets",
            format=self.name,
            publisher="HM Treasury, Office of Financial Sanctions Implementation",
            partner=options.partner,
            date=options.list_date or list_date,
            marking=options.marking or Marking.public(),
            url="https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets",
        )
        data = SourceData(source, records, [str(path)], problems=problems)
        fail_on_problems(data, options)
        return [data]


class _Fields:
    """Fields of one row by column name; absent columns and empty cells read as None."""

    def __init__(self, row: list[str], col: dict[str, int]) -> None:
        self.row, self.col = row, col

    def __call__(self, name: str) -> str | None:
        index = self.col.get(name)
        if index is None:
            return None
        value = " ".join(self.row[index].split())
        return value or None


class _Group:
    def __init__(self, key: str, group_id: str, schema: Schema) -> None:
        self.key, self.group_id, self.schema = key, group_id, schema
        self.names: list[Name] = []
        self.addresses: list[Address] = []
        self.identifiers: list[Identifier] = []
        self.facts: list[Fact] = []

    def add_row(self, field: _Fields, origin: str) -> None:
        parts = [field(f"Name {i}") for i in (1, 2, 3, 4, 5, 6)]
        name = " ".join(p for p in parts if p)
        if name:
            kind = _ALIAS_TYPES.get((field("Alias Type") or "").lower(), NameKind.ALIAS)
            self.names.append(Name(name, kind, "Latin", origin=origin))
        if non_latin := field("Name Non-Latin Script"):
            script = detect_script(non_latin)
            lang = field("Non-Latin Script Language") or guess_lang(script)
            self.names.append(Name(non_latin, NameKind.ORIGINAL_SCRIPT, script, lang, origin))
        if title := field("Title"):
            self.facts.append(Fact(FactKind.TITLE, title, origin=origin))
        if dob := field("DOB"):
            value = parse_date(dob)
            self.facts.append(
                Fact(FactKind.BIRTH_DATE, value or dob, raw=dob if value != dob else None, origin=origin)
            )
        place = ", ".join(p for p in (field("Town of Birth"), field("Country of Birth")) if p)
        if place:
            self.facts.append(Fact(FactKind.BIRTH_PLACE, place, origin=origin))
        if nationality := field("Nationality"):
            for code in country_codes(nationality) or [nationality]:
                self.facts.append(Fact(FactKind.NATIONALITY, code, raw=nationality, origin=origin))
        for column, id_kind in (
            ("Passport Details", IdentifierKind.PASSPORT),
            ("NI Number", IdentifierKind.NATIONAL_ID),
        ):
            if document := field(column):
                number = _DOCUMENT_NUMBER.search(document.upper())
                if number:
                    identifier = Identifier(id_kind, number.group(1), note=document, origin=origin)
                    self.identifiers.append(identifier)
        if position := field("Position"):
            self.facts.append(Fact(FactKind.POSITION, position, origin=origin))
        street = ", ".join(p for p in (field(f"Address {i}") for i in range(1, 7)) if p)
        postal, country_text = field("Post/Zip Code"), field("Country")
        full = ", ".join(p for p in (street, postal, country_text) if p)
        if full:
            country = to_country_code(country_text)
            self.addresses.append(Address(full, street or None, None, None, postal, country, origin))
        if info := field("Other Information"):
            self.facts.append(Fact(FactKind.REMARK, info, origin=origin))
            for number in _IMO.findall(info):
                self.identifiers.append(Identifier(IdentifierKind.IMO, number, origin=origin))
            for number in _MMSI.findall(info):
                self.identifiers.append(Identifier(IdentifierKind.MMSI, number, origin=origin))
            for reference in find_un_references(info):
                self.identifiers.append(
                    Identifier(IdentifierKind.LIST_ID, reference, note="UN reference", origin=origin)
                )
        if regime := field("Regime"):
            self.facts.append(Fact(FactKind.PROGRAMME, regime, origin=origin))
        if listed := field("Listed On"):
            self.facts.append(Fact(FactKind.LISTED_ON, parse_date(listed) or listed, origin=origin))

    def build(self) -> Record:
        names = unique_names(self.names)
        schema = self.schema
        # The list files ships under "Entity"; an entity with an IMO number that is not a company is a vessel
        # (shipping companies carry IMO company numbers too).
        has_imo = any(i.kind is IdentifierKind.IMO for i in self.identifiers)
        if schema is Schema.ORGANIZATION and has_imo and not looks_like_organisation(names[0].text):
            schema = Schema.VESSEL
        if not any(n.kind is NameKind.PRIMARY for n in names):
            first = names[0]
            names[0] = Name(first.text, NameKind.PRIMARY, first.script, first.lang, first.origin)
        else:  # the primary name first, whatever row order the file has
            names.sort(key=lambda n: n.kind is not NameKind.PRIMARY)
        return Record(
            id=Record.make_id(self.key, self.group_id),
            source=self.key,
            native_id=self.group_id,
            schema=schema,
            names=tuple(names),
            addresses=unique_values(self.addresses),
            identifiers=unique_values(self.identifiers),
            facts=unique_values(self.facts),
        )
