"""Documents: the list with full-text search, upload, a document with its mentions highlighted, and the
review queue of mentions — pages and their ``/api/v1`` JSON twins over the same service calls.

Only what the viewer may read is ever listed, counted, quoted in a snippet or queued; a document or mention
the viewer may not read is a 404 that says no more than "no document N". Every read and search is audited
(``services.document_views``); every decision is one transaction with who and when (``mention_review``).

Keyboard: the decisions are plain forms (Tab, Enter); ``/static/mentions.js`` adds ``j``/``k`` to move
between mentions and ``a``/``r`` to accept or reject the one in focus. HTMX swaps a decided mention in
place; without JavaScript the form posts and the page comes back with the decision shown.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from epoc.model import DocumentType, Marking, MarkingError, Schema
from epoc.model.access import Permission, Role, Viewer
from epoc.model.errors import EpocError, Forbidden, InvalidInput
from epoc.model.partners import check_affiliation
from epoc.services.documents import mentions as mention_review
from epoc.services.documents.extraction import lazy_extractor
from epoc.services.documents.ingest import Added, AddResult, DocumentOptions, NotAdded, add_upload
from epoc.services.documents.mentions import Decision
from epoc.services.documents.uploads import UploadJobs
from epoc.services.documents.views import (
    MENTIONS_KEPT,
    MENTIONS_PER_PAGE,
    DocumentQuery,
    Mention,
    browse_documents,
    mention_page_json,
    portion_segments,
    read_document,
    text_pages,
)
from epoc.settings import Settings
from epoc.store import Store
from epoc.web.areas import Area, NavLink, Panel
from epoc.web.rendering import is_htmx, mark, page
from epoc.web.schemas.common import ErrorOut, wire
from epoc.web.schemas.documents import (
    AddedOut,
    DocumentOut,
    DocumentPageOut,
    DocumentUploadForm,
    MentionDecisionIn,
    MentionDecisionOut,
    QueuedMentionOut,
)
from epoc.web.security import Principal, requires

log = logging.getLogger("epoc.web")
router = APIRouter()
Reader = Annotated[Principal, requires(Permission.READ_DOCUMENTS)]
Uploader = Annotated[Principal, requires(Permission.CIRCULATE)]
Reviewer = Annotated[Principal, requires(Permission.REVIEW)]
Filter = Annotated[str, Query(max_length=200)]
PageNo = Annotated[int, Query(alias="page", ge=1, le=100_000)]
PerPage = Annotated[int, Query(ge=1, le=200)]
Text = Annotated[str, Form(max_length=2000)]
MAX_FILES = 50  # one upload
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
DECISIONS = ("accept", "create", "correct", "reject")


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


# -- the list ------------------------------------------------------------------------------------------------
@router.get("/documents", include_in_schema=False)
def documents_page(
    request: Request,
    who: Reader,
    q: Filter = "",
    type: Filter = "",
    partner: Filter = "",
    page_no: PageNo = 1,
    per_page: PerPage = 50,
) -> Response:
    """The documents, newest first, or the best matches for the words; HTMX swaps the results as the
    filters change (without JavaScript the form submits the same URL)."""
    query = DocumentQuery(q, type, partner, page_no, per_page)
    fragment = is_htmx(request)
    try:
        data = browse_documents(_store(request), query, who.viewer)
        error = None
    except InvalidInput as exc:
        empty = browse_documents(_store(request), DocumentQuery(per_page=per_page), who.viewer)
        data, error = replace(empty, documents=(), total=0), exc.message
    context = {
        "data": data,
        "f": query,
        "oob": fragment,
        "error": error,
        "may_upload": who.viewer.may(Permission.CIRCULATE),
    }
    return page(
        request,
        "documents/_results.html" if fragment else "documents/list.html",
        context,
        who=who,
        markings=[data.marking],
        title="Documents",
        status_code=422 if error else 200,
    )


@router.get(
    "/api/v1/documents",
    response_model=DocumentPageOut,
    tags=["documents"],
    responses={422: {"model": ErrorOut}},
)
def documents_json(
    request: Request,
    response: Response,
    who: Reader,
    q: Annotated[str, Query(max_length=200, description="Words the documents must all hold.")] = "",
    type: Annotated[str, Query(max_length=20, description="denial, ie_paper, plenary_paper or other.")] = "",
    partner: Annotated[str, Query(max_length=8, description="The originating Partner's code.")] = "",
    page_no: PageNo = 1,
    per_page: PerPage = 50,
) -> Any:
    """Documents you may read: with `q`, the best matches with a highlighted snippet each; without, the
    newest first. Counts and Partners count only what you may read."""
    data = browse_documents(_store(request), DocumentQuery(q, type, partner, page_no, per_page), who.viewer)
    mark(response, [data.marking])
    return wire(DocumentPageOut, data)


# -- upload (before /documents/{document_id}) ---------------------------------------------------------------
def _options(who: Principal, form: DocumentUploadForm) -> DocumentOptions:
    try:
        day = date.fromisoformat(form.doc_date.strip()) if form.doc_date.strip() else None
    except ValueError:
        raise InvalidInput(f"date: {form.doc_date!r} is not a date (YYYY-MM-DD)") from None
    try:
        kind = DocumentType.parse(form.doc_type) if form.doc_type.strip() else None
    except ValueError:
        choices = ", ".join(t.value for t in DocumentType)
        raise InvalidInput(f"type: {form.doc_type!r} is not one of {choices}") from None
    originator = _originator(who, form.partner)
    try:
        parsed = Marking.parse(form.marking, originator) if form.marking.strip() else None
    except MarkingError as exc:
        raise InvalidInput(f"marking: {exc.message}") from None
    return DocumentOptions(
        partner=originator,
        doc_type=kind,
        doc_date=day,
        marking=parsed,
        meeting=form.meeting.strip()[:200] or None,
        added_by=who.viewer.username,
        actor=who.viewer,
    )


def _originator(who: Principal, partner: str) -> str | None:
    """The Partner a document is circulated by: a Partner's officer circulates their own Partner's
    documents (the default); the POC administrator may name any Partner (or leave it to the text)."""
    code = partner.strip().upper()
    if who.viewer.may(Permission.MANAGE_SOURCES):
        # a document comes from a Partner (or the POC): the same codes as an officer's affiliation
        return check_affiliation(Role.OFFICER, code) if code else None
    own = who.viewer.partner
    if code and code != own:
        raise Forbidden(f"partner: you circulate documents for {own}, not {code}")
    return own


def _received(request: Request, files: list[UploadFile]) -> list[tuple[str, bytes | str]]:
    """Each file's cleaned name and its bytes, read straight from the upload (no copy to a file of ours),
    or the reason it is refused at once (too large: reading stops at the limit)."""
    if not files or all(not (f.filename or "").strip() for f in files):
        raise InvalidInput("files: choose at least one file")
    if len(files) > MAX_FILES:
        raise InvalidInput(f"files: at most {MAX_FILES} at a time")
    limit = request.app.state.settings.document_limits.max_bytes
    out: list[tuple[str, bytes | str]] = []
    for upload in files:
        name = _SAFE_NAME.sub("_", Path(upload.filename or "upload").name).strip("._") or "upload"
        data = upload.file.read(limit + 1)
        if len(data) > limit:
            out.append((name, f"{name}: larger than {limit // (1024 * 1024)} MiB (EPOC_MAX_DOCUMENT_MB)"))
        else:
            out.append((name, data))
    return out


def _uploads(request: Request) -> UploadJobs:
    return request.app.state.document_uploads  # type: ignore[no-any-return]


def _upload_page(
    request: Request,
    who: Principal,
    *,
    error: str | None = None,
    form: DocumentUploadForm | None = None,
    status: int = 200,
) -> Response:
    context = {
        "error": error,
        "form": form or DocumentUploadForm(),
        "types": [t.value for t in DocumentType],
        "max_mb": request.app.state.settings.max_document_mb,
    }
    return page(
        request, "documents/upload.html", context, who=who, title="Upload documents", status_code=status
    )


@router.get("/documents/upload", include_in_schema=False)
def upload_form(request: Request, who: Uploader) -> Response:
    return _upload_page(request, who)


@router.post("/documents/upload", include_in_schema=False)
def upload_page(
    request: Request,
    who: Uploader,
    form: Annotated[DocumentUploadForm, Form()],
    # a browser sends an empty string for a file input left empty: that is "no file", said in words below
    files: Annotated[list[UploadFile | str], File()] = [],  # noqa: B006 (FastAPI reads it)
) -> Response:
    """The files are handed to a background job at once; the browser goes to its progress page."""
    try:
        options = _options(who, form)
        received = _received(request, [f for f in files if not isinstance(f, str)])
    except EpocError as exc:
        return _upload_page(request, who, error=exc.message, form=form, status=exc.status)
    store = _store(request)
    settings = request.app.state.settings
    extractor = lazy_extractor(store, settings.index_dir)
    job = _uploads(request).start(who.viewer, received, options, settings.document_limits, extractor)
    return RedirectResponse(f"/documents/uploads/{job.id}", status_code=303)


@router.get("/documents/uploads/{job_id}", include_in_schema=False)
def upload_job_page(request: Request, who: Uploader, job_id: str) -> Response:
    """How far each file is (HTMX polls the fragment), then each file's result, marked as they are."""
    job = _uploads(request).get(job_id, who.viewer)
    fragment = is_htmx(request)
    return page(
        request,
        "documents/_upload_progress.html" if fragment else "documents/upload_job.html",
        {"job": job, "oob": fragment},
        who=who,
        markings=[r.marking for r in job.results if isinstance(r, Added)],
        title="Uploading documents",
    )


@router.post(
    "/api/v1/documents",
    response_model=list[AddedOut],
    tags=["documents"],
    responses={422: {"model": ErrorOut}},
)
def upload_json(
    request: Request,
    response: Response,
    who: Uploader,
    form: Annotated[DocumentUploadForm, Form()],
    files: Annotated[list[UploadFile], File(description="One or several documents.")],
) -> Any:
    """Add documents, each read, marked, extracted and stored in one transaction: one result per file, a
    file that fails with its `error` (the others still go in); 207 when some failed, 422 when all did."""
    options = _options(who, form)
    store = _store(request)
    settings = request.app.state.settings
    extractor = lazy_extractor(store, settings.index_dir)
    results: list[AddResult] = []
    for name, data in _received(request, files):
        if isinstance(data, str):
            results.append(NotAdded(name, data))
            continue
        try:
            result = add_upload(store, name, data, options, settings.document_limits, extractor)
        except Exception:  # a reader's bug must not take the other files down
            log.exception("adding the uploaded document %s", name)
            result = NotAdded(name, f"{name}: could not be read")
        results.append(result)
    added = [r for r in results if isinstance(r, Added)]
    response.status_code = 200 if len(added) == len(results) else 207 if added else 422
    mark(response, [r.marking for r in added])
    return wire(AddedOut, results)


# -- one document --------------------------------------------------------------------------------------------
@router.get("/documents/{document_id}", include_in_schema=False)
def document_page(request: Request, who: Reader, document_id: int, page_no: PageNo = 1) -> Response:
    """A document's text a page at a time (``text_pages``), its mentions highlighted, and the kept
    mentions of that page listed."""
    doc = read_document(_store(request), document_id, who.viewer)
    pages = text_pages(doc.view.text)
    page_no = min(page_no, len(pages))
    start, end = pages[page_no - 1]
    total = doc.mentions_total or 0
    context = {
        # the document's keys as its JSON has them, its marking a Marking and its mentions typed
        "d": {
            **doc.view.to_json([]),
            "marking": doc.marking,
            "mentions": doc.mentions,
            "mentions_total": total,
        },
        "portions": portion_segments(doc, start, end),
        "shown": [m for m in doc.mentions if start <= m.start < end],
        "page_no": page_no,
        "pages": len(pages),
        "may_review": who.viewer.may(Permission.REVIEW),
        "counts": _counts(doc.mentions),
        "not_kept": total - len(doc.mentions),
    }
    # the banner is the reader's: the strictest of the portions (and mentions) they are shown
    markings = [doc.marking, *(m.marking for m in doc.mentions)]
    return page(request, "documents/document.html", context, who=who, markings=markings, title=doc.title)


def _counts(mentions: list[Mention]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.kind] = counts.get(m.kind, 0) + 1
    return counts


@router.get(
    "/api/v1/documents/{document_id}",
    response_model=DocumentOut,
    tags=["documents"],
    responses={404: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def document_json(
    request: Request,
    response: Response,
    who: Reader,
    document_id: int,
    page_no: PageNo = 1,
    per_page: Annotated[int, Query(ge=1, le=MENTIONS_KEPT)] = MENTIONS_PER_PAGE,
) -> Any:
    """A document as you may read it: metadata, your banner, the portions released to you (withheld ones
    are absent: `text` is your portions end to end, offsets are in it), the declassification date,
    attachments, and the mentions of your portions (entities with the entity their record belongs to,
    technology with its Annex entries, candidates) — the strongest of each entity, Annex entry or
    candidate name, up to a cap, `per_page` at a time (`mentions_total` counts them all, `mentions_kept`
    those kept). A document with no portion for you is a 404."""
    doc = read_document(_store(request), document_id, who.viewer)
    mark(response, [doc.marking, *(m.marking for m in doc.mentions)])
    return mention_page_json(doc, page_no, per_page)


# -- the review queue of mentions ----------------------------------------------------------------------------
def _queue_page(
    request: Request,
    who: Principal,
    *,
    document: int | None,
    done: mention_review.MentionHistory | None = None,
    error: str | None = None,
    status: int = 200,
    page_no: int = 1,
) -> Response:
    queue = mention_review.review_page(_store(request), who.viewer, document, page=page_no)
    context = {
        "queue": queue.mentions,
        "total": queue.total,
        "page_no": queue.page,
        "pages": queue.pages,
        "done": done,
        "error": error,
        "document": document,
        "schemas": [s.value for s in Schema],
    }
    markings = [m.marking for m in queue.mentions] + ([done.marking] if done else [])
    return page(
        request,
        "documents/mentions.html",
        context,
        who=who,
        markings=markings,
        title="Mentions",
        status_code=status,
    )


@router.get("/mentions", include_in_schema=False)
def mentions_page(
    request: Request,
    who: Reviewer,
    document: Annotated[int | None, Query(ge=1)] = None,
    done: Annotated[int | None, Query(ge=1)] = None,
    page_no: PageNo = 1,
) -> Response:
    """The mentions waiting for a decision, document by document, a page at a time; after a decision (no
    JavaScript), that mention and who decided it when."""
    decided = mention_review.mention_with_decisions(_store(request), done, who.viewer) if done else None
    return _queue_page(request, who, document=document, done=decided, page_no=page_no)


def _decide(
    request: Request, viewer: Viewer, mention_id: int, body: MentionDecisionIn
) -> mention_review.MentionDecided | mention_review.MentionCorrected:
    """The one place a decision (from a form or JSON) reaches the service."""
    store = _store(request)
    decision = Decision(mention_id, viewer.username, (body.note or "").strip() or None)
    if body.decision == "accept":
        return mention_review.accept(store, decision, (body.entity_id or "").strip() or None, viewer)
    if body.decision == "create":
        try:
            schema = Schema.parse(body.schema_) if body.schema_ else None
        except ValueError:
            raise InvalidInput(f"schema: {body.schema_!r} is not one of {', '.join(Schema)}") from None
        created = mention_review.create(store, decision, schema, (body.name or "").strip() or None, viewer)
        request.app.state.resolver.request()  # the new record reaches the list of entities by itself
        return created
    if body.decision == "correct":
        entity = (body.entity_id or "").strip() or None
        label = (body.label or "").strip() or None
        if body.start is None and body.end is None and entity is None and label is None:
            raise InvalidInput("correct: give a new span (start, end), an entity or a label")
        return mention_review.correct(store, decision, body.start, body.end, entity, label, viewer)
    return mention_review.reject(store, decision, viewer)


def _number(value: str, name: str) -> int | None:
    if not value.strip():
        return None
    if not value.strip().isdigit():
        raise InvalidInput(f"{name}: {value!r} is not a number")
    return int(value)


@router.post("/mentions/{mention_id}/decision", include_in_schema=False)
def decide_page(
    request: Request,
    who: Reviewer,
    mention_id: int,
    decision: Annotated[str, Form(max_length=10)] = "",
    entity_id: Annotated[str, Form(max_length=100)] = "",
    record_type: Annotated[str, Form(max_length=20, alias="schema")] = "",
    name: Annotated[str, Form(max_length=500)] = "",
    start: Annotated[str, Form(max_length=12)] = "",
    end: Annotated[str, Form(max_length=12)] = "",
    label: Annotated[str, Form(max_length=40)] = "",
    note: Text = "",
    document: Annotated[str, Form(max_length=12)] = "",
) -> Response:
    store = _store(request)
    back = _number(document, "document") if document.strip().isdigit() else None
    try:
        if decision not in DECISIONS:
            raise InvalidInput(f"decision: choose one of {', '.join(DECISIONS)}")
        body = _decision_body(
            {
                "decision": decision,
                "entity_id": entity_id or None,
                "schema": record_type or None,
                "name": name or None,
                "start": _number(start, "start"),
                "end": _number(end, "end"),
                "label": label or None,
                "note": note or None,
            }
        )
        _decide(request, who.viewer, mention_id, body)
    except EpocError as exc:
        if exc.status == 404:
            raise
        if is_htmx(request):
            # HTMX swaps only a 2xx answer: the card comes back with the error in it, and a 200
            mention = mention_review.mention_with_decisions(store, mention_id, who.viewer)
            return _mention_fragment(request, who, mention, document=back, error=exc.message)
        return _queue_page(
            request, who, document=back, error=f"Mention {mention_id}: {exc.message}", status=exc.status
        )
    mention = mention_review.mention_with_decisions(store, mention_id, who.viewer)
    if is_htmx(request):
        return _mention_fragment(request, who, mention, document=back)
    target = f"/mentions?done={mention_id}" + (f"&document={back}" if back else "")
    return RedirectResponse(target, status_code=303)


def _decision_body(values: dict[str, Any]) -> MentionDecisionIn:
    try:
        return MentionDecisionIn.model_validate(values)
    except ValidationError as exc:
        problem = exc.errors()[0]
        raise InvalidInput(f"{'.'.join(str(p) for p in problem['loc'])}: {problem['msg']}") from None


def _mention_fragment(
    request: Request,
    who: Principal,
    mention: mention_review.MentionHistory,
    *,
    document: int | None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    waiting = mention_review.review_page(_store(request), who.viewer, document, per_page=1).total
    context = {
        "m": mention,
        "mention_error": error,
        "schemas": [s.value for s in Schema],
        "document": document,
        "waiting": waiting,  # the page's count, swapped out of band
    }
    return page(
        request,
        "documents/_mention.html",
        context,
        who=who,
        markings=[mention.marking],
        status_code=status,
    )


@router.get("/api/v1/mentions", response_model=list[QueuedMentionOut], tags=["documents"])
def queue_json(
    request: Request,
    response: Response,
    who: Reviewer,
    document: Annotated[int | None, Query(ge=1, description="Only this document's mentions.")] = None,
    status: Annotated[
        str, Query(pattern="^(pending|accepted|created|rejected|all)$", description="Default pending.")
    ] = "pending",
    limit: Annotated[int, Query(ge=1, le=1000, description="Mentions per page.")] = 100,
    page_no: PageNo = 1,
) -> Any:
    """Entity and candidate mentions you may read, by document and place: those waiting for a decision (or
    with `status`, those decided so), `limit` at a time; `X-Total-Count` says how many there are in all."""
    queue = mention_review.review_page(
        _store(request),
        who.viewer,
        document,
        status=None if status == "all" else status,
        page=page_no,
        per_page=limit,
    )
    mark(response, [r.marking for r in queue.mentions])
    response.headers["X-Total-Count"] = str(queue.total)
    return [m.to_json() for m in queue.mentions]


@router.post(
    "/api/v1/mentions/{mention_id}/decision",
    response_model=MentionDecisionOut,
    tags=["documents"],
    responses={404: {"model": ErrorOut}, 409: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def decide_json(request: Request, who: Reviewer, mention_id: int, body: MentionDecisionIn) -> Any:
    """Decide a pending mention — accept it as evidence for an entity, create a new record from it, correct
    its span, entity or label (it stays pending), or reject it — in one transaction, with who and when."""
    return wire(MentionDecisionOut, _decide(request, who.viewer, mention_id, body))


# -- the dashboard -------------------------------------------------------------------------------------------
def _latest_box(store: Store, viewer: Viewer, settings: Settings) -> dict[str, Any]:
    data = browse_documents(store, DocumentQuery(per_page=5), viewer)
    return {"total": data.total, "documents": data.documents, "markings": [data.marking]}


AREA = Area(
    "documents",
    router,
    nav=(
        NavLink("Documents", "/documents", Permission.READ_DOCUMENTS),
        NavLink("Mentions", "/mentions", Permission.REVIEW),
    ),
    panels=(Panel("Latest documents", Permission.READ_DOCUMENTS, "panels/documents.html", _latest_box),),
)
