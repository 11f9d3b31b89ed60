"""regime list: inclusion decisions, editions' status, circulation register and notifications, feedback

Revision ID: 0007
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = "0005"  # edition_states refers to editions


def upgrade() -> None:

    op.create_table(
        "circulations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("meeting", sa.String(length=200), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("target", sa.String(length=100), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recipients", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circulations")),
        sa.UniqueConstraint("reference", name=op.f("uq_circulations_reference")),
    )
    with op.batch_alter_table("circulations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_circulations_meeting"), ["meeting"], unique=False)

    op.create_table(
        "entry_feedback",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column("edition", sa.String(length=100), nullable=True),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("field", sa.String(length=12), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("partner", sa.String(length=8), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_feedback")),
    )
    with op.batch_alter_table("entry_feedback", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_feedback_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "list_decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("record_ids", sa.JSON(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_decisions")),
    )
    with op.batch_alter_table("list_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_list_decisions_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "edition_states",
        sa.Column("edition", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("include_public", sa.Boolean(), nullable=False),
        sa.Column("previous", sa.String(length=100), nullable=True),
        sa.Column("approved_by", sa.String(length=100), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("meeting", sa.String(length=200), nullable=True),
        sa.Column("distributed_by", sa.String(length=100), nullable=True),
        sa.Column("distributed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("superseded_by", sa.String(length=100), nullable=True),
        sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["edition"],
            ["editions.name"],
            name=op.f("fk_edition_states_edition_editions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("edition", name=op.f("pk_edition_states")),
    )
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("circulation_id", sa.Integer(), nullable=False),
        sa.Column("partner", sa.String(length=8), nullable=False),
        sa.Column("banner", sa.String(length=200), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("outbox_file", sa.Text(), nullable=True),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("read_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["circulation_id"],
            ["circulations.id"],
            name=op.f("fk_notifications_circulation_id_circulations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
    )
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.create_index(
            "ix_notifications_partner_circulation", ["partner", "circulation_id"], unique=True
        )


def downgrade() -> None:

    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_index("ix_notifications_partner_circulation")

    op.drop_table("notifications")
    op.drop_table("edition_states")
    with op.batch_alter_table("list_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_list_decisions_entity_id"))

    op.drop_table("list_decisions")
    with op.batch_alter_table("entry_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_feedback_entity_id"))

    op.drop_table("entry_feedback")
    with op.batch_alter_table("circulations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_circulations_meeting"))

    op.drop_table("circulations")
