"""A conversation's earlier roles: the roles it was about before its last
ones, and when they were last asked about, so that "compare the two" after
a question about each compares them (knowledge/conversations.py).

Existing conversations start with no earlier roles (the server default ''),
which is what a conversation of one role has.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('conversation', sa.Column('earlier_role_ids', sa.String(), server_default='', nullable=False))
    op.add_column('conversation', sa.Column('earlier_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('conversation') as batch:
        batch.drop_column('earlier_at')
        batch.drop_column('earlier_role_ids')
