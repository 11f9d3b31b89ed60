"""portions: documents cut into portions with their own markings, searched per portion; the DECL line

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-05 08:20:00

A document stored before this revision becomes one portion holding its whole text under its whole marking
(the strictest: nothing becomes readable that was not); ``epoc documents extract`` does not re-cut it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from epoc.store import fulltext

revision: str = "0006"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("declassify_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("declassification", sa.String(length=100), nullable=True))
    op.create_table(
        "document_portions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("mark", sa.String(length=200), nullable=True),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_portions_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_portions")),
        sa.UniqueConstraint("document_id", "seq", name=op.f("uq_document_portions_document_id_seq")),
    )
    with op.batch_alter_table("document_portions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_portions_document_id"), ["document_id"], unique=False)
    bind = op.get_bind()
    fulltext.create_portions(bind)
    _one_portion_each(bind)


def _one_portion_each(bind: sa.Connection) -> None:
    """Documents stored before: one portion each, under the document's marking, indexed for search."""
    documents = sa.table(
        "documents",
        sa.column("id", sa.Integer),
        sa.column("title", sa.Text),
        sa.column("text", sa.Text),
        sa.column("classification", sa.Integer),
        sa.column("scope", sa.Integer),
        sa.column("rel_partners", sa.String),
        sa.column("not_for_outreach", sa.Boolean),
        sa.column("marking", sa.String),
    )
    portions = sa.table(
        "document_portions",
        *(sa.column(c) for c in ("id", "document_id", "seq", "start", "end", "kind", "mark")),
        *(sa.column(c) for c in ("classification", "scope", "rel_partners", "not_for_outreach", "marking")),
    )
    for row in bind.execute(sa.select(documents)).all():
        bind.execute(
            sa.insert(portions).values(
                document_id=row.id,
                seq=1,
                start=0,
                end=len(row.text),
                kind="unmarked",
                mark=None,
                classification=row.classification,
                scope=row.scope,
                rel_partners=row.rel_partners,
                not_for_outreach=row.not_for_outreach,
                marking=row.marking,
            )
        )
        fulltext.index(bind, row.id, row.title, row.text)


def downgrade() -> None:
    fulltext.drop_portions(op.get_bind())
    with op.batch_alter_table("document_portions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_portions_document_id"))
    op.drop_table("document_portions")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("declassification")
        batch_op.drop_column("declassify_on")
