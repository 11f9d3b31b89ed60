"""The IE-TEM working group's pages: the review of IE papers (charts, technologies by coverage), the gap
register (entries, evidence, threads), the Annex versions and their diff, the working group, and the report
to the Plenary. Partner roles read them (``read_documents``); the IE co-chair (``review``) confirms and moves
entries. Outreach guests see none of it."""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from epoc.model.access import Permission
from epoc.model.errors import InvalidInput
from epoc.model.ietem import ACTIONS, PRIORITIES, STATUSES
from epoc.services.ietem import charts
from epoc.services.ietem.annex import diff, list_versions
from epoc.services.ietem.gaps import (
    confirm_gap,
    get_gap,
    import_eml_bytes,
    list_gaps,
    post_message,
    thread,
    update_gap,
)
from epoc.services.ietem.group import add_evaluation, evaluations, join, members
from epoc.services.ietem.report import write_report
from epoc.services.ietem.review import (
    ReviewQuery,
    risk_technology_views,
    run_review,
)
from epoc.services.plenary.meetings import list_meetings
from epoc.services.results import plain
from epoc.store import Store
from epoc.web.areas import Area, NavLink
from epoc.web.rendering import mark, page
from epoc.web.schemas.common import ErrorOut
from epoc.web.schemas.ietem import (
    AnnexDiffOut,
    GapOut,
    GapPageOut,
    GroupOut,
    MessageIn,
    ReviewOut,
    VersionOut,
)
from epoc.web.security import Principal, requires

router = APIRouter()
Reader = Annotated[Principal, requires(Permission.READ_DOCUMENTS)]
Chair = Annotated[Principal, requires(Permission.REVIEW)]
Year = Annotated[int | None, Query(ge=1987, le=2100, description="A year, e.g. 2021.")]
Partner = Annotated[str | None, Query(max_length=8, pattern="^[A-Za-z]{0,3}$")]
Text = Annotated[str, Form(max_length=2000)]
LongText = Annotated[str, Form(max_length=20000)]


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _query(start: int | None, end: int | None, partner: str | None) -> ReviewQuery:
    return ReviewQuery(start, end, partner.upper() if partner else None)


def _b64(png: bytes) -> str:
    return base64.b64encode(png).decode("ascii")


@router.get("/ietem", include_in_schema=False)
def review_page(
    request: Request, who: Reader, start: Year = None, end: Year = None, partner: Partner = None
) -> Response:
    """The review: charts, technologies by coverage, papers."""
    review = run_review(_store(request), _query(start, end, partner), who.viewer)
    context = {
        "review": review,
        "data": review.to_json(),
        "form": {"start": start or "", "end": end or "", "partner": partner or ""},
        "per_year": _b64(charts.mentions_per_year(review.by_year)) if review.mentions else None,
        "coverage": _b64(charts.coverage_mix(review.coverage_mix)) if review.mentions else None,
        "risks": risk_technology_views(_store(request)),
    }
    return page(
        request,
        "ietem/review.html",
        context,
        who=who,
        markings=[review.marking, *(p.marking for p in review.papers)],
        title="IE-TEM review",
    )


@router.get("/ietem/gaps", include_in_schema=False)
def gaps_page(request: Request, who: Reader) -> Response:
    gaps = list_gaps(_store(request), who.viewer)
    return page(
        request,
        "ietem/gaps.html",
        {"gaps": gaps},
        who=who,
        markings=[g.marking for g in gaps],
        title="Gap register",
    )


def _gap_page(
    request: Request, who: Principal, gap_id: str, error: str | None = None, status: int = 200
) -> Response:
    gap = get_gap(_store(request), gap_id, who.viewer)
    messages = thread(_store(request), gap_id, who.viewer) if gap.confirmed else []
    context = {
        "gap": gap,
        "messages": messages,
        "error": error,
        "statuses": STATUSES[1:],
        "priorities": PRIORITIES,
        "actions": ACTIONS,
    }
    return page(
        request,
        "ietem/gap.html",
        context,
        who=who,
        markings=[gap.marking],
        title=f"{gap.gap_id} {gap.technology}",
        status_code=status,
    )


@router.get("/ietem/gaps/{gap_id}", include_in_schema=False)
def gap_page(request: Request, who: Reader, gap_id: str) -> Response:
    return _gap_page(request, who, gap_id)


@router.post("/ietem/gaps/{gap_id}/confirm", include_in_schema=False)
def confirm_page(
    request: Request, who: Chair, gap_id: str, priority: Text = "", action: Text = "", owner: Text = ""
) -> Response:
    try:
        gap = confirm_gap(
            _store(request), gap_id, who.viewer, priority or None, action or None, owner.strip() or None
        )
    except InvalidInput as exc:  # the page shows why (a bad priority, already confirmed)
        return _gap_page(request, who, gap_id, exc.message, exc.status)
    return RedirectResponse(f"/ietem/gaps/{gap.gap_id}", status_code=303)


@router.post("/ietem/gaps/{gap_id}/update", include_in_schema=False)
def update_page(
    request: Request,
    who: Chair,
    gap_id: str,
    status: Text = "",
    priority: Text = "",
    action: Text = "",
    owner: Text = "",
    adopted_in: Text = "",
    meeting: Text = "",
) -> Response:
    try:
        update_gap(
            _store(request),
            gap_id,
            who.viewer,
            status or None,
            priority or None,
            action or None,
            owner.strip() or None,
            adopted_in.strip() or None,
            meeting.strip() or None,
        )
    except InvalidInput as exc:
        return _gap_page(request, who, gap_id, exc.message, exc.status)
    return RedirectResponse(f"/ietem/gaps/{gap_id}", status_code=303)


@router.post("/ietem/gaps/{gap_id}/messages", include_in_schema=False)
def message_page(request: Request, who: Reader, gap_id: str, body: LongText = "") -> Response:
    try:
        post_message(_store(request), gap_id, body, who.viewer)
    except InvalidInput as exc:
        return _gap_page(request, who, gap_id, exc.message, exc.status)
    return RedirectResponse(f"/ietem/gaps/{gap_id}#thread", status_code=303)


@router.post("/ietem/gaps/{gap_id}/eml", include_in_schema=False)
def eml_page(
    request: Request, who: Reader, gap_id: str, file: Annotated[UploadFile | None, File()] = None
) -> Response:
    """A reply that came by e-mail, uploaded as .eml, into the thread."""
    try:
        if file is None:
            raise InvalidInput("choose the .eml file of the reply")
        raw = file.file.read(2_000_001)
        import_eml_bytes(_store(request), gap_id, raw, file.filename or "reply.eml", who.viewer)
    except InvalidInput as exc:
        return _gap_page(request, who, gap_id, exc.message, exc.status)
    return RedirectResponse(f"/ietem/gaps/{gap_id}#thread", status_code=303)


@router.get("/ietem/annex", include_in_schema=False)
def annex_page(
    request: Request,
    who: Reader,
    a: Annotated[str, Query(max_length=100)] = "",
    b: Annotated[str, Query(max_length=100)] = "",
) -> Response:
    versions = list_versions(_store(request))
    names = [v.name for v in versions]
    old = a or (names[-2] if len(names) > 1 else "")
    new = b or (names[-1] if names else "")
    compared = diff(_store(request), old, new).to_json() if old and new and old != new else None
    return page(
        request,
        "ietem/annex.html",
        {"versions": versions, "diff": compared, "a": old, "b": new},
        who=who,
        title="Annex versions",
    )


@router.get("/ietem/group", include_in_schema=False)
def group_page(request: Request, who: Reader) -> Response:
    return _group_page(request, who)


def _group_page(request: Request, who: Principal, error: str | None = None) -> Response:
    meetings = [
        m for m in list_meetings(_store(request), who.viewer) if m.kind in {"tem", "working-group", "ie"}
    ]
    context = {
        "members": members(_store(request)),
        "notes": evaluations(_store(request)),
        "meetings": meetings,
        "error": error,
    }
    return page(
        request,
        "ietem/group.html",
        context,
        who=who,
        markings=[m.marking for m in meetings],
        title="IE-TEM working group",
    )


@router.post("/ietem/group/join", include_in_schema=False)
def join_page(request: Request, who: Reader, expertise: Text = "", email: Text = "") -> Response:
    try:
        join(
            _store(request),
            who.viewer.username,
            who.viewer.partner,
            expertise,
            email.strip() or None,
            who.viewer,
        )
    except InvalidInput as exc:
        return _group_page(request, who, exc.message)
    return RedirectResponse("/ietem/group", status_code=303)


@router.post("/ietem/group/evaluation", include_in_schema=False)
def evaluation_page(
    request: Request, who: Chair, aspect: Text = "", finding: LongText = "", recommendation: LongText = ""
) -> Response:
    try:
        add_evaluation(_store(request), aspect, finding, recommendation, who.viewer)
    except InvalidInput as exc:
        return _group_page(request, who, exc.message)
    return RedirectResponse("/ietem/group#evaluation", status_code=303)


@router.get(
    "/api/v1/ietem/report",
    tags=["ietem"],
    responses={200: {"content": {"application/pdf": {}, "text/html": {}}}},
    response_class=Response,
)
def report_file(
    request: Request,
    who: Reader,
    format: Annotated[str, Query(pattern="^(pdf|html)$", description="pdf or html")] = "pdf",
) -> Response:
    """The report to the Plenary from the register, marked with the strictest marking of its evidence (as
    you may read it)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"ietem-report.{format}"
        data = write_report(_store(request), format, path, who.viewer)
        content = path.read_bytes()
    media = "application/pdf" if format == "pdf" else "text/html; charset=utf-8"
    response = Response(content, media_type=media)
    response.headers["Content-Disposition"] = f'attachment; filename="ietem-report.{format}"'
    mark(response, [data.marking])
    return response


# -- JSON ----------------------------------------------------------------------------------------------------
@router.get("/api/v1/ietem/review", response_model=ReviewOut, tags=["ietem"])
def review_api(
    request: Request,
    response: Response,
    who: Reader,
    start: Year = None,
    end: Year = None,
    partner: Partner = None,
) -> Any:
    """Technology mentions in the IE papers you may read, by technology and coverage, each read against the
    Annex version in force on its paper's date."""
    review = run_review(_store(request), _query(start, end, partner), who.viewer)
    mark(response, [review.marking])
    return review.to_json()


@router.get("/api/v1/ietem/gaps", response_model=list[GapOut], tags=["ietem"])
def gaps_api(request: Request, response: Response, who: Reader) -> Any:
    """The register's entries and the review's suggestions, with their evidence."""
    gaps = list_gaps(_store(request), who.viewer)
    mark(response, [g.marking for g in gaps])
    return [g.to_json() for g in gaps]


@router.get(
    "/api/v1/ietem/gaps/{gap_id}",
    response_model=GapPageOut,
    tags=["ietem"],
    responses={404: {"model": ErrorOut}},
)
def gap_api(request: Request, response: Response, who: Reader, gap_id: str) -> Any:
    """One entry (or suggestion) with its evidence and discussion thread."""
    gap = get_gap(_store(request), gap_id, who.viewer)
    messages = thread(_store(request), gap_id, who.viewer) if gap.confirmed else []
    mark(response, [gap.marking])
    return {
        "gap": gap.to_json(),
        "thread": plain(messages),
    }


@router.post(
    "/api/v1/ietem/gaps/{gap_id}/messages",
    status_code=201,
    tags=["ietem"],
    responses={404: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def message_api(request: Request, response: Response, who: Reader, gap_id: str, body: MessageIn) -> Any:
    """Add a message to an entry's discussion thread."""
    m = post_message(_store(request), gap_id, body.body, who.viewer)
    return {"id": m.id, "author": m.author, "sent_at": m.sent_at.isoformat(), "via": m.via}


@router.get("/api/v1/ietem/technologies", tags=["ietem"])
def technologies_api(request: Request, who: Reader) -> Any:
    """The risk technologies vocabulary: what the Annex says about each, and when that last changed."""
    return plain(risk_technology_views(_store(request)))


@router.get("/api/v1/annex/versions", response_model=list[VersionOut], tags=["ietem"])
def versions_api(request: Request, who: Reader) -> Any:
    """The Annex versions, oldest first."""
    return plain(list_versions(_store(request)))


@router.get(
    "/api/v1/annex/diff/{a}/{b}",
    response_model=AnnexDiffOut,
    tags=["ietem"],
    responses={404: {"model": ErrorOut}},
)
def diff_api(request: Request, who: Reader, a: str, b: str) -> Any:
    """Entries added, amended and deleted from version `a` to `b`, with why, what it entails technically and
    its likely impact on licensing, where the amendments say."""
    return diff(_store(request), a, b).to_json()


@router.get("/api/v1/ietem/group", response_model=GroupOut, tags=["ietem"])
def group_api(request: Request, who: Reader) -> Any:
    """The working group's members and the trial's evaluation record."""
    return {
        "members": plain(members(_store(request))),
        "evaluation": plain(evaluations(_store(request))),
    }


AREA = Area("ietem", router, nav=(NavLink("IE-TEM", "/ietem", Permission.READ_DOCUMENTS),))
