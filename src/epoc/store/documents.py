"""Repository of documents and their mentions. All SQL about them lives here (and in ``fulltext``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    Text,
    and_,
    case,
    cast,
    delete,
    exists,
    false,
    func,
    insert,
    not_,
    or_,
    select,
    true,
    update,
)

from epoc.model import Marking, Mention, Portion
from epoc.model.access import Viewer
from epoc.store import fulltext
from epoc.store.bulk import bulk_insert
from epoc.store.document_tables import document_mentions, document_portions, documents
from epoc.store.records import marking_from_row, marking_values
from epoc.store.visibility import visible


def readable(viewer: Viewer | None) -> ColumnElement[bool]:
    """The documents ``viewer`` may read: those with a portion they may read (a document cut into portions
    is read portion by portion; one with no portion for the viewer is not there for them)."""
    if viewer is None:
        return true()
    return exists(
        select(document_portions.c.id).where(
            document_portions.c.document_id == documents.c.id, visible(document_portions, viewer)
        )
    )


class DocumentRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def by_sha(self, sha256: str) -> Row[Any] | None:
        return self.conn.execute(select(documents).where(documents.c.sha256 == sha256)).first()

    def get(self, document_id: int, viewer: Viewer | None = None) -> Row[Any] | None:
        return self.conn.execute(
            select(documents).where(documents.c.id == document_id, readable(viewer))
        ).first()

    def add(
        self, values: dict[str, Any], marking: Marking, now: datetime, portions: Sequence[Portion]
    ) -> int:
        """A document and its portions (indexed for search portion by portion)."""
        result = self.conn.execute(
            insert(documents).values(created_at=now, **values, **marking_values(marking))
        )
        document_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        for seq, portion in enumerate(portions, 1):
            self.conn.execute(
                insert(document_portions).values(
                    document_id=document_id,
                    seq=seq,
                    start=portion.start,
                    end=portion.end,
                    kind=portion.kind,
                    mark=portion.mark,
                    **marking_values(portion.marking),
                )
            )
        fulltext.index(self.conn, document_id, values["title"], values["text"])
        return document_id

    def portions(self, document_id: int, viewer: Viewer | None) -> list[Row[Any]]:
        """The document's portions the viewer may read, in the text's order."""
        return list(
            self.conn.execute(
                select(document_portions)
                .where(document_portions.c.document_id == document_id, visible(document_portions, viewer))
                .order_by(document_portions.c.seq)
            )
        )

    def portion_markings(
        self, document_ids: Sequence[int], viewer: Viewer | None
    ) -> dict[int, list[Marking]]:
        """``{document id: [marking of each portion the viewer may read]}``: what a list shows a reader of
        each document, so that its banner is theirs."""
        out: dict[int, list[Marking]] = {i: [] for i in document_ids}
        if not document_ids:
            return out
        rows = self.conn.execute(
            select(document_portions).where(
                document_portions.c.document_id.in_(list(document_ids)), visible(document_portions, viewer)
            )
        )
        for row in rows:
            out[row.document_id].append(marking_from_row(row))
        return out

    def withheld_subjects(self, document_ids: Sequence[int], viewer: Viewer | None) -> set[int]:
        """The documents whose marked subject line (their title) the viewer may not read."""
        if viewer is None or not document_ids:
            return set()
        query = select(document_portions.c.document_id).where(
            document_portions.c.document_id.in_(list(document_ids)),
            document_portions.c.kind == "subject",
            not_(visible(document_portions, viewer)),
        )
        return {int(i) for i in self.conn.scalars(query)}

    def raise_marking(self, document_id: int, marking: Marking) -> Marking:
        """The document's marking, raised to at least ``marking`` (never lowered), on it, its portions and
        its mentions."""
        row = self.conn.execute(select(documents).where(documents.c.id == document_id)).one()
        current = marking_from_row(row)
        raised = current.at_least(marking)
        if raised != current:
            values = marking_values(raised)
            self.conn.execute(update(documents).where(documents.c.id == document_id).values(**values))
        # every portion and mention at least ``marking``: each keeps what it had where that was stricter
        for table in (document_portions, document_mentions):
            rows = self.conn.execute(select(table).where(table.c.document_id == document_id)).all()
            for row in rows:
                own = marking_from_row(row)
                if own.at_least(marking) != own:
                    self.conn.execute(
                        update(table)
                        .where(table.c.id == row.id)
                        .values(**marking_values(own.at_least(marking)))
                    )
        return raised

    def visible_list(
        self,
        viewer: Viewer | None,
        limit: int = 100,
        offset: int = 0,
        doc_type: str | None = None,
        partner: str | None = None,
    ) -> list[Row[Any]]:
        """The documents the viewer may read (of that type, from that Partner, when given), newest first."""
        counts = (  # the mentions the viewer may read (those of their portions)
            select(document_mentions.c.document_id, func.count().label("mentions"))
            .where(visible(document_mentions, viewer))
            .group_by(document_mentions.c.document_id)
            .subquery()
        )
        query = (
            select(
                documents.c.id,
                documents.c.title,
                documents.c.doc_type,
                documents.c.partner,
                documents.c.doc_date,
                documents.c.filename,
                documents.c.created_at,
                documents.c.classification,
                documents.c.scope,
                documents.c.rel_partners,
                documents.c.not_for_outreach,
                func.coalesce(counts.c.mentions, 0).label("mentions"),
            )
            .outerjoin(counts, counts.c.document_id == documents.c.id)
            .where(*self._filters(viewer, doc_type, partner))
            .order_by(documents.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(self.conn.execute(query))

    def count(self, viewer: Viewer | None, doc_type: str | None = None, partner: str | None = None) -> int:
        query = select(func.count()).select_from(documents).where(*self._filters(viewer, doc_type, partner))
        return int(self.conn.scalar(query) or 0)

    def partners(self, viewer: Viewer | None) -> list[str]:
        """The Partners of the documents the viewer may read (for a filter's choices)."""
        query = (
            select(documents.c.partner)
            .where(readable(viewer), documents.c.partner.is_not(None))
            .distinct()
            .order_by(documents.c.partner)
        )
        return [str(p) for p in self.conn.scalars(query)]

    @staticmethod
    def _filters(viewer: Viewer | None, doc_type: str | None, partner: str | None) -> list[Any]:
        conditions: list[Any] = [readable(viewer)]
        if doc_type:
            conditions.append(documents.c.doc_type == doc_type)
        if partner:
            conditions.append(documents.c.partner == partner.upper())
        return conditions

    # -- mentions ------------------------------------------------------------------------------------------
    def add_mentions(
        self, document_id: int, mentions: Sequence[Mention], marking: Marking | Sequence[Marking]
    ) -> None:
        """Store mentions, each with ``marking`` (one for all, or one per mention: its portion's)."""
        markings = [marking] * len(mentions) if isinstance(marking, Marking) else list(marking)
        bulk_insert(
            self.conn,
            document_mentions,
            [
                {
                    "document_id": document_id,
                    "kind": m.kind.value,
                    "label": m.label,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "sentence": m.sentence,
                    "paragraph": m.paragraph,
                    "page": m.page,
                    "spotter": m.spotter,
                    "entity_id": m.entity_id,
                    "record_ids": list(m.record_ids),
                    "annex_items": list(m.annex_items),
                    "matched_name": m.matched_name,
                    "score": m.score,
                    "detail": dict(m.detail),
                    "status": "pending",
                    **marking_values(mark),
                }
                for m, mark in zip(mentions, markings, strict=True)
            ],
        )

    def mentions(self, document_id: int, viewer: Viewer | None, kind: str | None = None) -> list[Row[Any]]:
        query = (
            select(document_mentions)
            .where(document_mentions.c.document_id == document_id, visible(document_mentions, viewer))
            .order_by(document_mentions.c.start, document_mentions.c.end, document_mentions.c.id)
        )
        if kind:
            query = query.where(document_mentions.c.kind == kind)
        return list(self.conn.execute(query))

    def strongest_mentions(
        self,
        document_id: int,
        viewer: Viewer | None,
        per_target: int,
        within: Sequence[tuple[int, int]],
    ) -> list[Row[Any]]:
        """The ``per_target`` strongest mentions of each target (``mention_target``: what a mention speaks
        of, as stored) that the viewer may read and that lie ``within`` the stored stretches they may read,
        in text order, each with its ``target``. Decided mentions are stronger than pending ones, then the
        best scored, then the first in the text. Ranked in the database, so a document's page loads no more
        than it can show, not every mention of a long paper."""
        m = document_mentions.c
        target = mention_target()
        strength = func.row_number().over(
            partition_by=(m.kind, target),
            order_by=(case((m.status == "pending", 1), else_=0), m.score.desc(), m.start, m.end, m.id),
        )
        ranked = (
            select(m.id, target.label("target"), strength.label("strength"))
            .where(*_mention_conditions(document_id, viewer, within))
            .subquery()
        )
        return list(
            self.conn.execute(
                select(document_mentions, ranked.c.target)
                .join(ranked, ranked.c.id == m.id)
                .where(ranked.c.strength <= per_target)
                .order_by(m.start, m.end, m.id)
            )
        )

    def mention_target_counts(
        self, document_id: int, viewer: Viewer | None, within: Sequence[tuple[int, int]]
    ) -> dict[tuple[str, str], int]:
        """``{(kind, target): how many}`` of the mentions ``strongest_mentions`` ranks (all of them)."""
        targets = (
            select(document_mentions.c.kind, mention_target().label("target"))
            .where(*_mention_conditions(document_id, viewer, within))
            .subquery()
        )
        rows = self.conn.execute(
            select(targets.c.kind, targets.c.target, func.count()).group_by(targets.c.kind, targets.c.target)
        )
        return {(kind, target): int(count) for kind, target, count in rows}

    def replace_pending_mentions(
        self, document_id: int, mentions: Sequence[Mention], marking: Marking | Sequence[Marking]
    ) -> int:
        """Extraction run again: pending mentions give way to the new ones; decided mentions stay (and a
        new mention of the same kind and span as a decided one is not added again). Returns how many were
        added."""
        decided = {
            (row.kind, row.start, row.end)
            for row in self.conn.execute(
                select(document_mentions.c.kind, document_mentions.c.start, document_mentions.c.end).where(
                    document_mentions.c.document_id == document_id, document_mentions.c.status != "pending"
                )
            )
        }
        self.conn.execute(
            delete(document_mentions).where(
                document_mentions.c.document_id == document_id, document_mentions.c.status == "pending"
            )
        )
        markings = [marking] * len(mentions) if isinstance(marking, Marking) else list(marking)
        kept = [
            (m, k)
            for m, k in zip(mentions, markings, strict=True)
            if (m.kind.value, m.start, m.end) not in decided
        ]
        self.add_mentions(document_id, [m for m, _ in kept], [k for _, k in kept])
        return len(kept)

    def ids(self) -> list[int]:
        return list(self.conn.scalars(select(documents.c.id).order_by(documents.c.id)))

    def mention_counts(self, document_id: int) -> dict[str, int]:
        rows = self.conn.execute(
            select(document_mentions.c.kind, func.count())
            .where(document_mentions.c.document_id == document_id)
            .group_by(document_mentions.c.kind)
        )
        return {kind: int(count) for kind, count in rows}

    def search(
        self,
        query: str,
        viewer: Viewer | None,
        limit: int = 20,
        doc_type: str | None = None,
        partner: str | None = None,
    ) -> list[tuple[Row[Any], str, float]]:
        """Documents with a portion the viewer may read holding every word of ``query`` (filtered before
        the full-text match: what the viewer may not read is never ranked, counted or quoted)."""
        return self.search_page(query, viewer, 0, limit, doc_type, partner, most=limit)[1]

    def _readable_portions(self, viewer: Viewer | None, doc_type: str | None, partner: str | None) -> Any:
        query = select(document_portions.c.id).where(visible(document_portions, viewer))
        if doc_type or partner:
            query = query.join(documents, documents.c.id == document_portions.c.document_id)
            if doc_type:
                query = query.where(documents.c.doc_type == doc_type)
            if partner:
                query = query.where(documents.c.partner == partner.upper())
        return query

    def search_page(
        self,
        query: str,
        viewer: Viewer | None,
        offset: int,
        limit: int,
        doc_type: str | None = None,
        partner: str | None = None,
        most: int = 200,
    ) -> tuple[int, list[tuple[Row[Any], str, float]]]:
        """One page of a search: how many of the best ``most`` matches there are, and the page's documents
        with their snippets (made for the page only: a snippet costs far more than a rank), each quoting the
        best portion the viewer may read."""
        allowed = self._readable_portions(viewer, doc_type, partner)
        ranked = fulltext.rank(self.conn, query, allowed, most)
        shown = ranked[offset : offset + limit]
        if not shown:
            return len(ranked), []
        texts = fulltext.snippets(self.conn, query, [p for _, p, _ in shown])
        ids = [i for i, _, _ in shown]
        rows = {
            row.id: row
            for row in self.conn.execute(select(documents).where(documents.c.id.in_(ids), readable(viewer)))
        }
        return len(ranked), [(rows[i], texts.get(p, ""), r) for i, p, r in shown if i in rows]


def mention_target() -> ColumnElement[Any]:
    """What a stored mention speaks of, as text: an entity mention its records, a technology mention its
    Annex entries (their JSON), another its text as written. Mentions with the same target speak of the same
    thing to every reader (a reader's entity, Annex entries or candidate name may join several)."""
    m = document_mentions.c
    return case(
        (m.kind == "entity", cast(m.record_ids, Text)),
        (m.kind == "technology", cast(m.annex_items, Text)),
        else_=m.text,
    )


# Past this many readable stretches, a mention's stretch is checked against the portions themselves.
_STRETCHES_INLINE = 100


def _mention_conditions(
    document_id: int, viewer: Viewer | None, within: Sequence[tuple[int, int]]
) -> list[ColumnElement[bool]]:
    """A document's mentions the viewer may read, starting in one of the ``within`` stretches (stored
    ``[start, end)``, the readable portions end to end) and ending in one (``(start, end]``)."""
    m = document_mentions.c
    conditions = [m.document_id == document_id, visible(document_mentions, viewer)]
    if len(within) <= _STRETCHES_INLINE:
        conditions.append(or_(false(), *(and_(m.start >= a, m.start < b) for a, b in within)))
        conditions.append(or_(false(), *(and_(m.end > a, m.end <= b) for a, b in within)))
        return conditions
    p = document_portions.c
    portion = select(p.id).where(p.document_id == m.document_id, visible(document_portions, viewer))
    conditions.append(exists(portion.where(p.start <= m.start, m.start < p.end)))
    conditions.append(exists(portion.where(p.start < m.end, m.end <= p.end)))
    return conditions


def name_forms(conn: Connection) -> list[Row[Any]]:
    """``(record_id, text, kind, schema, script)`` of every name of every active record: the gazetteer's
    input."""
    from epoc.store.tables import record_names, records

    query = (
        select(
            record_names.c.record_id,
            record_names.c.text,
            record_names.c.kind,
            records.c.schema,
            record_names.c.script,
        )
        .join(records, records.c.id == record_names.c.record_id)
        .where(records.c.status == "active")
        .order_by(record_names.c.record_id, record_names.c.seq)
    )
    return list(conn.execute(query))


def names_fingerprint(conn: Connection) -> str:
    """Changes whenever any source gets a new version (so whenever the stored names may have changed)."""
    from epoc.store.tables import source_versions

    newest, count = conn.execute(
        select(func.max(source_versions.c.id), func.count(source_versions.c.id))
    ).one()
    return f"{newest or 0}-{count}"


def readable_record_markings(
    conn: Connection, record_ids: Sequence[str], viewer: Viewer | None
) -> dict[str, Marking]:
    """``{record id: marking}`` of the records given that the viewer may read: what an entity mention of a
    document derives from (a name on a list), and so what it may show and how it is marked."""
    from epoc.store.entities import chunks
    from epoc.store.tables import records

    out: dict[str, Marking] = {}
    for chunk in chunks(sorted(set(record_ids))):
        rows = conn.execute(select(records).where(records.c.id.in_(chunk), visible(records, viewer)))
        out.update({row.id: marking_from_row(row) for row in rows})
    return out
