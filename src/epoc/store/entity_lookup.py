"""The entity behind each screened record: what `epoc screen` returns (all its records in ``record_ids``).

A record not yet resolved (resolution has not run since its list came in) stands alone: its entity is itself.
So does a record the viewer may read whose entity the viewer may not (it holds a record marked for other
Partners): the viewer learns nothing of what the others' records say.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from epoc.model.access import Viewer
from epoc.store.entities import EntityRepository, chunks, readable_records
from epoc.store.entity_tables import entities
from epoc.store.tables import records
from epoc.store.visibility import visible


@dataclass(frozen=True, slots=True)
class EntityRef:
    entity_id: str
    caption: str
    record_ids: tuple[str, ...]


def entities_for(
    conn: Connection, record_ids: Iterable[str], *, viewer: Viewer | None = None
) -> dict[str, EntityRef]:
    """``{record id: EntityRef}`` for each record id given. ``record_ids`` of an entity are its active
    records the viewer may read (the local operator, ``None``, reads all)."""
    wanted = sorted(set(record_ids))
    repo = EntityRepository(conn)
    membership = repo.membership(wanted)
    entity_ids = sorted(set(membership.values()))
    heads: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for chunk in chunks(entity_ids):
        for row in conn.execute(
            select(entities.c.id, entities.c.caption).where(
                entities.c.id.in_(chunk), entities.c.status == "active", visible(entities, viewer)
            )
        ):
            heads[row.id] = row.caption
    all_members = repo.active_members(sorted(heads))
    readable = readable_records(conn, [r for ms in all_members.values() for r in ms], viewer)
    for head, ids in all_members.items():
        members[head] = [r for r in ids if r in readable]
    out: dict[str, EntityRef] = {}
    alone = [r for r in wanted if membership.get(r) not in heads]
    captions = _captions(conn, alone, viewer)
    for record_id in wanted:
        entity_id = membership.get(record_id, "")
        if entity_id in heads and members.get(entity_id):
            out[record_id] = EntityRef(entity_id, heads[entity_id], tuple(members[entity_id]))
        elif record_id in captions:
            out[record_id] = EntityRef(record_id, captions[record_id], (record_id,))
    return out


def _captions(conn: Connection, record_ids: list[str], viewer: Viewer | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in chunks(record_ids):
        rows = conn.execute(
            select(records.c.id, records.c.caption).where(records.c.id.in_(chunk), visible(records, viewer))
        )
        out.update({r.id: r.caption for r in rows})
    return out
