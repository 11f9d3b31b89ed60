"""Tables of the foundation: sources, their versions, records and every value with its origin.

Other areas (documents, entities, accounts) define their tables in their own modules on the same
``metadata``; ``epoc.store.schema`` imports them all so that Alembic sees one picture.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def marking_columns() -> list[Column[object]]:
    """The marking of a row, stored so that a query can filter on it (see ``epoc.model.marking``)."""
    return [
        Column("classification", Integer, nullable=False, default=0),
        Column("scope", Integer, nullable=False, default=0),
        Column("rel_partners", String(200), nullable=False, default=""),  # ",FR,DE," for LIKE tests
        Column("not_for_outreach", Boolean, nullable=False, default=False),
        Column("marking", String(200), nullable=False, default="UNCLASSIFIED"),
    ]


sources = Table(
    "sources",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("format", String(40), nullable=False),
    Column("kind", String(20), nullable=False, default="list"),
    Column("publisher", String(300)),
    Column("partner", String(8)),
    Column("list_date", Date),
    Column("url", Text),
    Column("current_version", Integer),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    *marking_columns(),
)

source_versions = Table(
    "source_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_key", String(64), ForeignKey("sources.key", ondelete="CASCADE"), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("unit_digest", String(64), nullable=False, index=True),  # the files' bytes and import options
    Column("files", JSON, nullable=False),
    Column("list_date", Date),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("record_count", Integer, nullable=False),
    Column("name_count", Integer, nullable=False),
    Column("added", Integer, nullable=False),
    Column("changed", Integer, nullable=False),
    Column("removed", Integer, nullable=False),
    Column("warnings", JSON, nullable=False),
    Index("ix_source_versions_source_key_hash", "source_key", "content_hash"),
)

records = Table(
    "records",
    metadata,
    Column("id", String(200), primary_key=True),
    Column(
        "source_key", String(64), ForeignKey("sources.key", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("native_id", String(150), nullable=False),
    Column("schema", String(20), nullable=False),
    Column("caption", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("status", String(10), nullable=False, default="active"),  # active | removed
    Column("first_version", Integer, ForeignKey("source_versions.id"), nullable=False),
    Column("changed_version", Integer, ForeignKey("source_versions.id"), nullable=False),
    Column("removed_version", Integer, ForeignKey("source_versions.id")),
    Column("extra", JSON, nullable=False),
    *marking_columns(),
)


def _value_table(name: str, *columns: Column[object], indexes: tuple[Index, ...] = ()) -> Table:
    """A table of one kind of record value: the record it belongs to, its order there, where it was read."""
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "record_id", String(200), ForeignKey("records.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        Column("seq", Integer, nullable=False),
        *columns,
        Column("origin", Text),
        *indexes,
    )


record_names = _value_table(
    "record_names",
    Column("text", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("script", String(20)),
    Column("lang", String(10)),
    Column("folded", Text, nullable=False),
)

record_addresses = _value_table(
    "record_addresses",
    Column("full", Text, nullable=False),
    Column("street", Text),
    Column("city", Text),
    Column("region", Text),
    Column("postal_code", String(40)),
    Column("country", String(8)),
)

record_identifiers = _value_table(
    "record_identifiers",
    Column("kind", String(30), nullable=False),
    Column("value", Text, nullable=False),
    Column("folded", String(200), nullable=False),
    Column("country", String(8)),
    Column("note", Text),
    indexes=(Index("ix_record_identifiers_folded", "folded"),),
)

record_facts = _value_table(
    "record_facts",
    Column("kind", String(20), nullable=False),
    Column("value", Text, nullable=False),
    Column("raw", Text),
)

record_changes = Table(
    "record_changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "version_id",
        Integer,
        ForeignKey("source_versions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("record_id", String(200), nullable=False, index=True),
    Column("change", String(10), nullable=False),  # added | changed | removed
    Column("before", JSON),
    Column("after", JSON),
)

VALUE_TABLES = (record_names, record_addresses, record_identifiers, record_facts)
