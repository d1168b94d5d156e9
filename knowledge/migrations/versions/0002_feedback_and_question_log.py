"""The question log and feedback: one row per question answered (no words,
no user ids; the words of an unanswered one stay in `unanswered`), and one
per 👍/👎 press, unique per answer and hashed voter so a second press by the
same person replaces the first.

Column types are SQLAlchemy's own, as in 0001 (String for SQLModel's
AutoString, DateTime with time zone for its UTCDateTime).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('given_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('platform', sa.String(), nullable=False),
    sa.Column('vote', sa.String(), nullable=False),
    sa.Column('question', sa.String(), nullable=False),
    sa.Column('intent', sa.String(), nullable=False),
    sa.Column('roles', sa.String(), nullable=False),
    sa.Column('answer_id', sa.String(), nullable=False),
    sa.Column('voter', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('answer_id', 'voter', name='uq_feedback_answer_voter')
    )
    op.create_index(op.f('ix_feedback_given_at'), 'feedback', ['given_at'], unique=False)
    op.create_table('question_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('platform', sa.String(), nullable=False),
    sa.Column('intent', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('roles', sa.String(), nullable=False),
    sa.Column('answered', sa.Boolean(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_question_log_asked_at'), 'question_log', ['asked_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_question_log_asked_at'), table_name='question_log')
    op.drop_table('question_log')
    op.drop_index(op.f('ix_feedback_given_at'), table_name='feedback')
    op.drop_table('feedback')
