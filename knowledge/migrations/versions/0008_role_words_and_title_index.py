"""A row of words per role, so that the roles mentioning a word are counted
as rows (knowledge/role_words.py: an FTS5 table over a view of each role's
facts on SQLite, a tsvector per role under a GIN index on PostgreSQL), and
an index on role title, so a page of roles in title order needs no sort of
every role. Filled with the stored facts.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""
from typing import Sequence, Union

from alembic import op

from knowledge import role_words

# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: Union[str, Sequence[str], None] = "0007"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(op.f('ix_role_title'), 'role', ['title'], unique=False)
    role_words.create(op.get_bind())


def downgrade() -> None:
    role_words.drop(op.get_bind())
    op.drop_index(op.f('ix_role_title'), table_name='role')
