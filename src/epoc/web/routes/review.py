"""The review queue, for the list editor: the next grey-zone pair side by side with every value's provenance
and the score's explanation; decide same / not same / unsure with a reason; the judgements, and undo.

Keyboard: the decision is a plain form (Tab, arrows, Enter); ``/static/review.js`` adds one-key choices
(``s``, ``n``, ``u``, ``k`` to skip) where JavaScript runs. A decision re-clusters the list at once.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from epoc.model.access import Permission, Viewer
from epoc.model.errors import EpocError
from epoc.services.list import review
from epoc.settings import Settings
from epoc.store import Store
from epoc.web.areas import Area, NavLink, Panel
from epoc.web.rendering import mark, page
from epoc.web.schemas.common import ErrorOut, wire
from epoc.web.schemas.list import DecisionIn, DecisionOut, JudgementOut, PairOut, QueueOut, UndoIn
from epoc.web.security import Principal, requires

router = APIRouter()
Editor = Annotated[Principal, requires(Permission.REVIEW)]
Skip = Annotated[str, Query(max_length=2000, pattern=r"^[0-9,]*$", description="Pair ids to pass over.")]
Text = Annotated[str, Form(max_length=2000)]


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _skipped(skip: str) -> list[int]:
    return [int(p) for p in skip.split(",") if p.strip().isdigit()]


def _pair_page(
    request: Request,
    who: Principal,
    pair: review.Pair | None,
    *,
    skip: list[int],
    judgement: int | None = None,
    error: str | None = None,
    form: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    context = {
        "pair": pair,
        "skip": skip,
        "skip_next": ",".join(str(i) for i in [*skip, pair.pair_id]) if pair else "",
        "judgement": judgement,
        "error": error,
        "form": form or {},
    }
    markings = [pair.marking] if pair else []
    return page(
        request, "review/pair.html", context, who=who, markings=markings, title="Review", status_code=status
    )


@router.get("/review", include_in_schema=False)
def review_page(
    request: Request,
    who: Editor,
    skip: Skip = "",
    judgement: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    """The next pair (passing over those skipped); after a decision, says which judgement it became."""
    skipped = _skipped(skip)
    pair = review.next_pair(_store(request), who.viewer, skipped)
    return _pair_page(request, who, pair, skip=skipped, judgement=judgement)


@router.get("/review/pairs/{pair_id}", include_in_schema=False)
def pair_page(request: Request, who: Editor, pair_id: int) -> Response:
    return _pair_page(request, who, review.show_pair(_store(request), pair_id, who.viewer), skip=[])


@router.post("/review/pairs/{pair_id}", include_in_schema=False)
def decide_page(
    request: Request,
    who: Editor,
    pair_id: int,
    verdict: Text = "",
    why: Text = "",
    skip: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    store = _store(request)
    try:
        result = review.decide(store, pair_id, verdict, who.viewer.username, why, who.viewer)
    except EpocError as exc:
        if exc.status == 404:
            raise
        pair = review.show_pair(store, pair_id, who.viewer)
        form = {"verdict": verdict, "why": why}
        return _pair_page(
            request, who, pair, skip=_skipped(skip), error=exc.message, form=form, status=exc.status
        )
    target = f"/review?judgement={result.judgement_id}"
    if _skipped(skip):
        target += "&skip=" + ",".join(str(i) for i in _skipped(skip))
    return RedirectResponse(target, status_code=303)


@router.get("/review/history", include_in_schema=False)
def history_page(
    request: Request, who: Editor, undone: Annotated[int | None, Query(ge=1)] = None
) -> Response:
    rows = review.history(_store(request), who.viewer, limit=200)
    return page(
        request,
        "review/history.html",
        {"rows": rows, "undone": undone, "error": None},
        who=who,
        markings=[r.marking for r in rows],
        title="Judgements",
    )


@router.post("/review/judgements/{judgement_id}/undo", include_in_schema=False)
def undo_page(request: Request, who: Editor, judgement_id: int, why: Text = "") -> Response:
    store = _store(request)
    try:
        review.undo(store, judgement_id, who.viewer.username, why, who.viewer)
    except EpocError as exc:
        if exc.status == 404:
            raise
        rows = review.history(store, who.viewer, limit=200)
        return page(
            request,
            "review/history.html",
            {"rows": rows, "undone": None, "error": f"Judgement {judgement_id}: {exc.message}"},
            who=who,
            markings=[r.marking for r in rows],
            title="Judgements",
            status_code=exc.status,
        )
    return RedirectResponse(f"/review/history?undone={judgement_id}", status_code=303)


# -- JSON ----------------------------------------------------------------------------------------------------
@router.get("/api/v1/review/next", response_model=PairOut | None, tags=["review"])
def next_json(request: Request, response: Response, who: Editor, skip: Skip = "") -> Any:
    """The next open pair you may review (best score first), both sides in full; null when none is left."""
    pair = review.next_pair(_store(request), who.viewer, _skipped(skip))
    mark(response, [pair.marking] if pair else [])
    return wire(PairOut, pair) if pair is not None else None


@router.get("/api/v1/review/pairs", response_model=QueueOut, tags=["review"])
def queue_json(
    request: Request, response: Response, who: Editor, limit: Annotated[int, Query(ge=1, le=1000)] = 50
) -> Any:
    """The open pairs you may review, likeliest first, and how many there are."""
    data = review.list_pairs(_store(request), who.viewer, limit)
    mark(response, [p.marking for p in data.pairs])
    return wire(QueueOut, data)


@router.get(
    "/api/v1/review/pairs/{pair_id}",
    response_model=PairOut,
    tags=["review"],
    responses={404: {"model": ErrorOut}},
)
def pair_json(request: Request, response: Response, who: Editor, pair_id: int) -> Any:
    """A queued (or decided) pair, both sides in full with every value's provenance."""
    pair = review.show_pair(_store(request), pair_id, who.viewer)
    mark(response, [pair.marking])
    return wire(PairOut, pair)


@router.post(
    "/api/v1/review/pairs/{pair_id}/decision",
    response_model=DecisionOut,
    tags=["review"],
    responses={404: {"model": ErrorOut}, 409: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def decide_json(request: Request, who: Editor, pair_id: int, body: DecisionIn) -> Any:
    """Decide a queued pair: same, not_same or unsure, with why; the list is re-clustered at once."""
    decision = review.decide(
        _store(request), pair_id, body.verdict, who.viewer.username, body.why, who.viewer
    )
    return wire(DecisionOut, decision)


@router.get("/api/v1/judgements", response_model=list[JudgementOut], tags=["review"])
def judgements_json(
    request: Request, response: Response, who: Editor, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> Any:
    """Judgements you may read (undone ones with who undid them, when and why), newest first."""
    rows = review.history(_store(request), who.viewer, limit)
    mark(response, [r.marking for r in rows])
    return wire(JudgementOut, rows)


@router.post(
    "/api/v1/judgements/{judgement_id}/undo",
    response_model=DecisionOut,
    tags=["review"],
    responses={404: {"model": ErrorOut}, 409: {"model": ErrorOut}},
)
def undo_json(request: Request, who: Editor, judgement_id: int, body: UndoIn) -> Any:
    """Undo a judgement (kept, marked undone); the list is re-clustered without it."""
    return wire(
        DecisionOut, review.undo(_store(request), judgement_id, who.viewer.username, body.why, who.viewer)
    )


def _queue_box(store: Store, viewer: Viewer, settings: Settings) -> dict[str, Any]:
    data = review.list_pairs(store, viewer, 5)
    return {
        "open": data.open,
        "pairs": data.pairs,
        "markings": [p.marking for p in data.pairs],
        "may_review": viewer.may(Permission.REVIEW),
    }


AREA = Area(
    "review",
    router,
    nav=(NavLink("Review", "/review", Permission.REVIEW),),
    panels=(Panel("Review queue", Permission.READ_LIST, "panels/review.html", _queue_box),),
)
