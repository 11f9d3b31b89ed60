"""The audit trail's tables and all SQL about them: an append-only log and the head of its hash chain.

Appending first moves the head (``UPDATE audit_head``): that write takes SQLite's single writer lock, and on
PostgreSQL the row lock that makes concurrent appenders wait their turn, so that two appends never link to
the same previous entry and there is one chain, whatever the number of processes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    bindparam,
    func,
    select,
    update,
)

from epoc.model.audit import AuditEntry
from epoc.model.errors import EpocError
from epoc.store.tables import metadata

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("actor", String(64), nullable=False),
    Column("role", String(20)),
    Column("partner", String(8)),
    Column("via", String(120), nullable=False),
    Column("action", String(40), nullable=False),
    Column("target", String(300)),
    Column("details", JSON, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index("ix_audit_log_actor_seq", "actor", "seq"),
    Index("ix_audit_log_action_seq", "action", "seq"),
    Index("ix_audit_log_target", "target"),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # always 1
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)

BATCH = 2000
# the statements of every append, built once (building them per request was a third of its cost)
_CLAIM = (
    update(audit_head)
    .where(audit_head.c.id == 1)
    .values(seq=audit_head.c.seq + bindparam("count"))
    .returning(audit_head.c.seq, audit_head.c.hash)
)
_INSERT = audit_log.insert()
_SET_HASH = update(audit_head).where(audit_head.c.id == 1).values(hash=bindparam("new_hash"))


class AuditRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def claim_next(self, count: int = 1) -> tuple[int, str]:
        """Lock the head, move it ``count`` on, and return (the first new entry's seq, the previous entry's
        hash): one statement (UPDATE … RETURNING), built once, on the path of every audited request."""
        row = self.conn.execute(_CLAIM, {"count": count}).first()
        if row is None:
            raise EpocError("the audit trail has no head row: the database was not created by its migrations")
        return int(row.seq) - count + 1, str(row.hash)

    def append(self, entry: AuditEntry) -> None:
        self.append_many([entry])

    def append_many(self, entries: list[AuditEntry]) -> None:
        """Insert entries claimed together (``claim_next(len(entries))``), in chain order, and move the
        head's hash to the last."""
        if not entries:
            return
        self.conn.execute(_INSERT, [_row(entry) for entry in entries])
        self.conn.execute(_SET_HASH, {"new_hash": entries[-1].hash})

    def head(self) -> tuple[int, str]:
        row = self.conn.execute(
            select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1)
        ).first()
        if row is None:
            raise EpocError("the audit trail has no head row: the database was not created by its migrations")
        return int(row.seq), str(row.hash)

    def iter_entries(self) -> Iterator[AuditEntry]:
        """Every entry in stored order (by seq), in batches."""
        after = 0
        while True:
            rows = list(
                self.conn.execute(
                    select(audit_log).where(audit_log.c.seq > after).order_by(audit_log.c.seq).limit(BATCH)
                )
            )
            if not rows:
                return
            for row in rows:
                yield entry_from_row(row)
            after = rows[-1].seq

    def search(
        self,
        *,
        actor: str | None = None,
        action: str | None = None,
        target: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        before_seq: int | None = None,
        limit: int = 100,
    ) -> list[AuditEntry]:
        """Newest first; ``action`` matches itself and its sub-actions (``login`` finds ``login.failed``)."""
        query = select(audit_log)
        if actor:
            query = query.where(audit_log.c.actor == actor)
        if action:
            query = query.where((audit_log.c.action == action) | audit_log.c.action.like(f"{action}.%"))
        if target:
            escaped = target.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(audit_log.c.target.like(f"%{escaped}%", escape="\\"))
        if since is not None:
            query = query.where(audit_log.c.at >= since)
        if until is not None:
            query = query.where(audit_log.c.at < until)
        if before_seq is not None:
            query = query.where(audit_log.c.seq < before_seq)
        rows = self.conn.execute(query.order_by(audit_log.c.seq.desc()).limit(limit))
        return [entry_from_row(row) for row in rows]

    def count(self) -> int:
        return int(self.conn.scalar(select(func.count()).select_from(audit_log)) or 0)


def _row(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "at": entry.at,
        "actor": entry.actor,
        "role": entry.role,
        "partner": entry.partner,
        "via": entry.via,
        "action": entry.action,
        "target": entry.target,
        "details": dict(entry.details),
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


def entry_from_row(row: Any) -> AuditEntry:
    return AuditEntry(
        seq=row.seq,
        at=row.at,
        actor=row.actor,
        role=row.role,
        partner=row.partner,
        via=row.via,
        action=row.action,
        target=row.target,
        details=row.details or {},
        prev_hash=row.prev_hash,
        hash=row.hash,
    )
