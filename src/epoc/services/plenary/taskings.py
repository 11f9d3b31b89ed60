"""Taskings: what a decision asks someone (a role such as the IE Co-Chairs, or a Partner) to do, by a
meeting or a date; open until closed by linking what fulfils it (a list edition, a document)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Row

from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import Conflict, Forbidden, InvalidInput, NotFound
from epoc.model.marking import Marking
from epoc.model.plenary import TaskingStatus
from epoc.services import audit
from epoc.store import Store
from epoc.store.plenary import MeetingRepository, TaskingRepository
from epoc.store.records import marking_from_row


@dataclass(frozen=True, slots=True)
class Tasking:
    tasking_id: int
    decision_id: int | None
    proposal_id: int | None
    owner: str
    what: str
    due_meeting_id: str | None
    due_date: date | None
    status: str
    fulfilled_by: str | None
    closed_at: datetime | None
    marking: Marking


@dataclass(frozen=True, slots=True)
class TaskInput:
    owner: str
    what: str
    due_meeting_id: str | None = None
    due_date: date | None = None


def _tasking(row: Row[Any]) -> Tasking:
    return Tasking(
        tasking_id=row.id,
        decision_id=row.decision_id,
        proposal_id=row.proposal_id,
        owner=row.owner,
        what=row.what,
        due_meeting_id=row.due_meeting_id,
        due_date=row.due_date,
        status=row.status,
        fulfilled_by=row.fulfilled_by,
        closed_at=row.closed_at,
        marking=marking_from_row(row),
    )


def taskings_of(
    conn: Connection,
    viewer: Viewer | None,
    proposal_id: int | None = None,
    decision_id: int | None = None,
    status: str | None = None,
) -> list[Tasking]:
    rows = TaskingRepository(conn).find(viewer, status=status, proposal_id=proposal_id)
    return [_tasking(r) for r in rows if decision_id is None or r.decision_id == decision_id]


def add_tasking_rows(
    conn: Connection,
    tasks: Sequence[TaskInput],
    decision_id: int | None,
    proposal_id: int | None,
    marking: Marking,
    actor: Viewer | None,
    now: datetime,
) -> list[int]:
    """Store taskings inside the caller's transaction (a decision's), marked as what created them."""
    ids = []
    repo, meetings = TaskingRepository(conn), MeetingRepository(conn)
    for task in tasks:
        owner, what = task.owner.strip(), " ".join(task.what.split())
        if not owner or not what:
            raise InvalidInput("a tasking needs an owner and what is to be done (OWNER=WHAT)")
        if task.due_meeting_id is not None and meetings.get(task.due_meeting_id, actor) is None:
            raise NotFound(f"no meeting {task.due_meeting_id!r}; `epoc meetings list` shows them")
        tasking_id = repo.add(
            {
                "decision_id": decision_id,
                "proposal_id": proposal_id,
                "owner": owner[:100],
                "what": what,
                "due_meeting_id": task.due_meeting_id,
                "due_date": task.due_date,
                "status": TaskingStatus.OPEN.value,
                "created_at": now,
                "created_by": actor.username if actor else None,
            },
            marking,
        )
        audit.record(conn, actor, Action.TASKING_ADD, f"tasking:{tasking_id}", {"owner": owner})
        ids.append(tasking_id)
    return ids


def list_taskings(store: Store, viewer: Viewer | None = None, status: str | None = None) -> list[Tasking]:
    """Taskings the viewer may read, by due date (undated last); ``status`` open or done."""
    if status is not None and status not in {s.value for s in TaskingStatus}:
        raise InvalidInput(f"status {status!r} is not one of: open, done")
    with store.read() as conn:
        return taskings_of(conn, viewer, status=status)


def close_tasking(
    store: Store,
    tasking_id: int,
    fulfilled_by: str,
    actor: Viewer | None = None,
    check: Any = None,
) -> Tasking:
    """Close a tasking by linking what fulfils it (``edition:<name>``, ``document:<id>`` or a reference);
    ``check(link)`` confirms that the linked thing exists and the actor may read it."""
    link = fulfilled_by.strip()
    if not link:
        raise InvalidInput("say what fulfils the tasking (an edition, a document, a reference)")
    if actor is not None and not actor.is_poc and actor.partner is None:
        raise Forbidden("only Partners close taskings")
    if check is not None:
        check(link)
    with store.transaction() as conn:
        repo = TaskingRepository(conn)
        row = repo.get(tasking_id, actor)
        if row is None:
            raise NotFound(f"no tasking {tasking_id}; `epoc taskings list` shows them")
        if row.status == TaskingStatus.DONE.value:
            raise Conflict(f"tasking {tasking_id} is already closed (by {row.fulfilled_by})")
        repo.close(tasking_id, link[:500], datetime.now(UTC))
        audit.record(conn, actor, Action.TASKING_CLOSE, f"tasking:{tasking_id}", {"fulfilled_by": link})
        closed = repo.get(tasking_id, None)
        assert closed is not None
        return _tasking(closed)
