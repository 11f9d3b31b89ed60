"""One ``Entity`` from its records: names by script and kind with their sources, values, reasons, marking."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from epoc.model.entity import Entity, EntityName, Reason, Sourced
from epoc.model.marking import Marking
from epoc.model.record import FactKind, NameKind, Record, Schema
from epoc.model.source import Source
from epoc.names.script import LATIN, detect_script

# The most specific schema wins when records disagree within what ``Schema.compatible_with`` allows.
_SCHEMA_RANK = {
    Schema.PERSON: 5,
    Schema.VESSEL: 5,
    Schema.AIRCRAFT: 5,
    Schema.COMPANY: 4,
    Schema.ORGANIZATION: 3,
    Schema.LEGAL_ENTITY: 1,
}
_NAME_KIND_ORDER = (
    NameKind.PRIMARY,
    NameKind.ALIAS,
    NameKind.ORIGINAL_SCRIPT,
    NameKind.PREVIOUS,
    NameKind.WEAK_ALIAS,
)


def build_entity(
    entity_id: str,
    records: Sequence[Record],
    sources: dict[str, Source],
    *,
    status: str = "active",
    removed_reason: str | None = None,
    removed_on: str | None = None,
    values: bool = True,
) -> Entity:
    """One entity from its records (in any order; the result does not depend on it). ``values=False``
    gives only the head (caption, schema, records, marking): what resolution writes."""
    if not records:
        raise ValueError(f"entity {entity_id} has no records")
    ordered = sorted(records, key=lambda r: r.id)
    # each record's own marking and its source's: a record is never less restricted than its source
    found = [s.marking for r in ordered if (s := sources.get(r.source)) is not None]
    marking = Marking.strictest_of([*(r.marking for r in ordered if r.marking), *found])
    if not values:
        return Entity(
            entity_id,
            entity_schema(r.schema for r in ordered),
            choose_caption(ordered),
            tuple(r.id for r in ordered),
            (),
            (),
            (),
            (),
            (),
            (),
            (),
            marking,
        )
    return Entity(
        id=entity_id,
        schema=entity_schema(r.schema for r in ordered),
        caption=choose_caption(ordered),
        record_ids=tuple(r.id for r in ordered),
        names=_names(ordered),
        addresses=_sourced((a.full, r, None) for r in ordered for a in r.addresses if a.full),
        countries=_sourced((c, r, None) for r in ordered for c in r.countries),
        identifiers=_sourced((i.value, r, i.kind.value) for r in ordered for i in r.identifiers),
        birth_dates=_sourced((d, r, None) for r in ordered for d in r.birth_dates),
        programmes=_sourced((p, r, None) for r in ordered for p in r.programmes),
        reasons=_reasons(ordered, sources),
        marking=marking,
        status=status,
        removed_reason=removed_reason,
        removed_on=removed_on,
    )


def entity_schema(schemas: Iterable[Schema]) -> Schema:
    found = list(schemas)
    return max(found, key=lambda s: (_SCHEMA_RANK[s], s.value)) if found else Schema.LEGAL_ENTITY


def choose_caption(records: Sequence[Record]) -> str:
    """The primary Latin name most records give (ties: the shortest, then alphabetical); else any name."""
    votes: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for record in records:
        seen: set[str] = set()
        for name in record.names:
            if name.kind is not NameKind.PRIMARY or not _is_latin(name.text):
                continue
            key = " ".join(name.text.casefold().split())
            if key in seen:
                continue
            seen.add(key)
            votes[key] += 1
            spelled.setdefault(key, name.text.strip())
    if votes:
        best = min(votes, key=lambda k: (-votes[k], len(k), k))
        return spelled[best]
    return min((r.caption for r in records), key=lambda c: (len(c), c))


def _names(records: Sequence[Record]) -> tuple[EntityName, ...]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for record in records:
        for name in record.names:
            text = " ".join(name.text.split())
            if not text:
                continue
            key = (text.casefold(), name.kind.value)
            slot = merged.setdefault(
                key,
                {
                    "text": text,
                    "kind": name.kind.value,
                    "script": name.script or (LATIN if text.isascii() else detect_script(text) or LATIN),
                    "lang": name.lang,
                    "sources": {},
                    "records": {},
                },
            )
            slot["sources"].setdefault(record.source, None)
            slot["records"].setdefault(record.id, None)
    kind_rank = {k.value: i for i, k in enumerate(_NAME_KIND_ORDER)}
    out = [
        EntityName(s["text"], s["kind"], s["script"], s["lang"], tuple(s["sources"]), tuple(s["records"]))
        for s in merged.values()
    ]
    # a name stated as primary by one source and as an alias by another is listed once, with its best kind
    best: dict[str, EntityName] = {}
    for found in sorted(out, key=lambda n: kind_rank.get(n.kind, 9)):
        folded = found.text.casefold()
        kept = best.get(folded)
        best[folded] = (
            found
            if kept is None
            else EntityName(
                kept.text,
                kept.kind,
                kept.script,
                kept.lang,
                tuple(dict.fromkeys(kept.sources + found.sources)),
                tuple(dict.fromkeys(kept.record_ids + found.record_ids)),
            )
        )
    return tuple(sorted(best.values(), key=lambda n: (kind_rank.get(n.kind, 9), n.script, n.text.casefold())))


def _sourced(items: Iterable[tuple[str, Record, str | None]]) -> tuple[Sourced, ...]:
    merged: dict[tuple[str, str | None], tuple[str, dict[str, None], dict[str, None]]] = {}
    for value, record, detail in items:
        text = " ".join(value.split())
        if not text:
            continue
        key = (text.casefold(), detail)
        if key not in merged:
            merged[key] = (text, {}, {})
        merged[key][1].setdefault(record.source, None)
        merged[key][2].setdefault(record.id, None)
    return tuple(
        Sourced(text, tuple(srcs), tuple(recs), detail)
        for (_key, detail), (text, srcs, recs) in merged.items()
    )


def _reasons(records: Sequence[Record], sources: dict[str, Source]) -> tuple[Reason, ...]:
    by_source: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_source[record.source].append(record)
    reasons = []
    for key, items in by_source.items():
        source = sources.get(key)
        when: date | None = source.date if source else None
        reasons.append(
            Reason(
                source=key,
                source_name=source.name if source else key,
                partner=source.partner if source else None,
                date=when.isoformat() if when else None,
                record_ids=tuple(r.id for r in items),
                programmes=tuple(_unique(p for r in items for p in r.programmes)),
                listed_on=tuple(_unique(v for r in items for v in r.facts_of(FactKind.LISTED_ON))),
            )
        )
    return tuple(sorted(reasons, key=lambda r: (r.date or "9999", r.source)))


def _is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(ord(c) < 0x250 for c in letters)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
