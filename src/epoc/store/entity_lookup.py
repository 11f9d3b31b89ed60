"""The entity behind each screened record: what `epoc screen` returns (all its records in ``record_ids``).

A record not yet resolved (resolution has not run since its list came in) stands alone: its entity is itself.
An entity is seen as the list's pages show it: built from the records of it the viewer may read — its
``record_ids`` are those, and where the viewer may not read all of it, its caption is chosen from those
alone — so that the viewer learns nothing of what other Partners' records say, and the entity id links to
the same page as the list's.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, select, true

from epoc.model.access import Viewer
from epoc.resolution.view import choose_caption
from epoc.store.entities import EntityRepository, chunks, readable_records
from epoc.store.entity_tables import entities, entity_members
from epoc.store.records import CHUNK, RecordRepository
from epoc.store.tables import records
from epoc.store.visibility import Reader, reader_of, visible, visible_to


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


@dataclass(frozen=True, slots=True)
class HitEntity:
    """A screening hit's entity as its viewer sees it: what ``EntityRef`` says, and the marking banner of
    each record in ``record_ids`` (the result is marked with the strictest of them)."""

    entity_id: str
    caption: str
    record_ids: tuple[str, ...]
    banners: tuple[str, ...]


def hit_entities(
    conn: Connection, record_ids: Iterable[str] | None, viewer: Viewer | None
) -> dict[str, HitEntity]:
    """``{record id: HitEntity}`` for each of ``record_ids`` that is active and readable by the viewer, in
    one statement: the record, its active entity, and the entity's active members the viewer may read, with
    their markings. A record in no active entity stands alone. (``entities_for`` then ``readable_active``
    and ``record_markings`` gave the same in eight statements, on the path of every screening request.)
    ``record_ids=None`` asks for every active record, in one pass over the table (the whole index's
    entities, `epoc screen`: half the time of asking for 32,000 ids by name)."""
    rows: list[tuple[str, str, str, str | None, str | None, bool | None, str | None, str | None]] = []
    reader = reader_of(viewer)
    if record_ids is None and reader is None:
        return _every_hit_entity(conn)
    if record_ids is None:
        rows.extend(conn.execute(_hit_statement(reader, every=True)))
    else:
        wanted = sorted(set(record_ids))
        statement = _hit_statement(reader)
        for start in range(0, len(wanted), CHUNK):
            rows.extend(conn.execute(statement, {"ids": wanted[start : start + CHUNK]}))
    if not rows:
        return {}
    grouped: dict[str, tuple[str, str, bool, list[str], list[str]]] = {}
    alone: dict[str, tuple[str, str]] = {}
    for hit, caption, marking, entity_id, entity_caption, whole, member, member_marking in rows:
        if entity_id is None or member is None:
            alone[hit] = (caption, marking)
            continue
        found = grouped.get(hit)
        if found is None:
            found = grouped[hit] = (entity_id, entity_caption or "", bool(whole), [], [])
        found[3].append(member)
        found[4].append(member_marking or "")
    partial = sorted({m for e in grouped.values() if not e[2] for m in e[3]})
    loaded = RecordRepository(conn).load(partial) if partial else {}
    out: dict[str, HitEntity] = {}
    for hit, (entity_id, head_caption, whole, members, banners) in grouped.items():
        caption = head_caption
        if not whole:
            caption = choose_caption([loaded[r].record for r in members if r in loaded]) or head_caption
        ordered = sorted(zip(members, banners, strict=True))  # by id as Python orders it, on any database
        out[hit] = HitEntity(entity_id, caption, tuple(m for m, _ in ordered), tuple(b for _, b in ordered))
    for hit, (caption, marking) in alone.items():
        if hit not in out:
            out[hit] = HitEntity(hit, caption, (hit,), (marking,))
    return out


def _every_hit_entity(conn: Connection) -> dict[str, HitEntity]:
    """``hit_entities`` of every active record for the local operator, who reads everything: two plain scans
    (the active records; the active entities' members) joined here. The one statement joined every record to
    its entity's members and read each member's row again: 0.33 s against 0.13 s on the real lists, paid at
    the start of every `epoc screen` run."""
    active = {
        record_id: (caption, marking)
        for record_id, caption, marking in conn.execute(
            select(records.c.id, records.c.caption, records.c.marking).where(records.c.status == "active")
        )
    }
    heads: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for entity_id, record_id, caption in conn.execute(
        select(entity_members.c.entity_id, entity_members.c.record_id, entities.c.caption)
        .join(entities, entities.c.id == entity_members.c.entity_id)
        .where(entities.c.status == "active")
    ):
        if record_id in active:
            heads[entity_id] = caption or ""
            members.setdefault(entity_id, []).append(record_id)
    out: dict[str, HitEntity] = {}
    for entity_id, ids in members.items():
        ids.sort()  # by record id, as the statement's answers are ordered
        entity = HitEntity(entity_id, heads[entity_id], tuple(ids), tuple(active[r][1] for r in ids))
        out.update(dict.fromkeys(ids, entity))
    for record_id, (caption, marking) in active.items():
        if record_id not in out:  # in no active entity: it stands alone
            out[record_id] = HitEntity(record_id, caption, (record_id,), (marking,))
    return out


@functools.lru_cache(maxsize=256)
def _hit_statement(reader: Reader | None, every: bool = False) -> Select[Any]:
    """The statement of ``hit_entities`` for one kind of reader, built once (building it and its cache key
    for every request cost more than running it); ``every``: of every active record, not of ``ids``."""
    hit = records.alias("hit")
    membership = entity_members.alias("membership")
    member_of = entity_members.alias("member_of")
    member = records.alias("member")
    return (
        select(
            hit.c.id,
            hit.c.caption,
            hit.c.marking,
            entities.c.id,
            entities.c.caption,
            visible_to(entities, reader),
            member.c.id,
            member.c.marking,
        )
        .select_from(hit)
        .outerjoin(membership, membership.c.record_id == hit.c.id)
        .outerjoin(entities, and_(entities.c.id == membership.c.entity_id, entities.c.status == "active"))
        .outerjoin(member_of, member_of.c.entity_id == entities.c.id)
        .outerjoin(
            member,
            and_(
                member.c.id == member_of.c.record_id,
                member.c.status == "active",
                visible_to(member, reader),
            ),
        )
        .where(
            true() if every else hit.c.id.in_(bindparam("ids", expanding=True)),
            hit.c.status == "active",
            visible_to(hit, reader),
        )
        .order_by(hit.c.id, member.c.id)
    )
