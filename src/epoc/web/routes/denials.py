"""Denial notifications, for the licensing officer: the list, a form to enter one, and import of the CSV or
JSON template — pages and their ``/api/v1`` twins over ``services.denials``. A denial's parties become
records of its own source (screened and resolved like any list's); each entry or import is one transaction.
An officer enters their own Partner's denials (the POC's, anyone's).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from epoc.documents.denials import denial_from, read_denials
from epoc.model import ImportFailure, Marking, MarkingError
from epoc.model.access import Permission
from epoc.model.denial import Denial
from epoc.model.errors import EpocError, InvalidInput
from epoc.services.denials.notifications import (
    DenialImportOptions,
    SavedDenial,
    list_denials,
    save_denials,
)
from epoc.store import Store
from epoc.web.areas import Area, NavLink
from epoc.web.files import safe_name, save_upload
from epoc.web.rendering import mark, page
from epoc.web.schemas.common import ErrorOut, wire
from epoc.web.schemas.documents import DenialIn, DenialOut, DenialSavedOut
from epoc.web.security import Principal, requires

router = APIRouter()
Officer = Annotated[Principal, requires(Permission.LICENSING)]
Field = Annotated[str, Form(max_length=2000)]
FIELDS = (
    "partner", "reference", "date", "annex_codes", "catch_all", "item_description", "quantity",
    "consignee_name", "consignee_address", "consignee_country", "end_user_name", "end_user_address",
    "end_user_country", "intermediaries", "end_use", "reason", "marking",
)  # fmt: skip


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _lapse_years(request: Request) -> int:
    return request.app.state.settings.denial_lapse_years  # type: ignore[no-any-return]


def _options(request: Request, who: Principal, marking: str = "") -> DenialImportOptions:
    try:
        parsed = Marking.parse(marking) if marking.strip() else None
    except MarkingError as exc:
        raise InvalidInput(f"marking: {exc.message}") from None
    return DenialImportOptions(
        marking=parsed, max_bytes=request.app.state.settings.max_import_bytes, actor=who.viewer
    )


def _enter(request: Request, who: Principal, item: dict[str, Any]) -> list[SavedDenial]:
    """One denial from the form's or the JSON's fields, checked by the template's own rules, then stored."""
    try:
        denial = denial_from(item)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    _check_partners(who, [denial], "")
    origin = f"form:{who.viewer.username}"
    return save_denials(_store(request), [denial], _options(request, who), origin, _lapse_years(request))


def _check_partners(who: Principal, denials: list[Denial], where: str) -> None:
    """A licensing officer notifies their own Partner's denials (the POC anyone's): a denial is known by its
    Partner and reference, and entering one again amends it — never another Partner's."""
    viewer = who.viewer
    if viewer.is_poc:
        return
    other = sorted({d.partner for d in denials if d.partner != viewer.partner})
    if other:
        raise InvalidInput(
            f"{where}partner: you enter denials of {viewer.partner} (your Partner), not of {', '.join(other)}"
        )


def _import(request: Request, who: Principal, upload: UploadFile, marking: str) -> list[SavedDenial]:
    options = _options(request, who, marking)
    name = safe_name(upload, "denials")
    folder = Path(tempfile.mkdtemp(prefix="epoc-denials-"))
    try:
        target = folder / name
        save_upload(upload, target, options.max_bytes)
        try:
            denials = read_denials(target, options.max_bytes)
        except ImportFailure as exc:
            raise InvalidInput(exc.message.replace(str(folder) + "/", "")) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    _check_partners(who, denials, f"{name}: ")
    return save_denials(_store(request), denials, options, name, _lapse_years(request))


def _form_item(values: dict[str, str]) -> dict[str, Any]:
    """The form's flat fields as the template's nested item (parties as objects, lists split)."""

    def party(prefix: str) -> dict[str, str] | None:
        name = values.get(f"{prefix}_name", "").strip()
        if not name:
            return None
        return {
            "name": name,
            "address": values.get(f"{prefix}_address", "").strip(),
            "country": values.get(f"{prefix}_country", "").strip(),
        }

    intermediaries = [{"name": n.strip()} for n in values.get("intermediaries", "").splitlines() if n.strip()]
    return {
        "partner": values.get("partner", ""),
        "reference": values.get("reference", ""),
        "date": values.get("date", ""),
        "annex_codes": values.get("annex_codes", ""),
        "catch_all": values.get("catch_all") == "catch_all",
        "item_description": values.get("item_description", ""),
        "quantity": values.get("quantity", ""),
        "consignee": party("consignee"),
        "end_user": party("end_user"),
        "intermediaries": intermediaries,
        "end_use": values.get("end_use", ""),
        "reason": values.get("reason", ""),
        "marking": values.get("marking", ""),
    }


def _page(
    request: Request,
    who: Principal,
    *,
    saved: list[SavedDenial] | None = None,
    error: str | None = None,
    form: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    rows = list_denials(_store(request), who.viewer, lapse_years=_lapse_years(request))
    context = {"rows": rows, "saved": saved, "error": error, "form": form or {}}
    markings = [r.marking for r in rows] + [s.marking for s in saved or []]
    return page(
        request, "denials/list.html", context, who=who, markings=markings, title="Denials", status_code=status
    )


@router.get("/denials", include_in_schema=False)
def denials_page(request: Request, who: Officer) -> Response:
    """The denial notifications you may read, newest first, and the forms to enter or import them."""
    return _page(request, who)


@router.post("/denials", include_in_schema=False)
def enter_page(
    request: Request,
    who: Officer,
    partner: Field = "",
    reference: Field = "",
    date: Field = "",
    annex_codes: Field = "",
    catch_all: Field = "",
    item_description: Field = "",
    quantity: Field = "",
    consignee_name: Field = "",
    consignee_address: Field = "",
    consignee_country: Field = "",
    end_user_name: Field = "",
    end_user_address: Field = "",
    end_user_country: Field = "",
    intermediaries: Field = "",
    end_use: Field = "",
    reason: Field = "",
    marking: Field = "",
) -> Response:
    values = {k: v for k, v in locals().items() if k in FIELDS}
    try:
        saved = _enter(request, who, _form_item(values))
    except EpocError as exc:
        return _page(request, who, error=exc.message, form=values, status=exc.status)
    return _page(request, who, saved=saved)


@router.post("/denials/import", include_in_schema=False)
def import_page(
    request: Request,
    who: Officer,
    file: Annotated[UploadFile, File()],
    marking: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    try:
        saved = _import(request, who, file, marking)
    except EpocError as exc:
        return _page(request, who, error=exc.message, status=exc.status)
    return _page(request, who, saved=saved)


@router.get("/api/v1/denials", response_model=list[DenialOut], tags=["denials"])
def denials_json(request: Request, response: Response, who: Officer) -> Any:
    """Denial notifications you may read, newest first, with whether no-undercut binds."""
    rows = list_denials(_store(request), who.viewer, lapse_years=_lapse_years(request))
    mark(response, [r.marking for r in rows])
    return wire(DenialOut, rows)


@router.post(
    "/api/v1/denials",
    response_model=list[DenialSavedOut],
    status_code=201,
    tags=["denials"],
    responses={422: {"model": ErrorOut}},
)
def enter_json(request: Request, response: Response, who: Officer, body: DenialIn) -> Any:
    """Enter one denial notification (the template's fields); its parties become records. The same Partner
    and reference again amends it."""
    item = body.model_dump(by_alias=True)
    saved = _enter(request, who, item)
    mark(response, [s.marking for s in saved])
    return wire(DenialSavedOut, saved)


@router.post(
    "/api/v1/denials/import",
    response_model=list[DenialSavedOut],
    status_code=201,
    tags=["denials"],
    responses={422: {"model": ErrorOut}},
)
def import_json(
    request: Request,
    response: Response,
    who: Officer,
    file: Annotated[UploadFile, File(description="The CSV or JSON denial template (docs/formats.md).")],
    marking: Annotated[str, Form(max_length=200, description="For denials that give none.")] = "",
) -> Any:
    """Import a file of denials in one transaction: a file with any bad denial is refused whole, naming it."""
    saved = _import(request, who, file, marking)
    mark(response, [s.marking for s in saved])
    return wire(DenialSavedOut, saved)


AREA = Area("denials", router, nav=(NavLink("Denials", "/denials", Permission.LICENSING),))
