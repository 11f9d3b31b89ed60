"""Editions: the list frozen as compiled from the sources dated in a window, and what changed between two.

An edition keeps, for each entity, the entity as it was (``data``), its records and their content hashes,
so that a diff can say *why* an entity came, went or changed: a new source, a source withdrawn, a record
newly listed or delisted, a merge, a split, a new alias, new values.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Any

from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import Conflict, InvalidInput, NotFound
from epoc.model.marking import Marking
from epoc.services import audit
from epoc.services.list.entities import compile_list
from epoc.store import Store
from epoc.store.editions import EditionRepository
from epoc.store.records import marking_from_row, marking_values


def create_edition(
    store: Store,
    name: str,
    start: date | None,
    end: date | None,
    created_by: str = "local operator",
    viewer: Viewer | None = None,
) -> dict[str, Any]:
    """Freeze the list as compiled from the sources dated in [start, end], in one transaction. A viewer's
    edition holds only what that viewer may read (so its maker can always read it back), is made in its
    name, and goes on the audit trail."""
    name = name.strip()
    if not name or len(name) > 100:
        raise InvalidInput("an edition needs a name of 1 to 100 characters")
    if start and end and start > end:
        raise InvalidInput(f"--from {start} is after --to {end}")
    with store.transaction() as conn:
        repo = EditionRepository(conn)
        if repo.exists(name):
            raise Conflict(f"edition {name!r} exists; editions are frozen, choose another name")
        compiled = compile_list(conn, start, end, viewer)
        if not compiled.entities:
            raise InvalidInput(
                f"no source is dated between {start or 'the beginning'} and {end or 'now'}: "
                "the edition would be empty (`epoc lists` shows the sources' dates)"
            )
        marking = compiled.marking
        now = datetime.now(UTC)
        repo.create(
            {
                "name": name,
                "from_date": start,
                "to_date": end,
                "created_at": now,
                "created_by": viewer.username if viewer is not None else created_by,
                "entity_count": len(compiled.entities),
                "sources": compiled.sources,
            },
            marking,
            [
                {
                    "edition": name,
                    "entity_id": e.id,
                    "caption": e.caption,
                    "schema": e.schema.value,
                    "record_ids": list(e.record_ids),
                    "record_hashes": {r: compiled.hashes[r] for r in e.record_ids},
                    "data": e.to_json(),
                    **marking_values(e.marking),
                }
                for e in compiled.entities
            ],
        )
        made = _edition_json(repo.get(name))
        if viewer is not None:
            audit.record(
                conn,
                viewer,
                Action.EDITION,
                name,
                {
                    "from": made["from"],
                    "to": made["to"],
                    "entities": made["entities"],
                    "marking": made["marking"]["banner"],
                },
            )
        return made


def list_editions(store: Store, viewer: Viewer | None = None) -> list[dict[str, Any]]:
    with store.read() as conn:
        return [_edition_json(row) for row in EditionRepository(conn).all(viewer)]


def edition_entities(
    store: Store, name: str, viewer: Viewer | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """An edition and its frozen entities (as `entities show --json` gave them) the viewer may read."""
    with store.read() as conn:
        repo = EditionRepository(conn)
        row = repo.get(name, viewer)
        if row is None:
            raise NotFound(f"no edition {name!r}; `epoc editions list` shows them")
        return _edition_json(row), [r.data for r in repo.entities(name, viewer)]


def read_edition(store: Store, name: str, viewer: Viewer | None = None) -> dict[str, Any]:
    """An edition's page: the edition and its entities (as rows of the list); a viewer's read is audited."""
    head, items = edition_entities(store, name, viewer)
    if viewer is not None:
        with store.transaction() as conn:
            audit.record(conn, viewer, Action.EDITION_READ, name, {"marking": head["marking"]["banner"]})
    return {**head, "items": [_frozen_row(e) for e in items]}


def _frozen_row(e: dict[str, Any]) -> dict[str, Any]:
    return {
        "entity_id": e["entity_id"],
        "caption": e["caption"],
        "schema": e["schema"],
        "countries": e["countries"],
        "sources": e["sources"],
        "programmes": [p["value"] for p in e.get("programmes", [])],
        "records": len(e["record_ids"]),
        "marking": e["marking"],
    }


def _edition_json(row: Any) -> dict[str, Any]:
    return {
        "name": row.name,
        "from": row.from_date.isoformat() if row.from_date else None,
        "to": row.to_date.isoformat() if row.to_date else None,
        "created_at": row.created_at.isoformat(),
        "created_by": row.created_by,
        "entities": row.entity_count,
        "sources": row.sources,
        "marking": marking_from_row(row).to_json(),
    }


# -- diff ---------------------------------------------------------------------------------------------------
def diff_editions(store: Store, old: str, new: str, viewer: Viewer | None = None) -> dict[str, Any]:
    """Added, removed and changed entities from edition ``old`` to ``new``, each with why (a viewer's diff
    is audited)."""
    out = _diff(store, old, new, viewer)
    if viewer is not None:
        with store.transaction() as conn:
            audit.record(conn, viewer, Action.EDITION_DIFF, f"{old} -> {new}", out["counts"])
    return out


def _diff(store: Store, old: str, new: str, viewer: Viewer | None) -> dict[str, Any]:
    with store.read() as conn:
        repo = EditionRepository(conn)
        heads = {}
        frozen: dict[str, dict[str, Any]] = {}
        for name in (old, new):
            row = repo.get(name, viewer)
            if row is None:
                raise NotFound(f"no edition {name!r}; `epoc editions list` shows them")
            heads[name] = row
            frozen[name] = {r.entity_id: r for r in repo.entities(name, viewer)}
    a, b = frozen[old], frozen[new]
    a_sources = {s["key"]: s for s in heads[old].sources}
    b_sources = {s["key"]: s for s in heads[new].sources}
    owner_a = {r: eid for eid, row in a.items() for r in row.record_ids}
    owner_b = {r: eid for eid, row in b.items() for r in row.record_ids}
    added, removed, changed = [], [], []
    for entity_id in sorted(set(b) - set(a), key=lambda e: b[e].caption.casefold()):
        row = b[entity_id]
        came_in = _arrivals(row.record_ids, owner_a, a_sources, b_sources)
        added.append({"entity_id": entity_id, "caption": row.caption, "why": came_in})
    for entity_id in sorted(set(a) - set(b), key=lambda e: a[e].caption.casefold()):
        row = a[entity_id]
        went_out = _departures(row.record_ids, owner_b, a_sources, b_sources)
        removed.append({"entity_id": entity_id, "caption": row.caption, "why": went_out})
    for entity_id in sorted(set(a) & set(b), key=lambda e: b[e].caption.casefold()):
        before, after = a[entity_id], b[entity_id]
        why: list[str] = []
        came = [r for r in after.record_ids if r not in before.record_ids]
        went = [r for r in before.record_ids if r not in after.record_ids]
        why += _arrivals(came, owner_a, a_sources, b_sources, merging=True, into=entity_id)
        why += _departures(went, owner_b, a_sources, b_sources, splitting=True, into=entity_id)
        changed_records = [
            r
            for r in after.record_ids
            if r in before.record_hashes and before.record_hashes[r] != after.record_hashes[r]
        ]
        if changed_records:
            why.append("values changed in " + ", ".join(changed_records))
        detail = _value_changes(before.data, after.data)
        why += detail.pop("why")
        if before.marking != after.marking:
            why.append(f"marking: {before.marking} -> {after.marking}")
        if why:
            changed.append({"entity_id": entity_id, "caption": after.caption, "why": _unique(why), **detail})
    return {
        "from": _edition_json(heads[old]),
        "to": _edition_json(heads[new]),
        "counts": {"added": len(added), "removed": len(removed), "changed": len(changed)},
        "added": added,
        "removed": removed,
        "changed": changed,
    }


def _source_of(record_id: str) -> str:
    return record_id.split(":", 1)[0]


def _arrivals(
    record_ids: list[str],
    owner_a: dict[str, str],
    a_sources: dict[str, Any],
    b_sources: dict[str, Any],
    *,
    merging: bool = False,
    into: str | None = None,
) -> list[str]:
    why: list[str] = []
    by_source: dict[str, list[str]] = defaultdict(list)
    for record_id in record_ids:
        previous = owner_a.get(record_id)
        if previous is not None and previous != into:
            why.append(f"{'merge' if merging else 'split'}: {record_id} was in {previous}")
            continue
        by_source[_source_of(record_id)].append(record_id)
    for source, ids in sorted(by_source.items()):
        if source not in a_sources:
            why.append(f"new source: {source} ({b_sources.get(source, {}).get('date') or 'undated'})")
        else:
            why.append(f"newly listed by {source}: {', '.join(ids)}")
    return why


def _departures(
    record_ids: list[str],
    owner_b: dict[str, str],
    a_sources: dict[str, Any],
    b_sources: dict[str, Any],
    *,
    splitting: bool = False,
    into: str | None = None,
) -> list[str]:
    why: list[str] = []
    by_source: dict[str, list[str]] = defaultdict(list)
    for record_id in record_ids:
        now = owner_b.get(record_id)
        if now is not None and now != into:
            why.append(f"{'split' if splitting else 'merge'}: {record_id} is now in {now}")
            continue
        by_source[_source_of(record_id)].append(record_id)
    for source, ids in sorted(by_source.items()):
        if source not in b_sources:
            why.append(f"source withdrawn: {source} (not dated in the new window)")
        else:
            why.append(f"delisted by {source}: {', '.join(ids)}")
    return why


def _value_changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"why": []}
    # names compare without case and spacing: a list that capitalises a surname does not make a new alias
    old_names = {" ".join(n.casefold().split()): n for n in before.get("names", [])}
    new_names = {" ".join(n.casefold().split()): n for n in after.get("names", [])}
    if new_names.keys() - old_names.keys():
        out["names_added"] = sorted(new_names[k] for k in new_names.keys() - old_names.keys())
        out["why"].append("new alias: " + "; ".join(out["names_added"][:5]))
    if old_names.keys() - new_names.keys():
        out["names_removed"] = sorted(old_names[k] for k in old_names.keys() - new_names.keys())
        out["why"].append("name dropped: " + "; ".join(out["names_removed"][:5]))
    for key in ("countries", "addresses", "identifiers", "programmes", "birth_dates"):
        old_values = {_value(v) for v in before.get(key, [])}
        new_values = {_value(v) for v in after.get(key, [])}
        if old_values != new_values:
            out[f"{key}_added"] = sorted(new_values - old_values)
            out[f"{key}_removed"] = sorted(old_values - new_values)
            out["why"].append(f"{key.replace('_', ' ')} changed")
    if before.get("caption") != after.get("caption"):
        out["why"].append(f"caption: {before.get('caption')} -> {after.get('caption')}")
    return out


def _value(item: Any) -> str:
    return str(item["value"]) if isinstance(item, dict) and "value" in item else str(item)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def edition_marking(store: Store, name: str) -> Marking:
    with store.read() as conn:
        row = EditionRepository(conn).get(name)
        if row is None:
            raise NotFound(f"no edition {name!r}")
        return marking_from_row(row)
