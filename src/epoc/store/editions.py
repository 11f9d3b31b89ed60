"""Repository of editions: the list frozen as compiled from a window of source dates. Their SQL is here."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, insert, select

from epoc.model.access import Viewer
from epoc.model.marking import Marking
from epoc.store.bulk import bulk_insert
from epoc.store.entity_tables import edition_entities, editions
from epoc.store.records import marking_values
from epoc.store.tables import record_changes, source_versions
from epoc.store.visibility import visible


class EditionRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, name: str, viewer: Viewer | None = None) -> Row[Any] | None:
        return self.conn.execute(
            select(editions).where(editions.c.name == name, visible(editions, viewer))
        ).first()

    def exists(self, name: str) -> bool:
        return self.conn.execute(select(editions.c.name).where(editions.c.name == name)).first() is not None

    def all(self, viewer: Viewer | None = None) -> list[Row[Any]]:
        return list(
            self.conn.execute(
                select(editions).where(visible(editions, viewer)).order_by(editions.c.created_at)
            )
        )

    def create(self, values: dict[str, Any], marking: Marking, rows: list[dict[str, Any]]) -> None:
        self.conn.execute(insert(editions).values(**values, **marking_values(marking)))
        bulk_insert(self.conn, edition_entities, rows)

    def entities(self, name: str, viewer: Viewer | None = None) -> list[Row[Any]]:
        """The frozen entities of an edition the viewer may read, by caption."""
        return list(
            self.conn.execute(
                select(edition_entities)
                .where(edition_entities.c.edition == name, visible(edition_entities, viewer))
                .order_by(edition_entities.c.caption, edition_entities.c.entity_id)
            )
        )

    def changes_of_source(self, source: str) -> list[Row[Any]]:
        """Every added / changed / removed event of a source's records, oldest first."""
        return list(
            self.conn.execute(
                select(
                    record_changes.c.record_id,
                    record_changes.c.change,
                    record_changes.c.version_id,
                    record_changes.c.before,
                )
                .join(source_versions, source_versions.c.id == record_changes.c.version_id)
                .where(source_versions.c.source_key == source)
                .order_by(record_changes.c.version_id, record_changes.c.id)
            )
        )
