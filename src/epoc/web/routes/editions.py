"""Editions: the list frozen as compiled from the sources dated in a window. List editors create them;
officers read them, compare two (what was added, removed or changed, and why) and download them."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from epoc.model.access import Permission
from epoc.model.errors import EpocError, InvalidInput
from epoc.services.list import editions
from epoc.services.list.exports import FORMATS
from epoc.services.results import plain
from epoc.store import Store
from epoc.web.areas import Area, NavLink
from epoc.web.rendering import mark, page
from epoc.web.routes.entities import MEDIA, download
from epoc.web.schemas.common import ErrorOut, wire
from epoc.web.schemas.list import DiffOut, EditionIn, EditionOut, EditionPageOut, EditionViewOut
from epoc.web.security import Principal, requires

router = APIRouter()
Reader = Annotated[Principal, requires(Permission.READ_LIST)]
Editor = Annotated[Principal, requires(Permission.REVIEW)]
Text = Annotated[str, Form(max_length=200)]
Format = Annotated[str, Query(description=f"One of {', '.join(FORMATS)}.", max_length=10)]
PER_PAGE = 200
PageNo = Annotated[int, Query(alias="page", ge=1, le=100_000)]
PerPage = Annotated[int, Query(ge=1, le=1000)]


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _day(text: str, field: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"{field}: {text!r} is not a date (YYYY-MM-DD)") from None


def _name(text: str) -> str:
    name = text.strip()
    if "/" in name:
        raise InvalidInput("an edition's name cannot hold '/' (it is part of the edition's address)")
    return name


def _list_page(
    request: Request,
    who: Principal,
    *,
    error: str | None = None,
    form: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    rows = editions.list_editions(_store(request), who.viewer)
    return page(
        request,
        "editions/list.html",
        {"rows": rows, "error": error, "form": form or {}, "formats": FORMATS},
        who=who,
        markings=[r.marking for r in rows],
        title="Editions",
        caveat=True,
        status_code=status,
    )


@router.get("/editions", include_in_schema=False)
def editions_page(request: Request, who: Reader) -> Response:
    return _list_page(request, who)


@router.post("/editions", include_in_schema=False)
def create_page(
    request: Request,
    who: Editor,
    name: Text = "",
    start: Text = "",
    end: Text = "",
    include_public: Annotated[str, Form(max_length=5)] = "",
) -> Response:
    try:
        made = editions.create_edition(
            _store(request),
            _name(name),
            _day(start, "from"),
            _day(end, "to"),
            viewer=who.viewer,
            include_public=bool(include_public),
        )
    except EpocError as exc:
        form = {"name": name, "start": start, "end": end, "include_public": include_public}
        return _list_page(request, who, error=exc.message, form=form, status=exc.status)
    return RedirectResponse(f"/editions/{_quote(made.name)}", status_code=303)


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")


@router.get("/editions/{name}", include_in_schema=False)
def edition_page(
    request: Request, who: Reader, name: str, page_no: Annotated[int, Query(alias="page", ge=1)] = 1
) -> Response:
    view = editions.show_edition(_store(request), name, who.viewer)
    data = view.to_json()
    pages = max(1, -(-len(view.entries) // PER_PAGE))
    shown = view.entries[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]  # each its frozen data and Marking
    others = [e.name for e in editions.list_editions(_store(request), who.viewer) if e.name != name]
    context = {
        "ed": data,
        "view": view,
        "items": shown,
        "page_no": page_no,
        "pages": pages,
        "others": others,
        "formats": FORMATS,
    }
    return page(
        request,
        "editions/edition.html",
        context,
        who=who,
        markings=[e.marking for e in shown],
        title=f"Edition {name}",
        caveat=True,
    )


@router.get("/editions/{name}/diff", include_in_schema=False)
def diff_page(
    request: Request,
    who: Reader,
    name: str,
    to: Annotated[str, Query(max_length=100)] = "",
    page_no: PageNo = 1,
) -> Response:
    """What changed from edition ``name`` to edition ``to``, and why, a page of rows at a time."""
    if not to:
        raise InvalidInput("to: choose the edition to compare with")
    data = editions.diff_page(editions.diff_editions(_store(request), name, to, who.viewer), page_no)
    return page(
        request,
        "editions/diff.html",
        {"d": data},
        who=who,
        markings=[data.from_.marking, data.to.marking],
        title=f"{name} → {to}",
        caveat=True,
    )


@router.get("/editions/{name}/export", include_in_schema=False)
def export_page(request: Request, who: Reader, name: str, format: Format = "pdf") -> Response:
    return download(_store(request), format, name, who.viewer)


# -- JSON ----------------------------------------------------------------------------------------------------
@router.get("/api/v1/editions", response_model=list[EditionOut], tags=["editions"])
def editions_json(request: Request, response: Response, who: Reader) -> Any:
    """The editions you may read, oldest first."""
    rows = editions.list_editions(_store(request), who.viewer)
    mark(response, [r.marking for r in rows])
    return wire(EditionOut, rows)


@router.post(
    "/api/v1/editions",
    response_model=EditionOut,
    status_code=201,
    tags=["editions"],
    responses={409: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def create_json(request: Request, response: Response, who: Editor, body: EditionIn) -> Any:
    """Freeze the list as compiled from the sources dated from `from` to `to` (either open) — holding only
    what you may read."""
    made = editions.create_edition(
        _store(request),
        _name(body.name),
        body.from_,
        body.to,
        viewer=who.viewer,
        include_public=body.include_public,
    )
    mark(response, [made.marking])
    return wire(EditionOut, made)


@router.get(
    "/api/v1/editions/{name}",
    response_model=EditionPageOut,
    tags=["editions"],
    responses={404: {"model": ErrorOut}},
)
def edition_json(
    request: Request,
    response: Response,
    who: Reader,
    name: str,
    page_no: PageNo = 1,
    per_page: PerPage = PER_PAGE,
) -> Any:
    """An edition and its frozen entities (one row each), `per_page` at a time (`total` counts them all)."""
    data = editions.read_edition(_store(request), name, who.viewer)
    mark(response, [data.marking])
    items = data.items
    shown = items[(page_no - 1) * per_page : page_no * per_page]
    return {
        **data.to_json(),
        "items": plain(shown),
        "page": page_no,
        "per_page": per_page,
        "pages": max(1, -(-len(items) // per_page)),
        "total": len(items),
    }


@router.get(
    "/api/v1/editions/{name}/entries",
    response_model=EditionViewOut,
    tags=["editions"],
    responses={404: {"model": ErrorOut}},
)
def edition_entries_json(request: Request, response: Response, who: Reader, name: str) -> Any:
    """The entries of an edition you may read, under the banner of what you read (as `epoc editions show
    NAME --as USER --json`)."""
    view = editions.show_edition(_store(request), name, who.viewer)
    mark(response, [view.banner])
    return view.to_json()


@router.get(
    "/api/v1/editions/{name}/diff/{other}",
    response_model=DiffOut,
    tags=["editions"],
    responses={404: {"model": ErrorOut}},
)
def diff_json(
    request: Request,
    response: Response,
    who: Reader,
    name: str,
    other: str,
    page_no: PageNo = 1,
    per_page: PerPage = editions.DIFF_PER_PAGE,
) -> Any:
    """Added, removed and changed entities from edition `name` to edition `other`, each with why (a new
    source, a source withdrawn, a merge, a split, a new alias …), `per_page` rows at a time (added, then
    removed, then changed); `counts` are the whole diff's."""
    data = editions.diff_page(
        editions.diff_editions(_store(request), name, other, who.viewer), page_no, per_page
    )
    mark(response, [data.from_.marking, data.to.marking])
    return data.to_json()


@router.get(
    "/api/v1/editions/{name}/export",
    tags=["editions"],
    responses={200: {"content": {m: {} for m, _ in MEDIA.values()}}, 404: {"model": ErrorOut}},
    response_class=Response,
)
def export_json(request: Request, who: Reader, name: str, format: Format = "jsonl") -> Response:
    """An edition as a file (`jsonl`, `csv`, `ftm` or `pdf`) with the caveat and the edition's marking."""
    return download(_store(request), format, name, who.viewer)


AREA = Area("editions", router, nav=(NavLink("Editions", "/editions", Permission.READ_LIST),))
