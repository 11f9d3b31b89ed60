"""foundation: sources, versions, records and their values

Revision ID: 0001
Revises:
Create Date: 2026-11-27 21:38:38.664100
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("format", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("publisher", sa.String(length=300), nullable=True),
        sa.Column("partner", sa.String(length=8), nullable=True),
        sa.Column("list_date", sa.Date(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("current_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sources")),
    )
    op.create_table(
        "source_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source_key", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("unit_digest", sa.String(length=64), nullable=False),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("list_date", sa.Date(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("name_count", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_key"],
            ["sources.key"],
            name=op.f("fk_source_versions_source_key_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_versions")),
    )
    with op.batch_alter_table("source_versions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_source_versions_source_key_hash", ["source_key", "content_hash"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_source_versions_unit_digest"), ["unit_digest"], unique=False)

    op.create_table(
        "record_changes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.String(length=200), nullable=False),
        sa.Column("change", sa.String(length=10), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["source_versions.id"],
            name=op.f("fk_record_changes_version_id_source_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_changes")),
    )
    with op.batch_alter_table("record_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_changes_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_changes_version_id"), ["version_id"], unique=False)

    op.create_table(
        "records",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("source_key", sa.String(length=64), nullable=False),
        sa.Column("native_id", sa.String(length=150), nullable=False),
        sa.Column("schema", sa.String(length=20), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("first_version", sa.Integer(), nullable=False),
        sa.Column("changed_version", sa.Integer(), nullable=False),
        sa.Column("removed_version", sa.Integer(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("classification", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("rel_partners", sa.String(length=200), nullable=False),
        sa.Column("not_for_outreach", sa.Boolean(), nullable=False),
        sa.Column("marking", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_version"],
            ["source_versions.id"],
            name=op.f("fk_records_changed_version_source_versions"),
        ),
        sa.ForeignKeyConstraint(
            ["first_version"], ["source_versions.id"], name=op.f("fk_records_first_version_source_versions")
        ),
        sa.ForeignKeyConstraint(
            ["removed_version"],
            ["source_versions.id"],
            name=op.f("fk_records_removed_version_source_versions"),
        ),
        sa.ForeignKeyConstraint(
            ["source_key"], ["sources.key"], name=op.f("fk_records_source_key_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records")),
    )
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_records_source_key"), ["source_key"], unique=False)

    op.create_table(
        "record_addresses",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("full", sa.Text(), nullable=False),
        sa.Column("street", sa.Text(), nullable=True),
        sa.Column("city", sa.Text(), nullable=True),
        sa.Column("region", sa.Text(), nullable=True),
        sa.Column("postal_code", sa.String(length=40), nullable=True),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_record_addresses_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_addresses")),
    )
    with op.batch_alter_table("record_addresses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_addresses_record_id"), ["record_id"], unique=False)

    op.create_table(
        "record_facts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"], ["records.id"], name=op.f("fk_record_facts_record_id_records"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_facts")),
    )
    with op.batch_alter_table("record_facts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_facts_record_id"), ["record_id"], unique=False)

    op.create_table(
        "record_identifiers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("folded", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_record_identifiers_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_identifiers")),
    )
    with op.batch_alter_table("record_identifiers", schema=None) as batch_op:
        batch_op.create_index("ix_record_identifiers_folded", ["folded"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_identifiers_record_id"), ["record_id"], unique=False)

    op.create_table(
        "record_names",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("script", sa.String(length=20), nullable=True),
        sa.Column("lang", sa.String(length=10), nullable=True),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"], ["records.id"], name=op.f("fk_record_names_record_id_records"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_names")),
    )
    with op.batch_alter_table("record_names", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_names_record_id"), ["record_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("record_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_names_record_id"))

    op.drop_table("record_names")
    with op.batch_alter_table("record_identifiers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_identifiers_record_id"))
        batch_op.drop_index("ix_record_identifiers_folded")

    op.drop_table("record_identifiers")
    with op.batch_alter_table("record_facts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_facts_record_id"))

    op.drop_table("record_facts")
    with op.batch_alter_table("record_addresses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_addresses_record_id"))

    op.drop_table("record_addresses")
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_records_source_key"))

    op.drop_table("records")
    with op.batch_alter_table("record_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_changes_version_id"))
        batch_op.drop_index(batch_op.f("ix_record_changes_record_id"))

    op.drop_table("record_changes")
    with op.batch_alter_table("source_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_versions_unit_digest"))
        batch_op.drop_index("ix_source_versions_source_key_hash")

    op.drop_table("source_versions")
    op.drop_table("sources")
