"""Sources and records: the list of sources, plain lookup, and a record with every value's provenance."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from epoc.model.access import Permission
from epoc.services.records.views import NameValue, list_sources, search_records, show_record
from epoc.web.areas import Area, NavLink
from epoc.web.rendering import is_htmx, page
from epoc.web.schemas.common import ErrorOut, RecordHitOut, RecordOut, SourceOut, wire
from epoc.web.security import Principal, requires

router = APIRouter()
Reader = Annotated[Principal, requires(Permission.READ_LIST)]
SearchText = Annotated[
    str, Query(max_length=200, description="Part of a name, an identifier, or a record id.")
]
Limit = Annotated[int, Query(ge=1, le=500, description="At most this many records.")]


@router.get("/sources", include_in_schema=False)
def sources_page(request: Request, who: Reader) -> Response:
    # a document whose mentions gave no record is a document, not a source of the list: the documents' pages
    # show it
    rows = [r for r in list_sources(request.app.state.store, who.viewer) if r.kind != "document" or r.records]
    return page(
        request,
        "sources.html",
        {"sources": rows},
        who=who,
        markings=[r.marking for r in rows],
        title="Sources",
        caveat=True,
    )


@router.get("/api/v1/sources", response_model=list[SourceOut], tags=["list"])
def sources_json(request: Request, who: Reader) -> Any:
    """Every source you may read, with the records and names in its current version that you may read."""
    return wire(SourceOut, list_sources(request.app.state.store, who.viewer))


@router.get("/records", include_in_schema=False)
def records_page(request: Request, who: Reader, q: SearchText = "", limit: Limit = 50) -> Response:
    """Search as you type (HTMX swaps the results in); without JavaScript the form submits the same URL."""
    rows = search_records(request.app.state.store, q, limit, who.viewer) if q.strip() else []
    fragment = is_htmx(request)
    template = "records/_results.html" if fragment else "records/search.html"
    context = {"q": q, "limit": limit, "rows": rows, "searched": bool(q.strip()), "oob": fragment}
    return page(
        request,
        template,
        context,
        who=who,
        markings=[r.marking for r in rows],
        title="Records",
        caveat=True,
    )


@router.get("/api/v1/records", response_model=list[RecordHitOut], tags=["list"])
def records_json(request: Request, who: Reader, q: SearchText, limit: Limit = 50) -> Any:
    """Plain (non-fuzzy) lookup: names containing the text (case and accents aside), identifiers, ids."""
    return wire(RecordHitOut, search_records(request.app.state.store, q, limit, who.viewer))


@router.get("/records/{record_id:path}", include_in_schema=False)
def record_page(request: Request, who: Reader, record_id: str) -> Response:
    data = show_record(request.app.state.store, record_id, who.viewer)
    names_by_script: dict[str, list[NameValue]] = {}
    for name in data.names:
        names_by_script.setdefault(name.script or "Latin", []).append(name)
    context = {"r": data, "names_by_script": names_by_script}
    return page(request, "records/record.html", context, who=who, markings=[data.marking], title=data.caption)


@router.get(
    "/api/v1/records/{record_id:path}",
    response_model=RecordOut,
    tags=["list"],
    responses={404: {"model": ErrorOut}},
)
def record_json(request: Request, who: Reader, record_id: str) -> Any:
    """A record with every value and where it came from (source, place in the file), and its history."""
    return wire(RecordOut, show_record(request.app.state.store, record_id, who.viewer))


AREA = Area(
    "records",
    router,
    nav=(
        NavLink("Records", "/records", Permission.READ_LIST),
        NavLink("Sources", "/sources", Permission.READ_LIST),
    ),
)
