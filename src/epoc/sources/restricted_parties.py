"""The restricted-parties JSON compilation: BIS Entity List, Military End User list, Japan METI's End User
List and others, one JSON array of records each naming the list it comes from.

One file holds several lists, so one import gives several sources, keyed by list (``bis-entity``,
``jp-meti-eul`` …). Native id: the record's own ``id``. The compilation's "native" names are kept as
original-script names; its Korean renderings were machine-made, so they are weak aliases (they confirm,
never match alone). METI's rationale codes become programmes of concern (``M`` = missile).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from epoc.model import (
    Fact,
    FactKind,
    Identifier,
    IdentifierKind,
    ImportFailure,
    InvalidInput,
    Marking,
    Name,
    NameKind,
    Record,
    Schema,
    Source,
)
from epoc.model.source import SOURCE_KEY
from epoc.names.countries import country_codes
from epoc.names.legal_forms import looks_like_organisation
from epoc.names.script import LATIN, detect_script, guess_lang
from epoc.sources.base import (
    ImportOptions,
    ImportUnit,
    RowProblem,
    SourceData,
    fail_on_problems,
    read_text,
    sniff,
    unique_names,
    unique_values,
)
from epoc.sources.dates import to_date

LIST_KEYS = {
    "us-bis-entity-list": "bis-entity",
    "us-bis-military-end-user-list": "bis-meu",
    "jp-meti-end-user-list": "jp-meti-eul",
    "us-dod-section-1260h": "us-dod-1260h",
    "us-dod-section-1286": "us-dod-1286",
    "us-dhs-uflpa": "us-dhs-uflpa",
    "us-ofac-ns-cmic": "ofac-ns-cmic",
    "ca-ised-named-research-organizations": "ca-ised-nro",
}
METI_CONCERNS = {
    "M": "missile",
    "N": "nuclear",
    "B": "biological",
    "C": "chemical",
    "CW": "conventional weapons",
}


class RestrictedPartiesReader:
    name = "restricted-parties"
    description = (
        "Restricted-parties JSON (an array of {id, name{english,native,korean}, aliases, countries, "
        "listing_rationale, source{list_id, list_name, authority}}): BIS Entity List, MEU, METI End User "
        "List …"
    )

    def claim(self, files: Sequence[Path]) -> list[ImportUnit]:
        units = []
        for f in files:
            head = sniff(f).lstrip(b"\xef\xbb\xbf").lstrip()
            if f.suffix.lower() == ".json" and head.startswith(b"[") and b'"list_id"' in head:
                units.append(ImportUnit(self.name, (f,)))
        return units

    def read(self, unit: ImportUnit, options: ImportOptions) -> list[SourceData]:
        (path,) = unit.files
        text = read_text(path, options)
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ImportFailure(str(path), f"malformed JSON: {exc.msg}", f"{exc.lineno}:{exc.colno}") from exc
        if not isinstance(items, list):
            raise ImportFailure(str(path), "not a restricted-parties file: the top level is not an array")
        by_list: dict[str, tuple[dict[str, Any], list[Record], list[date]]] = {}
        problems: list[RowProblem] = []
        occurrences: Counter[str] = Counter()
        for index, item in enumerate(items):
            where = f"[{index}]"
            try:
                list_info = item["source"]
                list_id = str(list_info["list_id"])
                key = LIST_KEYS.get(list_id, list_id)
                if not SOURCE_KEY.match(key):
                    raise ValueError(f"list_id {list_id!r} cannot be a source key")
                # The compilation's ids digest the list and the name, so two rows of one list with the same
                # name (an entity listed at two addresses) share one: the second becomes "<id>-2".
                occurrences[f"{key}:{item['id']}"] += 1
                record = _record(key, item, f"{path.name}{where}", occurrences[f"{key}:{item['id']}"])
            except (KeyError, TypeError, ValueError) as exc:
                problems.append(RowProblem(str(path), where, f"not a restricted-party record: {exc}"))
                continue
            info, records, dates = by_list.setdefault(key, (list_info, [], []))
            records.append(record)
            ingested = to_date(str(item.get("ingested_at") or "")[:10], "%Y-%m-%d")
            if ingested:
                dates.append(ingested)
        if options.source and len(by_list) > 1:
            raise InvalidInput(
                f"{path}: holds {len(by_list)} lists ({', '.join(sorted(by_list))}); "
                "--source names a single list"
            )
        out = []
        for position, (key, (info, records, dates)) in enumerate(sorted(by_list.items())):
            source_key = options.source or key
            stored = [_rekey(r, source_key) for r in records] if options.source else records
            source = Source(
                key=source_key,
                name=str(info.get("list_name") or key),
                format=self.name,
                publisher=str(info.get("authority") or "") or None,
                partner=options.partner,
                date=options.list_date or (max(dates) if dates else None),
                marking=options.marking or Marking.public(),
                url=str(info.get("official_source_url") or "") or None,
            )
            # the file's bad rows are reported once, with the first list
            out.append(SourceData(source, stored, [str(path)], problems=problems if position == 0 else []))
        if not out:
            raise ImportFailure(str(path), "no restricted-party records in the file")
        for data in out:
            fail_on_problems(data, options)
        return out


def _rekey(record: Record, key: str) -> Record:
    return replace(record, id=Record.make_id(key, record.native_id), source=key)


def _record(key: str, item: dict[str, Any], origin: str, occurrence: int) -> Record:
    native = str(item["id"]) if occurrence == 1 else f"{item['id']}-{occurrence}"
    name_info = item.get("name") or {}
    english = (name_info.get("english") or "").strip()
    native_name = (name_info.get("native") or "").strip()
    korean = (name_info.get("korean") or "").strip()
    names: list[Name] = []
    if english:
        names.append(Name(english, NameKind.PRIMARY, LATIN, origin=origin))
    if native_name:
        script = detect_script(native_name)
        kind = NameKind.ORIGINAL_SCRIPT if script != LATIN else NameKind.ALIAS
        names.append(Name(native_name, kind, script, guess_lang(script), origin))
    for alias in item.get("aliases") or []:
        text = str(alias).strip()
        if text:
            script = detect_script(text)
            names.append(
                Name(text, NameKind.ALIAS, script, guess_lang(script) if script != LATIN else None, origin)
            )
    if korean:
        names.append(Name(korean, NameKind.WEAK_ALIAS, detect_script(korean), "ko", origin))
    names = unique_names(names)
    if not names:
        raise ValueError("no name")
    if names[0].kind is not NameKind.PRIMARY:
        first = names[0]
        names[0] = Name(first.text, NameKind.PRIMARY, first.script, first.lang, first.origin)
    facts: list[Fact] = []
    for country_text in item.get("countries") or []:
        codes = country_codes(str(country_text))
        for code in codes or [str(country_text)]:
            facts.append(Fact(FactKind.COUNTRY, code, raw=str(country_text), origin=origin))
    for code in filter(None, (c.strip() for c in str(item.get("listing_rationale") or "").split(","))):
        concern = METI_CONCERNS.get(code.upper())
        label = f"METI {code.upper()}: {concern}" if concern else f"listing rationale {code}"
        facts.append(Fact(FactKind.PROGRAMME, label, raw=code, origin=origin))
    if remarks := str(item.get("remarks") or "").strip():
        facts.append(Fact(FactKind.REMARK, remarks, origin=origin))
    if category := str((item.get("source") or {}).get("category") or "").strip():
        facts.append(Fact(FactKind.REMARK, f"Category: {category}", origin=origin))
    schema = (
        Schema.ORGANIZATION
        if any(looks_like_organisation(n.text) for n in names[:1])
        else Schema.LEGAL_ENTITY
    )
    source_info = item.get("source") or {}
    extra = {
        k: str(source_info.get(k))
        for k in ("source_file", "source_sheet", "source_row")
        if source_info.get(k)
    }
    return Record(
        id=Record.make_id(key, native),
        source=key,
        native_id=native,
        schema=schema,
        names=tuple(names),
        identifiers=(Identifier(IdentifierKind.LIST_ID, f"rpl:{item['id']}", note="restricted-parties id"),),
        facts=unique_values(facts),
        extra=extra,
    )
