"""Who is reading: the viewer, and the one rule of what a marking lets a viewer read.

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
