"""The working group: Partner experts who opt in, its chair (the IE co-chair role: the list editors), and the
trial's evaluation record (the group is tried once, then evaluated)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from epoc.model.access import Permission, Role, Viewer
from epoc.model.audit import Action
from epoc.model.errors import Forbidden, InvalidInput, NotFound
from epoc.services import accounts, audit
from epoc.store import Store
from epoc.store.ietem import GroupRepository, now_utc


@dataclass(frozen=True, slots=True)
class Member:
    """A member of the working group (`epoc ietem members --json` prints ``plain``)."""

    username: str
    partner: str | None
    role: str  # member | chair
    expertise: str
    email: str | None
    joined_at: datetime


@dataclass(frozen=True, slots=True)
class EvaluationNote:
    """A note of the trial's evaluation (the web's group page gives ``plain``)."""

    id: int
    author: str
    written_at: datetime
    aspect: str
    finding: str
    recommendation: str


def members(store: Store) -> list[Member]:
    with store.read() as conn:
        return [
            Member(r.username, r.partner, r.role, r.expertise, r.email, r.joined_at)
            for r in GroupRepository(conn).members()
        ]


def join(
    store: Store,
    username: str,
    partner: str | None,
    expertise: str = "",
    email: str | None = None,
    viewer: Viewer | None = None,
) -> Member:
    """A Partner expert opts in (a viewer only for themself). The IE co-chair (a list editor) is the chair."""
    if viewer is not None and viewer.username != username:
        raise Forbidden("members opt in for themselves")
    if viewer is not None and viewer.is_guest:
        raise Forbidden("the working group is for Partners' experts")
    if email is not None and "@" not in email:
        raise InvalidInput(f"e-mail address {email!r} has no @")
    role = "chair" if _account_role(store, username, viewer) is Role.LIST_EDITOR else "member"
    now = now_utc()
    with store.transaction() as conn:
        GroupRepository(conn).join(
            {
                "username": username,
                "partner": partner,
                "role": role,
                "expertise": expertise.strip(),
                "email": email,
                "joined_at": now,
            }
        )
        audit.record(conn, viewer, Action.IETEM_GROUP, username, {"joined": role})
    return Member(username, partner, role, expertise.strip(), email, now)


def _account_role(store: Store, username: str, viewer: Viewer | None) -> Role | None:
    """The IE co-chair is the list editor role: the one who joins is the chair if their account has it."""
    if viewer is not None:
        return viewer.role
    try:
        return Role(accounts.get_user(store, username).role)
    except (NotFound, ValueError, KeyError):
        return None  # an expert without an account here yet: a member


def leave(store: Store, username: str, viewer: Viewer | None = None) -> bool:
    if viewer is not None and viewer.username != username and not viewer.may(Permission.REVIEW):
        raise Forbidden("members leave for themselves; the chair may remove a member")
    with store.transaction() as conn:
        left = GroupRepository(conn).leave(username)
        audit.record(conn, viewer, Action.IETEM_GROUP, username, {"left": left})
    return left


def evaluations(store: Store) -> list[EvaluationNote]:
    with store.read() as conn:
        return [
            EvaluationNote(r.id, r.author, r.written_at, r.aspect, r.finding, r.recommendation)
            for r in GroupRepository(conn).evaluations()
        ]


def add_evaluation(
    store: Store, aspect: str, finding: str, recommendation: str = "", viewer: Viewer | None = None
) -> EvaluationNote:
    """One note of the trial's evaluation (what worked, what did not, whether to go on)."""
    if not aspect.strip() or not finding.strip():
        raise InvalidInput("an evaluation note needs an aspect and a finding")
    now = now_utc()
    author = viewer.username if viewer else "cli"
    with store.transaction() as conn:
        new_id = GroupRepository(conn).add_evaluation(
            {
                "author": author,
                "written_at": now,
                "aspect": aspect.strip()[:100],
                "finding": finding.strip(),
                "recommendation": recommendation.strip(),
            }
        )
        audit.record(conn, viewer, Action.IETEM_GROUP, None, {"evaluation": new_id})
    return EvaluationNote(new_id, author, now, aspect.strip()[:100], finding.strip(), recommendation.strip())
