"""ietem: Annex versions and amendments, the IE-TEM gap register (entries, evidence, threads), members

Revision ID: 0009
Revises: 0004
Create Date: 2026-12-05 08:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "annex_versions",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("adopted", sa.Date(), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("meeting", sa.String(length=200), nullable=True),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("imported_from", sa.Text(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_annex_versions")),
    )
    op.create_table(
        "ietem_evaluations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("aspect", sa.String(length=100), nullable=False),
        sa.Column("finding", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ietem_evaluations")),
    )
    op.create_table(
        "ietem_gaps",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("technology", sa.String(length=200), nullable=False),
        sa.Column("coverage", sa.String(length=20), nullable=False),
        sa.Column("annex_entries", sa.JSON(), nullable=False),
        sa.Column("proposed_action", sa.String(length=40), nullable=False),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("adopted_in", sa.String(length=100), nullable=True),
        sa.Column("meeting", sa.String(length=200), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ietem_gaps")),
    )
    op.create_table(
        "ietem_members",
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("partner", sa.String(length=8), nullable=True),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("expertise", sa.Text(), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_ietem_members")),
    )
    op.create_table(
        "annex_amendments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("technical", sa.Text(), nullable=False),
        sa.Column("licensing_impact", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version"],
            ["annex_versions.name"],
            name=op.f("fk_annex_amendments_version_annex_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annex_amendments")),
    )
    with op.batch_alter_table("annex_amendments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_annex_amendments_version"), ["version"], unique=False)

    op.create_table(
        "ietem_messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("gap_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("via", sa.String(length=10), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=True),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["gap_id"],
            ["ietem_gaps.id"],
            name=op.f("fk_ietem_messages_gap_id_ietem_gaps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ietem_messages")),
    )
    with op.batch_alter_table("ietem_messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ietem_messages_gap_id"), ["gap_id"], unique=False)

    op.create_table(
        "ietem_evidence",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("gap_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("coverage", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_ietem_evidence_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["gap_id"],
            ["ietem_gaps.id"],
            name=op.f("fk_ietem_evidence_gap_id_ietem_gaps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ietem_evidence")),
    )
    with op.batch_alter_table("ietem_evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ietem_evidence_gap_id"), ["gap_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ietem_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ietem_evidence_gap_id"))

    op.drop_table("ietem_evidence")
    with op.batch_alter_table("ietem_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ietem_messages_gap_id"))

    op.drop_table("ietem_messages")
    with op.batch_alter_table("annex_amendments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_annex_amendments_version"))

    op.drop_table("annex_amendments")
    op.drop_table("ietem_members")
    op.drop_table("ietem_gaps")
    op.drop_table("ietem_evaluations")
    op.drop_table("annex_versions")
