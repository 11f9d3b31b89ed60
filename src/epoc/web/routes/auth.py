"""Signing in and out, one's own password, and API tokens (page and JSON)."""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from epoc.model.access import Permission
from epoc.model.errors import EpocError
from epoc.services import accounts
from epoc.web.areas import Area, NavLink
from epoc.web.rendering import page
from epoc.web.schemas.common import ErrorOut, TokenInfoOut, TokenOut, TokenRequest, wire
from epoc.web.security import (
    PRELOGIN_COOKIE,
    SESSION_COOKIE,
    Principal,
    check_prelogin_csrf,
    client_ip,
    cookie_secure,
    requires,
)

router = APIRouter()


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never ``//host`` or ``https://…`` (no open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _login_page(request: Request, error: str | None, next_path: str, status: int = 200) -> Response:
    token = request.cookies.get(PRELOGIN_COOKIE) or secrets.token_urlsafe(32)
    context = {"error": error, "next": next_path, "csrf": token}
    response = page(request, "login.html", context, who=None, status_code=status, title="Sign in")
    response.set_cookie(
        PRELOGIN_COOKIE, token, httponly=True, samesite="strict", secure=cookie_secure(request), path="/login"
    )
    return response


@router.get("/login", include_in_schema=False)
def login_form(
    request: Request, who: Annotated[Principal | None, requires(None)], next: str = "/"
) -> Response:
    if who is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return _login_page(request, None, _safe_next(next))


@router.post("/login", include_in_schema=False)
async def login(
    request: Request,
    who: Annotated[Principal | None, requires(None)],
    username: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    del who
    await check_prelogin_csrf(request)
    state = request.app.state
    ip = client_ip(request)
    try:
        viewer = await run_in_threadpool(
            accounts.authenticate, state.store, state.settings, username, password, ip
        )
    except EpocError as exc:
        return _login_page(request, exc.message, _safe_next(next), status=exc.status)
    cookie, _csrf = await run_in_threadpool(
        accounts.start_session, state.store, state.settings, viewer, ip, request.headers.get("user-agent", "")
    )
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        httponly=True,
        samesite="strict",
        secure=cookie_secure(request),
        max_age=state.settings.session_hours * 3600,
    )
    response.delete_cookie(PRELOGIN_COOKIE, path="/login")
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, who: Annotated[Principal, requires(Permission.ACCOUNT)]) -> Response:
    if who.session is not None:
        accounts.end_session(request.app.state.store, who.session)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


# -- one's own account ----------------------------------------------------------------------------------
def _account_page(
    request: Request,
    who: Principal,
    *,
    new_token: accounts.IssuedToken | None = None,
    message: str | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    tokens = accounts.list_tokens(request.app.state.store, who.viewer)
    context = {"tokens": tokens, "new_token": new_token, "message": message, "error": error}
    return page(request, "account.html", context, who=who, title="Your account", status_code=status)


@router.get("/account", include_in_schema=False)
def account(request: Request, who: Annotated[Principal, requires(Permission.ACCOUNT)]) -> Response:
    return _account_page(request, who)


@router.post("/account/password", include_in_schema=False)
def change_password(
    request: Request,
    who: Annotated[Principal, requires(Permission.ACCOUNT)],
    current: Annotated[str, Form(max_length=1024)] = "",
    new: Annotated[str, Form(max_length=1024)] = "",
    repeat: Annotated[str, Form(max_length=1024)] = "",
) -> Response:
    if new != repeat:
        return _account_page(request, who, error="the new passwords differ", status=422)
    try:
        accounts.change_own_password(request.app.state.store, who.viewer, current, new)
    except EpocError as exc:
        return _account_page(request, who, error=exc.message, status=exc.status)
    return _account_page(
        request, who, message="Your password is changed; your API tokens are revoked (make new ones)."
    )


@router.post("/account/tokens", include_in_schema=False)
def create_token_page(
    request: Request,
    who: Annotated[Principal, requires(Permission.ACCOUNT)],
    name: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    token = accounts.issue_token(request.app.state.store, request.app.state.settings, who.viewer, name)
    return _account_page(request, who, new_token=token)


@router.post("/account/tokens/{token_id}/revoke", include_in_schema=False)
def revoke_token_page(
    request: Request, who: Annotated[Principal, requires(Permission.ACCOUNT)], token_id: int
) -> Response:
    accounts.revoke_token(request.app.state.store, who.viewer, token_id)
    return _account_page(request, who, message=f"Token {token_id} is revoked.")


# -- API tokens (JSON) -----------------------------------------------------------------------------------
@router.post(
    "/api/v1/tokens",
    response_model=TokenOut,
    status_code=201,
    tags=["account"],
    responses={401: {"model": ErrorOut}, 429: {"model": ErrorOut}},
)
def create_token(
    request: Request, body: TokenRequest, who: Annotated[Principal | None, requires(None)]
) -> Any:
    """Exchange a username and password for a bearer token (failed attempts are throttled and logged)."""
    del who
    state = request.app.state
    viewer = accounts.authenticate(
        state.store, state.settings, body.username, body.password, client_ip(request)
    )
    return wire(TokenOut, accounts.issue_token(state.store, state.settings, viewer, body.name))


@router.get("/api/v1/tokens", response_model=list[TokenInfoOut], tags=["account"])
def my_tokens(request: Request, who: Annotated[Principal, requires(Permission.ACCOUNT)]) -> Any:
    """Your tokens (never their secrets)."""
    return wire(TokenInfoOut, accounts.list_tokens(request.app.state.store, who.viewer))


@router.delete(
    "/api/v1/tokens/{token_id}",
    response_model=TokenInfoOut,
    tags=["account"],
    responses={404: {"model": ErrorOut}},
)
def revoke(request: Request, who: Annotated[Principal, requires(Permission.ACCOUNT)], token_id: int) -> Any:
    """Revoke one of your tokens; it stops working at once."""
    return wire(TokenInfoOut, accounts.revoke_token(request.app.state.store, who.viewer, token_id))


AREA = Area("auth", router, nav=(NavLink("Account", "/account", Permission.ACCOUNT),))
