"""Screening: one party with every hit explained, a file of parties in the background, and the JSON API.

Every answer comes from the app's one warm screener (``app.state.screener``) on behalf of the viewer: hits,
names, counts and explanations only from records the viewer may read, each query on the audit trail. A page
is marked with the strictest marking of the records its hits show.

The form works without JavaScript (a full page comes back); with it, HTMX swaps the result in. A batch job
page polls its progress with HTMX; without JavaScript it has a refresh link.
"""

from __future__ import annotations

import functools
import re
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from epoc.matching.party import Party
from epoc.model import Schema
from epoc.model.access import Permission
from epoc.model.errors import EpocError, InvalidInput
from epoc.model.marking import Marking
from epoc.services.screening.io import Query as Line
from epoc.services.screening.jobs import BatchJob, BatchJobs
from epoc.services.screening.warm import NamePair, Screened, WarmScreener, name_pairs
from epoc.web.areas import Area, NavLink
from epoc.web.rendering import MARKING_HEADER, is_htmx, page, strictest
from epoc.web.schemas.common import ErrorOut
from epoc.web.schemas.screening import AlgorithmsOut, BatchIn, BatchOut, PartyIn, ScreenOut
from epoc.web.security import Principal, inline_db, requires
from epoc.web.trail import AuditBatch

router = APIRouter()
MayScreen = Annotated[Principal, requires(Permission.SCREEN)]
Short = Annotated[str, Form(max_length=200)]
Long = Annotated[str, Form(max_length=20_000)]
Threshold = Annotated[
    float | None, Query(ge=0.0, le=1.0, description="Score at which a hit is a match (default 0.7).")
]
Limit = Annotated[int | None, Query(ge=1, le=100, description="At most this many entities (default 5).")]
SCHEMAS = [s.value for s in Schema]
_SPLIT = re.compile(r"[,;\n]")


def _screener(request: Request) -> WarmScreener:
    return request.app.state.screener  # type: ignore[no-any-return]


def _audit_batch(request: Request) -> AuditBatch:
    return request.app.state.audit_batch  # type: ignore[no-any-return]


def _jobs(request: Request) -> BatchJobs:
    return request.app.state.screen_jobs  # type: ignore[no-any-return]


def _lines(text: str) -> list[str]:
    return [t.strip() for t in text.splitlines() if t.strip()]


def _items(text: str) -> list[str]:
    return [t.strip() for t in _SPLIT.split(text) if t.strip()]


def _threshold(text: str) -> float | None:
    if not text.strip():
        return None
    try:
        return float(text)
    except ValueError:
        raise InvalidInput(f"threshold: {text!r} is not a number between 0 and 1") from None


def _features(request: Request) -> dict[str, str]:
    return {f["name"]: f["description"] for f in _screener(request).screener.scorer.algorithms()}


def _form_page(
    request: Request,
    who: Principal,
    *,
    form: dict[str, str] | None = None,
    result: Screened | None = None,
    aliases: list[list[NamePair]] | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    """The screening page (or, for HTMX, the result fragment alone), marked as its hits are."""
    fragment = is_htmx(request)
    context = {
        "form": form or {"schema": "", "threshold": ""},
        "schemas": SCHEMAS,
        "result": result,
        "aliases": aliases or [],
        "error": error,
        "features": _features(request),
        "jobs": [] if fragment else _jobs(request).of(who.viewer),
        "threshold": _screener(request).threshold,
        "max_mb": request.app.state.settings.max_screen_mb,
        "oob": fragment,
    }
    return page(
        request,
        "screening/_result.html" if fragment else "screening/screen.html",
        context,
        who=who,
        markings=list(result.markings) if result else [],
        title="Screen",
        caveat=result is not None and not fragment,
        status_code=200 if fragment else status,  # HTMX swaps only successful answers in
    )


@router.get("/screen", include_in_schema=False)
def screen_form(request: Request, who: MayScreen) -> Response:
    return _form_page(request, who)


@router.post("/screen", include_in_schema=False)
def screen_page(
    request: Request,
    who: MayScreen,
    kind: Annotated[str, Form(alias="schema", max_length=200)] = "",
    names: Long = "",
    countries: Long = "",
    birth_dates: Long = "",
    addresses: Long = "",
    identifiers: Long = "",
    threshold: Short = "",
) -> Response:
    form = {
        "schema": kind,
        "names": names,
        "countries": countries,
        "birth_dates": birth_dates,
        "addresses": addresses,
        "identifiers": identifiers,
        "threshold": threshold,
    }
    data = {
        "schema": kind or None,
        "names": _lines(names),
        "countries": _items(countries),
        "birth_dates": _items(birth_dates),
        "addresses": _lines(addresses),
        "identifiers": _items(identifiers),
    }
    try:
        party = Party.from_query(data)
        [result] = _screener(request).screen(
            [Line(1, None, party, None)], who.viewer, threshold=_threshold(threshold)
        )
    except EpocError as exc:
        return _form_page(request, who, form=form, error=exc.message, status=exc.status)
    store = request.app.state.store
    # With aliases in the query: which of them met which list name, hit by hit.
    aliases = (
        [name_pairs(store, party, h, who.viewer) for h in result.hits or []] if len(party.names) > 1 else []
    )
    return _form_page(request, who, form=form, result=result, aliases=aliases)


# -- batch ---------------------------------------------------------------------------------------------------
def _read_upload(request: Request, upload: UploadFile) -> tuple[str, bytes]:
    """The upload's name and bytes (CSV, JSON lines or Parquet), refused past the size limit
    (EPOC_MAX_SCREEN_MB); the format and the text's encoding are found when it is read."""
    settings = request.app.state.settings
    limit = settings.max_screen_mb * 1024 * 1024
    name = (upload.filename or "upload").rsplit("/", 1)[-1][:200]
    data = upload.file.read(limit + 1)
    if len(data) > limit:
        raise InvalidInput(f"{name}: larger than {settings.max_screen_mb} MiB (EPOC_MAX_SCREEN_MB)")
    return name, data


@router.post("/screen/batch", include_in_schema=False)
def batch_page(
    request: Request,
    who: MayScreen,
    file: Annotated[UploadFile, File()],
    threshold: Short = "",
) -> Response:
    try:
        name, data = _read_upload(request, file)
        job = _jobs(request).start(who.viewer, name, data, _threshold(threshold))
    except EpocError as exc:
        return _form_page(request, who, error=exc.message, status=exc.status)
    return RedirectResponse(f"/screen/jobs/{job.id}", status_code=303)


def _job_page(request: Request, who: Principal, job: BatchJob) -> Response:
    fragment = is_htmx(request)
    return page(
        request,
        "screening/_progress.html" if fragment else "screening/job.html",
        {"job": job, "oob": fragment},
        who=who,
        markings=[job.marking],
        title=f"Screening {job.filename}",
        caveat=job.finished_ok and not fragment,
    )


@router.get("/screen/jobs/{job_id}", include_in_schema=False)
def job_page(request: Request, who: MayScreen, job_id: str) -> Response:
    """The job's progress (HTMX polls the fragment of it) and, once done, its downloads."""
    return _job_page(request, who, _jobs(request).get(job_id, who.viewer))


@router.get("/screen/jobs/{job_id}/results.{fmt}", include_in_schema=False)
def job_results(request: Request, who: MayScreen, job_id: str, fmt: str) -> Response:
    """The results of a finished job as JSON lines (as `epoc screen` writes them) or CSV, marked."""
    job, body = _jobs(request).results(job_id, who.viewer, fmt)
    media = "application/x-ndjson" if fmt == "jsonl" else "text/csv"
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", job.filename.rsplit(".", 1)[0])[:80] or "parties"
    return Response(
        body,
        media_type=f"{media}; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="screened-{stem}.{fmt}"',
            MARKING_HEADER: job.marking.banner,
        },
    )


# -- JSON ----------------------------------------------------------------------------------------------------
@router.post(
    "/api/v1/screen",
    response_model=ScreenOut,
    tags=["screening"],
    responses={422: {"model": ErrorOut}},
)
async def screen_json(
    request: Request,
    who: MayScreen,
    body: PartyIn,
    threshold: Threshold = None,
    limit: Limit = None,
) -> Any:
    """Screen one party (an `epoc screen` input line): its best entities, best first, each explained, as
    an `epoc screen` output line. Only records you may read are searched, counted and shown; the
    `X-Epoc-Marking` header is the strictest marking of the records in the answer."""
    # On SQLite, run in the event loop, not a worker thread: one party is about a millisecond of CPU, less
    # than the thread hops would cost, and the loop serialises the requests without contention for the GIL
    # (``inline_db``). Bringing the index in step (a list changed: it may load or build segments) and, on
    # PostgreSQL, the whole screening (its statements are network round trips) go to a worker thread.
    try:
        line = Line(1, body.id, Party.from_query(body.contract()), None)
    except EpocError as exc:
        raise InvalidInput(exc.message) from None
    screener = _screener(request)
    if screener.due():
        await run_in_threadpool(screener.ensure_fresh)
    if inline_db(request):
        answer = screener.answer([line], who.viewer, threshold=threshold, limit=limit)
    else:
        answer = await run_in_threadpool(
            functools.partial(screener.answer, [line], who.viewer, threshold=threshold, limit=limit)
        )
    # the audit entry before the answer, written with those of the other requests in flight
    await _audit_batch(request).write([answer.event])
    [result] = answer.results
    return _as_cli(result.to_json(), result.markings)


@router.post(
    "/api/v1/screen/batch",
    response_model=BatchOut,
    tags=["screening"],
    responses={422: {"model": ErrorOut}},
)
def batch_json(
    request: Request,
    who: MayScreen,
    body: BatchIn,
    threshold: Threshold = None,
    limit: Limit = None,
) -> Any:
    """Screen up to 1000 parties at once, in order; a bad one is answered `{"id", "error"}` as `epoc screen`
    does. (Larger files: the batch page runs them in the background.)"""
    lines = []
    for number, data in enumerate(body.parties, start=1):
        ident = data.get("id") if isinstance(data, dict) else None
        try:
            lines.append(Line(number, ident, Party.from_query(data), None))
        except EpocError as exc:
            lines.append(Line(number, ident, None, f"party {number}: {exc.message}"))
    results = _screener(request).screen(lines, who.viewer, threshold=threshold, limit=limit)
    return _as_cli({"results": [r.to_json() for r in results]}, [m for r in results for m in r.markings])


def _as_cli(body: Any, markings: list[Marking] | tuple[Marking, ...]) -> Response:
    """The lines exactly as `epoc screen` writes them (``"id": null`` included), marked in the header."""
    return JSONResponse(body, headers={MARKING_HEADER: strictest(markings).banner})


@router.get("/api/v1/algorithms", response_model=AlgorithmsOut, tags=["screening"])
def algorithms_json(request: Request, who: MayScreen) -> Any:
    """The features the scorer weighs, each with the explanation it gives, and the default threshold (as
    `epoc algorithms --json`)."""
    scorer = _screener(request).screener.scorer
    return {"threshold": scorer.threshold, "features": scorer.algorithms()}


AREA = Area("screening", router, nav=(NavLink("Screen", "/screen", Permission.SCREEN),))
