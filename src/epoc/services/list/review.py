"""Reviewers' judgements: the review queue, *same* / *not same* / *unsure*, splits, undo, evidence links.

Each judgement records who, when and why, is kept when undone (with who, when and why again), and binds
every later resolution run. A decision re-clusters the part of the list it touches in the same transaction,
so the entities show it at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from epoc.model import Marking
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import Conflict, InvalidInput, NotFound
from epoc.services import audit
from epoc.services.list.resolve import DEFAULT_POLICY, Policy, ReclusterStats, recluster
from epoc.services.records.views import record_view
from epoc.services.results import plain, plain_json
from epoc.store import Store
from epoc.store.entities import EntityRepository, readable_records
from epoc.store.judgements import JudgementRepository
from epoc.store.records import RecordRepository, StoredRecord, source_from_row

VERDICTS = ("same", "not_same", "unsure")


# -- results ------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SideSource:
    """The source that states a side of a pair."""

    key: str
    name: str
    date: str | None
    partner: str | None
    marking: Marking  # its banner in the JSON

    def to_json(self) -> dict[str, Any]:
        return {**plain(self), "marking": self.marking.banner}


@dataclass(frozen=True, slots=True)
class PairSide:
    """A side of a pair: the record in full as `epoc records show --json` gives it (every value with its
    provenance), the source that states it and the entity it is in now."""

    id: str
    native_id: str | None
    schema: str
    caption: str
    status: str
    marking: Marking | None
    names: tuple[dict[str, Any], ...]
    addresses: tuple[dict[str, Any], ...]
    identifiers: tuple[dict[str, Any], ...]
    countries: tuple[dict[str, Any], ...]
    birth_dates: tuple[dict[str, Any], ...]
    birth_places: tuple[dict[str, Any], ...]
    programmes: tuple[dict[str, Any], ...]
    remarks: tuple[dict[str, Any], ...]
    other: tuple[dict[str, Any], ...]
    first_version: int | None
    changed_version: int | None
    removed_version: int | None
    source: SideSource | None  # None (and no key in the JSON) only for a record whose source is gone
    entity_id: str | None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = plain(self)
        if self.source is None:
            del out["source"]
        else:
            out["source"] = self.source.to_json()
        return out


@dataclass(frozen=True, slots=True)
class Pair:
    """A pair of records the engine could not decide, both sides in full, with the engine's explanation
    (its lines as the queue stores them, a hard rule's hold-back among them) and the open pairs' count."""

    pair_id: int
    status: str
    score: float
    explanation: tuple[dict[str, Any], ...]
    marking: Marking  # its banner in the JSON
    left: PairSide
    right: PairSide
    open: int  # open pairs in the queue that the viewer may review

    def to_json(self) -> dict[str, Any]:
        """`epoc review next --json`: the marking as its banner."""
        return {
            **plain(self),
            "marking": self.marking.banner,
            "left": self.left.to_json(),
            "right": self.right.to_json(),
        }


@dataclass(frozen=True, slots=True)
class RecordRef:
    id: str
    caption: str | None  # None when the record is gone


@dataclass(frozen=True, slots=True)
class PairRow:
    """An open pair as the queue lists it."""

    pair_id: int
    score: float
    left: RecordRef
    right: RecordRef
    marking: Marking  # its banner in the JSON

    def to_json(self) -> dict[str, Any]:
        return {**plain(self), "marking": self.marking.banner}


@dataclass(frozen=True, slots=True)
class Queue:
    """The open pairs the viewer may review, likeliest first (at most a limit), and how many are open."""

    open: int
    pairs: tuple[PairRow, ...]

    def to_json(self) -> dict[str, Any]:
        """`epoc review list --json`."""
        return {"open": self.open, "pairs": [p.to_json() for p in self.pairs]}


@dataclass(frozen=True, slots=True)
class Reclustered:
    """What a decision's re-clustering did: records re-clustered, entities created, changed, removed."""

    records: int
    created: int
    changed: int
    removed: int


@dataclass(frozen=True, slots=True)
class Decision:
    """A judgement made (or undone) and where its records are now."""

    judgement_id: int
    pair_id: int | None
    verdict: str  # same | not_same | unsure | split | undo <verdict>
    entities: dict[str, str | None]  # each record's entity after it
    reclustered: Reclustered

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


@dataclass(frozen=True, slots=True)
class Undone:
    by: str
    at: str
    why: str


@dataclass(frozen=True, slots=True)
class Judgement:
    """A judgement with who, when and why, and who undid it, when and why (it is kept)."""

    judgement_id: int
    verdict: str
    records: tuple[str, ...]
    entity_id: str | None
    pair_id: int | None
    origin: str
    who: str
    at: str | None
    why: str
    undone: Undone | None
    marking: Marking  # its banner in the JSON

    def to_json(self) -> dict[str, Any]:
        """`epoc review history --json`: the marking as its banner."""
        return {**plain(self), "marking": self.marking.banner}


def parse_verdict(text: str) -> str:
    """``same``, ``not-same``/``not_same``/``different``, ``unsure``."""
    folded = text.strip().lower().replace("-", "_").replace(" ", "_")
    folded = {"different": "not_same", "notsame": "not_same", "skip": "unsure"}.get(folded, folded)
    if folded not in VERDICTS:
        raise InvalidInput(f"verdict {text!r}: say same, not-same or unsure")
    return folded


def _require(who: str, why: str) -> tuple[str, str]:
    if not who.strip():
        raise InvalidInput("a judgement needs who made it")
    if not why.strip():
        raise InvalidInput("a judgement needs a reason (--why)")
    return who.strip()[:100], why.strip()


# -- the queue ----------------------------------------------------------------------------------------------
def next_pair(store: Store, viewer: Viewer | None = None, skip: Iterable[int] = ()) -> Pair | None:
    """The next open pair with both sides shown in full (with provenance), or None when the queue is empty.
    A viewer sees only pairs whose both records it may read, and its read goes on the audit trail."""
    with store.transaction() as conn:
        row = JudgementRepository(conn).next_open(viewer, skip)
        if row is None:
            return None
        return _read_pair(conn, row, viewer)


def show_pair(store: Store, pair_id: int, viewer: Viewer | None = None) -> Pair:
    with store.transaction() as conn:
        row = JudgementRepository(conn).pair(pair_id, viewer)
        if row is None:
            raise NotFound(f"no review pair {pair_id}; `epoc review list` shows the queue")
        return _read_pair(conn, row, viewer)


def _read_pair(conn: Connection, row: Any, viewer: Viewer | None) -> Pair:
    records = RecordRepository(conn)
    loaded = records.load([row.left_id, row.right_id], include_removed=True)
    membership = EntityRepository(conn).membership([row.left_id, row.right_id])
    pair = Pair(
        pair_id=row.id,
        status=row.status,
        score=row.score,
        explanation=tuple(row.explanation or ()),
        marking=Marking.parse(row.marking),
        left=_side(records, loaded[row.left_id], membership.get(row.left_id)),
        right=_side(records, loaded[row.right_id], membership.get(row.right_id)),
        open=JudgementRepository(conn).open_count(viewer),
    )
    if viewer is not None:
        audit.record(
            conn,
            viewer,
            Action.REVIEW_READ,
            f"pair {row.id}",
            {"records": [row.left_id, row.right_id], "marking": row.marking},
        )
    return pair


def list_pairs(store: Store, viewer: Viewer | None = None, limit: int = 50) -> Queue:
    with store.read() as conn:
        repo = JudgementRepository(conn)
        rows = repo.open_pairs(viewer, limit)
        loaded = RecordRepository(conn).load(_ids(rows))
        captions = {rid: stored.record.caption for rid, stored in loaded.items()}
        return Queue(
            repo.open_count(viewer),
            tuple(
                PairRow(
                    r.id,
                    r.score,
                    RecordRef(r.left_id, captions.get(r.left_id)),
                    RecordRef(r.right_id, captions.get(r.right_id)),
                    Marking.parse(r.marking),
                )
                for r in rows
            ),
        )


def _ids(rows: Sequence[Any]) -> list[str]:
    return sorted({r.left_id for r in rows} | {r.right_id for r in rows})


def _side(records: RecordRepository, stored: StoredRecord, entity_id: str | None) -> PairSide:
    shown = plain(record_view(stored))  # the record as `epoc records show --json` gives it
    source_row = records.get_source(stored.record.source)
    source = None
    if source_row is not None:
        stated = source_from_row(source_row)
        date = stated.date.isoformat() if stated.date else None
        source = SideSource(stated.key, stated.name, date, stated.partner, stated.marking)
    return PairSide(
        id=shown["id"],
        native_id=shown["native_id"],
        schema=shown["schema"],
        caption=shown["caption"],
        status=shown["status"],
        marking=stored.record.marking,
        names=tuple(shown["names"]),
        addresses=tuple(shown["addresses"]),
        identifiers=tuple(shown["identifiers"]),
        countries=tuple(shown["countries"]),
        birth_dates=tuple(shown["birth_dates"]),
        birth_places=tuple(shown["birth_places"]),
        programmes=tuple(shown["programmes"]),
        remarks=tuple(shown["remarks"]),
        other=tuple(shown["other"]),
        first_version=shown["first_version"],
        changed_version=shown["changed_version"],
        removed_version=shown["removed_version"],
        source=source,
        entity_id=entity_id,
    )


# -- deciding -----------------------------------------------------------------------------------------------
def decide(
    store: Store,
    pair_id: int,
    verdict: str,
    who: str,
    why: str,
    viewer: Viewer | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> Decision:
    """Decide a queued pair; the entities change at once (one transaction)."""
    verdict = parse_verdict(verdict)
    who, why = _require(who, why)
    now = datetime.now(UTC)
    with store.transaction() as conn:
        queue = JudgementRepository(conn)
        row = queue.pair(pair_id, viewer)
        if row is None:
            raise NotFound(f"no review pair {pair_id}; `epoc review list` shows the queue")
        if row.status == "decided":
            raise Conflict(
                f"pair {pair_id} is already decided; undo that judgement first (`epoc review history`)"
            )
        judgement_id, stats = _judge(
            conn, row.left_id, row.right_id, verdict, who, why, now, "review", policy, pair_id
        )
        queue.set_status(pair_id, "decided", now)
        if viewer is not None:
            audit.record(
                conn,
                viewer,
                Action.JUDGEMENT,
                f"pair {pair_id}",
                {
                    "judgement": judgement_id,
                    "verdict": verdict,
                    "why": why,
                    "records": [row.left_id, row.right_id],
                },
            )
        return _decision(conn, judgement_id, verdict, [row.left_id, row.right_id], stats, pair_id)


def judge_records(
    store: Store, left: str, right: str, verdict: str, who: str, why: str, policy: Policy = DEFAULT_POLICY
) -> Decision:
    """A judgement about two records that need not be queued (`epoc review decide LEFT RIGHT …`)."""
    verdict = parse_verdict(verdict)
    who, why = _require(who, why)
    now = datetime.now(UTC)
    with store.transaction() as conn:
        judgement_id, stats = _judge(conn, left, right, verdict, who, why, now, "cli", policy)
        queued = JudgementRepository(conn).queued(left, right)
        if queued is not None and queued.status == "open":
            JudgementRepository(conn).set_status(queued.id, "decided", now)
        return _decision(conn, judgement_id, verdict, sorted((left, right)), stats, None)


def link_evidence(
    conn: Connection,
    evidence_record_id: str,
    about: str,
    who: str,
    why: str,
    *,
    origin: str = "document",
    at: datetime | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> int:
    """Record that an evidence record (from a document, a denial …) is about an entity or a record: a *same*
    judgement with who, when and why, inside the caller's transaction. ``about`` is an entity id or a record
    id. Returns the judgement id."""
    who, why = _require(who, why)
    entities = EntityRepository(conn)
    target = about
    if entities.get(about) is not None:
        members = entities.active_members([about]).get(about, [])
        if not members:
            raise Conflict(f"entity {about} has no active records to link evidence to")
        target = members[0]
    judgement_id, _stats = _judge(
        conn, evidence_record_id, target, "same", who, why, at or datetime.now(UTC), origin, policy
    )
    return judgement_id


def _judge(
    conn: Connection,
    left: str,
    right: str,
    verdict: str,
    who: str,
    why: str,
    now: datetime,
    origin: str,
    policy: Policy,
    pair_id: int | None = None,
) -> tuple[int, ReclusterStats]:
    if left == right:
        raise InvalidInput("a judgement is about two different records")
    loaded = RecordRepository(conn).load([left, right], include_removed=True)
    for record_id in (left, right):
        if record_id not in loaded:
            raise NotFound(f"no record {record_id!r}")
    a, b = loaded[left].record, loaded[right].record
    if verdict == "same" and not a.schema.compatible_with(b.schema):
        raise Conflict(f"{left} is a {a.schema.value} and {right} a {b.schema.value}: never the same party")
    marking = (a.marking or Marking.public()).strictest(b.marking or Marking.public())
    first, second = sorted((left, right))
    judgement_id = JudgementRepository(conn).add(
        {
            "verdict": verdict,
            "left_id": first,
            "right_id": second,
            "entity_id": None,
            "record_ids": [first, second],
            "pair_id": pair_id,
            "origin": origin,
            "who": who,
            "at": now,
            "why": why,
        },
        marking,
    )
    return judgement_id, recluster(conn, [left, right], policy, now)


def split(
    store: Store,
    entity_id: str,
    record_ids: Sequence[str],
    who: str,
    why: str,
    viewer: Viewer | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> Decision:
    """Split ``record_ids`` off an entity: they are not the same party as its other records. A viewer splits
    among the records it may read (the others are not its to judge; resolution places them)."""
    who, why = _require(who, why)
    now = datetime.now(UTC)
    with store.transaction() as conn:
        entities = EntityRepository(conn)
        everyone = entities.active_members([entity_id]).get(entity_id, [])
        readable = readable_records(conn, everyone, viewer)
        members = [r for r in everyone if r in readable]
        if entities.get(entity_id) is None or not members:
            raise NotFound(f"no entity {entity_id!r}")
        off = sorted(set(record_ids))
        strangers = [r for r in off if r not in members]
        if strangers:
            raise InvalidInput(f"{', '.join(strangers)} not in entity {entity_id} ({', '.join(members)})")
        rest = sorted(set(members) - set(off))
        if not off or not rest:
            raise InvalidInput("a split needs some of the entity's records, not none or all")
        loaded = RecordRepository(conn).load(members)
        marking = Marking.strictest_of(s.record.marking or Marking.public() for s in loaded.values())
        judgement_id = JudgementRepository(conn).add(
            {
                "verdict": "split",
                "left_id": None,
                "right_id": None,
                "entity_id": entity_id,
                "record_ids": {"off": off, "rest": rest},
                "pair_id": None,
                "origin": "review",
                "who": who,
                "at": now,
                "why": why,
            },
            marking,
        )
        stats = recluster(conn, everyone, policy, now)
        if viewer is not None:
            audit.record(
                conn,
                viewer,
                Action.JUDGEMENT,
                entity_id,
                {"judgement": judgement_id, "verdict": "split", "why": why, "off": off, "rest": rest},
            )
        return _decision(conn, judgement_id, "split", members, stats, None)


def undo(
    store: Store,
    judgement_id: int,
    who: str,
    why: str,
    viewer: Viewer | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> Decision:
    """Undo a judgement (kept, marked undone with who, when and why); the list is re-clustered without it."""
    who, why = _require(who, why)
    now = datetime.now(UTC)
    with store.transaction() as conn:
        repo = JudgementRepository(conn)
        row = repo.get(judgement_id, viewer)
        if row is None:
            raise NotFound(f"no judgement {judgement_id}")
        if row.undone_at is not None:
            raise Conflict(f"judgement {judgement_id} was already undone by {row.undone_by}")
        repo.undo(judgement_id, who, why, now)
        if row.pair_id is not None:
            repo.set_status(row.pair_id, "moot", now)  # re-opened below if it is still a question
        ids = _judgement_records(row)
        stats = recluster(conn, ids, policy, now)
        if viewer is not None:
            audit.record(
                conn,
                viewer,
                Action.JUDGEMENT_UNDO,
                f"judgement {judgement_id}",
                {"verdict": row.verdict, "why": why, "records": ids},
            )
        return _decision(conn, judgement_id, f"undo {row.verdict}", ids, stats, row.pair_id)


def _judgement_records(row: Any) -> list[str]:
    if row.verdict == "split":
        parts = row.record_ids or {}
        return sorted({*parts.get("off", ()), *parts.get("rest", ())})
    return [row.left_id, row.right_id]


def history(store: Store, viewer: Viewer | None = None, limit: int = 100) -> list[Judgement]:
    with store.read() as conn:
        return [judgement_of(r) for r in JudgementRepository(conn).history(viewer, limit)]


def judgement_of(row: Any) -> Judgement:
    """A judgement as its stored row says."""
    return Judgement(
        judgement_id=row.id,
        verdict=row.verdict,
        records=tuple(_judgement_records(row)),
        entity_id=row.entity_id,
        pair_id=row.pair_id,
        origin=row.origin,
        who=row.who,
        at=row.at.isoformat() if row.at else None,
        why=row.why,
        undone=None
        if row.undone_at is None
        else Undone(row.undone_by, row.undone_at.isoformat(), row.undo_why),
        marking=Marking.parse(row.marking),
    )


def _decision(
    conn: Connection,
    judgement_id: int,
    verdict: str,
    record_ids: list[str],
    stats: ReclusterStats,
    pair_id: int | None,
) -> Decision:
    membership = EntityRepository(conn).membership(record_ids)
    return Decision(
        judgement_id,
        pair_id,
        verdict,
        {r: membership.get(r) for r in record_ids},
        Reclustered(stats.records, stats.created, stats.changed, stats.removed),
    )
