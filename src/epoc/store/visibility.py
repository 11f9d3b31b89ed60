"""The releasability rule of ``Viewer.may_read`` as an SQL condition on a table with marking columns.

Every query over marked rows (records, documents, entities …) adds ``visible(table, viewer)`` to its WHERE
clause, so that what a viewer may not read is never counted, listed, matched or explained.
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, true

from epoc.model.access import Viewer
from epoc.model.marking import Scope

Reader = tuple[int, bool, bool, str | None]  # what the rule reads of a viewer: clearance, guest, POC, Partner


def reader_of(viewer: Viewer | None) -> Reader | None:
    """The kind of reader a viewer is, as far as the rule goes (``None``: the local operator): a key for
    statements built once per kind of reader."""
    if viewer is None:
        return None
    return (int(viewer.clearance), viewer.is_guest, viewer.is_poc, viewer.partner)


def visible(table: Any, viewer: Viewer | None) -> ColumnElement[bool]:
    """True for the rows ``viewer`` may read; everything for the local operator (``None``)."""
    return visible_to(table, reader_of(viewer))


def visible_to(table: Any, reader: Reader | None) -> ColumnElement[bool]:
    """``visible`` for a kind of reader (``reader_of``)."""
    if reader is None:
        return true()
    # built once per table and kind of reader: building it was a tenth of a screening request's CPU
    return _visible(table, *reader)


@functools.lru_cache(maxsize=4096)
def _visible(table: Any, clearance: int, guest: bool, poc: bool, partner: str | None) -> ColumnElement[bool]:
    c = table.c
    within_clearance: ColumnElement[bool] = c.classification <= int(clearance)
    if guest:
        return and_(within_clearance, c.scope == int(Scope.PUBLIC), c.not_for_outreach == false())
    if poc:
        return within_clearance
    named = c.rel_partners.like(f"%,{partner},%") if partner else false()
    return and_(within_clearance, or_(c.scope != int(Scope.NAMED), named))
