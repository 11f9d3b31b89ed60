"""The entity behind each screened record: what `epoc screen` returns (all its records in ``record_ids``).

A record not yet resolved (resolution has not run since its list came in) stands alone: its entity is itself.
An entity is seen as the list's pages show it: built from the records of it the viewer may read — its
``record_ids`` are those, and where the viewer may not read all of it, its caption is chosen from those
alone — so that the viewer learns nothing of what other Partners' records say, and the entity id links to
the same page as the list's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from epoc.model.access import Viewer
from epoc.resolution.view import choose_caption
from epoc.store.entities import EntityRepository, chunks, readable_records
from epoc.store.entity_tables import entities
from epoc.store.records import RecordRepository
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
    heads: dict[str, tuple[str, bool]] = {}  # entity id -> (caption, the viewer may read all of it)
    for chunk in chunks(sorted(set(membership.values()))):
        for row in conn.execute(
            select(entities.c.id, entities.c.caption, visible(entities, viewer).label("whole")).where(
                entities.c.id.in_(chunk), entities.c.status == "active"
            )
        ):
            heads[row.id] = (row.caption, bool(row.whole))
    all_members = repo.active_members(sorted(heads))
    readable = readable_records(conn, [r for ms in all_members.values() for r in ms], viewer)
    members = {head: [r for r in ids if r in readable] for head, ids in all_members.items()}
    partial = [m for head, ms in members.items() if not heads[head][1] for m in ms]
    loaded = RecordRepository(conn).load(partial) if partial else {}
    out: dict[str, EntityRef] = {}
    alone = [r for r in wanted if not members.get(membership.get(r, ""))]
    captions = _captions(conn, alone, viewer)
    for record_id in wanted:
        entity_id = membership.get(record_id, "")
        shown = members.get(entity_id)
        if shown:
            caption, whole = heads[entity_id]
            if not whole:
                caption = choose_caption([loaded[r].record for r in shown if r in loaded]) or caption
            out[record_id] = EntityRef(entity_id, caption, tuple(shown))
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
