"""The US BIS Denied Persons List, tab-separated ``dpl.txt`` (every field double-quoted, a header row).

The list has no ids. One row is one denial order at one address; the native id is built from what makes
the row itself — the name, the order's effective date and a short digest of the name as spelt and the
address — so that it survives re-ordering and new rows: ``bis-dpl:adrian-manuel-hernandez-20171016-1a2b3c``.
A row the list repeats word for word is a record of its own (``…-2``), so that counts agree with the list.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from epoc.model import Address, Fact, FactKind, ImportFailure, Marking, Name, NameKind, Record, Schema, Source
from epoc.names.countries import to_country_code
from epoc.names.legal_forms import looks_like_organisation
from epoc.sources.base import (
    ImportOptions,
    ImportUnit,
    RowProblem,
    SourceData,
    csv_rows,
    fail_on_problems,
    read_text,
    slug,
    sniff,
)
from epoc.sources.dates import to_date

KEY = "bis-dpl"
COLUMNS = (
    "Name", "Street_Address", "City", "State", "Country", "Postal_Code", "Effective_Date",
    "Expiration_Date", "Standard_Order", "Last_Update", "Action", "FR_Citation",
)  # fmt: skip


class BisDplReader:
    name = "bis-dpl"
    description = "US BIS Denied Persons List (tab-separated dpl.txt with a header row)"

    def claim(self, files: Sequence[Path]) -> list[ImportUnit]:
        return [
            ImportUnit(self.name, (f,))
            for f in files
            if sniff(f).lstrip(b"\xef\xbb\xbf").startswith(b'"Name"\t"Street_Address"')
        ]

    def read(self, unit: ImportUnit, options: ImportOptions) -> list[SourceData]:
        (path,) = unit.files
        text = read_text(path, options, ("utf-8-sig", "cp1252"))
        rows = csv_rows(path, text, delimiter="\t")
        try:
            _line, header = next(rows)
        except StopIteration:
            raise ImportFailure(str(path), "no header row") from None
        if tuple(h.strip() for h in header[: len(COLUMNS)]) != COLUMNS:
            raise ImportFailure(str(path), f"not a Denied Persons List: header is {header[:4]}…", "1")
        problems: list[RowProblem] = []
        records: dict[str, Record] = {}
        key = options.source or KEY
        latest: date | None = None
        repeated = 0
        for line, row in rows:
            if len(row) != len(header):
                problems.append(
                    RowProblem(str(path), str(line), f"{len(row)} fields where {len(header)} are expected")
                )
                continue
            record, updated = _record(
                key, dict(zip(COLUMNS, (c.strip() for c in row), strict=False)), f"{path.name}:{line}"
            )
            if record is None:
                problems.append(RowProblem(str(path), str(line), "no name"))
                continue
            if record.id in records:  # the published list repeats some rows word for word: "<id>-2"
                repeated += 1
                record = _renumber(record, sum(1 for rid in records if rid.startswith(record.id)) + 1)
            records[record.id] = record
            if updated and updated <= date.today() and (latest is None or updated > latest):
                latest = updated
        source = Source(
            key=key,
            name="US BIS Denied Persons List",
            format=self.name,
            publisher="US Department of Commerce, Bureau of Industry and Security",
            partner=options.partner,
            date=options.list_date or latest,
            marking=options.marking or Marking.public(),
            url="https://www.bis.gov/dpl",
        )
        data = SourceData(source, list(records.values()), [str(path)], problems=problems)
        if repeated:
            data.warnings.append(f"{repeated} rows repeat an earlier row word for word (ids ending -2)")
        fail_on_problems(data, options)
        return [data]


def _renumber(record: Record, occurrence: int) -> Record:
    native = f"{record.native_id}-{occurrence}"
    return replace(record, id=Record.make_id(record.source, native), native_id=native)


def _record(key: str, row: dict[str, str], origin: str) -> tuple[Record | None, date | None]:
    name = " ".join(row["Name"].split())
    if not name:
        return None, None
    effective = to_date(row["Effective_Date"], "%m/%d/%Y")
    street, city, state, country_text, postal = (
        row[c] or None for c in ("Street_Address", "City", "State", "Country", "Postal_Code")
    )
    address_parts = [p for p in (street, city, state, postal, country_text) if p]
    digest = hashlib.sha1("|".join([name, *address_parts]).lower().encode("utf-8")).hexdigest()[:6]
    native = f"{slug(name)}-{effective.strftime('%Y%m%d') if effective else 'undated'}-{digest}"
    addresses: tuple[Address, ...] = ()
    if address_parts:
        country = to_country_code(country_text) or (
            "US" if state and len(state) == 2 and not country_text else None
        )
        addresses = (Address(", ".join(address_parts), street, city, state, postal, country, origin),)
    facts = [Fact(FactKind.PROGRAMME, "Denied Persons List", origin=origin)]
    if effective:
        facts.append(Fact(FactKind.LISTED_ON, effective.isoformat(), origin=origin))
    for label, column in (
        ("Expires", "Expiration_Date"),
        ("Standard order", "Standard_Order"),
        ("Action", "Action"),
        ("Federal Register", "FR_Citation"),
    ):
        if row[column]:
            facts.append(Fact(FactKind.REMARK, f"{label}: {row[column]}", origin=origin))
    schema = Schema.ORGANIZATION if looks_like_organisation(name) else Schema.PERSON
    record = Record(
        id=Record.make_id(key, native),
        source=key,
        native_id=native,
        schema=schema,
        names=(Name(name, NameKind.PRIMARY, "Latin", origin=origin),),
        addresses=addresses,
        facts=tuple(facts),
    )
    return record, to_date(row["Last_Update"], "%Y-%m-%d")
