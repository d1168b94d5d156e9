"""A salary range's label: a document may give one range per level or
location ("iOS Engineer II, New York"), each kept as its own Salary row
under its label (knowledge/readers/salary.py). Existing rows have none
(NULL): one range per source, as before.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: Union[str, Sequence[str], None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('salary', sa.Column('label', sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('salary') as batch:
        batch.drop_column('label')
