"""Tables of the documents area: documents, their mentions, review decisions, evidence links, denials.

Full-text search lives beside these tables but outside the metadata (``fulltext``): an FTS5 virtual table
on SQLite, a tsvector table on PostgreSQL, created by the migration and ignored by the drift test.
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

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_key", String(64), ForeignKey("sources.key"), nullable=False, unique=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("doc_type", String(20), nullable=False),
    Column("partner", String(8)),
    Column("doc_date", Date),
    Column("meeting", String(200)),
    Column("version", String(40)),
    Column("filename", Text, nullable=False),
    Column("media_type", String(100), nullable=False),
    Column("reader", String(20), nullable=False),
    Column("size", Integer, nullable=False),
    Column("pages", Integer),
    Column("text", Text, nullable=False),
    Column("page_starts", JSON, nullable=False),
    Column("attachments", JSON, nullable=False),
    Column("headers", JSON, nullable=False),
    Column("warnings", JSON, nullable=False),
    Column("found_markings", JSON, nullable=False),  # [{"text", "kind", "start", "end", "banner"}]
    Column("uploaded_marking", String(200)),
    Column("added_by", String(100)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    *marking_columns(),  # the whole document's: the strictest of its portions
    Column("declassify_on", Date),  # DECL: 10/31/2035
    Column("declassification", String(100)),  # the DECL line as written ("25X1", "OADR" …)
)

# A document cut into portions ([start, end) of its text, end to end), each with the marking its originator
# gave it: who may read a document is who may read one of its portions (``DocumentRepository``).
document_portions = Table(
    "document_portions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("seq", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(12), nullable=False),  # portion | banner | subject | unmarked
    Column("mark", String(200)),  # the portion mark as written: "(C//NOFORN)"
    *marking_columns(),
    UniqueConstraint("document_id", "seq"),
)

document_mentions = Table(
    "document_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("kind", String(12), nullable=False),
    Column("label", String(20)),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("paragraph", Integer, nullable=False),
    Column("page", Integer),
    Column("spotter", String(20), nullable=False),
    Column("entity_id", String(200), index=True),
    Column("record_ids", JSON, nullable=False),
    Column("annex_items", JSON, nullable=False),
    Column("matched_name", Text),
    Column("score", Float, nullable=False),
    Column("detail", JSON, nullable=False),
    Column(
        "status", String(12), nullable=False, index=True
    ),  # pending | accepted | created | corrected | rejected
    *marking_columns(),
)

review_decisions = Table(
    "review_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "mention_id",
        Integer,
        ForeignKey("document_mentions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("decision", String(12), nullable=False),  # accept | create | correct | reject
    Column("decided_by", String(100)),  # a username; None at the command line
    Column("decided_at", DateTime(timezone=True), nullable=False),
    Column("note", Text),
    Column("entity_id", String(200)),
    Column("evidence_record_id", String(200)),
    Column("before", JSON),
    Column("after", JSON),
    *marking_columns(),
)

# "This evidence record is about that entity": the entities area turns each link into a "same" judgement.
evidence_links = Table(
    "evidence_links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("evidence_record_id", String(200), ForeignKey("records.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", String(200), nullable=False, index=True),
    Column("record_ids", JSON, nullable=False),
    Column("mention_id", Integer, ForeignKey("document_mentions.id", ondelete="SET NULL")),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("created_by", String(100)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    *marking_columns(),
    Index("ix_evidence_links_evidence_record_id", "evidence_record_id"),
)

denials = Table(
    "denials",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_key", String(64), ForeignKey("sources.key"), nullable=False, unique=True),
    Column("partner", String(8), nullable=False),
    Column("reference", String(100), nullable=False),
    Column("notified_on", Date, nullable=False),
    Column("annex_codes", JSON, nullable=False),
    Column("catch_all", Boolean, nullable=False),
    Column("item_description", Text, nullable=False),
    Column("quantity", String(100)),
    Column("end_use", Text),
    Column("reason", Text),
    Column(
        "parties", JSON, nullable=False
    ),  # [{"role", "name", "aliases", "address", "country", "record_id"}]
    Column("status", String(12), nullable=False),  # active | amended | renewed | revoked
    Column("review_due", Date, nullable=False),
    Column("imported_from", Text),
    # the lifecycle (licensing migration 0011): the last renewal, the revocation, an amendment's successor
    Column("renewed_on", Date),
    Column("revoked_on", Date),
    Column("predecessor_id", Integer),
    Column("successor_id", Integer),
    Column("created_at", DateTime(timezone=True), nullable=False),
    *marking_columns(),
    UniqueConstraint("partner", "reference"),
)
