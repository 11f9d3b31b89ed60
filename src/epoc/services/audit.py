"""The audit trail: who did or saw what, appended in the same transaction as the action it records.

Every area calls ``record(conn, actor, action, target, details)`` inside the transaction of its action
(``with store.transaction() as conn``), so that an action and its entry commit together or not at all.
``via`` says how the actor came in (``web 127.0.0.1``, ``api token 7``, ``cli``); the web layer sets it
for the request with ``acting_via``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from epoc.model.access import Viewer
from epoc.model.audit import Action, AuditEntry, ChainReport, verify_chain
from epoc.model.errors import InvalidInput
from epoc.store import Store
from epoc.store.audit import AuditRepository

Actor = Viewer | str | None  # a signed-in viewer, a username (e.g. a failed sign-in), or the CLI operator

_via: ContextVar[str] = ContextVar("epoc_audit_via", default="cli")


@contextmanager
def acting_via(via: str) -> Iterator[None]:
    """Entries recorded inside this block say they came ``via`` this channel."""
    token = _via.set(via[:120])
    try:
        yield
    finally:
        _via.reset(token)


def set_via(via: str) -> None:
    """For the rest of this request (its own context), entries say they came ``via`` this channel."""
    _via.set(via[:120])


@dataclass(frozen=True, slots=True)
class Event:
    """An entry to append, as the action saw it (who, what, when, and via which channel): ``record_many``
    chains and writes it, perhaps later and together with others (the web's ``AuditBatch``)."""

    actor: str
    role: str | None
    partner: str | None
    via: str
    action: str
    target: str | None
    details: Mapping[str, Any]
    at: datetime


def event(
    actor: Actor, action: str, target: str | None = None, details: Mapping[str, Any] | None = None
) -> Event:
    """An entry of what happens now, in this context (its ``via``), for ``record_many``."""
    if isinstance(actor, Viewer):
        name, role, partner = actor.username, actor.role.value, actor.partner
    else:
        name, role, partner = (actor or "cli"), None, None
    # JSON-normalised first, so that the hash is over exactly what the database gives back.
    plain = json.loads(json.dumps(dict(details or {}), ensure_ascii=False, default=str))
    return Event(
        name[:64],
        role,
        partner,
        _via.get(),
        action,
        target[:300] if target else None,
        plain,
        datetime.now(UTC),
    )


def record(
    conn: Connection,
    actor: Actor,
    action: str,
    target: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry, inside the caller's transaction. Concurrent appends keep one chain."""
    return record_many(conn, [event(actor, action, target, details)])[0]


def record_many(conn: Connection, events: Sequence[Event]) -> list[AuditEntry]:
    """Append entries in order, inside the caller's transaction, as one move of the chain's head: one
    claim of ``len(events)`` places, one insert, one update of the head's hash."""
    if not events:
        return []
    repo = AuditRepository(conn)
    seq, prev_hash = repo.claim_next(len(events))
    entries = []
    for number, e in enumerate(events, start=seq):
        entry = _with_hash(
            AuditEntry(
                seq=number,
                at=e.at,
                actor=e.actor,
                role=e.role,
                partner=e.partner,
                via=e.via,
                action=e.action,
                target=e.target,
                details=e.details,
                prev_hash=prev_hash,
            )
        )
        entries.append(entry)
        prev_hash = entry.hash
    repo.append_many(entries)
    return entries


def write(store: Store, events: Sequence[Event]) -> list[AuditEntry]:
    """Append entries in a transaction of their own (actions that change nothing: a screening)."""
    with store.transaction() as conn:
        return record_many(conn, events)


def _with_hash(entry: AuditEntry) -> AuditEntry:
    return AuditEntry(
        entry.seq,
        entry.at,
        entry.actor,
        entry.role,
        entry.partner,
        entry.via,
        entry.action,
        entry.target,
        entry.details,
        entry.prev_hash,
        entry.computed_hash(),
    )


def verify(store: Store, actor: Actor = None) -> ChainReport:
    """Walk the whole chain: every hash, every link, the sequence, and the head. (Reading is not logged:
    verification must not change what it verifies.)"""
    del actor
    with store.read() as conn:
        repo = AuditRepository(conn)
        head_seq, head_hash = repo.head()
        return verify_chain(repo.iter_entries(), head_seq, head_hash)


@dataclass(frozen=True, slots=True)
class AuditQuery:
    actor: str | None = None
    action: str | None = None
    target: str | None = None
    since: str | None = None  # YYYY-MM-DD or ISO time, inclusive
    until: str | None = None  # YYYY-MM-DD (that whole day) or ISO time, exclusive
    before_seq: int | None = None  # paging: entries older than this one
    limit: int = 100


def search(store: Store, query: AuditQuery, viewer: Actor = None) -> list[AuditEntry]:
    """Entries matching every given filter, newest first (``AuditEntry.to_json`` is their one JSON form). A
    viewer's search is itself logged."""
    since = _parse_time(query.since, "since", end=False)
    until = _parse_time(query.until, "until", end=True)
    if not 1 <= query.limit <= 1000:
        raise InvalidInput("limit: between 1 and 1000")
    with store.transaction() as conn:
        entries = AuditRepository(conn).search(
            actor=query.actor or None,
            action=query.action or None,
            target=query.target or None,
            since=since,
            until=until,
            before_seq=query.before_seq,
            limit=query.limit,
        )
        if viewer is not None:
            filters = {k: v for k, v in asdict(query).items() if v not in (None, "") and k != "limit"}
            record(conn, viewer, "audit.search", None, {"filters": filters, "results": len(entries)})
    return entries


def _parse_time(text: str | None, name: str, *, end: bool) -> datetime | None:
    if not text:
        return None
    text = text.strip()
    try:
        if len(text) == 10:
            day = datetime.fromisoformat(text).replace(tzinfo=UTC)
            return day + timedelta(days=1) if end else day
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(f"{name}: {text!r} is not a date (YYYY-MM-DD) or time (ISO 8601)") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def record_refusal(store: Store, actor: Actor, method: str, path: str, status: int, message: str) -> None:
    """A refused request (forbidden, or not found for this caller) on the trail, in its own transaction:
    probes leave a trace."""
    with store.transaction() as conn:
        record(conn, actor, Action.REFUSED, f"{method} {path}", {"status": status, "message": message[:200]})
