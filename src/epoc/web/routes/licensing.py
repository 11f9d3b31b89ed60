"""The licensing desk: applications (entered by form or file, assessed line by line), their decisions, the
no-undercut consultations between Partners, and the denials due for review — pages and their ``/api/v1``
twins over ``services.licensing``. An application is read by its own Partner's licensing officers only; a
consultation by the two Partners it joins.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from epoc.model import ImportFailure, Marking
from epoc.model.access import Permission, Viewer
from epoc.model.errors import EpocError, InvalidInput
from epoc.model.licensing import RED_FLAGS, Application
from epoc.services.denials.notifications import DenialView
from epoc.services.licensing.applications import (
    ApplicationView,
    DeskOptions,
    add_application,
    circulate_draft,
    decide,
    get_application,
    list_applications,
    reassess,
)
from epoc.services.licensing.attachments import attach, list_attachments, read_attachment
from epoc.services.licensing.consultations import (
    awaiting_reply,
    list_consultations,
    list_notices,
    read_consultations,
    reply,
)
from epoc.services.licensing.io import (
    TEMPLATE_SUFFIXES,
    application_from,
    application_from_text,
    draft_from_bytes,
)
from epoc.services.licensing.lifecycle import amend, due_for_review, renew, revoke
from epoc.services.screening.screener import Screener
from epoc.settings import Settings
from epoc.store import Store
from epoc.web.areas import Area, NavLink, Panel
from epoc.web.rendering import mark, page
from epoc.web.schemas.common import ErrorOut, wire
from epoc.web.schemas.documents import DenialOut
from epoc.web.schemas.licensing import (
    AmendIn,
    ApplicationIn,
    ApplicationOut,
    AttachmentOut,
    CirculatedOut,
    ConsultationOut,
    DecisionIn,
    DecisionOut,
    DenialReviewedOut,
    DraftOut,
    NoticeOut,
    ReplyIn,
)
from epoc.web.security import Principal, requires

router = APIRouter()
Officer = Annotated[Principal, requires(Permission.LICENSING)]
Field = Annotated[str, Form(max_length=2000)]
DUE_WITHIN = 90  # the dashboard's and the queue's default window, in days
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut},
    409: {"model": ErrorOut},
    422: {"model": ErrorOut},
}


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _options(request: Request) -> DeskOptions:
    return DeskOptions.from_settings(request.app.state.settings)


def _screener(request: Request) -> Screener:
    """The process's warm screener, brought in step with the lists (it keeps its own lock)."""
    warm = request.app.state.screener
    warm.warm()
    return warm.screener  # type: ignore[no-any-return]


def _add(request: Request, who: Principal, application: Application, origin: str) -> ApplicationView:
    partner = who.viewer.partner or ""
    return add_application(
        _store(request),
        _screener(request),
        application,
        partner,
        who.viewer,
        options=_options(request),
        origin=origin,
        refresh=False,
    )


def _show(request: Request, who: Principal, application_id: int) -> ApplicationView:
    return get_application(
        _store(request),
        _screener(request),
        application_id,
        who.viewer,
        options=_options(request),
        refresh=False,
    )


def _markings(view: ApplicationView) -> list[Marking]:
    """An application's marking and its consultations'."""
    return [view.marking, *(c.marking for c in view.consultations)]


def _form_application(values: dict[str, str], flags: list[str]) -> Application:
    """The form's flat fields as the contract's application (one item; parties by role)."""
    parties = []
    for role in ("consignee", "end_user", "purchaser"):
        name = values.get(f"{role}_name", "").strip()
        if name:
            parties.append(
                {
                    "role": role,
                    "name": name,
                    "country": values.get(f"{role}_country", "").strip() or None,
                    "address": values.get(f"{role}_address", "").strip() or None,
                }
            )
    for line in values.get("intermediaries", "").splitlines():
        name, _, country = line.partition(";")
        if name.strip():
            parties.append({"role": "intermediary", "name": name.strip(), "country": country.strip() or None})
    other = values.get("other_red_flag", "").strip()
    return application_from(
        {
            "reference": values.get("reference", ""),
            "exporter": values.get("exporter", ""),
            "destination": values.get("destination", ""),
            "end_use": values.get("end_use", ""),
            "parties": parties,
            "items": [
                {
                    "description": values.get("description", ""),
                    "annex": values.get("annex", ""),
                    "quantity": values.get("quantity", ""),
                    "value": values.get("value", ""),
                },
                *_more_items(values.get("more_items", "")),
            ],
            "red_flags": [f for f in flags if f in RED_FLAGS] + ([other] if other else []),
        }
    )


def _more_items(text: str) -> list[dict[str, str]]:
    """The form's further items, one per line: description; Annex entry; quantity; value."""
    items = []
    for line in text.splitlines():
        description, annex, quantity, value = [*[p.strip() for p in line.split(";")], "", "", ""][:4]
        if description:
            items.append({"description": description, "annex": annex, "quantity": quantity, "value": value})
    return items


def _upload_bytes(request: Request, upload: UploadFile) -> tuple[str, bytes]:
    """An upload's own name and bytes, read no further than the document limit (EPOC_MAX_DOCUMENT_MB)."""
    limits = request.app.state.settings.document_limits
    name = Path(upload.filename or "upload").name
    data = upload.file.read(limits.max_bytes + 1)
    limits.check_size(len(data), name)
    return name, data


def _read_upload(request: Request, upload: UploadFile) -> Application:
    name, data = _upload_bytes(request, upload)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"{name}: not UTF-8 text") from None
    try:
        return application_from_text(text, name)
    except ImportFailure as exc:
        raise InvalidInput(exc.message) from None


def _draft_form(draft: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    """A document's draft as the entry form's fields, and what the officer must confirm or supply: the
    tagger's Annex suggestion fills an item's entry only where the document states none, and says so."""
    fields = draft["application"]
    form = {k: fields[k] or "" for k in ("reference", "exporter", "destination", "end_use")}
    for role in ("consignee", "end_user", "purchaser"):
        party = next((p for p in fields["parties"] if p["role"] == role), None)
        if party is not None:
            form |= {f"{role}_{k}": party[k] or "" for k in ("name", "country", "address")}
    others = [p for p in fields["parties"] if p["role"] == "intermediary"]
    form["intermediaries"] = "\n".join(f"{p['name']}; {p['country'] or ''}".rstrip("; ") for p in others)
    notes = list(draft["missing"]) + list(draft["notes"])
    rows = []
    for n, (item, suggested) in enumerate(zip(fields["items"], draft["suggested_annex"], strict=True), 1):
        annex = item["annex"] or (suggested[0] if suggested else "")
        if not item["annex"] and suggested:
            notes.append(f"item {n}: Annex {annex} is the tagger's suggestion — confirm or correct it")
        rows.append([item["description"], annex, item["quantity"] or "", item["value"] or ""])
    if rows:
        form |= dict(zip(("description", "annex", "quantity", "value"), rows[0], strict=True))
        form["more_items"] = "\n".join("; ".join(r) for r in rows[1:])
    return form, notes


def _act(
    action: Callable[[], Any], failed: Callable[[str, int], Response], done: Callable[[Any], Response]
) -> Response:
    """A form's post: do it and answer ``done``; a refusal (bad input, a conflict) is said on the page
    ``failed`` renders; not found stays a 404."""
    try:
        result = action()
    except EpocError as exc:
        if exc.status == 404:
            raise
        return failed(exc.message, exc.status)
    return done(result)


def _see(url: str) -> Callable[[Any], Response]:
    return lambda _result: RedirectResponse(url, status_code=303)


# -- pages -----------------------------------------------------------------------------------------
def _list_page(
    request: Request,
    who: Principal,
    *,
    error: str | None = None,
    form: dict[str, str] | None = None,
    notes: list[str] | None = None,
    status: int = 200,
) -> Response:
    views = list_applications(_store(request), who.viewer)
    context = {
        "rows": views,
        "error": error,
        "form": form or {},
        "notes": notes,
        "red_flags": RED_FLAGS,
        "template_suffixes": TEMPLATE_SUFFIXES,
    }
    return page(
        request,
        "licensing/applications.html",
        context,
        who=who,
        markings=[v.marking for v in views],
        title="Applications",
        status_code=status,
    )


@router.get("/applications", include_in_schema=False)
def applications_page(request: Request, who: Officer) -> Response:
    """Your Partner's applications, newest first, and the forms to enter one."""
    return _list_page(request, who)


@router.post("/applications", include_in_schema=False)
def enter_page(
    request: Request,
    who: Officer,
    reference: Field = "",
    exporter: Field = "",
    destination: Field = "",
    end_use: Field = "",
    consignee_name: Field = "",
    consignee_country: Field = "",
    consignee_address: Field = "",
    end_user_name: Field = "",
    end_user_country: Field = "",
    end_user_address: Field = "",
    purchaser_name: Field = "",
    purchaser_country: Field = "",
    purchaser_address: Field = "",
    intermediaries: Field = "",
    description: Field = "",
    annex: Field = "",
    quantity: Field = "",
    value: Field = "",
    more_items: Field = "",
    red_flag: Annotated[list[str] | None, Form(max_length=50)] = None,
    other_red_flag: Field = "",
) -> Response:
    values = {k: v for k, v in locals().items() if isinstance(v, str)}
    try:
        result = _add(request, who, _form_application(values, red_flag or []), f"form:{who.viewer.username}")
    except EpocError as exc:
        return _list_page(request, who, error=exc.message, form=values, status=exc.status)
    return RedirectResponse(f"/applications/{result.application_id}", status_code=303)


@router.post("/applications/upload", include_in_schema=False)
def upload_page(request: Request, who: Officer, file: Annotated[UploadFile, File()]) -> Response:
    try:
        application = _read_upload(request, file)
        result = _add(request, who, application, Path(file.filename or "upload").name)
    except EpocError as exc:
        return _list_page(request, who, error=exc.message, status=exc.status)
    return RedirectResponse(f"/applications/{result.application_id}", status_code=303)


@router.post("/applications/import", include_in_schema=False)
def import_page(request: Request, who: Officer, file: Annotated[UploadFile, File()]) -> Response:
    """A document (PDF, DOCX, e-mail, text) read into the entry form, for the officer to confirm: nothing is
    entered until the form is sent."""
    try:
        name, data = _upload_bytes(request, file)
        draft = draft_from_bytes(data, name, request.app.state.settings.document_limits).to_json()
    except EpocError as exc:
        return _list_page(request, who, error=exc.message, status=exc.status)
    form, notes = _draft_form(draft)
    return _list_page(request, who, form=form, notes=[f"Read from {name}: confirm before entering.", *notes])


def _detail(
    request: Request, who: Principal, view: ApplicationView, *, error: str | None = None, status: int = 200
) -> Response:
    return page(
        request,
        "licensing/application.html",
        {"a": view, "error": error},
        who=who,
        markings=_markings(view),
        title=f"Application {view.reference}",
        status_code=status,
    )


@router.get("/applications/{application_id}", include_in_schema=False)
def application_page(request: Request, who: Officer, application_id: int) -> Response:
    """One application: the assessment line by line with its evidence, its consultations, the decision."""
    return _detail(request, who, _show(request, who, application_id))


@router.post("/applications/{application_id}/decision", include_in_schema=False)
def decide_page(
    request: Request,
    who: Officer,
    application_id: int,
    outcome: Field = "",
    justification: Field = "",
    conditions: Field = "",
) -> Response:
    return _act(
        lambda: decide(
            _store(request),
            application_id,
            outcome,
            who.viewer,
            justification=justification or None,
            conditions=conditions or None,
        ),
        _detail_error(request, who, application_id),
        _see(f"/applications/{application_id}"),
    )


def _detail_error(request: Request, who: Principal, application_id: int) -> Callable[[str, int], Response]:
    def failed(message: str, status: int) -> Response:
        return _detail(request, who, _show(request, who, application_id), error=message, status=status)

    return failed


@router.post("/applications/{application_id}/circulate", include_in_schema=False)
def circulate_page(request: Request, who: Officer, application_id: int) -> Response:
    return _act(
        lambda: circulate_draft(_store(request), application_id, who.viewer, options=_options(request)),
        _detail_error(request, who, application_id),
        _see(f"/applications/{application_id}"),
    )


@router.post("/applications/{application_id}/attachments", include_in_schema=False)
def attach_page(
    request: Request,
    who: Officer,
    application_id: int,
    file: Annotated[UploadFile, File()],
    note: Field = "",
) -> Response:
    def action() -> Any:
        name, data = _upload_bytes(request, file)
        limits = request.app.state.settings.document_limits
        return attach(_store(request), application_id, name, data, who.viewer, limits=limits, note=note)

    return _act(
        action,
        _detail_error(request, who, application_id),
        _see(f"/applications/{application_id}#attachments"),
    )


def _download(request: Request, who: Principal, application_id: int, attachment_id: int) -> Response:
    found = read_attachment(_store(request), application_id, attachment_id, who.viewer)
    name = found.attachment.name
    fallback = name.encode("ascii", "replace").decode().replace("?", "_")
    response = Response(
        found.content,
        media_type=found.attachment.media_type,
        headers={
            "Content-Disposition": f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name)}",
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "no-store",
        },
    )
    mark(response, [found.marking])
    return response


@router.get("/applications/{application_id}/attachments/{attachment_id}", include_in_schema=False)
def attachment_page(request: Request, who: Officer, application_id: int, attachment_id: int) -> Response:
    """One attachment's file, for your Partner's licensing officers (audited)."""
    return _download(request, who, application_id, attachment_id)


@router.post("/applications/{application_id}/assess", include_in_schema=False)
def assess_page(request: Request, who: Officer, application_id: int) -> Response:
    reassess(
        _store(request),
        _screener(request),
        application_id,
        who.viewer,
        options=_options(request),
        refresh=False,
    )
    return RedirectResponse(f"/applications/{application_id}", status_code=303)


def _consultations_page(
    request: Request, who: Principal, *, error: str | None = None, status: int = 200
) -> Response:
    views = read_consultations(_store(request), who.viewer)
    sent = list_notices(_store(request), who.viewer)
    asked = [c for c in views if c.partner == who.viewer.partner]
    asking = [c for c in views if c.requesting_partner == who.viewer.partner]
    return page(
        request,
        "licensing/consultations.html",
        {"asked": asked, "asking": asking, "notices": sent, "error": error},
        who=who,
        markings=[c.marking for c in views] + [n.marking for n in sent],
        title="Consultations",
        status_code=status,
    )


@router.get("/consultations", include_in_schema=False)
def consultations_page(request: Request, who: Officer) -> Response:
    """Consultations your Partner is asked in (reply here) and the ones it asked."""
    return _consultations_page(request, who)


@router.post("/consultations/{consultation_id}/reply", include_in_schema=False)
def reply_page(
    request: Request, who: Officer, consultation_id: int, answer: Field = "", text: Field = ""
) -> Response:
    return _act(
        lambda: reply(
            _store(request), consultation_id, who.viewer.partner or "", answer, who.viewer, text=text or None
        ),
        lambda message, status: _consultations_page(request, who, error=message, status=status),
        _see("/consultations"),
    )


def _due_page(
    request: Request,
    who: Principal,
    within: int,
    *,
    done: DenialView | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    rows = due_for_review(_store(request), within, who.viewer, options=_options(request))
    markings = [r.marking for r in rows] + ([done.marking] if done else [])
    return page(
        request,
        "licensing/due.html",
        {"rows": rows, "within": within, "done": done, "error": error},
        who=who,
        markings=markings,
        title="Denials due for review",
        status_code=status,
    )


Within = Annotated[int, Query(ge=0, le=3660, description="Review dates in the next DAYS days.")]


@router.get("/denials/due", include_in_schema=False)
def due_page(request: Request, who: Officer, within: Within = DUE_WITHIN) -> Response:
    """Your Partner's denials due for review: renew, amend or revoke each."""
    return _due_page(request, who, within)


@router.post("/denials/{denial_id}/renew", include_in_schema=False)
def renew_page(request: Request, who: Officer, denial_id: int) -> Response:
    done = renew(_store(request), denial_id, who.viewer, options=_options(request))
    return _due_page(request, who, DUE_WITHIN, done=done)


@router.post("/denials/{denial_id}/revoke", include_in_schema=False)
def revoke_page(request: Request, who: Officer, denial_id: int) -> Response:
    done = revoke(_store(request), denial_id, who.viewer, options=_options(request))
    return _due_page(request, who, DUE_WITHIN, done=done)


@router.post("/denials/{denial_id}/amend", include_in_schema=False)
def amend_page(
    request: Request,
    who: Officer,
    denial_id: int,
    annex_codes: Field = "",
    item_description: Field = "",
    quantity: Field = "",
    reason: Field = "",
) -> Response:
    changes = {
        "annex_codes": [c.strip() for c in annex_codes.replace(";", ",").split(",") if c.strip()],
        "item_description": item_description,
        "quantity": quantity,
        "reason": reason,
    }
    return _act(
        lambda: amend(
            _store(request), denial_id, None, who.viewer, changes=changes, options=_options(request)
        ),
        lambda message, status: _due_page(request, who, DUE_WITHIN, error=message, status=status),
        lambda done: _due_page(request, who, DUE_WITHIN, done=done),
    )


# -- JSON ------------------------------------------------------------------------------------------
@router.get("/api/v1/applications", response_model=list[ApplicationOut], tags=["licensing"])
def applications_json(request: Request, response: Response, who: Officer) -> Any:
    """Your Partner's applications, newest first."""
    views = list_applications(_store(request), who.viewer)
    mark(response, [v.marking for v in views])
    return [v.to_json() for v in views]


@router.post(
    "/api/v1/applications",
    response_model=ApplicationOut,
    status_code=201,
    tags=["licensing"],
    responses=ERRORS,
)
def enter_json(request: Request, response: Response, who: Officer, body: ApplicationIn) -> Any:
    """Enter an application for your Partner: assessed, and consultations opened where a binding denial of
    another Partner calls for them."""
    application = application_from(body.model_dump())
    view = _add(request, who, application, f"api:{who.viewer.username}")
    mark(response, _markings(view))
    return view.to_json()


@router.get(
    "/api/v1/applications/{application_id}",
    response_model=ApplicationOut,
    tags=["licensing"],
    responses=ERRORS,
)
def application_json(request: Request, response: Response, who: Officer, application_id: int) -> Any:
    """One application of your Partner (reassessed first if the lists or the denials changed)."""
    view = _show(request, who, application_id)
    mark(response, _markings(view))
    return view.to_json()


@router.post(
    "/api/v1/applications/{application_id}/assess",
    response_model=ApplicationOut,
    tags=["licensing"],
    responses=ERRORS,
)
def assess_json(request: Request, response: Response, who: Officer, application_id: int) -> Any:
    """Assess again now; the history says what changed."""
    view = reassess(
        _store(request),
        _screener(request),
        application_id,
        who.viewer,
        options=_options(request),
        refresh=False,
    )
    mark(response, [view.marking])
    return view.to_json()


@router.post(
    "/api/v1/applications/{application_id}/decision",
    response_model=DecisionOut,
    tags=["licensing"],
    responses=ERRORS,
)
def decide_json(
    request: Request, response: Response, who: Officer, application_id: int, body: DecisionIn
) -> Any:
    """Approve (with conditions) or deny; 409 with the reason when a consultation blocks the approval."""
    decision = decide(
        _store(request),
        application_id,
        body.outcome,
        who.viewer,
        justification=body.justification,
        conditions=body.conditions,
    )
    mark(response, [decision.marking])
    return decision.to_json()


@router.post(
    "/api/v1/applications/{application_id}/circulate",
    response_model=CirculatedOut,
    status_code=201,
    tags=["licensing"],
    responses=ERRORS,
)
def circulate_json(request: Request, response: Response, who: Officer, application_id: int) -> Any:
    """Circulate the denial notification a refusal drafted (once): it becomes your Partner's denial."""
    data = circulate_draft(_store(request), application_id, who.viewer, options=_options(request))
    mark(response, [data.marking])
    return wire(CirculatedOut, data)


@router.post(
    "/api/v1/applications/read-document",
    response_model=DraftOut,
    tags=["licensing"],
    responses=ERRORS,
)
def read_document_json(request: Request, who: Officer, file: Annotated[UploadFile, File()]) -> Any:
    """Read an application from a document (PDF, DOCX, e-mail, HTML, text) without entering it: the fields
    found, what is missing, the Annex entries the tagger suggests per item (to confirm)."""
    name, data = _upload_bytes(request, file)
    return draft_from_bytes(data, name, request.app.state.settings.document_limits).to_json()


@router.get(
    "/api/v1/applications/{application_id}/attachments",
    response_model=list[AttachmentOut],
    tags=["licensing"],
    responses=ERRORS,
)
def attachments_json(request: Request, who: Officer, application_id: int) -> Any:
    """The files kept with one of your Partner's applications."""
    return [v.to_json() for v in list_attachments(_store(request), application_id, who.viewer)]


@router.post(
    "/api/v1/applications/{application_id}/attachments",
    response_model=AttachmentOut,
    status_code=201,
    tags=["licensing"],
    responses=ERRORS,
)
def attach_json(
    request: Request,
    who: Officer,
    application_id: int,
    file: Annotated[UploadFile, File()],
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Any:
    """Keep a file with an application (PDF, DOCX, text, e-mail, image; EPOC_MAX_DOCUMENT_MB at most)."""
    name, data = _upload_bytes(request, file)
    limits = request.app.state.settings.document_limits
    return attach(_store(request), application_id, name, data, who.viewer, limits=limits, note=note).to_json()


@router.get(
    "/api/v1/applications/{application_id}/attachments/{attachment_id}",
    tags=["licensing"],
    responses={**ERRORS, 200: {"content": {"application/octet-stream": {}}}},
)
def attachment_json(request: Request, who: Officer, application_id: int, attachment_id: int) -> Response:
    """One attachment's file (audited)."""
    return _download(request, who, application_id, attachment_id)


@router.get("/api/v1/notices", response_model=list[NoticeOut], tags=["licensing"])
def notices_json(request: Request, response: Response, who: Officer) -> Any:
    """Notices to your Partner (or every Partner) and the ones it sent: approvals after a consultation;
    denials renewed, amended or revoked."""
    notices = list_notices(_store(request), who.viewer)
    mark(response, [n.marking for n in notices])
    return [n.to_json() for n in notices]


@router.get("/api/v1/consultations", response_model=list[ConsultationOut], tags=["licensing"])
def consultations_json(request: Request, response: Response, who: Officer) -> Any:
    """Consultations your Partner asks or is asked in."""
    views = list_consultations(_store(request), who.viewer)
    mark(response, [c.marking for c in views])
    return [c.to_json() for c in views]


@router.post(
    "/api/v1/consultations/{consultation_id}/reply",
    response_model=ConsultationOut,
    tags=["licensing"],
    responses=ERRORS,
)
def reply_json(
    request: Request, response: Response, who: Officer, consultation_id: int, body: ReplyIn
) -> Any:
    """Reply for your Partner, the consulted one: no-objection, objection (with reasons), more-information."""
    view = reply(
        _store(request), consultation_id, who.viewer.partner or "", body.answer, who.viewer, text=body.text
    )
    mark(response, [view.marking])
    return view.to_json()


@router.get("/api/v1/denials/due", response_model=list[DenialOut], tags=["licensing"])
def due_json(request: Request, response: Response, who: Officer, within: Within = DUE_WITHIN) -> Any:
    """Your Partner's denials due for review in the next ``within`` days, soonest first."""
    rows = due_for_review(_store(request), within, who.viewer, options=_options(request))
    mark(response, [r.marking for r in rows])
    return wire(DenialOut, rows)


def _reviewed(response: Response, data: DenialView) -> Any:
    mark(response, [data.marking])
    return wire(DenialReviewedOut, data)


@router.post(
    "/api/v1/denials/{denial_id}/renew",
    response_model=DenialReviewedOut,
    tags=["licensing"],
    responses=ERRORS,
)
def renew_json(request: Request, response: Response, who: Officer, denial_id: int) -> Any:
    """Renew your Partner's denial from today; the Partners are notified."""
    return _reviewed(response, renew(_store(request), denial_id, who.viewer, options=_options(request)))


@router.post(
    "/api/v1/denials/{denial_id}/revoke",
    response_model=DenialReviewedOut,
    tags=["licensing"],
    responses=ERRORS,
)
def revoke_json(request: Request, response: Response, who: Officer, denial_id: int) -> Any:
    """Revoke your Partner's denial; it stops binding and stays as history; the Partners are notified."""
    return _reviewed(response, revoke(_store(request), denial_id, who.viewer, options=_options(request)))


@router.post(
    "/api/v1/denials/{denial_id}/amend",
    response_model=DenialReviewedOut,
    tags=["licensing"],
    responses=ERRORS,
)
def amend_json(request: Request, response: Response, who: Officer, denial_id: int, body: AmendIn) -> Any:
    """Amend your Partner's denial: a successor linked to it replaces it; the Partners are notified."""
    changes = body.model_dump(exclude_none=True)
    return _reviewed(
        response,
        amend(_store(request), denial_id, None, who.viewer, changes=changes, options=_options(request)),
    )


# -- dashboard -------------------------------------------------------------------------------------
def _awaiting_box(store: Store, viewer: Viewer, settings: Settings) -> dict[str, Any]:
    views = awaiting_reply(store, viewer)
    return {"rows": [c.to_json() for c in views], "markings": [c.marking for c in views]}


def _waiting_box(store: Store, viewer: Viewer, settings: Settings) -> dict[str, Any]:
    views = [v for v in list_applications(store, viewer) if v.status == "consulting"]
    return {"rows": [v.to_json() for v in views], "markings": [v.marking for v in views]}


def _due_box(store: Store, viewer: Viewer, settings: Settings) -> dict[str, Any]:
    rows = due_for_review(store, DUE_WITHIN, viewer, options=DeskOptions.from_settings(settings))
    return {"rows": rows, "within": DUE_WITHIN, "markings": [r.marking for r in rows]}


AREA = Area(
    "licensing",
    router,
    nav=(
        NavLink("Applications", "/applications", Permission.LICENSING),
        NavLink("Consultations", "/consultations", Permission.LICENSING),
    ),
    panels=(
        Panel(
            "Consultations awaiting our reply",
            Permission.LICENSING,
            "panels/consultations.html",
            _awaiting_box,
        ),
        Panel(
            "Applications waiting on a consultation",
            Permission.LICENSING,
            "panels/waiting.html",
            _waiting_box,
        ),
        Panel("Denials due for review", Permission.LICENSING, "panels/due.html", _due_box),
    ),
)
