"""The releasability rule of ``Viewer.may_read`` as an SQL condition on a table with marking columns.

Every query over marked rows (records, documents, entities …) adds ``visible(table, viewer)`` to its WHERE
clause, so that what a viewer may not read is never counted, listed, matched or explained.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, true

from epoc.model.access import Viewer
from epoc.model.marking import Scope


def visible(table: Any, viewer: Viewer | None) -> ColumnElement[bool]:
    """True for the rows ``viewer`` may read; everything for the local operator (``None``)."""
    if viewer is None:
        return true()
    c = table.c
    within_clearance: ColumnElement[bool] = c.classification <= int(viewer.clearance)
    if viewer.is_guest:
        return and_(within_clearance, c.scope == int(Scope.PUBLIC), c.not_for_outreach == false())
    if viewer.is_poc:
        return within_clearance
    named = c.rel_partners.like(f"%,{viewer.partner},%") if viewer.partner else false()
    return and_(within_clearance, or_(c.scope != int(Scope.NAMED), named))
