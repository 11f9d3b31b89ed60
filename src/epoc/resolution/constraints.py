"""The hard rules: when two records may never be the same entity, whatever the scores say.

- a person never merges with an organisation, nor a vessel with a company (``Schema.compatible_with``);
- two records of one source are different parties (a source lists a party once; a reviewer may say otherwise),
  except rows a source repeats word for word (the same names, dates and identifiers): one party;
- two records that carry ids of the same list (``OFAC:…``, ``UN:…``) with none in common are different
  parties: that list tells them apart (not ids that number a compilation's rows, ``ROW_NUMBERS``);
- clearly different birth dates (no year in common) veto two persons;
- different single-valued identifiers (IMO number, LEI) veto.

A reviewer's *same* judgement overrides the source and value rules (a person knows better), never the schema.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from epoc.model.record import IdentifierKind, Record, Schema

# Ids that number a compilation's rows, not parties: the restricted-parties compilation gives each row of
# each list it copies its own id, so BIS's and METI's rows for one firm differ there. A shared one still
# links (a row repeated); different ones say nothing (they held METI's SHIG apart from everyone else's)
ROW_NUMBERS = frozenset({"rpl"})
# A party has one of each: two different values say two parties.
SINGLE_VALUED = (IdentifierKind.IMO, IdentifierKind.LEI)
_YEAR = re.compile(r"(\d{4})")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules need of a record, folded once."""

    id: str
    source: str
    schema: Schema
    list_ids: frozenset[str]  # "ofac:9349", "un:kpe.018" (namespace:value, folded)
    birth_years: frozenset[int]  # every year a birth date or interval covers; empty = unknown
    single_ids: frozenset[tuple[str, str]]  # (kind, folded value)
    tokens: frozenset[str] = frozenset()  # the words of its names, folded: to order list-id links
    repeated: str = ""  # rows its source repeats word for word share this (see ``repeated_rows``)

    @classmethod
    def of(cls, record: Record) -> Facts:
        return cls(
            id=record.id,
            source=record.source,
            schema=record.schema,
            list_ids=frozenset(
                fold_list_id(i.value) for i in record.identifiers if i.kind is IdentifierKind.LIST_ID
            ),
            birth_years=frozenset(y for d in record.birth_dates for y in birth_years(d)),
            single_ids=frozenset(
                (i.kind.value, _fold(i.value)) for i in record.identifiers if i.kind in SINGLE_VALUED
            ),
            tokens=frozenset(w for n in record.names for w in _WORD.findall(n.text.casefold())),
        )

    @property
    def namespaces(self) -> frozenset[str]:
        return frozenset(i.split(":", 1)[0] for i in self.list_ids)


_UN_REF = re.compile(r"[a-z]{2}[a-z]\.[a-z]?\.?\d+(?:\.\d+)*")
_NUMBER = re.compile(r"\d+")


def fold_list_id(value: str) -> str:
    """One id however a list writes it: ``"UN:KPi.067"``, ``"un: kpi.67"`` and ``"UN:KPi.067.Former"`` (the
    UK list's reference with its note) are the same; the namespace is what precedes the colon."""
    space, _, rest = value.partition(":")
    if not rest:
        return _fold(value)
    space = space.strip().casefold()
    folded = _fold(rest)
    if space == "un":
        found = _UN_REF.search(folded)
        folded = found.group() if found else folded
    return f"{space}:{_NUMBER.sub(lambda m: str(int(m.group())), folded)}"


def _fold(value: str) -> str:
    return "".join(ch for ch in value.casefold() if ch.isalnum() or ch in ".-_/")


def birth_years(value: str) -> list[int]:
    """``"1962-05-01"`` -> [1962]; ``"1950/1955"`` -> 1950..1955; ``"circa 1960"`` -> [1960]."""
    years = [int(y) for y in _YEAR.findall(value)]
    if not years:
        return []
    if "/" in value and len(years) >= 2 and 0 <= years[-1] - years[0] <= 30:
        return list(range(years[0], years[-1] + 1))
    return years


def content_key(record: Record) -> str:
    """What a record says, without its id: names, schema, birth dates, identifiers, countries and addresses,
    folded and sorted. Two rows of one source with the same key are the row repeated, not two parties."""
    parts = [
        record.schema.value,
        "|".join(sorted({" ".join(_WORD.findall(n.text.casefold())) for n in record.names})),
        "|".join(sorted(record.birth_dates)),
        "|".join(sorted({f"{i.kind.value}:{_fold(i.value)}" for i in record.identifiers})),
        "|".join(sorted(record.countries)),
        "|".join(sorted({_fold(a.full) for a in record.addresses})),
    ]
    return "\n".join(parts)


def repeats(a: Facts, b: Facts) -> bool:
    """Are ``a`` and ``b`` one row that their source repeats word for word?"""
    return a.source == b.source and bool(a.repeated) and a.repeated == b.repeated


def repeated_rows(facts: dict[str, Facts], pairs: Iterable[tuple[str, str]]) -> dict[str, Facts]:
    """``facts`` with the rows a source repeats marked as one (``Facts.repeated``): ``pairs`` are pairs of
    one source found with the same ``content_key`` (only such pairs of one source are ever scored)."""
    group: dict[str, str] = {}

    def find(x: str) -> str:
        while group.get(x, x) != x:
            x = group[x]
        return x

    for a, b in pairs:
        if a in facts and b in facts and facts[a].source == facts[b].source:
            ra, rb = sorted((find(a), find(b)))
            group[rb] = ra
    if not group:
        return facts
    return {rid: replace(f, repeated=find(rid)) if rid in group or rid in group.values() else f
            for rid, f in facts.items()}  # fmt: skip


def shares_list_id(a: Facts, b: Facts) -> bool:
    return bool(a.list_ids & b.list_ids)


def name_overlap(a: Facts, b: Facts) -> float:
    """The share of name words two records have in common (0..1): orders list-id links so that, when a
    list quotes one reference for two of its entries (it happens), the entry whose names agree links
    first and the other is refused by the one-source rule. Not a matcher: it never makes a link."""
    if not a.tokens or not b.tokens:
        return 0.0
    return len(a.tokens & b.tokens) / len(a.tokens | b.tokens)


def veto(a: Facts, b: Facts) -> str | None:
    """Why ``a`` and ``b`` cannot be one party, or None. A shared list id overrides the list-id rule."""
    if not a.schema.compatible_with(b.schema):
        return f"schema: a {a.schema.value} is never a {b.schema.value}"
    linked = shares_list_id(a, b)
    if a.source == b.source and not repeats(a, b):
        return f"source: {a.source} lists them as two entries"
    if not linked:
        for space in (a.namespaces & b.namespaces) - ROW_NUMBERS:
            ours = {i for i in a.list_ids if i.startswith(space + ":")}
            theirs = {i for i in b.list_ids if i.startswith(space + ":")}
            if not ours & theirs:
                return f"list ids: {space.upper()} gives them different ids"
    return value_veto(a, b)


def value_veto(a: Facts, b: Facts) -> str | None:
    """The rules a reviewer may overrule: birth dates and single-valued identifiers."""
    if a.schema.is_person and a.birth_years and b.birth_years and not a.birth_years & b.birth_years:
        return f"birth dates: {_years(a.birth_years)} vs {_years(b.birth_years)}"
    kinds = {k for k, _ in a.single_ids} & {k for k, _ in b.single_ids}
    for kind in sorted(kinds):
        if not {v for k, v in a.single_ids if k == kind} & {v for k, v in b.single_ids if k == kind}:
            return f"identifiers: different {kind.upper()}"
    return None


def _years(years: Iterable[int]) -> str:
    ordered = sorted(years)
    return str(ordered[0]) if len(ordered) == 1 else f"{ordered[0]}–{ordered[-1]}"
