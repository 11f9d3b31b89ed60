"""ietem_register: members' e-mail for the digest; evidence keeps the mention's words and its mention id

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 08:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ietem_members", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(length=200), nullable=True))
    with op.batch_alter_table("ietem_evidence", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mention", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("mention_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ietem_evidence", schema=None) as batch_op:
        batch_op.drop_column("mention_id")
        batch_op.drop_column("mention")
    with op.batch_alter_table("ietem_members", schema=None) as batch_op:
        batch_op.drop_column("email")
