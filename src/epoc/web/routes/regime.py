"""The regime's list: the IE Co-Chairs' candidates and decisions, Partners' feedback on entries, what was
circulated on the ePOC (the register, notifications with read receipts), and the dashboard's picture of the
list (its count and charts)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from epoc.model.access import Permission, Viewer
from epoc.model.errors import EpocError, InvalidInput
from epoc.model.regime import CorrectionField, Decision, FeedbackKind, FeedbackStatus
from epoc.services.regime import circulation, feedback, inclusion
from epoc.services.regime.charts import list_picture
from epoc.settings import Settings
from epoc.store import Store
from epoc.web.areas import Area, NavLink, Panel
from epoc.web.fonts import WebFont
from epoc.web.rendering import mark, page
from epoc.web.schemas.common import ErrorOut
from epoc.web.schemas.regime import (
    CandidateOut,
    CirculationOut,
    DecisionIn,
    DecisionMadeOut,
    DistributeIn,
    FeedbackDecisionIn,
    FeedbackIn,
    FeedbackOut,
    NotificationOut,
    ReadIn,
)
from epoc.web.security import Principal, requires

router = APIRouter()
Reader = Annotated[Principal, requires(Permission.READ_LIST)]
CoChair = Annotated[Principal, requires(Permission.REVIEW)]
Circulator = Annotated[Principal, requires(Permission.CIRCULATE)]
Text = Annotated[str, Form(max_length=4000)]


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _outbox(request: Request) -> Any:
    settings: Settings = request.app.state.settings
    return settings.data_dir / "outbox"


# -- candidates and decisions --------------------------------------------------------------------------------
def _candidates_page(
    request: Request,
    who: Principal,
    *,
    notice: str | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    found = inclusion.candidates(_store(request), who.viewer)
    return page(
        request,
        "regime/candidates.html",
        {"rows": found, "notice": notice, "error": error},
        who=who,
        markings=[c.marking for c in found],
        title="Candidates for the list",
        caveat=True,
        status_code=status,
    )


@router.get("/candidates", include_in_schema=False)
def candidates_page(request: Request, who: CoChair) -> Response:
    return _candidates_page(request, who)


@router.post("/candidates/{entity_id}/decide", include_in_schema=False)
def decide_page(
    request: Request,
    who: CoChair,
    entity_id: str,
    decision: Annotated[str, Form(max_length=10)] = "",
    reason: Text = "",
    evidence: Text = "",
) -> Response:
    try:
        made = inclusion.decide(
            _store(request), entity_id, _decision(decision), reason, evidence=[evidence], viewer=who.viewer
        )
    except EpocError as exc:
        if exc.status == 404:
            raise
        return _candidates_page(request, who, error=exc.message, status=exc.status)
    return _candidates_page(request, who, notice=f"{made.caption}: {made.decision.value}d.")


def _decision(text: str) -> Decision:
    try:
        return Decision(text)
    except ValueError:
        raise InvalidInput("decision: include, exclude or defer") from None


@router.get("/api/v1/candidates", response_model=list[CandidateOut], tags=["regime"])
def candidates_json(request: Request, response: Response, who: CoChair) -> Any:
    """Entities waiting for the IE Co-Chairs' decision (as `epoc entities candidates --json`)."""
    found = inclusion.candidates(_store(request), who.viewer)
    mark(response, [c.marking for c in found])
    return [c.to_json() for c in found]


@router.post(
    "/api/v1/candidates/{entity_id}/decision",
    response_model=DecisionMadeOut,
    status_code=201,
    tags=["regime"],
    responses={404: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def decide_json(request: Request, response: Response, who: CoChair, entity_id: str, body: DecisionIn) -> Any:
    """Include, exclude or defer an entity, with the reason (as `epoc entities decide`)."""
    made = inclusion.decide(
        _store(request), entity_id, body.decision, body.reason, evidence=body.evidence, viewer=who.viewer
    )
    mark(response, [made.marking])
    return made.to_json()


@router.get("/api/v1/entities/{entity_id}/decisions", response_model=list[DecisionMadeOut], tags=["regime"])
def decisions_json(request: Request, response: Response, who: Reader, entity_id: str) -> Any:
    """The IE Co-Chairs' decisions on an entity, oldest first (the newest stands)."""
    found = inclusion.decisions(_store(request), entity_id, who.viewer)
    mark(response, [d.marking for d in found])
    return [d.to_json() for d in found]


# -- feedback ------------------------------------------------------------------------------------------------
@router.post("/entities/{entity_id}/feedback", include_in_schema=False)
def feedback_page(
    request: Request,
    who: Reader,
    entity_id: str,
    kind: Annotated[str, Form(max_length=12)] = "comment",
    field: Annotated[str, Form(max_length=12)] = "",
    text: Text = "",
    evidence: Text = "",
) -> Response:
    try:
        feedback.give_feedback(
            _store(request),
            who.viewer,
            entity_id,
            _kind(kind),
            text,
            field=_field(field),
            evidence=evidence,
        )
    except EpocError as exc:
        if exc.status == 404:
            raise
        return page(
            request,
            "error.html",
            {"message": exc.message, "status": exc.status},
            who=who,
            title="Feedback not sent",
            status_code=exc.status,
        )
    return RedirectResponse(f"/entities/{quote(entity_id)}#feedback-h", status_code=303)


def _kind(text: str) -> FeedbackKind:
    try:
        return FeedbackKind(text)
    except ValueError:
        raise InvalidInput("kind: comment, correction or removal") from None


def _field(text: str) -> CorrectionField | None:
    if not text:
        return None
    try:
        return CorrectionField(text)
    except ValueError:
        raise InvalidInput("field: alias, address, dissolved or other") from None


@router.get("/feedback", include_in_schema=False)
def feedback_queue(
    request: Request, who: CoChair, status: Annotated[str, Query(max_length=10)] = "open"
) -> Response:
    wanted = FeedbackStatus(status) if status in {s.value for s in FeedbackStatus} else None
    rows = feedback.list_feedback(_store(request), who.viewer, status=wanted)
    return page(
        request,
        "regime/feedback.html",
        {"rows": rows, "status": status},
        who=who,
        markings=[f.marking for f in rows],
        title="Partners' feedback",
        caveat=True,
    )


@router.post("/feedback/{feedback_id}/decide", include_in_schema=False)
def feedback_decide_page(
    request: Request,
    who: CoChair,
    feedback_id: int,
    decision: Annotated[str, Form(max_length=10)] = "",
    reason: Text = "",
) -> Response:
    if decision not in ("accept", "decline"):
        raise InvalidInput("decision: accept or decline")
    feedback.decide_feedback(_store(request), feedback_id, decision == "accept", reason, viewer=who.viewer)
    return RedirectResponse("/feedback", status_code=303)


@router.post(
    "/api/v1/entities/{entity_id}/feedback",
    response_model=FeedbackOut,
    status_code=201,
    tags=["regime"],
    responses={404: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def feedback_json(request: Request, response: Response, who: Reader, entity_id: str, body: FeedbackIn) -> Any:
    """Comment on an entry you may read, propose a correction, or ask for its removal, with evidence."""
    made = feedback.give_feedback(
        _store(request),
        who.viewer,
        entity_id,
        body.kind,
        body.text,
        field=body.field,
        evidence=body.evidence,
        edition=body.edition,
    )
    mark(response, [made.marking])
    return made.to_json()


@router.get("/api/v1/feedback", response_model=list[FeedbackOut], tags=["regime"])
def feedback_list_json(
    request: Request,
    response: Response,
    who: Reader,
    entity: Annotated[str, Query(max_length=40)] = "",
    status: Annotated[str, Query(max_length=10)] = "",
) -> Any:
    """Feedback on the entries you may read, oldest first."""
    wanted = FeedbackStatus(status) if status in {s.value for s in FeedbackStatus} else None
    rows = feedback.list_feedback(
        _store(request), who.viewer, entity_ids=[entity] if entity else None, status=wanted
    )
    mark(response, [f.marking for f in rows])
    return [f.to_json() for f in rows]


@router.post(
    "/api/v1/feedback/{feedback_id}/decision",
    response_model=FeedbackOut,
    tags=["regime"],
    responses={404: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def feedback_decision_json(
    request: Request, response: Response, who: CoChair, feedback_id: int, body: FeedbackDecisionIn
) -> Any:
    """The IE Co-Chairs accept or decline a Partner's feedback (accepting a removal excludes the entry)."""
    done = feedback.decide_feedback(_store(request), feedback_id, body.accept, body.reason, viewer=who.viewer)
    mark(response, [done.marking])
    return done.to_json()


# -- circulation ---------------------------------------------------------------------------------------------
@router.post("/editions/{name}/approve", include_in_schema=False)
def approve_page(request: Request, who: CoChair, name: str) -> Response:
    circulation.approve_edition(_store(request), name, who.viewer)
    return RedirectResponse(f"/editions/{quote(name, safe='')}", status_code=303)


@router.post("/editions/{name}/distribute", include_in_schema=False)
def distribute_page(request: Request, who: CoChair, name: str, meeting: Text = "") -> Response:
    circulation.distribute_edition(_store(request), name, meeting, _outbox(request), who.viewer)
    return RedirectResponse(f"/editions/{quote(name, safe='')}", status_code=303)


@router.post(
    "/api/v1/editions/{name}/distribute",
    response_model=CirculationOut,
    status_code=201,
    tags=["editions"],
    responses={404: {"model": ErrorOut}, 409: {"model": ErrorOut}},
)
def distribute_json(request: Request, who: CoChair, name: str, body: DistributeIn) -> Any:
    """Distribute an edition at a meeting (as `epoc editions distribute`): registered, each Partner notified
    of the entries it may read."""
    return circulation.distribute_edition(
        _store(request), name, body.meeting, _outbox(request), who.viewer
    ).to_json()


@router.post(
    "/api/v1/editions/{name}/approve",
    tags=["editions"],
    responses={404: {"model": ErrorOut}, 409: {"model": ErrorOut}},
)
def approve_json(request: Request, who: CoChair, name: str) -> dict[str, str]:
    """Approve a draft edition."""
    return {"name": name, "status": circulation.approve_edition(_store(request), name, who.viewer)}


@router.post("/circulation/documents/{document_id}", include_in_schema=False)
def circulate_document_page(
    request: Request, who: Circulator, document_id: int, meeting: Text = ""
) -> Response:
    circulation.distribute_document(_store(request), document_id, meeting, _outbox(request), who.viewer)
    return RedirectResponse("/register", status_code=303)


@router.post(
    "/api/v1/documents/{document_id}/circulate",
    response_model=CirculationOut,
    status_code=201,
    tags=["regime"],
    responses={404: {"model": ErrorOut}},
)
def circulate_document_json(request: Request, who: Circulator, document_id: int, body: DistributeIn) -> Any:
    """Circulate a document to the Partners its marking releases it to, for a meeting."""
    return circulation.distribute_document(
        _store(request), document_id, body.meeting, _outbox(request), who.viewer
    ).to_json()


@router.get("/register", include_in_schema=False)
def register_page(
    request: Request, who: Reader, meeting: Annotated[str, Query(max_length=200)] = ""
) -> Response:
    rows = circulation.register(_store(request), who.viewer, meeting or None)
    return page(
        request,
        "regime/register.html",
        {"rows": rows, "meeting": meeting},
        who=who,
        title="Register of circulated documents",
    )


@router.get("/api/v1/register", response_model=list[CirculationOut], tags=["regime"])
def register_json(request: Request, who: Reader, meeting: Annotated[str, Query(max_length=200)] = "") -> Any:
    """What was circulated on the ePOC, by meeting and reference, with read receipts (yours, or every
    Partner's for the POC)."""
    return [c.to_json() for c in circulation.register(_store(request), who.viewer, meeting or None)]


@router.get("/notifications", include_in_schema=False)
def notifications_page(request: Request, who: Reader) -> Response:
    rows = circulation.inbox(_store(request), who.viewer)
    return page(request, "regime/notifications.html", {"rows": rows}, who=who, title="Notifications")


@router.post("/notifications/read", include_in_schema=False)
def read_page(request: Request, who: Reader, ref: Annotated[str, Form(max_length=60)] = "") -> Response:
    opened = circulation.mark_read(_store(request), who.viewer, ref)
    target = (
        f"/editions/{quote(opened.target, safe='')}"
        if opened.kind == "edition"
        else f"/documents/{opened.target}"
    )
    return RedirectResponse(target, status_code=303)


@router.get("/api/v1/notifications", response_model=list[NotificationOut], tags=["regime"])
def notifications_json(request: Request, who: Reader) -> Any:
    """Your Partner's notifications, newest first."""
    return [n.to_json() for n in circulation.inbox(_store(request), who.viewer)]


@router.post(
    "/api/v1/notifications/read",
    response_model=NotificationOut,
    tags=["regime"],
    responses={404: {"model": ErrorOut}},
)
def read_json(request: Request, who: Reader, body: ReadIn) -> Any:
    """Open a notification: your Partner's read receipt."""
    return circulation.mark_read(_store(request), who.viewer, body.ref).to_json()


# -- the dashboard's picture of the list ---------------------------------------------------------------------
@router.get("/charts/list/{chart}.svg", include_in_schema=False)
def chart_svg(request: Request, who: Reader, chart: str) -> Response:
    """One chart of the entries the viewer may read (matplotlib SVG drawn here; nothing from the internet)."""
    picture = list_picture(_store(request), who.viewer)
    svg = picture.svg(chart)
    response = Response(svg, media_type="image/svg+xml")
    mark(response, [picture.marking])
    response.headers["Cache-Control"] = "private, no-store"
    return response


@router.get("/fonts/noto-sans-cjk.woff", include_in_schema=False, dependencies=[requires(None)])
def cjk_font(request: Request) -> Response:
    """The CJK web font (Noto Sans CJK, OFL; a subset built here from the installed package)."""
    font: WebFont = request.app.state.webfont
    if not font.ready():  # `epoc serve` builds it at start (a test app never does: half a minute of work)
        # not there yet: the browser keeps its fallback font (a 404, not a server error: nothing failed)
        return Response("the font is being prepared", status_code=404, media_type="text/plain")
    return FileResponse(
        font.path, media_type="font/woff", headers={"Cache-Control": "public, max-age=604800"}
    )


def _list_panel(store: Store, viewer: Viewer, settings: Settings) -> dict[str, Any]:
    picture = list_picture(store, viewer)
    unread = len(circulation.inbox(store, viewer, unread_only=True)) if viewer.partner else 0
    return {"picture": picture, "unread": unread, "markings": [picture.marking]}


AREA = Area(
    "regime",
    router,
    nav=(
        NavLink("Candidates", "/candidates", Permission.REVIEW),
        NavLink("Feedback", "/feedback", Permission.REVIEW),
        NavLink("Register", "/register", Permission.READ_LIST),
        NavLink("Notifications", "/notifications", Permission.READ_LIST),
    ),
    panels=(Panel("The regime's list", Permission.READ_LIST, "panels/regime.html", _list_panel),),
)
