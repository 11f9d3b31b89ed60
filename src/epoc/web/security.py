"""Who is calling, and may they: the gate every route declares, sessions, bearer tokens and CSRF.

A route says who may call it next to its path, as a parameter::

    def records_page(who: Annotated[Principal, requires(Permission.READ_LIST)], ...)

``requires(None)`` marks a public route (the sign-in page). The access-matrix test reads these gates from
the app's route table, so a new route is covered the moment it is added, and a route without a gate fails
that test. Pages send someone not signed in to the sign-in page; the JSON API answers 401.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from epoc.model.access import Permission, Viewer
from epoc.model.errors import Forbidden, Unauthorized
from epoc.services import accounts, audit
from epoc.services.accounts import Session

SESSION_COOKIE = "epoc_session"
PRELOGIN_COOKIE = "epoc_prelogin"  # double-submit CSRF token for the sign-in form
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


@dataclass(frozen=True, slots=True)
class Principal:
    """The signed-in caller of a request: the viewer, and how they came in."""

    viewer: Viewer
    session: Session | None = None  # signed in with the browser
    token_id: int | None = None  # or with an API token

    @property
    def csrf(self) -> str | None:
        return self.session.csrf if self.session else None

    @property
    def via(self) -> str:
        return "session" if self.session else f"api token {self.token_id}"


class SignInRequired(Exception):
    """Raised for a page when nobody is signed in; answered by a redirect to the sign-in page."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


class CsrfFailure(Forbidden):
    pass


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def inline_db(request: Request) -> bool:
    """Whether a short database call is made in the event loop itself: yes on SQLite (in the process, a few
    microseconds a statement: cheaper than a hop to a worker thread and back, and no GIL contention between
    threads), no on PostgreSQL (each statement a network round trip and each commit a wait for its log,
    which a worker thread overlaps with other requests)."""
    return request.app.state.store.dialect == "sqlite"  # type: ignore[no-any-return]


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def current_principal(request: Request) -> Principal | None:
    """Resolve the caller once per request: a bearer token, else the session cookie."""
    if hasattr(request.state, "principal"):
        return request.state.principal  # type: ignore[no-any-return]
    app = request.app.state
    principal: Principal | None = None
    authorization = request.headers.get("authorization", "")
    if authorization.lower().startswith("bearer "):
        secret = authorization[7:].strip()
        if inline_db(request):  # one indexed read in SQLite: a hop to a thread and back costs more
            found = accounts.resolve_token(app.store, secret)
        else:  # a round trip to PostgreSQL: other requests go on meanwhile
            found = await run_in_threadpool(accounts.resolve_token, app.store, secret)
        if found is None:
            raise Unauthorized("the API token is unknown, revoked or expired")
        principal = Principal(found[0], token_id=found[1])
    elif cookie := request.cookies.get(SESSION_COOKIE):
        session = await run_in_threadpool(accounts.resolve_session, app.store, app.settings, cookie)
        if session is not None:
            principal = Principal(session.viewer, session=session)
    request.state.principal = principal
    if principal is not None:
        audit.set_via(f"web {client_ip(request)} {principal.via}")
    else:
        audit.set_via(f"web {client_ip(request)}")
    return principal


class Gate:
    """The dependency that admits a caller to a route: signed in (unless public), allowed by role, and for
    a browser's state-changing request, carrying the session's CSRF token."""

    def __init__(self, permission: Permission | None) -> None:
        self.permission = permission

    def __repr__(self) -> str:
        return f"Gate({self.permission})"

    async def __call__(self, request: Request) -> Any:
        principal = await current_principal(request)
        if self.permission is None:
            return principal
        if principal is None:
            if is_api(request):
                raise Unauthorized("sign in: send an API token (Authorization: Bearer …) or a session cookie")
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise SignInRequired(target)
        if not principal.viewer.may(self.permission):
            raise Forbidden("your role does not allow this")
        if request.method in UNSAFE and principal.session is not None:
            await check_csrf(request, principal.session.csrf)
        return principal


def requires(permission: Permission | None) -> Any:
    """Declare, next to a route, what it needs (``None``: public)."""
    return Depends(Gate(permission))


async def check_csrf(request: Request, expected: str) -> None:
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and _is_form(request):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not sent or not secrets.compare_digest(sent, expected):
        raise CsrfFailure(
            "the form has expired or did not come from this site: reload the page and try again"
        )


async def check_prelogin_csrf(request: Request) -> None:
    """The sign-in form's CSRF check: the form's token must equal the pre-sign-in cookie."""
    cookie = request.cookies.get(PRELOGIN_COOKIE)
    await check_csrf(request, cookie or secrets.token_urlsafe(16))


def _is_form(request: Request) -> bool:
    kind = request.headers.get("content-type", "")
    return kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))


def sign_in_url(next_path: str) -> str:
    return "/login?next=" + quote(next_path, safe="/")


def cookie_secure(request: Request) -> bool:
    setting = request.app.state.settings.cookie_secure
    return request.url.scheme == "https" if setting is None else bool(setting)
