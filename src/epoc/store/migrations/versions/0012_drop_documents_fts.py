"""drop the whole-document full-text index: search reads the portions' index only

Revision ID: 0012
Revises: 0006
Create Date: 2026-12-05 14:00:00

Since portions (0006) a document is found, ranked and quoted by the portions its reader may read; the
whole-document ``documents_fts`` of 0004 was still written on every upload and restore but never read.
The downgrade makes it again and fills it from the stored text.
"""

from collections.abc import Sequence

from alembic import op

from epoc.store import fulltext

revision: str = "0012"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    fulltext.drop_whole(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    fulltext.create_whole(bind)
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql(
            f"INSERT INTO {fulltext.FTS_TABLE} (rowid, title, body) SELECT id, title, text FROM documents"
        )
    else:
        bind.exec_driver_sql(
            f"INSERT INTO {fulltext.FTS_TABLE} (document_id, tsv) SELECT id, "
            "setweight(to_tsvector('simple', title), 'A') || to_tsvector('simple', text) FROM documents"
        )
