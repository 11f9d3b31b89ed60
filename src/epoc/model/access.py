"""Who is reading: the viewer, what each role may do, and the one rule of what a marking lets a viewer read.

Two questions, answered only here: *may this role use this page or action* (``Permission``, ``may``) and
*may this viewer read this marked thing* (``Viewer.may_read``).

The rule here is the pure form; ``epoc.store.visibility.visible`` is the same rule as an SQL condition, so
that queries filter what a viewer may not see before anything is counted, listed or explained. ``None`` as a
viewer means the local operator at the command line, who reads everything in the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from epoc.model.marking import Classification, Marking, Scope

POC = "POC"  # the regime's Point of Contact: circulates everything, so reads everything releasable


class Role(StrEnum):
    OFFICER = "officer"  # reads the list and documents, screens
    LICENSING_OFFICER = "licensing_officer"  # also licence and denial work
    LIST_EDITOR = "list_editor"  # IE co-chair: review queue, judgements, editions
    POC_ADMIN = "poc_admin"  # users, Partners, markings
    OUTREACH_GUEST = "outreach_guest"  # outreach pages only, never Partner material


class Permission(StrEnum):
    """What a route or action needs. Every web route declares one (or none: public), next to the route."""

    READ_LIST = "read_list"  # sources, records, entities, the list and its editions
    READ_DOCUMENTS = "read_documents"  # circulated documents and their mentions
    SCREEN = "screen"  # screen parties against the list
    LICENSING = "licensing"  # licence and denial work: enter denial notifications
    REVIEW = "review"  # review queue, judgements, editions, extraction review
    CIRCULATE = "circulate"  # upload documents for one's own Partner (the POC: for any)
    MANAGE_USERS = "manage_users"  # accounts, roles, Partners
    MANAGE_SOURCES = "manage_sources"  # upload lists, set markings
    READ_AUDIT = "read_audit"  # search and verify the audit trail
    OUTREACH = "outreach"  # outreach pages (public material, not barred from outreach)
    ACCOUNT = "account"  # one's own account: password, API tokens
    READ_PLENARY = "read_plenary"  # meetings, proposals, feedback, decisions, taskings (as markings allow)
    PROPOSE = "propose"  # for one's own Partner: proposals, feedback; a chair's Partner: decisions
    DISTRIBUTE = "distribute"  # the POC: meetings, distributing proposals, silence procedures


_OFFICER = frozenset(
    {
        Permission.READ_LIST,
        Permission.READ_DOCUMENTS,
        Permission.SCREEN,
        Permission.ACCOUNT,
        Permission.READ_PLENARY,
    }
)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OFFICER: _OFFICER,
    Role.LICENSING_OFFICER: _OFFICER | {Permission.LICENSING, Permission.CIRCULATE, Permission.PROPOSE},
    Role.LIST_EDITOR: _OFFICER | {Permission.REVIEW, Permission.CIRCULATE, Permission.PROPOSE},
    Role.POC_ADMIN: _OFFICER
    | {
        Permission.PROPOSE,
        Permission.DISTRIBUTE,
        Permission.MANAGE_USERS,
        Permission.MANAGE_SOURCES,
        Permission.CIRCULATE,
        Permission.READ_AUDIT,
        Permission.OUTREACH,
    },
    Role.OUTREACH_GUEST: frozenset({Permission.OUTREACH, Permission.ACCOUNT}),
}


def may(role: Role | None, permission: Permission | None) -> bool:
    """Whether ``role`` (``None``: not signed in) may use what needs ``permission`` (``None``: public)."""
    if permission is None:
        return True
    return role is not None and permission in ROLE_PERMISSIONS[role]


@dataclass(frozen=True, slots=True)
class Viewer:
    username: str
    role: Role
    partner: str | None  # the Partner's code; POC for the Point of Contact; None for an outreach guest
    clearance: Classification = Classification.CONFIDENTIAL

    @property
    def is_guest(self) -> bool:
        return self.role is Role.OUTREACH_GUEST

    @property
    def is_poc(self) -> bool:
        return self.partner == POC

    def may(self, permission: Permission | None) -> bool:
        return may(self.role, permission)

    def may_read(self, marking: Marking) -> bool:
        """What the marking lets this viewer read: the classification within the viewer's clearance, and
        the viewer within the releasability (guests: public material not barred from outreach only)."""
        if marking.classification > self.clearance:
            return False
        if self.is_guest:
            return marking.scope is Scope.PUBLIC and not marking.not_for_outreach
        if marking.scope is Scope.NAMED:
            return self.is_poc or (self.partner is not None and self.partner in marking.partners)
        return True
