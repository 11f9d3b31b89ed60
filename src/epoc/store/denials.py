"""Repository of denial notifications."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from epoc.model import Marking
from epoc.model.access import Viewer
from epoc.store.document_tables import denials
from epoc.store.records import marking_values
from epoc.store.visibility import visible


class DenialRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def upsert(self, values: dict[str, Any], marking: Marking, now: datetime) -> str:
        """Insert, or update the denial with the same Partner and reference: added, amended or unchanged."""
        existing = self.conn.execute(
            select(denials).where(
                denials.c.partner == values["partner"], denials.c.reference == values["reference"]
            )
        ).first()
        row = {**values, **marking_values(marking)}
        if existing is None:
            self.conn.execute(insert(denials).values(created_at=now, **row))
            return "added"
        if all(getattr(existing, k) == v for k, v in row.items() if k != "imported_from"):
            return "unchanged"
        self.conn.execute(update(denials).where(denials.c.id == existing.id).values(**row))
        return "amended"

    def list(self, viewer: Viewer | None) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(denials)
                .where(visible(denials, viewer))
                .order_by(denials.c.notified_on.desc(), denials.c.id)
            )
        )
