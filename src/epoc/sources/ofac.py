"""OFAC's legacy CSV lists: the SDN list (sdn.csv, alt.csv, add.csv, sdn_comments.csv) and the non-SDN
consolidated list (cons_prim.csv, cons_alt.csv, cons_add.csv, cons_comments.csv).

No header row; ``-0-`` means null; CRLF line ends and a DOS end-of-file byte. The four files join on
``ent_num``, which is the native id: ``ofac-sdn:9349``. Rows of alt/add that name an ``ent_num`` missing
from the main file (listed after it was published) are set aside and counted. A folder with alt.csv and
add.csv but no sdn.csv imports as its own source of aliases and addresses (``ofac-sdn-aliases``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
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
from epoc.names.countries import to_country_code
from epoc.names.legal_forms import looks_like_organisation
from epoc.sources.base import (
    ImportOptions,
    ImportUnit,
    RowProblem,
    SourceData,
    csv_rows,
    fail_on_problems,
    null,
    read_text,
    sniff,
    unique_names,
    unique_values,
)
from epoc.sources.remarks import parse_remarks

NULL = "-0-"
ENCODINGS = ("utf-8-sig", "cp1252")


@dataclass(frozen=True)
class _Layout:
    reader: str
    key: str
    name: str
    main: str
    alt: str
    add: str
    comments: str


SDN = _Layout(
    "ofac-sdn",
    "ofac-sdn",
    "OFAC Specially Designated Nationals (SDN) List",
    "sdn.csv",
    "alt.csv",
    "add.csv",
    "sdn_comments.csv",
)
CONS = _Layout(
    "ofac-cons",
    "ofac-cons",
    "OFAC Consolidated (non-SDN) Sanctions List",
    "cons_prim.csv",
    "cons_alt.csv",
    "cons_add.csv",
    "cons_comments.csv",
)
ALIASES_KEY = "ofac-sdn-aliases"
_SDN_TYPES = {"individual": Schema.PERSON, "vessel": Schema.VESSEL, "aircraft": Schema.AIRCRAFT}
_PERSON_NAME = re.compile(r"^[A-Z][A-Z'\- ]+, [A-Z]")


class OfacReader:
    def __init__(self, layout: _Layout) -> None:
        self.layout = layout
        self.name = layout.reader
        self.description = (
            f"{layout.name}: {layout.main} with {layout.alt}, {layout.add} and {layout.comments} "
            "(legacy CSV, no header)"
        )

    # -- which files ----------------------------------------------------------------------------------
    def claim(self, files: Sequence[Path]) -> list[ImportUnit]:
        names = {f.name.lower(): f for f in files}
        parts = [self.layout.main, self.layout.alt, self.layout.add, self.layout.comments]
        found = tuple(names[p] for p in parts if p in names)
        if not found:
            return []
        if self.layout.main not in names and self.layout.alt not in names:
            return []  # an address file alone names nobody
        return [ImportUnit(self.name, found)]

    def claim_forced(self, files: Sequence[Path]) -> list[ImportUnit]:
        """``--format ofac-sdn`` on files with other names: the 12-column one is the main file."""
        return [ImportUnit(self.name, tuple(files))]

    # -- reading --------------------------------------------------------------------------------------
    def read(self, unit: ImportUnit, options: ImportOptions) -> list[SourceData]:
        roles = self._roles(unit.files)
        problems: list[RowProblem] = []
        main = roles.get("main")
        has_main = main is not None
        key = options.source or (self.layout.key if has_main else ALIASES_KEY)
        comments = self._comments(roles.get("comments"), options)
        builders: dict[str, _Builder] = {}
        if main is not None:
            text = read_text(main, options, ENCODINGS)
            for line, row in csv_rows(main, text, columns=12, problems=problems):
                ent = row[0].strip()
                if not ent.isdigit():
                    problems.append(RowProblem(str(main), str(line), f"ent_num {ent!r} is not a number"))
                    continue
                builders[ent] = _Builder.from_main(key, ent, row, f"{main.name}:{line}", comments.get(ent))
        set_aside: dict[str, int] = defaultdict(int)
        alt = roles.get("alt")
        if alt is not None:
            text = read_text(alt, options, ENCODINGS)
            for line, row in csv_rows(alt, text, columns=5, problems=problems):
                ent, name = row[0].strip(), null(row[3], NULL)
                if not name:
                    continue
                builder = builders.get(ent)
                if builder is None:
                    if has_main:
                        set_aside[alt.name] += 1
                        continue
                    builder = builders[ent] = _Builder.alias_only(key, ent, name)
                kind = {"fka": NameKind.PREVIOUS}.get((null(row[2], NULL) or "").lower(), NameKind.ALIAS)
                if (null(row[4], NULL) or "").lower().startswith("weak"):
                    kind = NameKind.WEAK_ALIAS
                builder.add_name(Name(name, kind, origin=f"{alt.name}:{line}"))
        add = roles.get("add")
        if add is not None:
            text = read_text(add, options, ENCODINGS)
            for line, row in csv_rows(add, text, columns=6, problems=problems):
                builder = builders.get(row[0].strip())
                if builder is None:  # no name for this entry in these files: nothing to screen against
                    set_aside[add.name] += 1
                    continue
                address = _address(row, f"{add.name}:{line}")
                if address:
                    builder.addresses.append(address)
        records = [b.build() for b in builders.values()]
        source = Source(
            key=key,
            name=self.layout.name if has_main else "OFAC SDN aliases and addresses (alt.csv, add.csv)",
            format=self.name,
            publisher="US Treasury, Office of Foreign Assets Control",
            partner=options.partner,
            date=options.list_date or _file_date(unit.files),
            marking=options.marking or Marking.public(),
            url="https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists",
        )
        data = SourceData(source, records, [str(f) for f in unit.files], problems=problems)
        named_in = self.layout.main if has_main else self.layout.alt
        for file_name, count in sorted(set_aside.items()):
            data.warnings.append(
                f"{file_name}: {count} rows name an ent_num that is not in {named_in} (set aside)"
            )
        fail_on_problems(data, options)
        return [data]

    def _roles(self, files: Sequence[Path]) -> dict[str, Path]:
        by_name = {
            self.layout.main: "main",
            self.layout.alt: "alt",
            self.layout.add: "add",
            self.layout.comments: "comments",
        }
        roles: dict[str, Path] = {}
        for path in files:
            role = by_name.get(path.name.lower()) or _role_by_shape(path)
            if role in roles:
                raise ImportFailure(str(path), f"two {role} files in one OFAC import ({roles[role].name})")
            roles[role] = path
        return roles

    def _comments(self, path: Path | None, options: ImportOptions) -> dict[str, str]:
        if path is None:
            return {}
        text = read_text(path, options, ENCODINGS)
        return {
            row[0].strip(): row[1] for _line, row in csv_rows(path, text, min_columns=2) if null(row[1], NULL)
        }


def _role_by_shape(path: Path) -> str:
    head = sniff(path).decode("utf-8", "replace").splitlines()
    first = head[0] if head else ""
    fields = first.count('",') + first.count("-0- ,")
    if re.search(r'^\d+,\d+,"(aka|fka|nka)"', first):
        return "alt"
    if re.match(r"^\d+,\d+,", first):
        return "add"
    if re.match(r'^\d+,"', first) and fields >= 5:
        return "main"
    if re.match(r'^\d+,"', first):
        return "comments"
    raise ImportFailure(str(path), "not an OFAC legacy CSV file (sdn, alt, add or comments layout)", "1")


def _file_date(files: Sequence[Path]) -> date | None:
    """OFAC's CSV carries no date of its own: the newest file's modification date stands in."""
    stamps = [f.stat().st_mtime for f in files if f.exists()]
    return datetime.fromtimestamp(max(stamps), UTC).date() if stamps else None


def _address(row: list[str], origin: str) -> Address | None:
    street, locality, country_text, remarks = (null(row[i], NULL) for i in (2, 3, 4, 5))
    parts = [p for p in (street, locality, country_text) if p]
    if not parts:
        return None
    full = ", ".join(parts)
    if remarks:
        full = f"{full} ({remarks})"
    return Address(full, street=street, city=locality, country=to_country_code(country_text), origin=origin)


class _Builder:
    """Gathers one entry's values from the four files."""

    def __init__(self, key: str, ent: str, schema: Schema) -> None:
        self.key, self.ent, self.schema = key, ent, schema
        self.names: list[Name] = []
        self.addresses: list[Address] = []
        self.identifiers: list[Identifier] = []
        self.facts: list[Fact] = []

    @classmethod
    def from_main(cls, key: str, ent: str, row: list[str], origin: str, extended: str | None) -> _Builder:
        sdn_type = (null(row[2], NULL) or "").lower()
        schema = _SDN_TYPES.get(sdn_type, Schema.ORGANIZATION)
        builder = cls(key, ent, schema)
        builder.add_name(Name(row[1].strip(), NameKind.PRIMARY, origin=origin))
        for part in (null(row[3], NULL) or "").split("] ["):
            programme = part.strip("[] ")
            if programme:
                builder.facts.append(Fact(FactKind.PROGRAMME, programme, origin=origin))
        if title := null(row[4], NULL):
            builder.facts.append(Fact(FactKind.TITLE, title, origin=origin))
        if call_sign := null(row[5], NULL):
            builder.identifiers.append(Identifier(IdentifierKind.CALL_SIGN, call_sign, origin=origin))
        vessel = [null(row[i], NULL) for i in (6, 7, 8)]
        if any(vessel):
            labels = ("type", "tonnage", "GRT")
            described = "; ".join(f"{label} {v}" for label, v in zip(labels, vessel, strict=True) if v)
            builder.facts.append(Fact(FactKind.REMARK, f"Vessel {described}", origin=origin))
        if flag := null(row[9], NULL):
            code = to_country_code(flag)
            builder.facts.append(Fact(FactKind.COUNTRY, code or flag, raw=flag, origin=origin))
        if owner := null(row[10], NULL):
            builder.facts.append(Fact(FactKind.LINKED_TO, owner, origin=origin))
        remarks = (null(row[11], NULL) or "") + (extended or "")
        parsed = parse_remarks(remarks, f"{origin} remarks")
        for name in parsed.names:
            builder.add_name(name)
        builder.identifiers.extend(parsed.identifiers)
        builder.facts.extend(parsed.facts)
        return builder

    @classmethod
    def alias_only(cls, key: str, ent: str, first_name: str) -> _Builder:
        if _PERSON_NAME.match(first_name):
            schema = Schema.PERSON
        elif looks_like_organisation(first_name):
            schema = Schema.ORGANIZATION
        else:
            schema = Schema.LEGAL_ENTITY
        return cls(key, ent, schema)

    def add_name(self, name: Name) -> None:
        self.names.append(name)

    def build(self) -> Record:
        identifiers = [Identifier(IdentifierKind.LIST_ID, f"OFAC:{self.ent}", note="OFAC ent_num")]
        return Record(
            id=Record.make_id(self.key, self.ent),
            source=self.key,
            native_id=self.ent,
            schema=self.schema,
            names=tuple(unique_names(self.names)),
            addresses=unique_values(self.addresses),
            identifiers=unique_values([*self.identifiers, *identifiers]),
            facts=unique_values(self.facts),
        )


SDN_READER = OfacReader(SDN)
CONS_READER = OfacReader(CONS)
