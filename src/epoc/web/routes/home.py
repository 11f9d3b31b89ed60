"""The dashboard, the outreach page, who am I, and the health check."""

from __future__ import annotations

from dataclasses import fields
from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from epoc.model.access import Permission, Viewer
from epoc.services.records.views import summary
from epoc.settings import Settings
from epoc.store import Store
from epoc.web.areas import Area, NavLink, Panel, panels
from epoc.web.rendering import page
from epoc.web.schemas.common import MeOut, SummaryOut, wire
from epoc.web.security import Principal, requires

router = APIRouter()


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


@router.get("/", include_in_schema=False)
def dashboard(request: Request, who: Annotated[Principal, requires(Permission.ACCOUNT)]) -> Response:
    """Home: the dashboard for Partner users, the outreach page for guests."""
    if not who.viewer.may(Permission.READ_LIST):
        return RedirectResponse("/outreach", status_code=303)
    boxes = []
    markings: list[Any] = []
    for panel in panels(who.viewer):
        data = panel.load(_store(request), who.viewer, request.app.state.settings)
        markings.extend(data.get("markings", []))
        boxes.append((panel, data))
    return page(
        request,
        "dashboard.html",
        {"boxes": boxes},
        who=who,
        markings=markings,
        title="Dashboard",
        caveat=True,
    )


@router.get("/api/v1/dashboard", response_model=SummaryOut, tags=["list"])
def dashboard_json(request: Request, who: Annotated[Principal, requires(Permission.READ_LIST)]) -> Any:
    """The size of the list you may read (sources, records, names) and the latest sources."""
    return wire(SummaryOut, summary(_store(request), who.viewer))


@router.get("/outreach", include_in_schema=False)
def outreach(request: Request, who: Annotated[Principal, requires(Permission.OUTREACH)]) -> Response:
    return page(request, "outreach.html", {}, who=who, title="Outreach")


@router.get("/api/v1/me", response_model=MeOut, tags=["account"])
def me(who: Annotated[Principal, requires(Permission.ACCOUNT)]) -> Any:
    """Who you are signed in as, and what your role allows."""
    viewer = who.viewer
    return {
        "username": viewer.username,
        "role": viewer.role.value,
        "partner": viewer.partner,
        "clearance": viewer.clearance.label,
        "permissions": sorted(p.value for p in Permission if viewer.may(p)),
    }


@router.get("/healthz", include_in_schema=False)
async def health(request: Request, who: Annotated[Principal | None, requires(None)]) -> dict[str, bool]:
    """Liveness and database reachability; says nothing about the data."""
    del who
    await run_in_threadpool(_ping, _store(request))
    return {"ok": True}


def _ping(store: Store) -> None:
    with store.read() as conn:
        conn.exec_driver_sql("SELECT 1")


def _list_box(store: Store, viewer: Viewer, settings: Settings) -> dict[str, Any]:
    data = summary(store, viewer)
    return {**{f.name: getattr(data, f.name) for f in fields(data)}, "markings": [data.marking]}


AREA = Area(
    "home",
    router,
    nav=(
        NavLink("Dashboard", "/", Permission.READ_LIST),
        NavLink("Outreach", "/outreach", Permission.OUTREACH),
    ),
    panels=(Panel("The list", Permission.READ_LIST, "panels/list.html", _list_box),),
)
