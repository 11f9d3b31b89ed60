"""A Partner's own list as CSV, in epoc's documented template (see docs/formats.md).

Header (UTF-8, comma-separated; only ``id`` and ``name`` are required, other columns may be left out)::

    id,schema,name,aliases,weak_aliases,previous_names,original_script_names,countries,addresses,
    identifiers,birth_dates,birth_places,programmes,remarks,listed_on

Several values in one cell are separated by ``|``. ``identifiers`` are ``kind:value`` (``passport:X123``,
``imo:9187629``; kinds as in ``IdentifierKind``). ``countries`` are ISO codes or names. Source key:
``--source``, else the file name. Native id: the ``id`` column.
"""

from __future__ import annotations

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
from epoc.model.source import SOURCE_KEY
from epoc.names.countries import country_codes, to_country_code
from epoc.names.script import LATIN, detect_script, guess_lang
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
    unique_names,
    unique_values,
)
from epoc.sources.dates import parse_date

COLUMNS = (
    "id", "schema", "name", "aliases", "weak_aliases", "previous_names", "original_script_names",
    "countries", "addresses", "identifiers", "birth_dates", "birth_places", "programmes", "remarks",
    "listed_on",
)  # fmt: skip
REQUIRED = ("id", "name")
SEPARATOR = "|"
_NAME_COLUMNS = (
    ("name", NameKind.PRIMARY),
    ("aliases", NameKind.ALIAS),
    ("weak_aliases", NameKind.WEAK_ALIAS),
    ("previous_names", NameKind.PREVIOUS),
    ("original_script_names", NameKind.ORIGINAL_SCRIPT),
)


class PartnerCsvReader:
    name = "partner-csv"
    description = "A Partner's own list in epoc's CSV template (id,schema,name,aliases,…; '|' between values)"

    def claim(self, files: Sequence[Path]) -> list[ImportUnit]:
        units = []
        for f in files:
            first = sniff(f).lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", "replace")
            header = [h.strip().lower() for h in first.strip().split(",")]
            if f.suffix.lower() == ".csv" and set(REQUIRED) <= set(header) and set(header) <= set(COLUMNS):
                units.append(ImportUnit(self.name, (f,)))
        return units

    def read(self, unit: ImportUnit, options: ImportOptions) -> list[SourceData]:
        (path,) = unit.files
        text = read_text(path, options)
        rows = csv_rows(path, text)
        try:
            _line, header = next(rows)
        except StopIteration:
            raise ImportFailure(str(path), "no header row") from None
        header = [h.strip().lower() for h in header]
        unknown = [h for h in header if h not in COLUMNS]
        missing = [c for c in REQUIRED if c not in header]
        if unknown or missing:
            what = "; ".join(
                filter(
                    None,
                    [
                        f"unknown columns {unknown}" if unknown else "",
                        f"missing {missing}" if missing else "",
                    ],
                )
            )
            raise ImportFailure(str(path), f"not epoc's Partner list template: {what}", "1")
        key = options.source or slug(path.stem)
        if not SOURCE_KEY.match(key):
            raise ImportFailure(str(path), "cannot make a source key of the file name; pass --source")
        problems: list[RowProblem] = []
        records: dict[str, Record] = {}
        for line, row in rows:
            if len(row) != len(header):
                problems.append(
                    RowProblem(str(path), str(line), f"{len(row)} fields where {len(header)} are expected")
                )
                continue
            cells = dict(zip(header, row, strict=True))
            try:
                record = _record(key, cells, f"{path.name}:{line}")
            except ValueError as exc:
                problems.append(RowProblem(str(path), str(line), str(exc)))
                continue
            if record.id in records:
                problems.append(RowProblem(str(path), str(line), f"id {record.native_id!r} used twice"))
                continue
            records[record.id] = record
        source = Source(
            key=key,
            name=f"Partner list {path.stem}" + (f" ({options.partner})" if options.partner else ""),
            format=self.name,
            publisher=options.partner,
            partner=options.partner,
            date=options.list_date,
            marking=options.marking or Marking.public(),
        )
        data = SourceData(source, list(records.values()), [str(path)], problems=problems)
        fail_on_problems(data, options)
        return [data]


def _split(cell: str | None) -> list[str]:
    return [v.strip() for v in (cell or "").split(SEPARATOR) if v.strip()]


def _record(key: str, cells: dict[str, str], origin: str) -> Record:
    native = cells.get("id", "").strip()
    if not native:
        raise ValueError("empty id")
    schema = Schema.parse(cells["schema"]) if cells.get("schema", "").strip() else Schema.LEGAL_ENTITY
    names: list[Name] = []
    for column, kind in _NAME_COLUMNS:
        for text in _split(cells.get(column)):
            script = detect_script(text)
            names.append(Name(text, kind, script, guess_lang(script) if script != LATIN else None, origin))
    if not any(n.kind is NameKind.PRIMARY for n in names):
        raise ValueError("empty name")
    facts: list[Fact] = []
    for text in _split(cells.get("countries")):
        for code in country_codes(text) or [text]:
            facts.append(Fact(FactKind.COUNTRY, code, raw=text if code != text else None, origin=origin))
    for text in _split(cells.get("birth_dates")):
        parsed = parse_date(text)
        if not parsed:
            raise ValueError(f"birth date {text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        facts.append(Fact(FactKind.BIRTH_DATE, parsed, origin=origin))
    simple = (
        ("birth_places", FactKind.BIRTH_PLACE),
        ("programmes", FactKind.PROGRAMME),
        ("remarks", FactKind.REMARK),
    )
    for column, fact_kind in simple:
        facts.extend(Fact(fact_kind, text, origin=origin) for text in _split(cells.get(column)))
    if listed := (cells.get("listed_on") or "").strip():
        facts.append(Fact(FactKind.LISTED_ON, parse_date(listed) or listed, origin=origin))
    identifiers = []
    for text in _split(cells.get("identifiers")):
        kind_text, _, value = text.partition(":")
        try:
            id_kind = IdentifierKind(kind_text.strip().lower())
        except ValueError:
            kinds = ", ".join(k.value for k in IdentifierKind)
            raise ValueError(f"identifier {text!r}: write kind:value with a kind of {kinds}") from None
        if not value.strip():
            raise ValueError(f"identifier {text!r} has no value")
        identifiers.append(Identifier(id_kind, value.strip(), origin=origin))
    addresses = []
    for text in _split(cells.get("addresses")):
        country = to_country_code(text.rsplit(",", 1)[-1]) if "," in text else None
        addresses.append(Address(text, country=country, origin=origin))
    return Record(
        id=Record.make_id(key, native),
        source=key,
        native_id=native,
        schema=schema,
        names=tuple(unique_names(names)),
        addresses=unique_values(addresses),
        identifiers=unique_values(identifiers),
        facts=unique_values(facts),
    )
