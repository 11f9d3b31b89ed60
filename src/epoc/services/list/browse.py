"""Browsing the list: entities matching filters, a page at a time, each as the viewer may see it.

The page and its JSON twin (`GET /entities`, `GET /api/v1/entities`) call ``browse_entities``. What a viewer
may not read is filtered in the query (``epoc.store.entity_browse``), counts included; the search goes on
the audit trail with its filters and the number of results.
"""

from __future__ import annotations

from dataclasses import dataclass

from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.entity import Entity
from epoc.model.errors import InvalidInput
from epoc.model.marking import Marking
from epoc.model.record import Schema
from epoc.services import audit
from epoc.services.list.entities import current_entities
from epoc.store import Store
from epoc.store.entity_browse import SORTS, STATUSES, EntityQuery, browse, facets
from epoc.store.records import RecordRepository, marking_from_row

# the query type the web builds from its filters is the store's; the edges take it from here
__all__ = [
    "MAX_PER_PAGE",
    "SORTS",
    "EntityPage",
    "EntityQuery",
    "EntityRow",
    "Facets",
    "ReasonRow",
    "SourceOption",
    "browse_entities",
    "check_query",
    "entity_summary",
]

MAX_PER_PAGE = 200


@dataclass(frozen=True, slots=True)
class ReasonRow:
    """Why an entity is listed, in a row: a source, its Partner and year."""

    source: str
    source_name: str
    partner: str | None
    year: str | None


@dataclass(frozen=True, slots=True)
class EntityRow:
    """An entity as a row of the list: what it is, where, and why it is there."""

    entity_id: str
    caption: str
    schema: str
    status: str
    removed_reason: str | None
    records: int  # of it that the viewer may read
    names: int
    aliases: tuple[str, ...]
    countries: tuple[str, ...]
    programmes: tuple[str, ...]
    reasons: tuple[ReasonRow, ...]
    marking: Marking


@dataclass(frozen=True, slots=True)
class SourceOption:
    """A source to filter by (one with records the viewer may read); its marking is its banner on the wire."""

    key: str
    name: str
    marking: Marking


@dataclass(frozen=True, slots=True)
class Facets:
    """The values each filter can take, from what the viewer may read: the sources always, the others only
    when asked for (None otherwise)."""

    sources: tuple[SourceOption, ...]
    programmes: tuple[str, ...] | None = None
    countries: tuple[str, ...] | None = None
    partners: tuple[str, ...] | None = None
    schemas: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class EntityPage:
    """One page of the list, the filters it answers and the values they can take."""

    total: int  # entities matching, counting only what the viewer may read
    page: int
    per_page: int
    pages: int
    filters: dict[str, str]
    marking: Marking  # of this page: the strictest of the entities on it
    entities: tuple[EntityRow, ...]
    facets: Facets


def check_query(query: EntityQuery) -> EntityQuery:
    if query.status not in STATUSES:
        raise InvalidInput(f"status: {query.status!r} is not one of {', '.join(STATUSES)}")
    if query.schema and query.schema not in {s.value for s in Schema}:
        raise InvalidInput(f"schema: {query.schema!r} is not one of {', '.join(s.value for s in Schema)}")
    if query.sort not in SORTS:
        raise InvalidInput(f"sort: {query.sort!r} is not one of {', '.join(SORTS)}")
    if query.page < 1 or not 1 <= query.per_page <= MAX_PER_PAGE:
        raise InvalidInput(f"page must be ≥ 1 and per_page 1 to {MAX_PER_PAGE}")
    return query


def browse_entities(
    store: Store, query: EntityQuery, viewer: Viewer | None = None, *, with_facets: bool = True
) -> EntityPage:
    """One page of the list; the facets' values of the filters other than the sources (slower: they read
    every readable record) only ``with_facets``."""
    query = check_query(query)
    with store.transaction() as conn:
        total, ids = browse(conn, query, viewer)
        found = current_entities(conn, viewer, ids)
        values = {k: tuple(v) for k, v in facets(conn, viewer).items()} if with_facets else {}
        # the sources (cheap) always: the page names them in its filters and is marked as they are
        repo = RecordRepository(conn)
        counts = repo.visible_counts(viewer) if viewer is not None else repo.visible_counts_all()
        sources = tuple(  # only sources with records to filter by (not documents that gave none)
            SourceOption(row.key, row.name, marking_from_row(row))
            for row in repo.list_sources(viewer=viewer)
            if counts.get(row.key)
        )
        if viewer is not None:
            audit.record(
                conn, viewer, Action.ENTITY_SEARCH, None, {"filters": query.filters, "results": total}
            )
    return EntityPage(
        total=total,
        page=query.page,
        per_page=query.per_page,
        pages=max(1, -(-total // query.per_page)),
        filters=query.filters,
        marking=Marking.strictest_of(entity.marking for entity in found),
        entities=tuple(entity_summary(e) for e in found),
        facets=Facets(sources, **values),
    )


def entity_summary(entity: Entity) -> EntityRow:
    """An entity as a row of the list: what it is, where, and why it is there."""
    return EntityRow(
        entity_id=entity.id,
        caption=entity.caption,
        schema=entity.schema.value,
        status=entity.status,
        removed_reason=entity.removed_reason,
        records=len(entity.record_ids),
        names=len(entity.names),
        aliases=tuple(n.text for n in entity.names if n.text != entity.caption)[:3],
        countries=tuple(c.value for c in entity.countries),
        programmes=tuple(p.value for p in entity.programmes),
        reasons=tuple(ReasonRow(r.source, r.source_name, r.partner, r.year) for r in entity.reasons),
        marking=entity.marking,
    )
