"""A salary range's label: a document may give one range per level or
location ("iOS Engineer II, New York"), each kept as its own Salary row
under its label (knowledge/readers/salary.py). Existing rows have none
(NULL): one range per source, as before. Amounts become floats, for the
cents of hourly rates ("$24.00 – $28.50 an hour"); whole amounts are kept
as they were.

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
    with op.batch_alter_table('salary') as batch:
        batch.add_column(sa.Column('label', sa.String(), nullable=True))
        batch.alter_column('minimum', type_=sa.Float(), existing_type=sa.Integer(), existing_nullable=True)
        batch.alter_column('maximum', type_=sa.Float(), existing_type=sa.Integer(), existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table('salary') as batch:
        batch.alter_column('maximum', type_=sa.Integer(), existing_type=sa.Float(), existing_nullable=True)
        batch.alter_column('minimum', type_=sa.Integer(), existing_type=sa.Float(), existing_nullable=True)
        batch.drop_column('label')
