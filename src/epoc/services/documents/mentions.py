"""The review queue: a reviewer accepts a mention as evidence for an entity, creates a new record from it,
corrects it, or rejects it. Each decision is stored with who and when, in one transaction with what it
changes.

Evidence is a record of the document's own source (kind ``document``): its name is the mention's text, its
remark the sentence around it, its countries those named in that sentence, every value's origin the
document's file and paragraph, its marking the document's. ``accept`` also stores the link "this evidence
record is about that entity" (``evidence_links``), which the entities area turns into a *same* judgement;
``create`` leaves the record unlinked, to be resolved like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from epoc.documents.countries import find_countries
from epoc.documents.textmap import FoldedText
from epoc.model import (
    Fact,
    FactKind,
    InvalidInput,
    Name,
    NameKind,
    NotFound,
    Record,
    Schema,
)
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import Conflict
from epoc.names.script import LATIN, detect_script, guess_lang
from epoc.services import audit
from epoc.services.documents.views import (
    Mention,
    entities_of_mentions,
    mention_of,
    readable_mentions,
    with_entities,
)
from epoc.services.list.review import link_evidence
from epoc.services.records.imports import store_source
from epoc.sources.base import SourceData
from epoc.store import Store
from epoc.store.documents import DocumentRepository, readable_record_markings
from epoc.store.entities import EntityRepository, readable_records
from epoc.store.mention_review import ReviewRepository
from epoc.store.records import RecordRepository, marking_from_row, source_from_row

REVIEWABLE = ("entity", "candidate")
_LABEL_SCHEMA = {"organisation": Schema.ORGANIZATION, "person": Schema.PERSON}


@dataclass(frozen=True, slots=True)
class Decision:
    mention_id: int
    by: str | None = None  # a username; None at the command line
    note: str | None = None


@dataclass(frozen=True, slots=True)
class MentionDecided:
    """A mention accepted, made a record of, or rejected: who, when, and the entity or evidence record."""

    mention_id: int
    decision: str  # accept | create | reject
    status: str  # accepted | created | rejected
    by: str | None
    at: str
    entity_id: str | None
    evidence_record_id: str | None


@dataclass(frozen=True, slots=True)
class MentionCorrected:
    """A mention corrected (it stays pending): who, when, its values before and after."""

    mention_id: int
    decision: str  # correct
    by: str | None
    at: str
    before: dict[str, Any]
    after: dict[str, Any]


def review_queue(
    store: Store,
    viewer: Viewer | None = None,
    document_id: int | None = None,
    kinds: tuple[str, ...] = REVIEWABLE,
    status: str | None = "pending",
    limit: int = 100,
) -> list[Mention]:
    """The review queue's mentions as the viewer may see them, each with its document."""
    with store.read() as conn:
        rows = ReviewRepository(conn).queue(viewer, kinds, status, document_id, limit)
        entities = entities_of_mentions(conn, rows, viewer)
        shown = [mention_of(r, entities, in_queue=True) for r in rows]
        return with_entities(readable_mentions(conn, shown, viewer), entities)


# The review page shows this many mentions at a time (each is a card with a form: 100 made a page 37,000 px
# tall); its JSON twin keeps its own ``limit``.
QUEUE_PER_PAGE = 20


@dataclass(frozen=True, slots=True)
class QueuePage:
    """A page of the mentions waiting for a decision, as one reader may see them."""

    total: int  # the mentions of the queue the reader may see, over all pages
    page: int
    per_page: int
    mentions: list[Mention]  # as ``review_queue`` gives them

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def review_page(
    store: Store,
    viewer: Viewer | None = None,
    document_id: int | None = None,
    kinds: tuple[str, ...] = REVIEWABLE,
    status: str | None = "pending",
    page: int = 1,
    per_page: int = QUEUE_PER_PAGE,
) -> QueuePage:
    """One page of the review queue and how many the reader may see in all: an entity mention whose every
    record the reader may not read is neither shown nor counted (``readable_mentions``)."""
    if page < 1:
        raise InvalidInput("page: 1 or more")
    if not 1 <= per_page <= 1000:
        raise InvalidInput("per_page: between 1 and 1000")
    with store.read() as conn:
        reviews = ReviewRepository(conn)
        keys = reviews.queue_keys(viewer, kinds, status, document_id)
        wanted = [r for k in keys if k.kind == "entity" for r in k.record_ids]
        readable = readable_record_markings(conn, wanted, viewer) if wanted else {}
        shown = [k.id for k in keys if k.kind != "entity" or any(r in readable for r in k.record_ids)]
        rows = reviews.queue_rows(shown[(page - 1) * per_page : page * per_page])
        entities = entities_of_mentions(conn, rows, viewer)
        mentions = [mention_of(r, entities, in_queue=True) for r in rows]
        mentions = with_entities(readable_mentions(conn, mentions, viewer), entities)
    return QueuePage(len(shown), page, per_page, mentions)


def accept(
    store: Store, decision: Decision, entity_id: str | None = None, viewer: Viewer | None = None
) -> MentionDecided:
    """The mention is evidence that the document speaks of ``entity_id`` (default: the one it resolved to)."""
    with store.transaction() as conn:
        reviews = ReviewRepository(conn)
        mention = _pending(reviews, decision.mention_id, viewer)
        target = entity_id or mention.entity_id
        if not target:
            raise InvalidInput(
                f"mention {mention.id} names no entity; give one (--entity ID) or use `create`"
            )
        record_ids = _records_of(conn, target, viewer)
        if target == mention.entity_id and mention.record_ids:
            record_ids = list(mention.record_ids)
        target_record = RecordRepository(conn).get(record_ids[0])
        if target_record is None:
            raise NotFound(f"no entity or record {target!r}")
        evidence = _evidence_record(conn, mention, target_record.record.schema)
        now = datetime.now(UTC)
        marking = marking_from_row(mention)
        # the evidence joins the entity as a *same* judgement (who, when, why), which every later
        # resolution run respects
        why = decision.note or f"accepted from document {mention.document_id}: {mention.text!r}"
        link_evidence(conn, evidence.id, target, decision.by or "command line", why)
        reviews.add_link(
            {
                "evidence_record_id": evidence.id,
                "entity_id": target,
                "record_ids": record_ids,
                "mention_id": mention.id,
                "document_id": mention.document_id,
                "created_by": decision.by,
            },
            marking,
            now,
        )
        return _decide(reviews, mention, "accept", "accepted", decision, now, target, evidence.id, viewer)


def _records_of(conn: Connection, target: str, viewer: Viewer | None) -> list[str]:
    """The records behind ``target`` (an entity id or a record id) that the viewer may read."""
    members = EntityRepository(conn).active_members([target]).get(target) or [target]
    readable = readable_records(conn, members, viewer)
    found = [r for r in members if r in readable]
    if not found:
        raise NotFound(f"no entity or record {target!r}")
    return found


def create(
    store: Store,
    decision: Decision,
    schema: Schema | None = None,
    name: str | None = None,
    viewer: Viewer | None = None,
) -> MentionDecided:
    """A new record from the mention (a party not on the list yet); resolution takes it from there."""
    with store.transaction() as conn:
        reviews = ReviewRepository(conn)
        mention = _pending(reviews, decision.mention_id, viewer)
        chosen = schema or _LABEL_SCHEMA.get(mention.label or "") or Schema.LEGAL_ENTITY
        evidence = _evidence_record(conn, mention, chosen, name)
        return _decide(
            reviews, mention, "create", "created", decision, datetime.now(UTC), None, evidence.id, viewer
        )


def correct(
    store: Store,
    decision: Decision,
    start: int | None = None,
    end: int | None = None,
    entity_id: str | None = None,
    label: str | None = None,
    viewer: Viewer | None = None,
) -> MentionCorrected:
    """Fix a mention's span, entity or label; it stays in the queue (pending) for accept or create."""
    with store.transaction() as conn:
        reviews = ReviewRepository(conn)
        mention = _pending(reviews, decision.mention_id, viewer)
        document = DocumentRepository(conn).get(mention.document_id, viewer)
        assert document is not None
        new_start = mention.start if start is None else start
        new_end = mention.end if end is None else end
        if not 0 <= new_start < new_end <= len(document.text):
            raise InvalidInput(
                f"span {new_start}-{new_end} is not inside the document (0-{len(document.text)})"
            )
        changes: dict[str, Any] = {
            "start": new_start,
            "end": new_end,
            "text": document.text[new_start:new_end],
        }
        if entity_id:
            found = _records_of(conn, entity_id, viewer)  # an entity or a record the viewer may read
            entity_id = found[0]
            changes.update(kind="entity", entity_id=entity_id, record_ids=found, spotter="reviewer")
        if label:
            changes["label"] = label
        before = {k: mention._mapping[k] for k in changes}
        now = datetime.now(UTC)
        if not reviews.set_status(mention.id, "pending", "pending", changes):
            raise Conflict(f"mention {mention.id} was decided meanwhile")
        reviews.add_decision(
            {
                "mention_id": mention.id,
                "decision": "correct",
                "decided_by": decision.by,
                "decided_at": now,
                "note": decision.note,
                "entity_id": entity_id,
                "before": before,
                "after": changes,
            },
            marking_from_row(mention),
        )
        if viewer is not None:
            details = {"decision": "correct", "before": before, "after": changes}
            audit.record(conn, viewer, Action.MENTION_DECISION, f"mention:{mention.id}", details)
        return MentionCorrected(mention.id, "correct", decision.by, now.isoformat(), before, changes)


def reject(store: Store, decision: Decision, viewer: Viewer | None = None) -> MentionDecided:
    with store.transaction() as conn:
        reviews = ReviewRepository(conn)
        mention = _pending(reviews, decision.mention_id, viewer)
        return _decide(
            reviews, mention, "reject", "rejected", decision, datetime.now(UTC), None, None, viewer
        )


def _readable(conn: Any, mention: Any, viewer: Viewer | None) -> bool:
    """An entity mention is there for a viewer who may read at least one of the records it matched."""
    if mention.kind != "entity" or viewer is None:
        return True
    return bool(readable_records(conn, list(mention.record_ids or []), viewer))


def _pending(reviews: ReviewRepository, mention_id: int, viewer: Viewer | None) -> Any:
    mention = reviews.mention(mention_id, viewer)
    if mention is None or not _readable(reviews.conn, mention, viewer):
        raise NotFound(f"no mention {mention_id}; `epoc documents review list` shows the queue")
    if mention.status != "pending":
        last = reviews.decisions(mention_id)
        who = f" by {last[-1].decided_by or 'the command line'} at {last[-1].decided_at}" if last else ""
        raise Conflict(f"mention {mention_id} is already {mention.status}{who}")
    return mention


def _decide(
    reviews: ReviewRepository,
    mention: Any,
    decision_name: str,
    status: str,
    decision: Decision,
    now: datetime,
    entity_id: str | None,
    evidence_id: str | None,
    viewer: Viewer | None = None,
) -> MentionDecided:
    if not reviews.set_status(mention.id, "pending", status):
        raise Conflict(f"mention {mention.id} was decided meanwhile")
    reviews.add_decision(
        {
            "mention_id": mention.id,
            "decision": decision_name,
            "decided_by": decision.by,
            "decided_at": now,
            "note": decision.note,
            "entity_id": entity_id,
            "evidence_record_id": evidence_id,
        },
        marking_from_row(mention),
    )
    if viewer is not None:
        details = {"decision": decision_name, "entity_id": entity_id, "evidence_record_id": evidence_id}
        audit.record(reviews.conn, viewer, Action.MENTION_DECISION, f"mention:{mention.id}", details)
    return MentionDecided(
        mention_id=mention.id,
        decision=decision_name,
        status=status,
        by=decision.by,
        at=now.isoformat(),
        entity_id=entity_id,
        evidence_record_id=evidence_id,
    )


def _evidence_record(conn: Any, mention: Any, schema: Schema, name: str | None = None) -> Record:
    """Add the evidence record to the document's source as its newest version (the other records kept)."""
    records = RecordRepository(conn)
    source_row = records.get_source(mention.source_key)
    assert source_row is not None
    source = source_from_row(source_row)
    origin = f"{mention.filename} ¶{mention.paragraph}" + (f" p.{mention.page}" if mention.page else "")
    text = (name or mention.text).strip()
    script = detect_script(text)
    facts = [Fact(FactKind.REMARK, mention.sentence, origin=origin)]
    for code in dict.fromkeys(hit.code for hit in find_countries(FoldedText.of(mention.sentence))):
        facts.append(Fact(FactKind.COUNTRY, code, origin=origin))  # the countries its sentence names
    if mention.kind == "candidate" and mention.label == "relation":
        facts.append(
            Fact(
                FactKind.LINKED_TO,
                mention.detail.get("relation", "relation"),
                raw=mention.sentence,
                origin=origin,
            )
        )
    native = f"m{mention.id}"
    record = Record(
        id=Record.make_id(source.key, native),
        source=source.key,
        native_id=native,
        schema=schema,
        names=(
            Name(text, NameKind.PRIMARY, script, guess_lang(script) if script != LATIN else None, origin),
        ),
        facts=tuple(dict.fromkeys(facts)),
        marking=marking_from_row(mention),
        extra={
            "document_id": str(mention.document_id),
            "mention_id": str(mention.id),
            "paragraph": str(mention.paragraph),
        },
    )
    existing = [s.record for s in records.load(source=source.key).values()]
    data = SourceData(source, [*existing, record], [mention.filename])
    store_source(records, data, f"review:{source.key}:{native}")
    return record


@dataclass(frozen=True, slots=True)
class DecisionLine:
    """A decision on a mention: what, who, when, why; the entity only if the viewer may read it."""

    decision: str
    by: str | None
    at: str | None
    note: str | None
    entity_id: str | None
    evidence_record_id: str | None


@dataclass(frozen=True, slots=True)
class MentionHistory(Mention):
    """A mention (any status) with every decision on it; its JSON puts its document after the links."""

    decisions: tuple[DecisionLine, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out = self._own_json()
        out.update(self._links_json())
        out.update(self._document_json())
        out["decisions"] = [
            {
                "decision": d.decision,
                "by": d.by,
                "at": d.at,
                "note": d.note,
                "entity_id": d.entity_id,
                "evidence_record_id": d.evidence_record_id,
            }
            for d in self.decisions
        ]
        return out


def mention_with_decisions(store: Store, mention_id: int, viewer: Viewer | None = None) -> MentionHistory:
    """A mention (any status) and every decision on it: who, when, what, why."""
    with store.read() as conn:
        reviews = ReviewRepository(conn)
        mention = reviews.mention(mention_id, viewer)
        if mention is None or not _readable(conn, mention, viewer):
            raise NotFound(f"no mention {mention_id}")
        decisions = reviews.decisions(mention_id)
        entities = entities_of_mentions(conn, [mention], viewer)
        shown = mention_of(mention, entities, in_queue=True)
        (shown,) = with_entities(readable_mentions(conn, [shown], viewer), entities)
        # a decision may point at a record of a list this viewer may not read: it is not named then
        targets = readable_records(conn, [d.entity_id for d in decisions if d.entity_id], viewer)
    lines = tuple(
        DecisionLine(
            decision=d.decision,
            by=d.decided_by,
            at=d.decided_at.isoformat() if d.decided_at else None,
            note=d.note,
            entity_id=d.entity_id if d.entity_id in targets else None,
            evidence_record_id=d.evidence_record_id,
        )
        for d in decisions
    )
    fields = {f: getattr(shown, f) for f in shown.__dataclass_fields__}
    return MentionHistory(**fields, decisions=lines)
