"""A fact's original heading: documents other than the seeds name their
sections in their own words ("Success metrics", "What you'll bring"), and a
section of no known facet is kept, asked about and shown under it
(knowledge/readers). Existing facts have none (NULL): the seeds' sections
are all known.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('fact', sa.Column('heading', sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('fact') as batch:
        batch.drop_column('heading')
