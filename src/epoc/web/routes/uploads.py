"""Uploading a list, for the POC administrator: one file, imported in one transaction, with its marking."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from epoc.model.access import Permission, Role
from epoc.model.errors import EpocError, InvalidInput
from epoc.model.marking import Marking
from epoc.model.partners import check_affiliation
from epoc.services.records.imports import import_paths
from epoc.sources.base import ImportOptions
from epoc.sources.registry import READERS
from epoc.web.areas import Area, NavLink
from epoc.web.files import safe_name, save_upload
from epoc.web.rendering import page
from epoc.web.schemas.list import ResolutionOut
from epoc.web.security import Principal, requires

router = APIRouter()
Uploader = Annotated[Principal, requires(Permission.MANAGE_SOURCES)]
Reader = Annotated[Principal, requires(Permission.READ_LIST)]
Text = Annotated[str, Form(max_length=200)]


def _options(
    request: Request, source: str, partner: str, marking: str, list_date: str, skip: bool
) -> ImportOptions:
    try:
        day = date.fromisoformat(list_date) if list_date else None
    except ValueError:
        raise InvalidInput(f"date: {list_date!r} is not a date (YYYY-MM-DD)") from None
    return ImportOptions(
        source=source.strip() or None,
        # A list is circulated by a Partner (or the POC): the same codes as an officer's affiliation.
        partner=check_affiliation(Role.OFFICER, partner) if partner.strip() else None,
        marking=Marking.parse(marking, partner.strip().upper() or None) if marking.strip() else None,
        list_date=day,
        skip_bad_rows=skip,
        max_bytes=request.app.state.settings.max_import_bytes,
    )


def _import(
    request: Request, who: Principal, upload: UploadFile, options: ImportOptions, fmt: str
) -> dict[str, Any]:
    """Store the upload under its own (cleaned) name in a private folder, import it, and forget it."""
    if fmt and fmt not in READERS:
        raise InvalidInput(f"format: {fmt!r} is not one of {', '.join(READERS)}")
    name = safe_name(upload, "upload")
    folder = Path(tempfile.mkdtemp(prefix="epoc-upload-"))
    try:
        target = folder / name
        save_upload(upload, target, options.max_bytes, "EPOC_MAX_IMPORT_MB")
        try:
            report = import_paths(request.app.state.store, [target], options, fmt or None, actor=who.viewer)
        except EpocError as exc:  # said with the file's own name, never the server's private folder
            said = exc.message.replace(str(folder) + "/", "").replace(str(folder), "")
            try:
                cleaned = type(exc)(said)
            except TypeError:  # an error built from parts (ImportFailure: where, reason) is said whole
                cleaned = InvalidInput(said)
            raise cleaned from None
        request.app.state.screener.mark_stale()  # screen against the new version from the next query
        if report.ok:
            request.app.state.resolver.request()  # and the list of entities takes it in, in the background
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    data = report.to_json()
    for unit in data["imports"]:  # name the file as the user knows it, not the private folder
        unit["files"] = [Path(f).name for f in unit["files"]]
        if unit["error"]:
            unit["error"] = unit["error"].replace(str(folder) + "/", "")
    data["skipped"] = [{"path": Path(s["path"]).name, "reason": s["reason"]} for s in data["skipped"]]
    return data


def _form_page(
    request: Request,
    who: Principal,
    *,
    report: dict[str, Any] | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    resolution = request.app.state.resolver.status() if report and report["ok"] else None
    context = {"formats": list(READERS), "report": report, "error": error, "resolution": resolution}
    return page(request, "sources/upload.html", context, who=who, title="Upload a list", status_code=status)


@router.get("/sources/upload", include_in_schema=False)
def upload_form(request: Request, who: Uploader) -> Response:
    return _form_page(request, who)


@router.post("/sources/upload", include_in_schema=False)
def upload_page(
    request: Request,
    who: Uploader,
    file: Annotated[UploadFile, File()],
    format: Text = "",
    source: Text = "",
    partner: Text = "",
    marking: Text = "",
    list_date: Text = "",
    skip_bad_rows: Text = "",
) -> Response:
    try:
        options = _options(request, source, partner, marking, list_date, skip_bad_rows == "on")
        report = _import(request, who, file, options, format)
    except EpocError as exc:
        return _form_page(request, who, error=exc.message, status=exc.status)
    return _form_page(request, who, report=report, status=200 if report["ok"] else 422)


@router.post("/api/v1/sources", status_code=201, tags=["list"])
def upload_json(
    request: Request,
    who: Uploader,
    file: Annotated[UploadFile, File(description="The list file.")],
    format: Annotated[str, Form(max_length=40, description="A reader; default: detect.")] = "",
    source: Annotated[str, Form(max_length=64, description="Source key (record id prefix).")] = "",
    partner: Annotated[str, Form(max_length=8, description="Circulating Partner's code.")] = "",
    marking: Annotated[str, Form(max_length=200, description='e.g. "CONFIDENTIAL // REL MTCR".')] = "",
    list_date: Annotated[str, Form(max_length=10, description="YYYY-MM-DD if the file has none.")] = "",
    skip_bad_rows: Annotated[bool, Form()] = False,
) -> Any:
    """Import one list file (as `epoc lists import --json` reports it); 422 if it could not be imported."""
    options = _options(request, source, partner, marking, list_date, skip_bad_rows)
    report = _import(request, who, file, options, format)
    if not report["ok"]:
        raise InvalidInput(
            "; ".join(u["error"] for u in report["imports"] if u["error"]) or "nothing imported"
        )
    return report


@router.get("/sources/resolution", include_in_schema=False)
def resolution_fragment(request: Request, who: Reader) -> Response:
    """Whether what was uploaded has reached the list of entities yet (HTMX polls it while it resolves)."""
    context = {"resolution": request.app.state.resolver.status()}
    return page(request, "sources/_resolution.html", context, who=who, title="Resolution")


@router.get("/api/v1/resolution", response_model=ResolutionOut, tags=["list"])
def resolution_json(request: Request, who: Reader) -> Any:
    """Whether records uploaded or created lately have reached the list of entities: `resolving` while a
    background resolution runs or waits, `done` once they have, `failed` if the last run failed."""
    status = request.app.state.resolver.status()
    return {"state": status.state, "pending": status.pending, "error": status.error}


AREA = Area("uploads", router, nav=(NavLink("Upload", "/sources/upload", Permission.MANAGE_SOURCES),))
