"""Outreach: events and their material (what a guest sees: its own event only), the year's plan with its
invitees and their reasons, countries over time, and country briefs (Partner or releasable, with a chart) —
pages and their ``/api/v1`` twins over ``services.outreach``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response

from epoc.model.access import Permission
from epoc.model.errors import EpocError
from epoc.model.outreach import EditAction
from epoc.services.outreach.briefs import brief
from epoc.services.outreach.charts import mentions_chart
from epoc.services.outreach.countries import list_countries
from epoc.services.outreach.events import event_view, invite, list_events
from epoc.services.outreach.planner import edit_invitees, plan
from epoc.services.results import plain
from epoc.store import Store
from epoc.web.areas import Area, NavLink
from epoc.web.rendering import mark, page
from epoc.web.schemas.common import ErrorOut
from epoc.web.schemas.outreach import (
    BriefOut,
    CountryOut,
    EventOut,
    InvitationIn,
    InvitationOut,
    InviteeEditIn,
    PlanOut,
)
from epoc.web.security import Principal, requires

router = APIRouter()
Guest = Annotated[Principal, requires(Permission.OUTREACH)]  # guests (their event) and the POC
Partner = Annotated[Principal, requires(Permission.READ_PLENARY)]  # plans and countries are Partner business
Organiser = Annotated[Principal, requires(Permission.DISTRIBUTE)]  # the POC edits the invitee list
Reader = Annotated[Principal, requires(Permission.READ_LIST)]
Inviter = Annotated[
    Principal, requires(Permission.MANAGE_USERS)
]  # the POC makes guest accounts  # briefs draw on the list and denials


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _this_year() -> int:
    return datetime.now(UTC).year


# -- events ----------------------------------------------------------------------------------------------


@router.get("/outreach/events", include_in_schema=False)
def events_page(request: Request, who: Guest) -> Response:
    """The outreach events you may see (a guest: the one it is invited to) with their material."""
    events = list_events(_store(request), who.viewer)
    markings = [e.marking for e in events]
    return page(
        request, "outreach/events.html", {"events": events}, who=who, markings=markings, title="Events"
    )


@router.get("/outreach/events/{meeting_id}", include_in_schema=False)
def event_page(request: Request, who: Guest, meeting_id: str) -> Response:
    event = event_view(_store(request), meeting_id, who.viewer)
    return page(
        request,
        "outreach/events.html",
        {"events": [event]},
        who=who,
        markings=[event.marking],
        title=str(event.name or meeting_id),
    )


@router.get("/api/v1/outreach/events", response_model=list[EventOut], tags=["outreach"])
def events_json(request: Request, response: Response, who: Guest) -> Any:
    """The outreach events you may see (a guest: its own) with the material you may read; audited."""
    events = list_events(_store(request), who.viewer)
    mark(response, [e.marking for e in events])
    return [plain(e) for e in events]


@router.get(
    "/api/v1/outreach/events/{meeting_id}",
    response_model=EventOut,
    tags=["outreach"],
    responses={404: {"model": ErrorOut}},
)
def event_json(request: Request, response: Response, who: Guest, meeting_id: str) -> Any:
    """One outreach event and its material as you may read it (another event than a guest's: not found)."""
    event = event_view(_store(request), meeting_id, who.viewer)
    mark(response, [event.marking])
    return plain(event)


@router.post(
    "/api/v1/outreach/events/{meeting_id}/invitations",
    response_model=InvitationOut,
    status_code=201,
    tags=["outreach"],
    responses={404: {"model": ErrorOut}, 409: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def invite_json(request: Request, who: Inviter, meeting_id: str, body: InvitationIn) -> Any:
    """Invite a guest to this event: a guest account that reads this event's releasable material only, until
    the end of the day after it (a new account's password is generated unless given, and shown once)."""
    return plain(
        invite(
            _store(request),
            meeting_id,
            body.username,
            country=body.country,
            password=body.password,
            viewer=who.viewer,
        )
    )


# -- the plan and countries ------------------------------------------------------------------------------


def _plan_page(
    request: Request, who: Principal, year: int, *, error: str | None = None, status: int = 200
) -> Response:
    result = plain(plan(_store(request), year, who.viewer))
    countries = [plain(c) for c in list_countries(_store(request))]
    return page(
        request,
        "outreach/plan.html",
        {
            "plan": result,
            "countries": countries,
            "error": error,
            "may_edit": who.viewer.may(Permission.DISTRIBUTE),
        },
        who=who,
        title=f"Outreach {year}",
        status_code=status,
    )


@router.get("/outreach/plan", include_in_schema=False)
def plan_page(
    request: Request, who: Partner, year: Annotated[int | None, Query(ge=1987, le=2200)] = None
) -> Response:
    """The year's TOM or RT: its place after the RPOC, the invitees and why; countries over time."""
    return _plan_page(request, who, year or _this_year())


@router.post("/outreach/plan/invitees", include_in_schema=False)
def edit_page(
    request: Request,
    who: Organiser,
    year: Annotated[int, Form(ge=1987, le=2200)],
    country: Annotated[str, Form(max_length=100)] = "",
    action: Annotated[str, Form(max_length=10)] = "add",
    justification: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    try:
        edit_invitees(
            _store(request), year, country, EditAction.parse(action), justification, viewer=who.viewer
        )
    except EpocError as exc:
        return _plan_page(request, who, year, error=exc.message, status=exc.status)
    return _plan_page(request, who, year)


@router.get("/api/v1/outreach/plan/{year}", response_model=PlanOut, tags=["outreach"])
def plan_json(request: Request, who: Partner, year: int) -> Any:
    """The year's event (TOM or RT by the alternation), after which meeting, and the invitees with reasons."""
    return plain(plan(_store(request), year, who.viewer))


@router.post(
    "/api/v1/outreach/plan/{year}/invitees",
    response_model=PlanOut,
    tags=["outreach"],
    responses={422: {"model": ErrorOut}},
)
def edit_json(request: Request, who: Organiser, year: int, body: InviteeEditIn) -> Any:
    """Add a country to, or take one off, the year's invitees; the justification is recorded."""
    action = EditAction.parse(body.action)
    return plain(
        edit_invitees(_store(request), year, body.country, action, body.justification, viewer=who.viewer)
    )


@router.get("/api/v1/countries", response_model=list[CountryOut], tags=["outreach"])
def countries_json(request: Request, who: Partner) -> Any:
    """Countries with a recorded status or outreach priority: status now, since when, history, priorities."""
    del who
    return [plain(c) for c in list_countries(_store(request))]


# -- briefs ----------------------------------------------------------------------------------------------


@router.get("/outreach/brief", include_in_schema=False)
def brief_page(
    request: Request,
    who: Reader,
    country: Annotated[str, Query(max_length=100)] = "",
    releasable: Annotated[bool, Query()] = False,
    on: Annotated[date | None, Query(alias="date")] = None,
    delegation: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    """A country brief for an outreach visit, with a chart of IE-paper mentions by year."""
    context: dict[str, Any] = {
        "country": country,
        "releasable": releasable,
        "on": on,
        "delegation": delegation,
        "brief": None,
        "chart": None,
    }
    markings: list[Any] = []
    status = 200
    if country.strip():
        try:
            result = brief(_store(request), country, releasable=releasable, viewer=who.viewer, on=on)
        except EpocError as exc:
            context["error"], status = exc.message, exc.status
        else:
            context["brief"], context["chart"] = result, mentions_chart(result)
            markings = [result.marking]
    return page(
        request,
        "outreach/brief.html",
        context,
        who=who,
        markings=markings,
        title="Country brief",
        status_code=status,
    )


@router.get(
    "/api/v1/outreach/briefs/{country}",
    response_model=BriefOut,
    tags=["outreach"],
    responses={422: {"model": ErrorOut}},
)
def brief_json(
    request: Request,
    response: Response,
    who: Reader,
    country: str,
    releasable: bool = False,
    on: Annotated[date | None, Query(alias="date", description="The visit's day; default today.")] = None,
) -> Any:
    """A country brief: entities of concern there (with programmes), denials involving parties there, IE-paper
    mentions by year, talking points from adopted consensus language; releasable: public material only."""
    result = brief(_store(request), country, releasable=releasable, viewer=who.viewer, on=on)
    mark(response, [result.marking])
    return plain(result)


AREA = Area(
    "outreach",
    router,
    nav=(
        NavLink("Events", "/outreach/events", Permission.OUTREACH),
        NavLink("Outreach planning", "/outreach/plan", Permission.READ_PLENARY),
    ),
)
