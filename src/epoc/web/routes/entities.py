"""The list: entities with filters, an entity with why it is listed and its history, splitting one, exports.

Every answer holds only what the viewer may read (``services.browse``, ``services.entities``): an entity is
shown built from its readable records; the page's banner is the strictest marking of what it shows.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response

from epoc.model.access import Permission, Viewer
from epoc.model.errors import EpocError, InvalidInput
from epoc.services.list import review
from epoc.services.list.browse import SORTS, EntityQuery, browse_entities
from epoc.services.list.entities import show_entity
from epoc.services.list.exports import FORMATS, export
from epoc.services.regime.entry import on_the_list
from epoc.store import Store
from epoc.web.areas import Area, NavLink
from epoc.web.rendering import MARKING_HEADER, is_htmx, mark, page
from epoc.web.schemas.common import ErrorOut, wire
from epoc.web.schemas.list import DecisionOut, EntityOut, EntityPageOut, SplitIn
from epoc.web.security import Principal, requires

router = APIRouter()
Reader = Annotated[Principal, requires(Permission.READ_LIST)]
Editor = Annotated[Principal, requires(Permission.REVIEW)]
Filter = Annotated[str, Query(max_length=200)]
PageNo = Annotated[int, Query(ge=1, le=100_000)]
PerPage = Annotated[int, Query(ge=1, le=200)]
Format = Annotated[str, Query(description=f"One of {', '.join(FORMATS)}.", max_length=10)]

MEDIA = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "ftm": ("application/x-ndjson", "ftm.json"),
    "pdf": ("application/pdf", "pdf"),
}


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _query(
    q: str,
    programme: str,
    country: str,
    source: str,
    partner: str,
    schema: str,
    status: str,
    page_no: int,
    per_page: int,
    sort: str = "name",
) -> EntityQuery:
    return EntityQuery(
        q, programme, country, source, partner, schema, status or "active", page_no, per_page, sort or "name"
    )


@router.get("/entities", include_in_schema=False)
def entities_page(
    request: Request,
    who: Reader,
    q: Filter = "",
    programme: Filter = "",
    country: Filter = "",
    source: Filter = "",
    partner: Filter = "",
    schema: Filter = "",
    status: Filter = "active",
    page_no: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1,
    per_page: PerPage = 50,
    sort: Annotated[str, Query(max_length=10)] = "name",
) -> Response:
    """The list with its filters; HTMX swaps the results in as the filters change (without JavaScript the
    form submits the same URL)."""
    query = _query(q, programme, country, source, partner, schema, status, page_no, per_page, sort)
    fragment = is_htmx(request)  # a fragment is the results alone: the filters' values stay on the page
    data = browse_entities(_store(request), query, who.viewer, with_facets=not fragment)
    template = "entities/_results.html" if fragment else "entities/list.html"
    return page(
        request,
        template,
        {"data": data, "f": query, "oob": fragment, "formats": FORMATS, "sorts": SORTS},
        who=who,
        # the banner is that of the rows shown; the Source filter's options carry their own portion marks
        markings=[data.marking],
        title="The list",
        caveat=True,
    )


@router.get("/api/v1/entities", response_model=EntityPageOut, tags=["list"])
def entities_json(
    request: Request,
    response: Response,
    who: Reader,
    q: Annotated[
        str, Query(max_length=200, description="Part of a name, an identifier, a record or entity id.")
    ] = "",
    programme: Annotated[str, Query(max_length=200, description="A programme, exactly (case aside).")] = "",
    country: Annotated[str, Query(max_length=8, description="A country code (ISO 3166 alpha-2).")] = "",
    source: Annotated[str, Query(max_length=64, description="A source key.")] = "",
    partner: Annotated[str, Query(max_length=8, description="The circulating Partner's code.")] = "",
    schema: Annotated[str, Query(max_length=20, description="Person, Organization, Company …")] = "",
    status: Annotated[str, Query(max_length=10, description="active (default) or removed.")] = "active",
    page_no: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1,
    per_page: PerPage = 50,
    facets: Annotated[bool, Query(description="Also the values each filter can take.")] = False,
    sort: Annotated[
        str, Query(max_length=10, description="name (A→Z, leading quotes aside), name-desc or recent.")
    ] = "name",
) -> Any:
    """Entities matching every filter given, by caption, a page at a time — each as you may read it."""
    query = _query(q, programme, country, source, partner, schema, status, page_no, per_page, sort)
    data = browse_entities(_store(request), query, who.viewer, with_facets=facets)
    mark(response, [data.marking, *(s.marking for s in data.facets.sources)])
    return wire(EntityPageOut, data)


# -- exports (before /entities/{entity_id}) ------------------------------------------------------------------
def download(store: Store, fmt: str, edition: str | None, viewer: Viewer) -> Response:
    """An export as a file to save, marked in its header as in its content."""
    if fmt not in FORMATS:
        raise InvalidInput(f"format: {fmt!r} is not one of {', '.join(FORMATS)}")
    buffer = io.BytesIO()
    result = export(store, fmt, buffer, edition, viewer)
    media, suffix = MEDIA[fmt]
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    stem = f"epoc-edition-{_safe(edition)}" if edition else f"epoc-list-{stamp}"
    return Response(
        buffer.getvalue(),
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="{stem}.{suffix}"',
            MARKING_HEADER: result.marking.banner,
        },
    )


def _safe(name: str | None) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name or "")[:80]


@router.get("/entities/export", include_in_schema=False)
def export_page(request: Request, who: Reader, format: Format = "csv") -> Response:
    return download(_store(request), format, None, who.viewer)


@router.get(
    "/api/v1/entities/export",
    tags=["list"],
    responses={200: {"content": {m: {} for m, _ in MEDIA.values()}}, 422: {"model": ErrorOut}},
    response_class=Response,
)
def export_json(request: Request, who: Reader, format: Format = "jsonl") -> Response:
    """The current list as you may read it, as a file: `jsonl`, `csv`, `ftm` (FollowTheMoney) or `pdf`;
    each carries the caveat and the marking (also in `X-Epoc-Marking`)."""
    return download(_store(request), format, None, who.viewer)


# -- one entity ----------------------------------------------------------------------------------------------
def _entity_page(
    request: Request,
    who: Principal,
    entity_id: str,
    *,
    notice: str | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    shown = show_entity(_store(request), entity_id, who.viewer)
    data = shown.to_json()
    by_script: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name in sorted(data["names_detail"], key=lambda n: n["script"] != "Latin"):
        by_script.setdefault(name["script"], {}).setdefault(name["kind"], []).append(name)
    listed = on_the_list(_store(request), entity_id, data["record_ids"], who.viewer)
    context = {
        "e": data,
        "marking": shown.entity.marking,
        "by_script": by_script,
        "notice": notice,
        "error": error,
        "listed": listed,
    }
    markings = [shown.entity.marking, *(j.marking for j in shown.judgements), *listed.markings]
    return page(
        request,
        "entities/entity.html",
        context,
        who=who,
        markings=markings,
        title=data["caption"],
        caveat=True,
        status_code=status,
    )


@router.get("/entities/{entity_id}", include_in_schema=False)
def entity_page(request: Request, who: Reader, entity_id: str) -> Response:
    return _entity_page(request, who, entity_id)


@router.get(
    "/api/v1/entities/{entity_id}",
    response_model=EntityOut,
    tags=["list"],
    responses={404: {"model": ErrorOut}},
)
def entity_json(request: Request, response: Response, who: Reader, entity_id: str) -> Any:
    """An entity as you may read it: names by script and kind with their sources, addresses, countries,
    identifiers, programmes, why it is listed (sources, Partners, years), status, history, judgements."""
    shown = show_entity(_store(request), entity_id, who.viewer)
    data = shown.to_json()
    mark(response, [shown.entity.marking, *(j.marking for j in shown.judgements)])
    return data


@router.post("/entities/{entity_id}/split", include_in_schema=False)
def split_page(
    request: Request,
    who: Editor,
    entity_id: str,
    record_id: Annotated[list[str], Form(max_length=1000)] = [],  # noqa: B006 (FastAPI reads it)
    why: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    try:
        result = review.split(_store(request), entity_id, record_id, who.viewer.username, why, who.viewer)
    except EpocError as exc:
        if exc.status == 404:
            raise
        return _entity_page(request, who, entity_id, error=exc.message, status=exc.status)
    moved = sorted({e for e in result.entities.values() if e and e != entity_id})
    notice = f"Split recorded as judgement {result.judgement_id}." + (
        f" The records split off are now in {', '.join(moved)}." if moved else ""
    )
    return _entity_page(request, who, entity_id, notice=notice)


@router.post(
    "/api/v1/entities/{entity_id}/split",
    response_model=DecisionOut,
    tags=["review"],
    responses={404: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def split_json(request: Request, who: Editor, entity_id: str, body: SplitIn) -> Any:
    """Split records off an entity: they are not the same party as its other records (a judgement kept
    with who, when and why, which every later resolution respects)."""
    made = review.split(
        _store(request), entity_id, body.record_ids, who.viewer.username, body.why, who.viewer
    )
    return wire(DecisionOut, made)


AREA = Area("entities", router, nav=(NavLink("The list", "/entities", Permission.READ_LIST),))
