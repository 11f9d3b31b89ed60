"""What screening reads from the store: the sources' current versions (to keep the index in step) and the
releasability check on the records a result is about to show."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, and_, select

from epoc.model.access import Viewer
from epoc.store.tables import (
    record_addresses,
    record_facts,
    record_identifiers,
    record_names,
    records,
    sources,
)
from epoc.store.visibility import visible


def source_versions(conn: Connection) -> dict[str, int]:
    """``{source key: current version}`` of every source that has one."""
    rows = conn.execute(select(sources.c.key, sources.c.current_version))
    return {row.key: int(row.current_version) for row in rows if row.current_version is not None}


def readable_active(conn: Connection, record_ids: Iterable[str], viewer: Viewer | None) -> set[str]:
    """The ids among ``record_ids`` of active records the viewer may read (the SQL form of the rule)."""
    ids = list(dict.fromkeys(record_ids))
    out: set[str] = set()
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        query = select(records.c.id).where(
            and_(records.c.id.in_(chunk), records.c.status == "active", visible(records, viewer))
        )
        out.update(conn.scalars(query))
    return out


def record_markings(conn: Connection, record_ids: Iterable[str]) -> dict[str, str]:
    """``{record id: marking banner}``: what a screening result showing these records is marked with."""
    ids = list(dict.fromkeys(record_ids))
    out: dict[str, str] = {}
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        rows = conn.execute(select(records.c.id, records.c.marking).where(records.c.id.in_(chunk)))
        out.update((row.id, row.marking) for row in rows)
    return out


def index_rows(conn: Connection, source: str) -> list[tuple[Any, ...]]:
    """The active records of a source as the candidate index packs them (``Entry.pack``): id, caption,
    marking, schema, names, countries, birth dates, identifiers, addresses — read in five plain queries."""
    active = and_(records.c.source_key == source, records.c.status == "active")
    heads = conn.execute(
        select(
            records.c.id,
            records.c.caption,
            records.c.schema,
            records.c.classification,
            records.c.scope,
            records.c.rel_partners,
            records.c.not_for_outreach,
        )
        .where(active)
        .order_by(records.c.id)
    ).all()
    names: dict[str, list[tuple[str, str, str | None, str | None]]] = defaultdict(list)
    for name_row in conn.execute(
        select(
            record_names.c.record_id,
            record_names.c.text,
            record_names.c.kind,
            record_names.c.script,
            record_names.c.lang,
        )
        .join(records, records.c.id == record_names.c.record_id)
        .where(active)
        .order_by(record_names.c.record_id, record_names.c.seq)
    ):
        names[name_row.record_id].append((name_row.text, name_row.kind, name_row.script, name_row.lang))
    countries: dict[str, dict[str, None]] = defaultdict(dict)
    births: dict[str, dict[str, None]] = defaultdict(dict)
    for fact_row in conn.execute(
        select(record_facts.c.record_id, record_facts.c.kind, record_facts.c.value)
        .join(records, records.c.id == record_facts.c.record_id)
        .where(active, record_facts.c.kind.in_(("country", "nationality", "birth_date")))
        .order_by(record_facts.c.record_id, record_facts.c.seq)
    ):
        (births if fact_row.kind == "birth_date" else countries)[fact_row.record_id].setdefault(
            fact_row.value, None
        )
    addresses: dict[str, list[str]] = defaultdict(list)
    address_countries: dict[str, list[str]] = defaultdict(list)
    for address_row in conn.execute(
        select(record_addresses.c.record_id, record_addresses.c.full, record_addresses.c.country)
        .join(records, records.c.id == record_addresses.c.record_id)
        .where(active)
        .order_by(record_addresses.c.record_id, record_addresses.c.seq)
    ):
        addresses[address_row.record_id].append(address_row.full)
        if address_row.country:
            address_countries[address_row.record_id].append(address_row.country)
    identifiers: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for id_row in conn.execute(
        select(record_identifiers.c.record_id, record_identifiers.c.kind, record_identifiers.c.value)
        .join(records, records.c.id == record_identifiers.c.record_id)
        .where(active)
        .order_by(record_identifiers.c.record_id, record_identifiers.c.seq)
    ):
        identifiers[id_row.record_id].append((id_row.kind, id_row.value))
    out = []
    for head in heads:
        linked = countries.get(head.id, {})
        for code in address_countries.get(head.id, ()):
            linked.setdefault(code, None)
        partners = tuple(sorted(p for p in (head.rel_partners or "").split(",") if p))
        out.append(
            (
                head.id,
                head.caption,
                (int(head.classification), int(head.scope), partners, bool(head.not_for_outreach)),
                head.schema,
                tuple(names.get(head.id, ())),
                tuple(linked),
                tuple(births.get(head.id, {})),
                tuple(identifiers.get(head.id, ())),
                tuple(addresses.get(head.id, ())),
            )
        )
    return out
