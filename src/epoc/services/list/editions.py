"""Editions: the list frozen as compiled from the sources dated in a window, and what changed between two.

An edition keeps, for each entity, the entity as it was (``data``), its records and their content hashes,
so that a diff can say *why* an entity came, went or changed: a new source, a source withdrawn, a record
newly listed or delisted, a merge, a split, a new alias, new values.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.entity import Entity
from epoc.model.errors import Conflict, InvalidInput, NotFound
from epoc.model.marking import Marking
from epoc.model.regime import EditionStatus, reader_marking, sort_caption
from epoc.services import audit
from epoc.services.list.entities import compile_list, current_entities
from epoc.services.results import plain, plain_json
from epoc.store import Store
from epoc.store.editions import EditionRepository
from epoc.store.records import marking_from_row, marking_values
from epoc.store.regime import RegimeRepository

if TYPE_CHECKING:
    from epoc.services.regime.feedback import Correction
    from epoc.services.regime.inclusion import Corroboration


def create_edition(
    store: Store,
    name: str,
    start: date | None,
    end: date | None,
    created_by: str = "local operator",
    viewer: Viewer | None = None,
    *,
    include_public: bool = False,
) -> EditionMade:
    """Freeze the regime's list as compiled from the sources dated in [start, end], in one transaction: the
    entities the IE Co-Chairs included that a Partner source in the window names (with ``include_public``,
    also the public lists' entities, labelled for national use). A viewer's edition holds only what that
    viewer may read (so its maker can always read it back), is made in its name, and goes on the audit
    trail. It starts as a draft."""
    name = name.strip()
    if not name or len(name) > 100:
        raise InvalidInput("an edition needs a name of 1 to 100 characters")
    if start and end and start > end:
        raise InvalidInput(f"--from {start} is after --to {end}")
    with store.transaction() as conn:
        repo = EditionRepository(conn)
        if repo.exists(name):
            raise Conflict(f"edition {name!r} exists; editions are frozen, choose another name")
        # without the public lists an edition holds only included entities: build just those
        only = None if include_public else set(RegimeRepository(conn).included())
        compiled = compile_list(conn, start, end, viewer, only)
        if not any(source["records"] for source in compiled.sources):
            raise InvalidInput(
                f"no source is dated between {start or 'the beginning'} and {end or 'now'}: "
                "the edition would be empty (`epoc lists` shows the sources' dates)"
            )
        entries = admitted(conn, compiled.entities, include_public, viewer)
        if not entries:
            raise InvalidInput(
                f"no included entity is named by a Partner source dated between {start or 'the beginning'} "
                f"and {end or 'now'}: decide the candidates first (`epoc entities candidates`)"
                + ("" if include_public else ", or admit public-list entities (--include-public)")
            )
        compiled.entities = [entity for entity, _extra in entries]
        extras = {entity.id: extra for entity, extra in entries}
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
                    "data": {**e.to_json(), **plain(extras[e.id])},
                    **marking_values(e.marking),
                }
                for e in compiled.entities
            ],
        )
        regime = RegimeRepository(conn)
        regime.add_state(
            {
                "edition": name,
                "status": EditionStatus.DRAFT.value,
                "include_public": include_public,
                "previous": regime.newest_edition_before(now),
            }
        )
        head = _edition_head(repo.get(name), regime.state(name))
        made = EditionMade(
            **{f.name: getattr(head, f.name) for f in fields(head)},
            left_out=_left_out(conn, regime, set(extras)),
        )
        if viewer is not None:
            audit.record(
                conn,
                viewer,
                Action.EDITION,
                name,
                {
                    "from": made.from_,
                    "to": made.to,
                    "entities": made.entities,
                    "marking": made.marking.banner,
                },
            )
        return made


def list_editions(store: Store, viewer: Viewer | None = None) -> list[EditionHead]:
    """The editions of which the viewer may read at least one entry, oldest first, each marked with the
    banner of the entries the viewer may read."""
    with store.read() as conn:
        regime = RegimeRepository(conn)
        readable = regime.readable_editions(viewer)
        states = regime.states()
        out = []
        for row in EditionRepository(conn).all():
            if viewer is not None and row.name not in readable:
                continue
            shown = _edition_head(row, states.get(row.name), _readable_sources(conn, viewer))
            if viewer is not None:
                shown = replace(shown, marking=_reader_marking(conn, row.name, viewer))
            out.append(shown)
        return out


def _reader_marking(conn: Any, name: str, viewer: Viewer | None) -> Marking:
    return reader_marking(marking_from_row(r) for r in EditionRepository(conn).entities(name, viewer))


def _readable_head(conn: Any, name: str, viewer: Viewer | None) -> Any:
    """An edition's row when the viewer may read at least one of its entries; else None (as if absent)."""
    row = EditionRepository(conn).get(name)
    if row is None or (viewer is not None and name not in RegimeRepository(conn).readable_editions(viewer)):
        return None
    return row


def admitted(
    conn: Any, compiled: list[Entity], include_public: bool, viewer: Viewer | None
) -> list[tuple[Entity, Admission]]:
    """The compiled entities an edition admits, each with what the edition adds to it: its basis (included
    by the IE Co-Chairs, or a public list's entity admitted for national use), the decision, the public lists
    that corroborate it (as the list stands now) and the corrections accepted from Partners' feedback."""
    from epoc.services.regime.feedback import corrections_of
    from epoc.services.regime.inclusion import corroboration_of, evidence_of

    regime = RegimeRepository(conn)
    standing = regime.standing([e.id for e in compiled])
    included = {eid for eid, row in standing.items() if row.decision == "include"}
    excluded = {eid for eid, row in standing.items() if row.decision == "exclude"}
    chosen: list[tuple[Entity, str]] = []
    for entity in compiled:
        partner_evidence = evidence_of(entity)
        if entity.id in included and partner_evidence:
            chosen.append((entity, "included"))
        elif include_public and not partner_evidence and entity.id not in excluded:
            chosen.append((entity, "public"))
    now = {e.id: e for e in current_entities(conn, viewer, [e.id for e, _ in chosen])}
    corrections = corrections_of(conn, [e.id for e, _ in chosen])
    out = []
    for entity, basis in chosen:
        decision = standing.get(entity.id)
        extra = Admission(
            basis=basis,
            basis_label=PUBLIC_LABEL if basis == "public" else "included by the IE Co-Chairs",
            decision=None
            if decision is None
            else AdmissionDecision(decision.decision, decision.reason, decision.who, decision.at.isoformat()),
            corroboration=corroboration_of(now.get(entity.id, entity)),
            corrections=tuple(corrections.get(entity.id, [])),
        )
        out.append((entity, extra))
    return out


@dataclass(frozen=True, slots=True)
class AdmissionDecision:
    """The IE Co-Chairs' decision on an entity, as an edition freezes it with the entity."""

    decision: str
    reason: str
    who: str
    at: str


@dataclass(frozen=True, slots=True)
class Admission:
    """What an edition adds to an entity it admits (frozen with it, after `entities show --json`'s keys)."""

    basis: str  # included | public
    basis_label: str
    decision: AdmissionDecision | None
    corroboration: tuple[Corroboration, ...]
    corrections: tuple[Correction, ...]  # the accepted corrections (``corrections_of``)


def _left_out(conn: Any, regime: RegimeRepository, admitted: set[str]) -> tuple[LeftOut, ...]:
    """The included entities an edition does not hold, and why — so that nothing is dropped silently."""
    from epoc.store.entities import EntityRepository

    entities = EntityRepository(conn)
    out = []
    for entity_id, row in sorted(regime.standing().items()):
        if row.decision != "include" or entity_id in admitted:
            continue
        now = entities.get(entity_id)
        if now is None or now.status != "active":
            why = f"its records moved ({now.removed_reason if now is not None else 'gone'}): decide again"
        else:
            why = "no Partner source dated in the window names it"
        out.append(LeftOut(entity_id, row.caption, why))
    return tuple(out)


PUBLIC_LABEL = "public list only — admitted for national use, not decided by the IE Co-Chairs"


def edition_entities(
    store: Store, name: str, viewer: Viewer | None = None
) -> tuple[EditionHead, list[EditionEntry]]:
    """An edition and its frozen entries the viewer may read (each entry's ``data`` as `entities show --json`
    gave it)."""
    with store.read() as conn:
        repo = EditionRepository(conn)
        row = _readable_head(conn, name, viewer)
        if row is None:
            raise NotFound(f"no edition {name!r}; `epoc editions list` shows them")
        head = _edition_head(row, RegimeRepository(conn).state(name), _readable_sources(conn, viewer))
        if viewer is not None:
            head = replace(head, marking=_reader_marking(conn, name, viewer))
        return head, [_entry(r, r.data) for r in repo.entities(name, viewer)]


def read_edition(store: Store, name: str, viewer: Viewer | None = None) -> EditionPage:
    """An edition's page: the edition and its entities (as rows of the list); a viewer's read is audited."""
    head, entries = edition_entities(store, name, viewer)
    if viewer is not None:
        with store.transaction() as conn:
            audit.record(conn, viewer, Action.EDITION_READ, name, {"marking": head.marking.banner})
    return EditionPage(
        **{f.name: getattr(head, f.name) for f in fields(head)}, items=tuple(_item(e) for e in entries)
    )


def _item(entry: EditionEntry) -> EditionItem:
    e = entry.data
    return EditionItem(
        entity_id=e["entity_id"],
        caption=e["caption"],
        schema=e["schema"],
        countries=tuple(e["countries"]),
        sources=tuple(e["sources"]),
        programmes=tuple(p["value"] for p in e.get("programmes", [])),
        records=len(e["record_ids"]),
        marking=entry.marking,
        basis=entry.basis,
    )


def _readable_sources(conn: Any, viewer: Viewer | None) -> set[str] | None:
    """The keys of the sources a viewer may read (None: all), so that an edition's list of sources never
    names one the reader may not know of."""
    if viewer is None:
        return None
    from epoc.store.records import RecordRepository

    return {row.key for row in RecordRepository(conn).list_sources(viewer=viewer)}


@dataclass(frozen=True, slots=True)
class EditionHead:
    """An edition as a list of editions shows it: its window, status, size, sources and marking."""

    id: str
    name: str
    status: str
    include_public: bool
    previous: str | None
    meeting: str | None
    approved_by: str | None
    distributed_at: str | None
    from_: str | None  # ``from`` in its JSON
    to: str | None
    created_at: str
    created_by: str
    entities: int
    sources: tuple[dict[str, Any], ...]
    marking: Marking

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


@dataclass(frozen=True, slots=True)
class LeftOut:
    """An included entity an edition does not hold, and why."""

    entity_id: str
    caption: str
    why: str


@dataclass(frozen=True, slots=True)
class EditionMade(EditionHead):
    """A new edition, and the included entities it does not hold (so that nothing is dropped silently)."""

    left_out: tuple[LeftOut, ...] = ()


@dataclass(frozen=True, slots=True)
class EditionItem:
    """An edition's entry as a row of the list: what it is, where from, how many records, its marking."""

    entity_id: str
    caption: str
    schema: str
    countries: tuple[str, ...]
    sources: tuple[str, ...]
    programmes: tuple[str, ...]
    records: int
    marking: Marking
    basis: str  # included | public


@dataclass(frozen=True, slots=True)
class EditionPage(EditionHead):
    """An edition's page: the edition and its entries (as rows of the list)."""

    items: tuple[EditionItem, ...] = ()


def _edition_head(row: Any, state: Any = None, sources: set[str] | None = None) -> EditionHead:
    return EditionHead(
        id=row.name,
        name=row.name,
        status=state.status if state is not None else EditionStatus.DRAFT.value,
        include_public=bool(state.include_public) if state is not None else False,
        previous=state.previous if state is not None else None,
        meeting=state.meeting if state is not None else None,
        approved_by=state.approved_by if state is not None else None,
        distributed_at=state.distributed_at.isoformat()
        if state is not None and state.distributed_at
        else None,
        from_=row.from_date.isoformat() if row.from_date else None,
        to=row.to_date.isoformat() if row.to_date else None,
        created_at=row.created_at.isoformat(),
        created_by=row.created_by,
        entities=row.entity_count,
        sources=tuple(x for x in row.sources if sources is None or x["key"] in sources),
        marking=marking_from_row(row),
    )


# -- diff ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DiffCounts:
    added: int
    removed: int
    changed: int


@dataclass(frozen=True, slots=True)
class DiffRow:
    """An entity added to or removed from the list between two editions, and why."""

    entity_id: str
    caption: str
    why: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ChangedRow:
    """An entity in both editions that changed, why, and the values that came and went. A value field is
    None when it did not change, and is then left out of its JSON (names: each side on its own)."""

    entity_id: str
    caption: str
    why: tuple[str, ...]
    names_added: tuple[str, ...] | None = None
    names_removed: tuple[str, ...] | None = None
    countries_added: tuple[str, ...] | None = None
    countries_removed: tuple[str, ...] | None = None
    addresses_added: tuple[str, ...] | None = None
    addresses_removed: tuple[str, ...] | None = None
    identifiers_added: tuple[str, ...] | None = None
    identifiers_removed: tuple[str, ...] | None = None
    programmes_added: tuple[str, ...] | None = None
    programmes_removed: tuple[str, ...] | None = None
    birth_dates_added: tuple[str, ...] | None = None
    birth_dates_removed: tuple[str, ...] | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in plain(self).items() if v is not None}


@dataclass(frozen=True, slots=True)
class EditionDiff:
    """What changed from one edition to another: added, removed and changed entities, each with why."""

    from_: EditionHead  # ``from`` in its JSON
    to: EditionHead
    counts: DiffCounts
    added: tuple[DiffRow, ...]
    removed: tuple[DiffRow, ...]
    changed: tuple[ChangedRow, ...]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = plain(self)
        out["changed"] = [c.to_json() for c in self.changed]
        return out


@dataclass(frozen=True, slots=True)
class DiffPage(EditionDiff):
    """One page of a diff: its rows cut to the page; ``counts`` stay the whole diff's."""

    page: int = 1
    per_page: int = 200
    pages: int = 1
    rows: int = 0


def diff_editions(store: Store, old: str, new: str, viewer: Viewer | None = None) -> EditionDiff:
    """Added, removed and changed entities from edition ``old`` to ``new``, each with why (a viewer's diff
    is audited)."""
    out = _diff(store, old, new, viewer)
    if viewer is not None:
        with store.transaction() as conn:
            audit.record(conn, viewer, Action.EDITION_DIFF, f"{old} -> {new}", plain(out.counts))
    return out


# A diff's page and its JSON twin give this many rows (added, removed and changed, in that order) at a time:
# two editions of the whole list differ in tens of thousands of entities (21,486 rows made a 5.4 MB page).
DIFF_PER_PAGE = 200


def diff_page(diff: EditionDiff, page: int = 1, per_page: int = DIFF_PER_PAGE) -> DiffPage:
    """One page of a diff (from ``diff_editions``): its rows taken in order across added, removed and
    changed, each list cut to what falls on the page; ``counts`` stay the whole diff's."""
    if page < 1:
        raise InvalidInput("page: 1 or more")
    if not 1 <= per_page <= 1000:
        raise InvalidInput("per_page: between 1 and 1000")
    first, last = (page - 1) * per_page, page * per_page
    cut: dict[str, Any] = {}
    at = 0
    for key in ("added", "removed", "changed"):
        rows = getattr(diff, key)
        cut[key] = rows[max(0, first - at) : max(0, last - at)]
        at += len(rows)
    return DiffPage(
        diff.from_,
        diff.to,
        diff.counts,
        **cut,
        page=page,
        per_page=per_page,
        pages=max(1, -(-at // per_page)),
        rows=at,
    )


def _diff(store: Store, old: str, new: str, viewer: Viewer | None) -> EditionDiff:
    with store.read() as conn:
        repo = EditionRepository(conn)
        heads = {}
        frozen: dict[str, dict[str, Any]] = {}
        for name in (old, new):
            row = _readable_head(conn, name, viewer)
            if row is None:
                raise NotFound(f"no edition {name!r}; `epoc editions list` shows them")
            heads[name] = row
            frozen[name] = {r.entity_id: r for r in repo.entities(name, viewer)}
        known = _readable_sources(conn, viewer)
    a, b = frozen[old], frozen[new]
    with store.read() as conn:
        standing = RegimeRepository(conn).standing(set(a) - set(b))
    standing_now = {
        eid: [f"{row.decision}d by the IE Co-Chairs: {row.reason}"]
        for eid, row in standing.items()
        if row.decision != "include"
    }
    a_sources = {s["key"]: s for s in heads[old].sources}
    b_sources = {s["key"]: s for s in heads[new].sources}
    owner_a = {r: eid for eid, row in a.items() for r in row.record_ids}
    owner_b = {r: eid for eid, row in b.items() for r in row.record_ids}
    added, removed, changed = [], [], []
    for entity_id in sorted(set(b) - set(a), key=lambda e: b[e].caption.casefold()):
        row = b[entity_id]
        came_in = _arrivals(row.record_ids, owner_a, a_sources, b_sources) + _decided(row.data)
        added.append(DiffRow(entity_id, row.caption, tuple(came_in)))
    for entity_id in sorted(set(a) - set(b), key=lambda e: a[e].caption.casefold()):
        row = a[entity_id]
        went_out = _departures(row.record_ids, owner_b, a_sources, b_sources) + standing_now.get(
            entity_id, []
        )
        removed.append(DiffRow(entity_id, row.caption, tuple(went_out)))
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
        values, value_why = _value_changes(before.data, after.data)
        why += value_why
        if before.marking != after.marking:
            why.append(f"marking: {before.marking} -> {after.marking}")
        if why:
            changed.append(ChangedRow(entity_id, after.caption, tuple(_unique(why)), **values))
    return EditionDiff(
        _edition_head(heads[old], sources=known),
        _edition_head(heads[new], sources=known),
        DiffCounts(len(added), len(removed), len(changed)),
        tuple(added),
        tuple(removed),
        tuple(changed),
    )


def _decided(data: dict[str, Any]) -> list[str]:
    """Why an entry came in, as the IE Co-Chairs decided (or the public-list label)."""
    decision = data.get("decision")
    if data.get("basis") == "public":
        return [PUBLIC_LABEL]
    if isinstance(decision, dict) and decision.get("reason"):
        return [f"included by the IE Co-Chairs: {decision['reason']}"]
    return []


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


def _value_changes(
    before: dict[str, Any], after: dict[str, Any]
) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """The values that came and went between two frozen entries (``ChangedRow``'s value fields, by name),
    and why, in words."""
    values: dict[str, tuple[str, ...]] = {}
    why: list[str] = []
    # names compare without case and spacing: a list that capitalises a surname does not make a new alias
    old_names = {" ".join(n.casefold().split()): n for n in before.get("names", [])}
    new_names = {" ".join(n.casefold().split()): n for n in after.get("names", [])}
    if new_names.keys() - old_names.keys():
        values["names_added"] = tuple(sorted(new_names[k] for k in new_names.keys() - old_names.keys()))
        why.append("new alias: " + "; ".join(values["names_added"][:5]))
    if old_names.keys() - new_names.keys():
        values["names_removed"] = tuple(sorted(old_names[k] for k in old_names.keys() - new_names.keys()))
        why.append("name dropped: " + "; ".join(values["names_removed"][:5]))
    for key in ("countries", "addresses", "identifiers", "programmes", "birth_dates"):
        old_values = {_value(v) for v in before.get(key, [])}
        new_values = {_value(v) for v in after.get(key, [])}
        if old_values != new_values:
            values[f"{key}_added"] = tuple(sorted(new_values - old_values))
            values[f"{key}_removed"] = tuple(sorted(old_values - new_values))
            why.append(f"{key.replace('_', ' ')} changed")
    if before.get("caption") != after.get("caption"):
        why.append(f"caption: {before.get('caption')} -> {after.get('caption')}")
    return values, why


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


# -- an edition as one reader sees it -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class EditionEntry:
    entity_id: str
    caption: str
    schema: str
    basis: str  # included | public
    marking: Marking
    data: dict[str, Any]  # the entry as frozen (`entities show --json` plus basis, corroboration …)

    def to_json(self) -> dict[str, Any]:
        return {**self.data, "basis": self.basis, "marking": self.marking.to_json()}


def _entry(row: Any, data: dict[str, Any]) -> EditionEntry:
    return EditionEntry(
        row.entity_id, row.caption, row.schema, data.get("basis", "included"), marking_from_row(row), data
    )


@dataclass(frozen=True, slots=True)
class EditionView:
    """An edition as one reader may read it: the entries releasable to them, under the banner of those
    entries (never the whole edition's strictest marking)."""

    head: EditionHead
    reader: str | None
    entries: tuple[EditionEntry, ...]
    banner: Marking

    def to_json(self) -> dict[str, Any]:
        return {
            **self.head.to_json(),
            "reader": self.reader,
            "banner": self.banner.banner,
            "marking": self.banner.to_json(),
            "entities": len(self.entries),
            "entries": [e.to_json() for e in self.entries],
        }


def show_edition(store: Store, name: str, viewer: Viewer | None = None) -> EditionView:
    """The entries of edition ``name`` the viewer may read, with the banner of those (audited for a viewer).
    An edition with no entry the viewer may read is "not found", in the same words as one that is not."""
    with store.read() as conn:
        row = _readable_head(conn, name, viewer)
        if row is None:
            raise NotFound(f"no edition {name!r}; `epoc editions` shows them")
        head = _edition_head(row, RegimeRepository(conn).state(name), _readable_sources(conn, viewer))
        rows = EditionRepository(conn).entities(name, viewer)
    entries = []
    for r in rows:
        data = dict(r.data)
        if viewer is not None:
            data["corrections"] = [
                c
                for c in data.get("corrections") or []
                if viewer.may_read(Marking.parse(c["marking"]["banner"]))
            ]
        entries.append(_entry(r, data))
    entries.sort(key=lambda e: (sort_caption(e.caption), e.entity_id))
    banner = reader_marking(e.marking for e in entries)
    if viewer is not None:
        with store.transaction() as conn:
            audit.record(
                conn, viewer, Action.EDITION_READ, name, {"marking": banner.banner, "entries": len(entries)}
            )
    return EditionView(head, viewer.username if viewer is not None else None, tuple(entries), banner)


@dataclass(frozen=True, slots=True)
class EditionRef:
    """What another area (a Plenary tasking closed by an edition) keeps of an edition: its stable id (the
    name), where it is read, and its status."""

    id: str
    status: str
    meeting: str | None
    path: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "meeting": self.meeting, "path": self.path}


def edition_ref(store: Store, name: str) -> EditionRef:
    """The edition called ``name`` as a link (``NotFound`` when there is none)."""
    from urllib.parse import quote

    with store.read() as conn:
        row = EditionRepository(conn).get(name)
        if row is None:
            raise NotFound(f"no edition {name!r}; `epoc editions` shows them")
        state = RegimeRepository(conn).state(name)
    status = state.status if state is not None else EditionStatus.DRAFT.value
    return EditionRef(
        row.name,
        status,
        state.meeting if state is not None else None,
        f"/editions/{quote(row.name, safe='')}",
    )
