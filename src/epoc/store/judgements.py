"""Repository of the review queue and reviewers' judgements. All their SQL is here."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, insert, or_, select, update

from epoc.model.access import Viewer
from epoc.model.marking import Marking
from epoc.store.entities import chunks
from epoc.store.entity_tables import judgements, review_pairs
from epoc.store.records import marking_values
from epoc.store.visibility import visible

ACTIVE = judgements.c.undone_at.is_(None)


class JudgementRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- judgements -------------------------------------------------------------------------------------
    def add(self, values: dict[str, Any], marking: Marking) -> int:
        result = self.conn.execute(insert(judgements).values(**values, **marking_values(marking)))
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def get(self, judgement_id: int, viewer: Viewer | None = None) -> Row[Any] | None:
        return self.conn.execute(
            select(judgements).where(judgements.c.id == judgement_id, visible(judgements, viewer))
        ).first()

    def undo(self, judgement_id: int, who: str, why: str, now: datetime) -> None:
        self.conn.execute(
            update(judgements)
            .where(judgements.c.id == judgement_id)
            .values(undone_at=now, undone_by=who, undo_why=why)
        )

    def active(self, record_ids: Iterable[str] | None = None) -> list[Row[Any]]:
        """Judgements in force (not undone) touching these records (all when None), oldest first."""
        query = select(judgements).where(ACTIVE).order_by(judgements.c.id)
        if record_ids is None:
            return list(self.conn.execute(query))
        found: dict[int, Row[Any]] = {}
        ids = sorted(set(record_ids))
        for chunk in chunks(ids):
            for row in self.conn.execute(
                query.where(or_(judgements.c.left_id.in_(chunk), judgements.c.right_id.in_(chunk)))
            ):
                found[row.id] = row
        # splits name their records in a JSON list: few enough to filter here
        wanted = set(ids)
        for row in self.conn.execute(query.where(judgements.c.verdict == "split")):
            parts = row.record_ids or {}
            if wanted.intersection(parts.get("off", ())) or wanted.intersection(parts.get("rest", ())):
                found[row.id] = row
        return [found[k] for k in sorted(found)]

    def about(
        self, record_ids: Iterable[str], entity_id: str, viewer: Viewer | None = None
    ) -> list[Row[Any]]:
        """Every judgement (undone ones too) naming one of ``record_ids`` or splitting ``entity_id`` that
        the viewer may read, newest first."""
        found: dict[int, Row[Any]] = {}
        readable = select(judgements).where(visible(judgements, viewer))
        for chunk in chunks(sorted(set(record_ids))):
            for row in self.conn.execute(
                readable.where(or_(judgements.c.left_id.in_(chunk), judgements.c.right_id.in_(chunk)))
            ):
                found[row.id] = row
        for row in self.conn.execute(readable.where(judgements.c.entity_id == entity_id)):
            found[row.id] = row
        return [found[k] for k in sorted(found, reverse=True)]

    def history(self, viewer: Viewer | None = None, limit: int = 100) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(judgements)
                .where(visible(judgements, viewer))
                .order_by(judgements.c.id.desc())
                .limit(limit)
            )
        )

    # -- the queue --------------------------------------------------------------------------------------
    def queued(self, left: str, right: str) -> Row[Any] | None:
        a, b = sorted((left, right))
        return self.conn.execute(
            select(review_pairs).where(review_pairs.c.left_id == a, review_pairs.c.right_id == b)
        ).first()

    def enqueue(
        self, left: str, right: str, score: float, explanation: list[Any], marking: Marking, now: datetime
    ) -> bool:
        """Open the pair for review (again, if it was moot); False when it is already open or decided."""
        a, b = sorted((left, right))
        existing = self.queued(a, b)
        values = {"score": score, "explanation": explanation, "updated_at": now, **marking_values(marking)}
        if existing is None:
            self.conn.execute(
                insert(review_pairs).values(left_id=a, right_id=b, status="open", created_at=now, **values)
            )
            return True
        if existing.status == "moot":
            self.conn.execute(
                update(review_pairs).where(review_pairs.c.id == existing.id).values(status="open", **values)
            )
            return True
        if existing.status == "open":
            self.conn.execute(update(review_pairs).where(review_pairs.c.id == existing.id).values(**values))
        return False

    def enqueue_many(self, items: Iterable[tuple[str, str, float, list[Any], Marking]], now: datetime) -> int:
        """``enqueue`` for many pairs in a few statements (a full resolution queues thousands); how many
        were opened."""
        wanted: dict[tuple[str, str], dict[str, Any]] = {}
        for left, right, score, explanation, marking in items:
            a, b = sorted((left, right))
            values = {
                "score": score,
                "explanation": explanation,
                "updated_at": now,
                **marking_values(marking),
            }
            wanted[(a, b)] = values
        existing: dict[tuple[str, str], Row[Any]] = {}
        for chunk in chunks(sorted({a for a, _ in wanted})):
            for row in self.conn.execute(select(review_pairs).where(review_pairs.c.left_id.in_(chunk))):
                if (row.left_id, row.right_id) in wanted:
                    existing[(row.left_id, row.right_id)] = row
        new = [
            {"left_id": a, "right_id": b, "status": "open", "created_at": now, **values}
            for (a, b), values in wanted.items()
            if (a, b) not in existing
        ]
        changed = [  # bound as new_<column>: a bound name may not be a column's own
            {"pair_id": row.id, **{f"new_{k}": v for k, v in {"status": "open", **wanted[key]}.items()}}
            for key, row in existing.items()
            if row.status in ("moot", "open")
        ]
        if new:
            self.conn.execute(insert(review_pairs), new)
        if changed:
            self.conn.execute(
                update(review_pairs)
                .where(review_pairs.c.id == bindparam("pair_id"))
                .values({k[4:]: bindparam(k) for k in changed[0] if k != "pair_id"}),
                changed,
            )
        return len(new) + sum(1 for row in existing.values() if row.status == "moot")

    def set_status(self, pair_id: int, status: str, now: datetime) -> None:
        self.conn.execute(
            update(review_pairs).where(review_pairs.c.id == pair_id).values(status=status, updated_at=now)
        )

    def open_touching(self, record_ids: Iterable[str]) -> list[Row[Any]]:
        found: dict[int, Row[Any]] = {}
        for chunk in chunks(sorted(set(record_ids))):
            for row in self.conn.execute(
                select(review_pairs).where(
                    review_pairs.c.status == "open",
                    or_(review_pairs.c.left_id.in_(chunk), review_pairs.c.right_id.in_(chunk)),
                )
            ):
                found[row.id] = row
        return list(found.values())

    def pair(self, pair_id: int, viewer: Viewer | None = None) -> Row[Any] | None:
        return self.conn.execute(
            select(review_pairs).where(review_pairs.c.id == pair_id, visible(review_pairs, viewer))
        ).first()

    def next_open(self, viewer: Viewer | None = None, skip: Iterable[int] = ()) -> Row[Any] | None:
        """The open pair to review first: the best score (the likeliest merge), then the oldest."""
        query = select(review_pairs).where(review_pairs.c.status == "open", visible(review_pairs, viewer))
        skipped = list(skip)
        if skipped:
            query = query.where(review_pairs.c.id.not_in(skipped))
        return self.conn.execute(
            query.order_by(review_pairs.c.score.desc(), review_pairs.c.id).limit(1)
        ).first()

    def open_pairs(self, viewer: Viewer | None = None, limit: int = 50) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(review_pairs)
                .where(review_pairs.c.status == "open", visible(review_pairs, viewer))
                .order_by(review_pairs.c.score.desc(), review_pairs.c.id)
                .limit(limit)
            )
        )

    def open_count(self, viewer: Viewer | None = None) -> int:
        return int(
            self.conn.scalar(
                select(func.count())
                .select_from(review_pairs)
                .where(review_pairs.c.status == "open", visible(review_pairs, viewer))
            )
            or 0
        )
