"""Browsing the list: entities matching filters, a page at a time, each as the viewer may see it.

The page and its JSON twin (`GET /entities`, `GET /api/v1/entities`) call ``browse_entities``. What a viewer
may not read is filtered in the query (``epoc.store.entity_browse``), counts included; the search goes on
the audit trail with its filters and the number of results.
"""

from __future__ import annotations

from typing import Any

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
__all__ = ["MAX_PER_PAGE", "SORTS", "EntityQuery", "browse_entities", "check_query", "entity_summary"]

MAX_PER_PAGE = 200


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
) -> dict[str, Any]:
    """One page of the list: ``{total, page, per_page, pages, filters, marking, entities, facets}``; the
    facets' values of the other filters (slower: they read every readable record) only ``with_facets``."""
    query = check_query(query)
    with store.transaction() as conn:
        total, ids = browse(conn, query, viewer)
        found = current_entities(conn, viewer, ids)
        # the sources (cheap) always: the page names them in its filters and is marked as they are
        options: dict[str, Any] = dict(facets(conn, viewer)) if with_facets else {}
        repo = RecordRepository(conn)
        counts = repo.visible_counts(viewer) if viewer is not None else repo.visible_counts_all()
        options["sources"] = [  # only sources with records to filter by (not documents that gave none)
            {"key": row.key, "name": row.name, "marking": marking_from_row(row).banner}
            for row in repo.list_sources(viewer=viewer)
            if counts.get(row.key)
        ]
        if viewer is not None:
            audit.record(
                conn, viewer, Action.ENTITY_SEARCH, None, {"filters": query.filters, "results": total}
            )
    marking = Marking.strictest_of(entity.marking for entity in found)
    return {
        "total": total,
        "page": query.page,
        "per_page": query.per_page,
        "pages": max(1, -(-total // query.per_page)),
        "filters": query.filters,
        "marking": marking.to_json(),  # of this page: the strictest of the entities on it
        "entities": [entity_summary(e) for e in found],
        "facets": options,
    }


def entity_summary(entity: Entity) -> dict[str, Any]:
    """An entity as a row of the list: what it is, where, and why it is there."""
    return {
        "entity_id": entity.id,
        "caption": entity.caption,
        "schema": entity.schema.value,
        "status": entity.status,
        "removed_reason": entity.removed_reason,
        "records": len(entity.record_ids),
        "names": len(entity.names),
        "aliases": [n.text for n in entity.names if n.text != entity.caption][:3],
        "countries": [c.value for c in entity.countries],
        "programmes": [p.value for p in entity.programmes],
        "reasons": [
            {"source": r.source, "source_name": r.source_name, "partner": r.partner, "year": r.year}
            for r in entity.reasons
        ],
        "marking": entity.marking.to_json(),
    }
