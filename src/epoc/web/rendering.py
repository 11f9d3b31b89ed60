"""Rendering pages: one Jinja2 environment, the marking banner of the most restricted thing on a page, the
navigation a viewer's role allows, and the CSRF token for forms."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from epoc.model.access import ROLE_LABELS, Viewer
from epoc.model.marking import Marking
from epoc.model.partners import partner_name
from epoc.names.countries import country_name
from epoc.web.security import Principal

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
CAVEAT = (
    "This list is not a black list but a tool to facilitate Partners' national licensing, enforcement "
    "and interdiction efforts."
)
MARKING_HEADER = "X-Epoc-Marking"

MarkingLike = Marking | None


def as_marking(value: MarkingLike) -> Marking:
    """A marking as services hand it out: a ``Marking`` (None: unmarked, so public). A banner or a marking's
    JSON is not one: parse it where it is read (``Marking.parse``), not here."""
    if value is None:
        return Marking.public()
    if not isinstance(value, Marking):
        raise TypeError(f"a marking must be a Marking, not {type(value).__name__}")
    return value


def strictest(markings: Iterable[MarkingLike]) -> Marking:
    """The banner of a page: the strictest marking of everything on it (UNCLASSIFIED when nothing is)."""
    return Marking.strictest_of(as_marking(value) for value in markings)


def mark(response: Response, markings: Iterable[MarkingLike]) -> None:
    """Mark a JSON answer as a page is marked: ``X-Epoc-Marking`` is the strictest of what it holds."""
    response.headers[MARKING_HEADER] = strictest(markings).banner


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.globals.update(
        caveat=CAVEAT, partner_name=partner_name, role_label=role_label, country_name=country_name
    )
    templates.env.filters["portion"] = lambda value: as_marking(value).portion
    templates.env.filters["banner"] = lambda value: as_marking(value).banner
    templates.env.filters["marking_class"] = marking_class
    return templates


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role.replace("_", " "))


def marking_class(value: MarkingLike) -> str:
    """A CSS class for a banner's colour: the classification's name."""
    return "marking-" + as_marking(value).classification.label.lower()


def is_htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true" and request.headers.get("HX-Boosted") != "true"


def page(
    request: Request,
    template: str,
    context: Mapping[str, Any],
    *,
    who: Principal | None,
    markings: Iterable[MarkingLike] = (),
    status_code: int = 200,
    title: str = "",
    caveat: bool = False,
) -> HTMLResponse:
    """Render a page (or an HTMX fragment) with its banner, navigation and CSRF token."""
    from epoc.web.areas import navigation  # the areas import this module

    banner = strictest(markings)
    viewer: Viewer | None = who.viewer if who else None
    full = {
        "request": request,
        "title": title,
        "who": who,
        "viewer": viewer,
        "nav": navigation(viewer),
        "csrf": who.csrf if who and who.csrf else "",
        "banner": banner,
        "show_caveat": caveat,
        "path": request.url.path,
        **context,
    }
    templates: Jinja2Templates = request.app.state.templates
    response = templates.TemplateResponse(request, template, full, status_code=status_code)
    response.headers[MARKING_HEADER] = banner.banner
    return response
