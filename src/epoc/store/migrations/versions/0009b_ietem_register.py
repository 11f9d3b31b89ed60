"""ietem_register: members' e-mail for the digest; evidence keeps the mention's words and its mention id

Revision ID: 0009b
Revises: 0009
Create Date: 2026-12-05 08:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009b"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _columns(table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    # A store made from a development build of 0009 may have some of these already.
    if "email" not in _columns("ietem_members"):
        with op.batch_alter_table("ietem_members", schema=None) as batch_op:
            batch_op.add_column(sa.Column("email", sa.String(length=200), nullable=True))
    have = _columns("ietem_evidence")
    with op.batch_alter_table("ietem_evidence", schema=None) as batch_op:
        if "mention" not in have:
            batch_op.add_column(sa.Column("mention", sa.Text(), nullable=False, server_default=""))
        if "mention_id" not in have:
            batch_op.add_column(sa.Column("mention_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ietem_evidence", schema=None) as batch_op:
        batch_op.drop_column("mention_id")
        batch_op.drop_column("mention")
    with op.batch_alter_table("ietem_members", schema=None) as batch_op:
        batch_op.drop_column("email")
