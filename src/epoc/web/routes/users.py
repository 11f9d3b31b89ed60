"""Accounts, for the POC administrator: create, change role and Partner, deactivate, reset a password."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from epoc.model.access import Permission, Role
from epoc.model.errors import EpocError, InvalidInput
from epoc.model.marking import Classification
from epoc.model.partners import PARTNERS
from epoc.services import accounts
from epoc.services.accounts import UserChange
from epoc.web.areas import Area, NavLink
from epoc.web.rendering import page
from epoc.web.schemas.common import (
    ErrorOut,
    PasswordOut,
    UserCreate,
    UserCreated,
    UserOut,
    UserUpdate,
    wire,
)
from epoc.web.security import Principal, requires

router = APIRouter()
Admin = Annotated[Principal, requires(Permission.MANAGE_USERS)]
Text = Annotated[str, Form(max_length=200)]


def _clearance(value: str | None) -> Classification | None:
    if not value:
        return None
    try:
        return Classification[value.strip().upper()]
    except KeyError:
        names = ", ".join(c.label for c in Classification)
        raise InvalidInput(f"clearance: {value!r} is not one of {names}") from None


def _role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InvalidInput(f"role: {value!r} is not one of {', '.join(r.value for r in Role)}") from None


def _users_page(
    request: Request,
    who: Principal,
    *,
    created: dict[str, Any] | None = None,
    error: str | None = None,
    form: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    context = {
        "users": accounts.list_users(request.app.state.store),
        "roles": list(Role),
        "clearances": list(Classification),
        "partners": PARTNERS,
        "created": created,
        "error": error,
        "form": form or {},
    }
    return page(request, "users/list.html", context, who=who, title="Users", status_code=status)


@router.get("/users", include_in_schema=False)
def users_page(request: Request, who: Admin) -> Response:
    return _users_page(request, who)


@router.post("/users", include_in_schema=False)
def create_user_page(
    request: Request,
    who: Admin,
    username: Text = "",
    role: Text = "",
    partner: Text = "",
    display_name: Text = "",
    clearance: Text = "",
) -> Response:
    form = {"username": username, "role": role, "partner": partner, "display_name": display_name}
    try:
        password = accounts.generate_password()
        user = accounts.create_user(
            request.app.state.store,
            username,
            _role(role),
            password,
            partner or None,
            display_name,
            _clearance(clearance),
            actor=who.viewer,
        )
    except EpocError as exc:
        return _users_page(request, who, error=exc.message, form=form, status=exc.status)
    return _users_page(request, who, created={"user": user, "password": password}, status=201)


def _user_page(
    request: Request,
    who: Principal,
    username: str,
    *,
    message: str | None = None,
    password: str | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    context = {
        "user": accounts.get_user(request.app.state.store, username),
        "roles": list(Role),
        "clearances": list(Classification),
        "partners": PARTNERS,
        "message": message,
        "password": password,
        "error": error,
    }
    return page(request, "users/edit.html", context, who=who, title=f"User {username}", status_code=status)


@router.get("/users/{username}", include_in_schema=False)
def user_page(request: Request, who: Admin, username: str) -> Response:
    return _user_page(request, who, username)


@router.post("/users/{username}", include_in_schema=False)
def update_user_page(
    request: Request,
    who: Admin,
    username: str,
    role: Text = "",
    partner: Text = "",
    display_name: Text = "",
    clearance: Text = "",
    active: Text = "",
) -> Response:
    try:
        change = UserChange(
            role=_role(role) if role else None,
            partner=partner.strip(),
            active=active == "on",
            display_name=display_name,
            clearance=_clearance(clearance),
        )
        accounts.update_user(request.app.state.store, username, change, actor=who.viewer)
    except EpocError as exc:
        if exc.status == 404:
            raise
        return _user_page(request, who, username, error=exc.message, status=exc.status)
    return _user_page(request, who, username, message="Saved.")


@router.post("/users/{username}/reset", include_in_schema=False)
def reset_page(request: Request, who: Admin, username: str) -> Response:
    password = accounts.reset_password(request.app.state.store, username, actor=who.viewer)
    return _user_page(request, who, username, password=password)


# -- JSON ----------------------------------------------------------------------------------------------------
@router.get("/api/v1/users", response_model=list[UserOut], tags=["users"])
def users_json(request: Request, who: Admin) -> Any:
    """Every account."""
    return wire(UserOut, accounts.list_users(request.app.state.store))


@router.post(
    "/api/v1/users",
    response_model=UserCreated,
    status_code=201,
    tags=["users"],
    responses={409: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def create_user_json(request: Request, who: Admin, body: UserCreate) -> Any:
    """Create an account; without a password, one is generated and returned (once)."""
    password = body.password or accounts.generate_password()
    user = accounts.create_user(
        request.app.state.store,
        body.username,
        body.role,
        password,
        body.partner,
        body.display_name,
        _clearance(body.clearance),
        actor=who.viewer,
    )
    return UserCreated(user=wire(UserOut, user), password=None if body.password else password)


@router.get(
    "/api/v1/users/{username}", response_model=UserOut, tags=["users"], responses={404: {"model": ErrorOut}}
)
def user_json(request: Request, who: Admin, username: str) -> Any:
    return wire(UserOut, accounts.get_user(request.app.state.store, username))


@router.patch(
    "/api/v1/users/{username}",
    response_model=UserOut,
    tags=["users"],
    responses={404: {"model": ErrorOut}, 409: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def update_user_json(request: Request, who: Admin, username: str, body: UserUpdate) -> Any:
    """Change role, Partner, clearance, display name or active state (deactivating revokes tokens)."""
    change = UserChange(body.role, body.partner, body.active, body.display_name, _clearance(body.clearance))
    return wire(UserOut, accounts.update_user(request.app.state.store, username, change, actor=who.viewer))


@router.post(
    "/api/v1/users/{username}/password",
    response_model=PasswordOut,
    tags=["users"],
    responses={404: {"model": ErrorOut}},
)
def reset_json(request: Request, who: Admin, username: str) -> Any:
    """Give the account a new generated password (returned once) and end its sessions."""
    return {"password": accounts.reset_password(request.app.state.store, username, actor=who.viewer)}


AREA = Area("users", router, nav=(NavLink("Users", "/users", Permission.MANAGE_USERS),))
