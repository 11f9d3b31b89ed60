"""What screening reads from the store: the sources' current versions (to keep the index in step) and the
releasability check on the records a result is about to show."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, and_, select

from epoc.model.access import Viewer
from epoc.store.tables import records, sources
from epoc.store.visibility import visible


def source_versions(conn: Connection) -> dict[str, int]:
    """``{source key: current version}`` of every source that has one."""
    rows = conn.execute(select(sources.c.key, sources.c.current_version))
    return {row.key: int(row.current_version) for row in rows if row.current_version is not None}


def readable_active(conn: Connection, record_ids: Iterable[str], viewer: Viewer | None) -> set[str]:
    """The ids among ``record_ids`` of active records the viewer may read (the SQL form of the rule)."""
    ids = list(dict.fromkeys(record_ids))
    out: set[str] = set()
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        query = select(records.c.id).where(
            and_(records.c.id.in_(chunk), records.c.status == "active", visible(records, viewer))
        )
        out.update(conn.scalars(query))
    return out
