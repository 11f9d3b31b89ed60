"""licensing: applications, no-undercut consultations, notices between Partners; a denial's lifecycle

Revision ID: 0011
Revises: 0004
Create Date: 2026-12-05 08:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "applications",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("partner", sa.String(length=8), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("exporter", sa.Text(), nullable=False),
        sa.Column("destination", sa.String(length=2), nullable=False),
        sa.Column("end_use", sa.Text(), nullable=False),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("red_flags", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("assessment", sa.JSON(), nullable=False),
        sa.Column("related_denials", sa.JSON(), nullable=False),
        sa.Column("history", sa.JSON(), nullable=False),
        sa.Column("assessed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=True),
        sa.Column("justification", sa.Text(), nullable=True),
        sa.Column("conditions", sa.Text(), nullable=True),
        sa.Column("denial_draft", sa.JSON(), nullable=True),
        sa.Column("decided_by", sa.String(length=100), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
    )
    op.create_index(op.f("ix_applications_partner"), "applications", ["partner"], unique=False)
    op.create_table(
        "consultations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("denial_id", sa.Integer(), nullable=False),
        sa.Column("requesting_partner", sa.String(length=8), nullable=False),
        sa.Column("denying_partner", sa.String(length=8), nullable=False),
        sa.Column("request", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("replies", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_consultations_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["denial_id"], ["denials.id"], name=op.f("fk_consultations_denial_id_denials")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultations")),
    )
    op.create_index(
        op.f("ix_consultations_denying_partner"), "consultations", ["denying_partner"], unique=False
    )
    op.create_index(
        op.f("ix_consultations_requesting_partner"), "consultations", ["requesting_partner"], unique=False
    )
    op.create_table(
        "licensing_notices",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("from_partner", sa.String(length=8), nullable=False),
        sa.Column("to_partner", sa.String(length=8), nullable=True),
        sa.Column("denial_id", sa.Integer(), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("consultation_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_licensing_notices_application_id_applications"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultations.id"],
            name=op.f("fk_licensing_notices_consultation_id_consultations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["denial_id"], ["denials.id"], name=op.f("fk_licensing_notices_denial_id_denials")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_licensing_notices")),
    )
    op.add_column("denials", sa.Column("renewed_on", sa.Date(), nullable=True))
    op.add_column("denials", sa.Column("revoked_on", sa.Date(), nullable=True))
    op.add_column("denials", sa.Column("predecessor_id", sa.Integer(), nullable=True))
    op.add_column("denials", sa.Column("successor_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("denials", "successor_id")
    op.drop_column("denials", "predecessor_id")
    op.drop_column("denials", "revoked_on")
    op.drop_column("denials", "renewed_on")
    op.drop_table("licensing_notices")
    op.drop_index(op.f("ix_consultations_requesting_partner"), table_name="consultations")
    op.drop_index(op.f("ix_consultations_denying_partner"), table_name="consultations")
    op.drop_table("consultations")
    op.drop_index(op.f("ix_applications_partner"), table_name="applications")
    op.drop_table("applications")
