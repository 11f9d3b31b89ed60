"""The audit trail, for the POC administrator: search it, and verify its hash chain."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from epoc.model.access import Permission
from epoc.model.audit import Action
from epoc.services import audit
from epoc.services.audit import AuditQuery
from epoc.web.areas import Area, NavLink
from epoc.web.rendering import page
from epoc.web.schemas.common import AuditEntryOut, ChainReportOut
from epoc.web.security import Principal, requires

router = APIRouter()
Auditor = Annotated[Principal, requires(Permission.READ_AUDIT)]
Filter = Annotated[str, Query(max_length=300)]


def _query(
    actor: str, action: str, target: str, since: str, until: str, before: int | None, limit: int
) -> AuditQuery:
    return AuditQuery(
        actor.strip() or None,
        action.strip() or None,
        target.strip() or None,
        since or None,
        until or None,
        before,
        limit,
    )


@router.get("/audit", include_in_schema=False)
def audit_page(
    request: Request,
    who: Auditor,
    actor: Filter = "",
    action: Filter = "",
    target: Filter = "",
    since: Filter = "",
    until: Filter = "",
    before: Annotated[int | None, Query(ge=1)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Response:
    query = _query(actor, action, target, since, until, before, limit)
    entries = audit.search(request.app.state.store, query, who.viewer)
    older = entries[-1].seq if len(entries) == limit else None
    context = {"entries": entries, "f": query, "actions": Action.all(), "older": older}
    return page(request, "audit/search.html", context, who=who, title="Audit trail")


@router.get("/audit/verify", include_in_schema=False)
def verify_page(request: Request, who: Auditor) -> Response:
    report = audit.verify(request.app.state.store, who.viewer)
    return page(request, "audit/verify.html", {"report": report.to_json()}, who=who, title="Audit trail")


@router.get("/api/v1/audit", response_model=list[AuditEntryOut], tags=["audit"])
def audit_json(
    request: Request,
    who: Auditor,
    actor: Annotated[str, Query(max_length=300, description="Username, exactly.")] = "",
    action: Annotated[str, Query(max_length=300, description="An action, with its sub-actions.")] = "",
    target: Annotated[str, Query(max_length=300, description="Part of the target (record id …).")] = "",
    since: Annotated[str, Query(max_length=40, description="YYYY-MM-DD or ISO time, inclusive.")] = "",
    until: Annotated[str, Query(max_length=40, description="YYYY-MM-DD (that whole day) or ISO time.")] = "",
    before: Annotated[int | None, Query(ge=1, description="Paging: entries before this seq.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Any:
    """Entries matching every filter given, newest first. Searching the trail is itself recorded in it."""
    query = _query(actor, action, target, since, until, before, limit)
    return [e.to_json() for e in audit.search(request.app.state.store, query, who.viewer)]


@router.get("/api/v1/audit/verify", response_model=ChainReportOut, tags=["audit"])
def verify_json(request: Request, who: Auditor) -> Any:
    """Walk the whole hash chain: edited, deleted, reordered or cut-off entries are reported."""
    return audit.verify(request.app.state.store, who.viewer).to_json()


AREA = Area("audit", router, nav=(NavLink("Audit", "/audit", Permission.READ_AUDIT),))
