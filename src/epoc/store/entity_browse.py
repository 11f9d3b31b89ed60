"""Browsing the list: which entities match a set of filters, as far as a viewer may read them. Its SQL.

An entity is seen through the records of it the viewer may read: an entity with no readable record is not
there at all, and every filter (text, programme, country, source, Partner, schema) is tested against the
readable records only, so that a filter never answers for a record the viewer may not see. The order is
the caption, or for an entity the viewer sees only in part, the first caption of its readable records (the
entity's own caption may come from a record the viewer may not read).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, not_, or_, select, union_all

from epoc.model.access import Viewer
from epoc.model.regime import LEADING_QUOTES, looks_like_programme
from epoc.names.countries import to_country_code
from epoc.names.fold import fold
from epoc.store.entity_tables import entities, entity_members
from epoc.store.records import stored_identifier
from epoc.store.tables import (
    record_addresses,
    record_facts,
    record_identifiers,
    record_names,
    records,
    sources,
)
from epoc.store.visibility import visible

STATUSES = ("active", "removed")


@dataclass(frozen=True, slots=True)
class EntityQuery:
    """What the list page asks for. Empty strings mean "any"."""

    text: str = ""
    programme: str = ""
    country: str = ""
    source: str = ""
    partner: str = ""
    schema: str = ""
    status: str = "active"  # active | removed
    page: int = 1
    per_page: int = 50
    sort: str = "name"  # name | name-desc | recent

    @property
    def filters(self) -> dict[str, str]:
        names = ("text", "programme", "country", "source", "partner", "schema")
        found = {k: getattr(self, k).strip() for k in names if getattr(self, k).strip()}
        return {**found, "status": self.status, **({"sort": self.sort} if self.sort != "name" else {})}


SORTS = ("name", "name-desc", "recent")


def _sort_key(caption: Any, q: EntityQuery) -> Any:
    if q.sort == "recent":
        return entities.c.updated_at
    return func.lower(func.ltrim(caption, LEADING_QUOTES))


def _member_records(viewer: Viewer | None, status: str, *columns: Any) -> Select[Any]:
    """``columns`` over the readable records of entities (the active records of active entities)."""
    query = (
        select(*columns)
        .select_from(entity_members)
        .join(records, records.c.id == entity_members.c.record_id)
        .where(visible(records, viewer))
    )
    if status == "active":
        query = query.where(records.c.status == "active")
    return query


def _having(viewer: Viewer | None, status: str, *conditions: ColumnElement[bool], via: Any = None) -> Any:
    """Entities with a readable record meeting ``conditions`` (joined to the value table ``via``)."""
    query = _member_records(viewer, status, entity_members.c.entity_id)
    if via is not None:
        query = query.join(via, via.c.record_id == records.c.id)
    return entities.c.id.in_(query.where(*conditions))


def _conditions(q: EntityQuery, viewer: Viewer | None) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = [entities.c.status == q.status]
    text = q.text.strip()
    if text:
        folded = fold(text)
        either: list[ColumnElement[bool]] = [entities.c.id == text]
        either.append(_having(viewer, q.status, records.c.id == text))
        if folded:
            pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            either.append(
                _having(viewer, q.status, record_names.c.folded.like(pattern, escape="\\"), via=record_names)
            )
        either.append(
            _having(
                viewer,
                q.status,
                record_identifiers.c.folded == stored_identifier(text),
                via=record_identifiers,
            )
        )
        out.append(or_(*either))
    if q.programme.strip():
        out.append(
            _having(
                viewer,
                q.status,
                record_facts.c.kind == "programme",
                func.lower(record_facts.c.value) == q.programme.strip().lower(),
                via=record_facts,
            )
        )
    if q.country.strip():
        code = q.country.strip().upper()
        out.append(
            or_(
                _having(
                    viewer,
                    q.status,
                    record_facts.c.kind.in_(["country", "nationality"]),
                    record_facts.c.value == code,
                    via=record_facts,
                ),
                _having(viewer, q.status, record_addresses.c.country == code, via=record_addresses),
            )
        )
    if q.source.strip():
        out.append(_having(viewer, q.status, records.c.source_key == q.source.strip()))
    if q.partner.strip():
        partnered = select(sources.c.key).where(sources.c.partner == q.partner.strip().upper())
        out.append(_having(viewer, q.status, records.c.source_key.in_(partnered)))
    if q.schema.strip():
        out.append(_having(viewer, q.status, records.c.schema == q.schema.strip()))
    return out


def _parts(q: EntityQuery, viewer: Viewer | None) -> list[Select[Any]]:
    """``(id, sort_caption)`` of the entities matching, in two parts: those the viewer may read whole (their
    own caption; the entities index serves their order), and those it may read only in part (the first
    caption of their readable records) — few, so their join over members is cheap."""
    conditions = _conditions(q, viewer)
    whole = select(entities.c.id, _sort_key(entities.c.caption, q).label("sort_caption")).where(*conditions)
    if q.status == "removed":  # an entity merged away has no member left to show it by
        whole = whole.where(entities.c.id.in_(select(entity_members.c.entity_id)))
    if viewer is None:
        return [whole]
    partly = (
        select(entities.c.id, _sort_key(func.min(records.c.caption), q).label("sort_caption"))
        .select_from(entities)
        .join(entity_members, entity_members.c.entity_id == entities.c.id)
        .join(records, records.c.id == entity_members.c.record_id)
        .where(*conditions, not_(visible(entities, viewer)), visible(records, viewer))
        .group_by(entities.c.id)
    )
    if q.status == "active":
        partly = partly.where(records.c.status == "active")
    return [whole.where(visible(entities, viewer)), partly]


def browse(conn: Connection, q: EntityQuery, viewer: Viewer | None) -> tuple[int, list[str]]:
    """(how many entities match, the ids of the page asked for, in the list's order)."""
    parts = _parts(q, viewer)
    total = sum(conn.scalar(select(func.count()).select_from(p.subquery())) or 0 for p in parts)
    offset = (max(q.page, 1) - 1) * q.per_page
    # each part's first offset + per_page rows in order (an index walk for the first), then the page of
    # their union, ordered by the database (its collation) like each part
    descending = q.sort in ("name-desc", "recent")

    def order(key: Any) -> Any:
        return key.desc() if descending else key

    heads = [
        p.order_by(order(p.selected_columns.sort_caption), p.selected_columns.id).limit(offset + q.per_page)
        for p in parts
    ]
    merged = union_all(*(select(h.subquery()) for h in heads)).subquery()
    page = (
        select(merged.c.id)
        .order_by(order(merged.c.sort_caption), merged.c.id)
        .limit(q.per_page)
        .offset(offset)
    )
    return int(total), list(conn.scalars(page))


def facets(conn: Connection, viewer: Viewer | None) -> dict[str, list[str]]:
    """The values the filters can take, from the active records the viewer may read."""
    active = and_(records.c.status == "active", visible(records, viewer))
    programmes = conn.scalars(
        select(record_facts.c.value)
        .distinct()
        .join(records, records.c.id == record_facts.c.record_id)
        .where(record_facts.c.kind == "programme", active)
        .order_by(record_facts.c.value)
    )
    by_fact = (
        select(record_facts.c.value.label("code"))
        .join(records, records.c.id == record_facts.c.record_id)
        .where(record_facts.c.kind.in_(["country", "nationality"]), active)
    )
    by_address = (
        select(record_addresses.c.country.label("code"))
        .join(records, records.c.id == record_addresses.c.record_id)
        .where(record_addresses.c.country.is_not(None), active)
    )
    # a country filter offers ISO codes (shown with their names), never a source's raw words ("Qatarian")
    countries = sorted(
        {code for value in conn.scalars(by_fact.union(by_address)) if (code := to_country_code(value))}
    )
    partners = conn.scalars(
        select(sources.c.partner)
        .distinct()
        .where(sources.c.partner.is_not(None), visible(sources, viewer))
        .order_by(sources.c.partner)
    )
    schemas = conn.scalars(select(records.c.schema).distinct().where(active).order_by(records.c.schema))
    return {
        "programmes": [p for p in programmes if p and looks_like_programme(p)],
        "countries": [c for c in countries if c],
        "partners": list(partners),
        "schemas": list(schemas),
    }
