"""Which entity of concern each record belongs to: the ONE place screening asks.

Until entities exist (the entities issue), an entity is a single record: each record maps to itself. The
entities issue replaces the body of ``entities_for``; screening already merges the hits of one entity (best
score, every record id), so nothing else changes then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from epoc.store.tables import records


@dataclass(frozen=True, slots=True)
class EntityRef:
    entity_id: str
    caption: str
    record_ids: tuple[str, ...]


def entities_for(conn: Connection, record_ids: Iterable[str]) -> dict[str, EntityRef]:
    """``{record id: the entity it belongs to}`` for the records that exist."""
    ids = list(dict.fromkeys(record_ids))
    out: dict[str, EntityRef] = {}
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        for row in conn.execute(select(records.c.id, records.c.caption).where(records.c.id.in_(chunk))):
            out[row.id] = EntityRef(entity_id=row.id, caption=row.caption, record_ids=(row.id,))
    return out
