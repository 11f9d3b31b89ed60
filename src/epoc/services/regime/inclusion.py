"""Which entities are on the regime's list: candidates from what Partners circulated, and the IE Co-Chairs'
decisions on them (include, exclude, defer), each with its reason, evidence, who and when.

A candidate is an entity with at least one active record from a source a Partner circulated (its list, a
denial notification, an accepted mention in one of its documents). Public lists never make a candidate; they
corroborate an entry ("also on the UN list since 2009"). An included entity stays included until someone
decides otherwise: when resolution moves its records (a merge, a split, a removal) it comes back among the
candidates as ``moved``, still included meanwhile; an entity that absorbed an included one is a candidate
of its own, not included until decided.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from epoc.model import NotFound
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.entity import Entity
from epoc.model.errors import InvalidInput
from epoc.model.marking import Marking
from epoc.model.regime import (
    DEFERRED,
    MOVED,
    NEW,
    Decision,
    check_reason,
    corroboration_text,
    is_partner_source,
    moved,
    sort_caption,
)
from epoc.services import audit
from epoc.services.list.entities import current_entities
from epoc.store import Store
from epoc.store.entities import EntityRepository, readable_records
from epoc.store.records import marking_from_row, marking_values
from epoc.store.regime import RegimeRepository


@dataclass(frozen=True, slots=True)
class Evidence:
    """One Partner source that puts an entity up for the list."""

    source: str
    source_name: str
    partner: str
    date: str | None
    record_ids: tuple[str, ...]
    programmes: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "source_name": self.source_name,
            "partner": self.partner,
            "date": self.date,
            "record_ids": list(self.record_ids),
            "programmes": list(self.programmes),
        }


@dataclass(frozen=True, slots=True)
class Corroboration:
    """A public list that also names the entity."""

    source: str
    source_name: str
    since: str | None
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "source_name": self.source_name,
            "since": self.since,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class DecisionMade:
    decision_id: int
    entity_id: str
    caption: str
    decision: Decision
    reason: str
    evidence: tuple[dict[str, Any], ...]
    record_ids: tuple[str, ...]
    who: str
    at: datetime
    marking: Marking
    previous: str | None = None  # the decision this one replaces

    def to_json(self) -> dict[str, Any]:
        return {
            "decision_id": self.decision_id,
            "candidate_id": self.entity_id,
            "entity_id": self.entity_id,
            "caption": self.caption,
            "decision": self.decision.value,
            "reason": self.reason,
            "evidence": list(self.evidence),
            "record_ids": list(self.record_ids),
            "who": self.who,
            "at": self.at.isoformat(),
            "previous": self.previous,
            "marking": self.marking.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Candidate:
    candidate_id: str  # the entity's id
    caption: str
    schema: str
    status: str  # new | deferred | moved
    why: str
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    corroboration: tuple[Corroboration, ...]
    marking: Marking
    standing: DecisionMade | None

    def to_json(self) -> dict[str, Any]:
        return {
            "candidate_id": self.candidate_id,
            "caption": self.caption,
            "sources": list(self.sources),
            "evidence": [e.to_json() for e in self.evidence],
            "schema": self.schema,
            "status": self.status,
            "why": self.why,
            "corroboration": [c.to_json() for c in self.corroboration],
            "decision": self.standing.to_json() if self.standing else None,
            "marking": self.marking.to_json(),
        }


def evidence_of(entity: Entity) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(r.source, r.source_name, r.partner or "", r.date, r.record_ids, r.programmes)
        for r in entity.reasons
        if is_partner_source(r.partner)
    )


def corroboration_of(entity: Entity) -> tuple[Corroboration, ...]:
    out = []
    for r in entity.reasons:
        if is_partner_source(r.partner):
            continue
        since = min(r.listed_on) if r.listed_on else r.date
        out.append(Corroboration(r.source, r.source_name, since, corroboration_text(r.source_name, since)))
    return tuple(out)


def _decision(row: Any) -> DecisionMade:
    return DecisionMade(
        row.id,
        row.entity_id,
        row.caption,
        Decision(row.decision),
        row.reason,
        tuple(row.evidence or ()),
        tuple(row.record_ids or ()),
        row.who,
        row.at,
        marking_from_row(row),
    )


def pending_records(store: Store) -> int:
    """Records imported or changed since the last resolution: candidates are entities, so these are not
    among them until `epoc resolve` ran."""
    with store.read() as conn:
        repo = EntityRepository(conn)
        last = repo.last_run()
        seen = dict(last.seen_versions) if last is not None else {}
        return len(repo.changed_records(seen) | repo.unresolved_records())


def candidates(store: Store, viewer: Viewer | None = None) -> list[Candidate]:
    """The entities waiting for the IE Co-Chairs' decision, by caption (those a viewer may read)."""
    with store.read() as conn:
        return _candidates(conn, viewer)


def _candidates(conn: Connection, viewer: Viewer | None) -> list[Candidate]:
    regime = RegimeRepository(conn)
    entities = EntityRepository(conn)
    partner_records = regime.partner_entities()
    standing = regime.standing()
    raised: dict[str, tuple[str, str]] = {}  # entity id -> (status, why)
    for entity_id, _records in partner_records.items():
        now = standing.get(entity_id)
        if now is None:
            raised[entity_id] = (NEW, "circulated by a Partner; not decided yet")
        elif now.decision == Decision.DEFER:
            raised[entity_id] = (DEFERRED, f"deferred: {now.reason}")
    members = entities.members_of(list(standing))
    active = entities.active_members(list(standing))
    for entity_id, row in standing.items():
        if row.decision == Decision.DEFER:
            continue
        current = active.get(entity_id) or []
        joined, left = moved(row.record_ids or (), current)
        if row.decision == Decision.EXCLUDE:
            came = [r for r in joined if r in set(partner_records.get(entity_id, ()))]
            if came:
                raised[entity_id] = (NEW, f"excluded, but new Partner evidence since: {', '.join(came)}")
            continue
        if not joined and not left:
            continue
        entity_row = entities.get(entity_id)
        if entity_row is None or entity_row.status != "active" or not current:
            gone = entity_row.removed_reason if entity_row is not None else "no longer resolved"
            why = f"included, but its records moved: {gone or 'removed'}"
        else:
            if viewer is not None:  # name only the records the reader may read
                known = readable_records(conn, joined + left, viewer)
                joined = [r for r in joined if r in known] or (["records you may not read"] if joined else [])
                left = [r for r in left if r in known] or (["records you may not read"] if left else [])
            parts = ([f"joined: {', '.join(joined)}"] if joined else []) + (
                [f"left: {', '.join(left)}"] if left else []
            )
            why = "included, but resolution moved its records (" + "; ".join(parts) + ")"
        if entity_id in members or entity_row is not None:
            raised[entity_id] = (MOVED, why)
    built = {e.id: e for e in current_entities(conn, viewer, sorted(raised))}
    out = []
    for entity_id, (status, why) in raised.items():
        entity = built.get(entity_id)
        if entity is None:
            continue
        evidence = evidence_of(entity)
        if not evidence and status != MOVED:
            continue  # a viewer who may read only the public records of it sees no candidate
        now = standing.get(entity_id)
        out.append(
            Candidate(
                entity_id,
                entity.caption,
                entity.schema.value,
                status,
                why,
                tuple(dict.fromkeys(r.source for r in entity.reasons)),
                evidence,
                corroboration_of(entity),
                entity.marking,
                _decision(now) if now is not None else None,
            )
        )
    return sorted(out, key=lambda c: (sort_caption(c.caption), c.candidate_id))


def decide(
    store: Store,
    entity_id: str,
    decision: Decision,
    reason: str,
    *,
    evidence: Sequence[str] = (),
    viewer: Viewer | None = None,
    who: str = "local operator",
) -> DecisionMade:
    """Record the IE Co-Chairs' decision on an entity, in one transaction, on the audit trail. Including
    needs Partner evidence (a public list alone never puts an entity on the regime's list); a decision
    replaces the one before it, which stays in the history."""
    text = check_reason(reason)
    with store.transaction() as conn:
        found = current_entities(conn, viewer, [entity_id])
        if not found:
            raise NotFound(
                f"no entity {entity_id!r}; `epoc entities candidates` shows what awaits a decision"
            )
        entity = found[0]
        partner_evidence = evidence_of(entity)
        if decision is Decision.INCLUDE and not partner_evidence:
            raise InvalidInput(
                f"{entity_id} ({entity.caption}) is named by public lists only: the regime's list is drawn "
                "from what Partners circulated (public lists corroborate an entry; they do not make one)"
            )
        regime = RegimeRepository(conn)
        before = regime.standing([entity_id]).get(entity_id)
        members = EntityRepository(conn).active_members([entity_id]).get(entity_id) or list(entity.record_ids)
        items = [e.to_json() for e in partner_evidence] + [
            {"note": " ".join(n.split())} for n in evidence if n
        ]
        actor = viewer.username if viewer is not None else who
        moment = datetime.now(UTC)
        new_id = regime.add_decision(
            {
                "entity_id": entity_id,
                "decision": decision.value,
                "reason": text,
                "evidence": items,
                "record_ids": sorted(members),
                "caption": entity.caption,
                "who": actor,
                "at": moment,
                **marking_values(entity.marking),
            }
        )
        previous = f"{before.decision} by {before.who} ({before.at:%Y-%m-%d})" if before is not None else None
        audit.record(
            conn,
            viewer if viewer is not None else actor,
            Action.LIST_DECISION,
            entity_id,
            {
                "decision": decision.value,
                "reason": text,
                "previous": previous,
                "marking": entity.marking.banner,
            },
        )
    return DecisionMade(
        new_id,
        entity_id,
        entity.caption,
        decision,
        text,
        tuple(items),
        tuple(sorted(members)),
        actor,
        moment,
        entity.marking,
        previous,
    )


def decisions(store: Store, entity_id: str | None = None, viewer: Viewer | None = None) -> list[DecisionMade]:
    """Every decision (or an entity's), oldest first: the history a reversal leaves."""
    with store.read() as conn:
        return [_decision(r) for r in RegimeRepository(conn).decisions(entity_id, viewer)]


def included_ids(conn: Connection) -> list[str]:
    return RegimeRepository(conn).included()


def included_ids_of(store: Store) -> list[str]:
    with store.read() as conn:
        return included_ids(conn)


def included_entities(store: Store, viewer: Viewer | None = None, limit: int | None = None) -> list[Entity]:
    """The entities the IE Co-Chairs included (as the viewer may read them), by caption."""
    with store.read() as conn:
        found = current_entities(conn, viewer, included_ids(conn))
    found.sort(key=lambda e: (sort_caption(e.caption), e.id))
    return found if limit is None else found[:limit]
