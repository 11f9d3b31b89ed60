"""Accounts and sign-in: users, passwords (argon2id), throttled authentication, sessions, API tokens.

Every change to an account and every sign-in, failed sign-in and refusal is written to the audit trail in
the same transaction. Failed sign-ins never say whether the account exists.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Row

from epoc.model.access import Permission, Role, Viewer
from epoc.model.audit import Action
from epoc.model.errors import Conflict, InvalidInput, NotFound, Throttled, Unauthorized
from epoc.model.marking import Classification
from epoc.model.partners import check_affiliation
from epoc.services import audit
from epoc.settings import Settings
from epoc.store import Store
from epoc.store.accounts import AccountRepository

MIN_PASSWORD = 12
MAX_PASSWORD = 1024
SESSION_TOUCH = timedelta(seconds=60)  # write last-seen at most this often
BAD_LOGIN = "wrong username or password"
_USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789.-_@")
_hasher = PasswordHasher()  # argon2id, the library's (RFC 9106 "low memory") parameters
# Each hash takes 64 MiB and a core for ~0.15 s: a burst of sign-ins waits its turn here rather than
# starving every other request of CPU and memory bandwidth.
_argon2_slots = threading.BoundedSemaphore(max(1, (os.cpu_count() or 2)))


def now() -> datetime:
    return datetime.now(UTC)


def aware(moment: datetime) -> datetime:
    """SQLite hands times back without their zone; every stored time is UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def secret_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    with _argon2_slots:
        return _hasher.hash(password)


def password_matches(password_hash: str | None, password: str) -> bool:
    """Constant work whether or not the account exists (an unknown name is checked against a dummy)."""
    target = password_hash or _dummy_hash()
    try:
        with _argon2_slots:
            return _hasher.verify(target, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def check_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"password: at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise InvalidInput(f"password: at most {MAX_PASSWORD} characters")
    if len(username) >= 4 and username.casefold() in password.casefold():
        raise InvalidInput("password: must not contain the username")


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not 2 <= len(name) <= 64 or not set(name) <= _USERNAME_CHARS:
        raise InvalidInput(
            f"username {username!r}: 2 to 64 characters, letters, digits and . - _ @ (no spaces)"
        )
    return name


def generate_password() -> str:
    return secrets.token_urlsafe(12)  # 16 characters, 96 bits


def viewer_from_row(row: Any) -> Viewer:
    role = Role(row.role)
    partner = None if role is Role.OUTREACH_GUEST else row.partner
    return Viewer(row.username, role, partner, Classification(row.clearance))


@dataclass(frozen=True, slots=True)
class Account:
    """An account as `epoc users list --json` and the web's users API show it (never its password); times
    are ISO text (UTC)."""

    username: str
    display_name: str
    role: str
    partner: str | None
    clearance: str  # the label: UNCLASSIFIED … SECRET
    active: bool
    created_at: str
    last_login_at: str | None


def account_from_row(row: Any) -> Account:
    return Account(
        row.username,
        row.display_name,
        row.role,
        row.partner,
        Classification(row.clearance).label,
        bool(row.active),
        aware(row.created_at).isoformat(),
        aware(row.last_login_at).isoformat() if row.last_login_at else None,
    )


def default_clearance(role: Role) -> Classification:
    return Classification.UNCLASSIFIED if role is Role.OUTREACH_GUEST else Classification.CONFIDENTIAL


# -- users --------------------------------------------------------------------------------------------------
def create_user(
    store: Store,
    username: str,
    role: Role,
    password: str,
    partner: str | None = None,
    display_name: str = "",
    clearance: Classification | None = None,
    actor: audit.Actor = None,
) -> Account:
    name = check_username(username)
    check_password(password, name)
    affiliation = check_affiliation(role, partner)
    level = default_clearance(role) if clearance is None else clearance
    if role is Role.OUTREACH_GUEST and level > Classification.UNCLASSIFIED:
        raise InvalidInput("an outreach guest's clearance is UNCLASSIFIED")
    moment = now()
    with store.transaction() as conn:
        repo = AccountRepository(conn)
        if repo.get_user(name) is not None:
            raise Conflict(f"user {name!r} exists already")
        repo.add_user(
            {
                "username": name,
                "display_name": display_name.strip()[:200],
                "role": role.value,
                "partner": affiliation,
                "clearance": int(level),
                "password_hash": hash_password(password),
                "active": True,
                "created_at": moment,
                "updated_at": moment,
                "password_changed_at": moment,
            }
        )
        details = {"role": role.value, "partner": affiliation, "clearance": level.label}
        audit.record(conn, actor, Action.USER_CREATE, name, details)
        row = repo.get_user(name)
    return account_from_row(row)


def list_users(store: Store) -> list[Account]:
    with store.read() as conn:
        return [account_from_row(row) for row in AccountRepository(conn).list_users()]


def get_user(store: Store, username: str) -> Account:
    with store.read() as conn:
        row = AccountRepository(conn).get_user(username)
    if row is None:
        raise NotFound(f"no user {username!r}")
    return account_from_row(row)


def viewer_of(store: Store, username: str) -> Viewer:
    """The account ``username`` as a viewer: what ``--as USER`` reads with at the command line."""
    with store.read() as conn:
        row = AccountRepository(conn).get_user(username)
    if row is None:
        raise NotFound(f"no user {username!r}; `epoc users` lists them")
    return viewer_from_row(row)


@dataclass(frozen=True, slots=True)
class UserChange:
    role: Role | None = None
    partner: str | None = None  # "" clears (guests only)
    active: bool | None = None
    display_name: str | None = None
    clearance: Classification | None = None


def update_user(store: Store, username: str, change: UserChange, actor: audit.Actor = None) -> Account:
    """Change role, affiliation, clearance, name or active state; deactivating ends sessions and tokens."""
    with store.transaction() as conn:
        repo = AccountRepository(conn)
        row = _existing(repo, username)
        role = change.role or Role(row.role)
        partner = row.partner if change.partner is None else (change.partner or None)
        if change.role is not None and change.partner is None and Role(row.role) != role:
            partner = row.partner if role is not Role.OUTREACH_GUEST else None
        values: dict[str, Any] = {"role": role.value, "partner": check_affiliation(role, partner)}
        level = Classification(row.clearance) if change.clearance is None else change.clearance
        if role is Role.OUTREACH_GUEST:
            level = Classification.UNCLASSIFIED
        values["clearance"] = int(level)
        if change.display_name is not None:
            values["display_name"] = change.display_name.strip()[:200]
        if change.active is not None:
            if not change.active and isinstance(actor, Viewer) and actor.username == row.username:
                raise Conflict("you cannot deactivate your own account")
            values["active"] = change.active
        before = {k: _plain(getattr(row, k)) for k in values}
        after = {k: _plain(v) for k, v in values.items()}
        diff = {k: [before[k], after[k]] for k in values if before[k] != after[k]}
        if not diff:
            return account_from_row(row)
        repo.update_user(row.username, {**values, "updated_at": now()})
        if values.get("active") is False or "role" in diff or "partner" in diff or "clearance" in diff:
            repo.delete_sessions_of(row.username)  # the next request signs in again under the new terms
        if values.get("active") is False:
            repo.revoke_tokens_of(row.username, now())
        audit.record(conn, actor, Action.USER_UPDATE, row.username, {"changes": diff})
        return account_from_row(repo.get_user(row.username))


def _plain(value: Any) -> Any:
    return value if isinstance(value, str | None) else int(value) if not isinstance(value, bool) else value


def reset_password(
    store: Store, username: str, new_password: str | None = None, actor: audit.Actor = None
) -> str:
    """Set a new password (a generated one when none is given) and end the user's sessions and API tokens
    (a token made under the old password must not outlive it)."""
    password = new_password or generate_password()
    with store.transaction() as conn:
        repo = AccountRepository(conn)
        row = _existing(repo, username)
        check_password(password, row.username)
        repo.update_user(
            row.username,
            {"password_hash": hash_password(password), "password_changed_at": now(), "updated_at": now()},
        )
        repo.delete_sessions_of(row.username)
        repo.revoke_tokens_of(row.username, now())
        repo.clear_failures(row.username)
        audit.record(conn, actor, Action.USER_PASSWORD, row.username, {"by": "reset", "tokens": "revoked"})
    return password


def change_own_password(store: Store, viewer: Viewer, current: str, new: str) -> None:
    """Change one's own password; the account's API tokens are revoked (make new ones)."""
    with store.transaction() as conn:
        repo = AccountRepository(conn)
        row = _existing(repo, viewer.username)
        if not password_matches(row.password_hash, current):
            raise InvalidInput("the current password is not right")
        check_password(new, row.username)
        repo.update_user(
            row.username,
            {"password_hash": hash_password(new), "password_changed_at": now(), "updated_at": now()},
        )
        repo.revoke_tokens_of(row.username, now())
        audit.record(conn, viewer, Action.USER_PASSWORD, row.username, {"by": "self", "tokens": "revoked"})


def _existing(repo: AccountRepository, username: str) -> Row[Any]:
    row = repo.get_user(username.strip().lower())
    if row is None:
        raise NotFound(f"no user {username!r}")
    return row


# -- signing in ---------------------------------------------------------------------------------------------
def authenticate(store: Store, settings: Settings, username: str, password: str, ip: str) -> Viewer:
    """The viewer these credentials name, or ``Unauthorized`` (the same words whatever was wrong) or
    ``Throttled`` after too many failures for this account or from this address."""
    name = username.strip().lower()[:64]
    moment = now()
    window = timedelta(minutes=settings.login_window_minutes)
    with store.transaction() as conn:
        repo = AccountRepository(conn)
        retry = _throttled(repo, settings, name, ip, moment)
        if retry is not None:
            audit.record(conn, name or "?", Action.LOGIN_THROTTLED, name, {"ip": ip})
    if retry is not None:
        minutes = max(1, round(retry / 60))
        raise Throttled(f"too many failed sign-ins: try again in about {minutes} minute(s)", retry)
    with store.read() as conn:
        row = AccountRepository(conn).get_user(name)
    ok = password_matches(row.password_hash if row is not None else None, password)
    with store.transaction() as conn:
        repo = AccountRepository(conn)
        if not ok or row is None or not row.active:
            repo.add_failure(name, ip, moment)
            repo.prune_failures(moment - 4 * window)
            reason = "inactive" if ok and row is not None else "bad credentials"
            audit.record(conn, name or "?", Action.LOGIN_FAILED, name, {"ip": ip, "reason": reason})
        else:
            repo.clear_failures(name)
            repo.update_user(name, {"last_login_at": moment})
            viewer = viewer_from_row(row)
            audit.record(conn, viewer, Action.LOGIN, name, {"ip": ip})
            return viewer
    raise Unauthorized(BAD_LOGIN)


def _throttled(
    repo: AccountRepository, settings: Settings, name: str, ip: str, moment: datetime
) -> int | None:
    """Seconds until sign-in may be tried again, or None when it may now."""
    window = timedelta(minutes=settings.login_window_minutes)
    since = moment - window
    for key in ({"username": name}, {"ip": ip}):
        if repo.failures_since(since, **key) >= settings.login_max_failures:
            oldest = repo.oldest_failure_since(since, **key)
            until = (aware(oldest) if oldest else moment) + window
            return max(1, int((until - moment).total_seconds()))
    return None


@dataclass(frozen=True, slots=True)
class Session:
    viewer: Viewer
    csrf: str
    session_id: str


def start_session(
    store: Store, settings: Settings, viewer: Viewer, ip: str, user_agent: str
) -> tuple[str, str]:
    """A new session for ``viewer``: (the cookie value, the session's CSRF token)."""
    cookie = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    moment = now()
    with store.transaction() as conn:
        repo = AccountRepository(conn)
        repo.delete_stale_sessions(moment - timedelta(minutes=settings.session_idle_minutes), moment)
        repo.add_session(
            {
                "id": secret_digest(cookie),
                "username": viewer.username,
                "csrf": csrf,
                "created_at": moment,
                "last_seen_at": moment,
                "expires_at": moment + timedelta(hours=settings.session_hours),
                "ip": ip[:64],
                "user_agent": user_agent[:300],
            }
        )
    return cookie, csrf


def resolve_session(store: Store, settings: Settings, cookie: str) -> Session | None:
    """The live session this cookie names (touching it), or None: unknown, expired, idle, or user inactive."""
    session_id = secret_digest(cookie)
    moment = now()
    with store.read() as conn:
        row = AccountRepository(conn).session_with_user(session_id)
    if row is None:
        return None
    idle = moment - aware(row.last_seen_at)
    if (
        not row.active
        or aware(row.expires_at) <= moment
        or idle > timedelta(minutes=settings.session_idle_minutes)
    ):
        with store.transaction() as conn:
            AccountRepository(conn).delete_session(session_id)
        return None
    if idle > SESSION_TOUCH:
        with store.transaction() as conn:
            AccountRepository(conn).touch_session(session_id, moment)
    return Session(viewer_from_row(row), row.csrf, session_id)


def end_session(store: Store, session: Session) -> None:
    with store.transaction() as conn:
        AccountRepository(conn).delete_session(session.session_id)
        audit.record(conn, session.viewer, Action.LOGOUT, session.viewer.username)


# -- API tokens ---------------------------------------------------------------------------------------------
TOKEN_PREFIX = "epoc_"


@dataclass(frozen=True, slots=True)
class IssuedToken:
    """A new bearer token: its secret is here, shown this once, and nowhere else (the store keeps only its
    digest)."""

    id: int
    name: str
    token: str = field(repr=False)
    token_type: str
    expires_at: str


def issue_token(store: Store, settings: Settings, viewer: Viewer, name: str) -> IssuedToken:
    """A new bearer token for ``viewer``; the secret is in the answer and nowhere else."""
    label = name.strip()[:100] or "token"
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    moment = now()
    expires = moment + timedelta(days=settings.token_days)
    with store.transaction() as conn:
        token_id = AccountRepository(conn).add_token(
            {
                "username": viewer.username,
                "name": label,
                "token_hash": secret_digest(secret),
                "created_at": moment,
                "expires_at": expires,
            }
        )
        audit.record(conn, viewer, Action.TOKEN_CREATE, f"token:{token_id}", {"name": label})
    return IssuedToken(token_id, label, secret, "bearer", expires.isoformat())


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """An API token as its owner sees it listed (never its secret); times are ISO text (UTC)."""

    id: int
    name: str
    username: str
    created_at: str
    expires_at: str
    last_used_at: str | None
    revoked_at: str | None


def token_from_row(row: Any) -> TokenInfo:
    return TokenInfo(
        row.id,
        row.name,
        row.username,
        aware(row.created_at).isoformat(),
        aware(row.expires_at).isoformat(),
        aware(row.last_used_at).isoformat() if row.last_used_at else None,
        aware(row.revoked_at).isoformat() if row.revoked_at else None,
    )


def list_tokens(store: Store, viewer: Viewer) -> list[TokenInfo]:
    with store.read() as conn:
        return [token_from_row(row) for row in AccountRepository(conn).tokens_of(viewer.username)]


def revoke_token(store: Store, viewer: Viewer, token_id: int) -> TokenInfo:
    """Revoke one of one's own tokens (a POC administrator: anyone's)."""
    with store.transaction() as conn:
        repo = AccountRepository(conn)
        row = repo.get_token(token_id)
        if row is None or (row.username != viewer.username and not viewer.may(Permission.MANAGE_USERS)):
            raise NotFound(f"no token {token_id}")
        repo.revoke_token(token_id, now())
        audit.record(conn, viewer, Action.TOKEN_REVOKE, f"token:{token_id}", {"owner": row.username})
        return token_from_row(repo.get_token(token_id))


def resolve_token(store: Store, secret: str) -> tuple[Viewer, int] | None:
    """The viewer and token id a bearer token stands for, or None (unknown, revoked, expired, inactive)."""
    if not secret.startswith(TOKEN_PREFIX):
        return None
    moment = now()
    with store.read() as conn:
        row = AccountRepository(conn).token_with_user(secret_digest(secret))
    if row is None or row.revoked_at is not None or aware(row.expires_at) <= moment or not row.active:
        return None
    if row.last_used_at is None or moment - aware(row.last_used_at) > SESSION_TOUCH:
        with store.transaction() as conn:
            AccountRepository(conn).touch_token(row.token_id, moment)
    return viewer_from_row(row), int(row.token_id)
