"""A full-text index of the facts' text and label, so a search across roles
reads the facts that may contain its term instead of every fact
(knowledge/fulltext.py: an FTS5 table kept by triggers on SQLite, a stored
tsvector under a GIN index on PostgreSQL). Filled with the stored facts.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""
from typing import Sequence, Union

from alembic import op

from knowledge import fulltext

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: Union[str, Sequence[str], None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    fulltext.create(op.get_bind())


def downgrade() -> None:
    fulltext.drop(op.get_bind())
