"""Tables of the list: entities, their members, scored pairs, the review queue, judgements, editions.

Every table of marked things carries ``marking_columns()``: an entity, a queued pair, a judgement and an
edition each take the strictest marking of the records they derive from, so that ``visible()`` applies.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from epoc.store.tables import marking_columns, metadata

entities = Table(
    "entities",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("schema", String(20), nullable=False),
    Column("caption", Text, nullable=False),
    Column("status", String(10), nullable=False, default="active"),  # active | removed
    Column("removed_reason", Text),
    Column("removed_at", DateTime(timezone=True)),
    Column("record_count", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    *marking_columns(),
    Index("ix_entities_status_caption", "status", "caption"),
)

# Each record belongs to one entity at a time; a record no longer active in its source stays a member of
# the (then removed) entity so that history can say where it was.
entity_members = Table(
    "entity_members",
    metadata,
    Column("record_id", String(200), ForeignKey("records.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "entity_id", String(40), ForeignKey("entities.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("since", DateTime(timezone=True), nullable=False),
)

entity_events = Table(
    "entity_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(40), nullable=False, index=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("kind", String(20), nullable=False),  # created | changed | merged | split | removed | reactivated
    Column("detail", JSON, nullable=False),
    Column("run_id", Integer),
)

# Pairs the screening engine scored at or above the review threshold (both ways round stored once).
record_pairs = Table(
    "record_pairs",
    metadata,
    Column("left_id", String(200), ForeignKey("records.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "right_id", String(200), ForeignKey("records.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
    Column("score", Float, nullable=False),
    Column("match", Boolean, nullable=False),
    Column("explanation", JSON, nullable=False),
)

review_pairs = Table(
    "review_pairs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("left_id", String(200), ForeignKey("records.id", ondelete="CASCADE"), nullable=False),
    Column("right_id", String(200), ForeignKey("records.id", ondelete="CASCADE"), nullable=False),
    Column("score", Float, nullable=False),
    Column("explanation", JSON, nullable=False),
    Column("status", String(10), nullable=False, default="open"),  # open | decided | moot
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    *marking_columns(),
    UniqueConstraint("left_id", "right_id"),
    Index("ix_review_pairs_status_score", "status", "score"),
)

judgements = Table(
    "judgements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("verdict", String(10), nullable=False),  # same | not_same | unsure | split
    Column("left_id", String(200), index=True),
    Column("right_id", String(200), index=True),
    Column("entity_id", String(40)),  # split: the entity split
    Column("record_ids", JSON, nullable=False),  # split: the records split off; else [left, right]
    Column("pair_id", Integer),  # the queued pair decided, if any
    Column("origin", String(40), nullable=False),  # review | document | cli
    Column("who", String(100), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("why", Text, nullable=False),
    Column("undone_at", DateTime(timezone=True)),
    Column("undone_by", String(100)),
    Column("undo_why", Text),
    *marking_columns(),
)

resolution_runs = Table(
    "resolution_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=False),
    Column("mode", String(20), nullable=False),  # full | incremental | judgement
    Column("engine", String(100), nullable=False),
    Column("seen_versions", JSON, nullable=False),  # {source key: newest version id resolved}
    Column("counts", JSON, nullable=False),
)

editions = Table(
    "editions",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("from_date", Date),
    Column("to_date", Date),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100), nullable=False),
    Column("entity_count", Integer, nullable=False),
    Column("sources", JSON, nullable=False),  # [{key, name, version, date, records}]
    *marking_columns(),
)

edition_entities = Table(
    "edition_entities",
    metadata,
    Column("edition", String(100), ForeignKey("editions.name", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", String(40), primary_key=True),
    Column("caption", Text, nullable=False),
    Column("schema", String(20), nullable=False),
    Column("record_ids", JSON, nullable=False),
    Column("record_hashes", JSON, nullable=False),  # {record id: content hash} as frozen
    Column("data", JSON, nullable=False),  # the entity as `entities show --json` gave it
    *marking_columns(),
)
