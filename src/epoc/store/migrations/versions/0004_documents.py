"""documents: documents, mentions, review decisions, evidence links, denials, full-text search

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 22:02:36.143888
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from epoc.store import fulltext

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "denials",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source_key", sa.String(length=64), nullable=False),
        sa.Column("partner", sa.String(length=8), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=False),
        sa.Column("annex_codes", sa.JSON(), nullable=False),
        sa.Column("catch_all", sa.Boolean(), nullable=False),
        sa.Column("item_description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.String(length=100), nullable=True),
        sa.Column("end_use", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("review_due", sa.Date(), nullable=False),
        sa.Column("imported_from", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["source_key"], ["sources.key"], name=op.f("fk_denials_source_key_sources")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_denials")),
        sa.UniqueConstraint("partner", "reference", name=op.f("uq_denials_partner_reference")),
        sa.UniqueConstraint("source_key", name=op.f("uq_denials_source_key")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source_key", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("partner", sa.String(length=8), nullable=True),
        sa.Column("doc_date", sa.Date(), nullable=True),
        sa.Column("meeting", sa.String(length=200), nullable=True),
        sa.Column("version", sa.String(length=40), nullable=True),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("reader", sa.String(length=20), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("page_starts", sa.JSON(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("found_markings", sa.JSON(), nullable=False),
        sa.Column("uploaded_marking", sa.String(length=200), nullable=True),
        sa.Column("added_by", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_key"], ["sources.key"], name=op.f("fk_documents_source_key_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_documents_sha256")),
        sa.UniqueConstraint("source_key", name=op.f("uq_documents_source_key")),
    )
    op.create_table(
        "document_mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("spotter", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=200), nullable=True),
        sa.Column("record_ids", sa.JSON(), nullable=False),
        sa.Column("annex_items", sa.JSON(), nullable=False),
        sa.Column("matched_name", sa.Text(), nullable=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_mentions_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_mentions")),
    )
    with op.batch_alter_table("document_mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_mentions_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_mentions_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_mentions_status"), ["status"], unique=False)

    op.create_table(
        "evidence_links",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("evidence_record_id", sa.String(length=200), nullable=False),
        sa.Column("entity_id", sa.String(length=200), nullable=False),
        sa.Column("record_ids", sa.JSON(), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_evidence_links_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evidence_record_id"],
            ["records.id"],
            name=op.f("fk_evidence_links_evidence_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["document_mentions.id"],
            name=op.f("fk_evidence_links_mention_id_document_mentions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_links")),
    )
    with op.batch_alter_table("evidence_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_links_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index("ix_evidence_links_evidence_record_id", ["evidence_record_id"], unique=False)

    op.create_table(
        "review_decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=12), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("entity_id", sa.String(length=200), nullable=True),
        sa.Column("evidence_record_id", sa.String(length=200), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["document_mentions.id"],
            name=op.f("fk_review_decisions_mention_id_document_mentions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_decisions")),
    )
    with op.batch_alter_table("review_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_decisions_mention_id"), ["mention_id"], unique=False)
    fulltext.create_whole(op.get_bind())


def downgrade() -> None:
    fulltext.drop_whole(op.get_bind())
    with op.batch_alter_table("review_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_decisions_mention_id"))

    op.drop_table("review_decisions")
    with op.batch_alter_table("evidence_links", schema=None) as batch_op:
        batch_op.drop_index("ix_evidence_links_evidence_record_id")
        batch_op.drop_index(batch_op.f("ix_evidence_links_entity_id"))

    op.drop_table("evidence_links")
    with op.batch_alter_table("document_mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_mentions_status"))
        batch_op.drop_index(batch_op.f("ix_document_mentions_entity_id"))
        batch_op.drop_index(batch_op.f("ix_document_mentions_document_id"))

    op.drop_table("document_mentions")
    op.drop_table("documents")
    op.drop_table("denials")
