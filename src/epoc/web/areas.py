"""The one place the application's areas are registered: their routers, menu entries and dashboard panels.

To add an area (screening, documents, entities …): write ``epoc/web/routes/<area>.py`` with a ``router``
(pages and ``/api/v1/…`` JSON, each route declaring ``requires(Permission.…)``) and an ``AREA``; put its
templates under ``templates/<area>/``; add the module to ``AREA_MODULES`` below. Nothing else changes: the
access-matrix test walks the new routes, the menu shows the entries the viewer's role allows, and the
dashboard shows the area's panels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute
from starlette.routing import BaseRoute

from epoc.model.access import Permission, Viewer
from epoc.settings import Settings
from epoc.store import Store

# Order is the menu's order.
AREA_MODULES = (
    "epoc.web.routes.home",
    "epoc.web.routes.screening",
    "epoc.web.routes.entities",
    "epoc.web.routes.review",
    "epoc.web.routes.editions",
    "epoc.web.routes.regime",
    "epoc.web.routes.records",
    "epoc.web.routes.documents",
    "epoc.web.routes.denials",
    "epoc.web.routes.ietem",
    "epoc.web.routes.licensing",
    "epoc.web.routes.outreach",
    "epoc.web.routes.plenary",
    "epoc.web.routes.uploads",
    "epoc.web.routes.users",
    "epoc.web.routes.audit",
    "epoc.web.routes.auth",
)


@dataclass(frozen=True, slots=True)
class NavLink:
    label: str
    path: str
    permission: Permission


@dataclass(frozen=True, slots=True)
class Panel:
    """A box on the dashboard: ``load(store, viewer, settings)`` (the app's settings) returns the template's
    ``data``, which must carry a ``markings`` list (for the page's banner) of whatever it shows."""

    title: str
    permission: Permission
    template: str
    load: Callable[[Store, Viewer, Settings], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Area:
    name: str
    router: APIRouter
    nav: tuple[NavLink, ...] = ()
    panels: tuple[Panel, ...] = field(default_factory=tuple)


def areas() -> list[Area]:
    return [import_module(name).AREA for name in AREA_MODULES]


def navigation(viewer: Viewer | None) -> list[NavLink]:
    if viewer is None:
        return []
    return [link for area in areas() for link in area.nav if viewer.may(link.permission)]


def panels(viewer: Viewer) -> list[Panel]:
    return [panel for area in areas() for panel in area.panels if viewer.may(panel.permission)]


@dataclass(frozen=True, slots=True)
class RouteInfo:
    """One method of one route in the app's table, with the gates it declares (an area route: one)."""

    method: str
    path: str
    gates: tuple[Any, ...]
    route: BaseRoute


def route_table(app: FastAPI) -> list[RouteInfo]:
    """Every route the app answers, as the app itself resolves them (included routers flattened)."""
    from epoc.web.security import Gate

    try:  # FastAPI ≥ 0.16x keeps included routers as branches; this walks them.
        from fastapi.routing import iter_route_contexts

        flat = [(ctx.original_route, ctx.path_format) for ctx in iter_route_contexts(app.routes)]
    except ImportError:  # older FastAPI copies routes into the app's table
        flat = [(route, getattr(route, "path_format", None)) for route in app.routes]
    table = []
    for route, path in flat:
        if isinstance(route, APIRoute):
            gates: list[Any] = []
            stack = [route.dependant]
            while stack:
                dependant = stack.pop()
                if isinstance(dependant.call, Gate):
                    gates.append(dependant.call)
                stack.extend(dependant.dependencies)
            for method in sorted(route.methods or ()):
                table.append(RouteInfo(method, path or route.path_format, tuple(gates), route))
        else:
            table.append(RouteInfo("*", path or str(getattr(route, "path", "")), (), route))
    return table
