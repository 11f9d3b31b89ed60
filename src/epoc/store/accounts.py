"""Accounts: users, browser sessions, API tokens and failed logins. Tables and all SQL about them.

Secrets are never stored: a session cookie or API token is kept as its SHA-256 (they are long random
strings, so a fast hash is enough); a password as its argon2id hash.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Row,
    Select,
    String,
    Table,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)

from epoc.store.tables import metadata

users = Table(
    "users",
    metadata,
    Column("username", String(64), primary_key=True),
    Column("display_name", String(200), nullable=False, default=""),
    Column("role", String(20), nullable=False),
    Column("partner", String(8)),  # Partner code, POC, or a guest's (non-Partner) state
    Column("clearance", Integer, nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("password_changed_at", DateTime(timezone=True), nullable=False),
    Column("last_login_at", DateTime(timezone=True)),
)

web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id", String(64), primary_key=True),  # SHA-256 of the cookie value
    Column(
        "username",
        String(64),
        ForeignKey("users.username", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("ip", String(64)),
    Column("user_agent", String(300)),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "username",
        String(64),
        ForeignKey("users.username", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_used_at", DateTime(timezone=True)),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
)

login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False),
    Column("ip", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_login_failures_username_at", "username", "at"),
    Index("ix_login_failures_ip_at", "ip", "at"),
)


# a bearer token and its user: asked on every API request, so the statement is built once
# on the path of every API request: only what the token's check and its viewer need (each further column,
# the user's four times above all, was read and converted per request for nothing)
_TOKEN_WITH_USER: Select[Any] = (
    select(
        api_tokens.c.id.label("token_id"),
        api_tokens.c.expires_at,
        api_tokens.c.revoked_at,
        api_tokens.c.last_used_at,
        users.c.username,
        users.c.role,
        users.c.partner,
        users.c.clearance,
        users.c.active,
    )
    .join(users, users.c.username == api_tokens.c.username)
    .where(api_tokens.c.token_hash == bindparam("token_hash"))
)


class AccountRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- users ------------------------------------------------------------------------------------------
    def get_user(self, username: str) -> Row[Any] | None:
        return self.conn.execute(select(users).where(users.c.username == username)).first()

    def list_users(self) -> list[Row[Any]]:
        return list(self.conn.execute(select(users).order_by(users.c.username)))

    def add_user(self, values: dict[str, Any]) -> None:
        self.conn.execute(insert(users).values(**values))

    def update_user(self, username: str, values: dict[str, Any]) -> None:
        self.conn.execute(update(users).where(users.c.username == username).values(**values))

    # -- sessions ---------------------------------------------------------------------------------------
    def add_session(self, values: dict[str, Any]) -> None:
        self.conn.execute(insert(web_sessions).values(**values))

    def session_with_user(self, session_id: str) -> Row[Any] | None:
        query = (
            select(
                web_sessions.c.id,
                web_sessions.c.csrf,
                web_sessions.c.last_seen_at,
                web_sessions.c.expires_at,
                users,
            )
            .join(users, users.c.username == web_sessions.c.username)
            .where(web_sessions.c.id == session_id)
        )
        return self.conn.execute(query).first()

    def touch_session(self, session_id: str, now: datetime) -> None:
        self.conn.execute(
            update(web_sessions).where(web_sessions.c.id == session_id).values(last_seen_at=now)
        )

    def delete_session(self, session_id: str) -> None:
        self.conn.execute(delete(web_sessions).where(web_sessions.c.id == session_id))

    def delete_sessions_of(self, username: str) -> None:
        self.conn.execute(delete(web_sessions).where(web_sessions.c.username == username))

    def delete_stale_sessions(self, idle_before: datetime, now: datetime) -> None:
        self.conn.execute(
            delete(web_sessions).where(
                or_(web_sessions.c.expires_at < now, web_sessions.c.last_seen_at < idle_before)
            )
        )

    # -- API tokens -------------------------------------------------------------------------------------
    def add_token(self, values: dict[str, Any]) -> int:
        result = self.conn.execute(insert(api_tokens).values(**values))
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def token_with_user(self, token_hash: str) -> Row[Any] | None:
        return self.conn.execute(_TOKEN_WITH_USER, {"token_hash": token_hash}).first()

    def tokens_of(self, username: str) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(api_tokens).where(api_tokens.c.username == username).order_by(api_tokens.c.id.desc())
            )
        )

    def get_token(self, token_id: int) -> Row[Any] | None:
        return self.conn.execute(select(api_tokens).where(api_tokens.c.id == token_id)).first()

    def touch_token(self, token_id: int, now: datetime) -> None:
        self.conn.execute(update(api_tokens).where(api_tokens.c.id == token_id).values(last_used_at=now))

    def revoke_token(self, token_id: int, now: datetime) -> None:
        self.conn.execute(
            update(api_tokens)
            .where(api_tokens.c.id == token_id, api_tokens.c.revoked_at.is_(None))
            .values(revoked_at=now)
        )

    def revoke_tokens_of(self, username: str, now: datetime) -> None:
        self.conn.execute(
            update(api_tokens)
            .where(api_tokens.c.username == username, api_tokens.c.revoked_at.is_(None))
            .values(revoked_at=now)
        )

    # -- failed logins ----------------------------------------------------------------------------------
    def add_failure(self, username: str, ip: str, now: datetime) -> None:
        self.conn.execute(insert(login_failures).values(username=username, ip=ip, at=now))

    def failures_since(self, since: datetime, *, username: str | None = None, ip: str | None = None) -> int:
        query = select(func.count()).select_from(login_failures).where(login_failures.c.at >= since)
        if username is not None:
            query = query.where(login_failures.c.username == username)
        if ip is not None:
            query = query.where(login_failures.c.ip == ip)
        return int(self.conn.scalar(query) or 0)

    def oldest_failure_since(
        self, since: datetime, *, username: str | None = None, ip: str | None = None
    ) -> datetime | None:
        query = select(func.min(login_failures.c.at)).where(login_failures.c.at >= since)
        if username is not None:
            query = query.where(login_failures.c.username == username)
        if ip is not None:
            query = query.where(login_failures.c.ip == ip)
        value = self.conn.scalar(query)
        return value if isinstance(value, datetime) else None

    def clear_failures(self, username: str) -> None:
        self.conn.execute(delete(login_failures).where(login_failures.c.username == username))

    def prune_failures(self, before: datetime) -> None:
        self.conn.execute(delete(login_failures).where(login_failures.c.at < before))
