"""The first release's tables.

Roles, their sources and facts, the knowledge version, conversations,
unanswered questions and processed events.

A database created before RoleCall used migrations has exactly these tables;
`knowledge.schema` stamps it with this revision instead of creating them.
Column types are SQLAlchemy's own (String, DateTime with time zone), which is
what SQLModel's AutoString and UTCDateTime store, so this file does not
depend on SQLModel's internals.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('conversation',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('role_ids', sa.String(), nullable=False),
    sa.Column('intent', sa.String(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_index(op.f('ix_conversation_updated_at'), 'conversation', ['updated_at'], unique=False)
    op.create_table('meta',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('processed_event',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_index(op.f('ix_processed_event_seen_at'), 'processed_event', ['seen_at'], unique=False)
    op.create_table('role',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_role_key'), 'role', ['key'], unique=True)
    op.create_table('unanswered',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('platform', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.Column('candidates', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_unanswered_asked_at'), 'unanswered', ['asked_at'], unique=False)
    op.create_table('source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('path', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('format', sa.String(), nullable=False),
    sa.Column('content_hash', sa.String(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('role_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_source_name'), 'source', ['name'], unique=True)
    op.create_index(op.f('ix_source_role_id'), 'source', ['role_id'], unique=False)
    op.create_table('career_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_career_link_key'), 'career_link', ['key'], unique=False)
    op.create_index(op.f('ix_career_link_kind'), 'career_link', ['kind'], unique=False)
    op.create_index(op.f('ix_career_link_role_id'), 'career_link', ['role_id'], unique=False)
    op.create_index(op.f('ix_career_link_source_id'), 'career_link', ['source_id'], unique=False)
    op.create_table('experience',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('years_min', sa.Integer(), nullable=True),
    sa.Column('years_max', sa.Integer(), nullable=True),
    sa.Column('open_ended', sa.Boolean(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('line', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_experience_role_id'), 'experience', ['role_id'], unique=False)
    op.create_index(op.f('ix_experience_source_id'), 'experience', ['source_id'], unique=False)
    op.create_table('fact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(), nullable=True),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('line', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_fact_role_id'), 'fact', ['role_id'], unique=False)
    op.create_index(op.f('ix_fact_section'), 'fact', ['section'], unique=False)
    op.create_index(op.f('ix_fact_source_id'), 'fact', ['source_id'], unique=False)
    op.create_table('role_alias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('alias', sa.String(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_role_alias_key'), 'role_alias', ['key'], unique=False)
    op.create_index(op.f('ix_role_alias_role_id'), 'role_alias', ['role_id'], unique=False)
    op.create_index(op.f('ix_role_alias_source_id'), 'role_alias', ['source_id'], unique=False)
    op.create_table('salary',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('stated', sa.Boolean(), nullable=False),
    sa.Column('minimum', sa.Integer(), nullable=True),
    sa.Column('maximum', sa.Integer(), nullable=True),
    sa.Column('open_ended', sa.Boolean(), nullable=False),
    sa.Column('currency', sa.String(), nullable=True),
    sa.Column('period', sa.String(), nullable=True),
    sa.Column('note', sa.String(), nullable=True),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('line', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_salary_role_id'), 'salary', ['role_id'], unique=False)
    op.create_index(op.f('ix_salary_source_id'), 'salary', ['source_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_salary_source_id'), table_name='salary')
    op.drop_index(op.f('ix_salary_role_id'), table_name='salary')
    op.drop_table('salary')
    op.drop_index(op.f('ix_role_alias_source_id'), table_name='role_alias')
    op.drop_index(op.f('ix_role_alias_role_id'), table_name='role_alias')
    op.drop_index(op.f('ix_role_alias_key'), table_name='role_alias')
    op.drop_table('role_alias')
    op.drop_index(op.f('ix_fact_source_id'), table_name='fact')
    op.drop_index(op.f('ix_fact_section'), table_name='fact')
    op.drop_index(op.f('ix_fact_role_id'), table_name='fact')
    op.drop_table('fact')
    op.drop_index(op.f('ix_experience_source_id'), table_name='experience')
    op.drop_index(op.f('ix_experience_role_id'), table_name='experience')
    op.drop_table('experience')
    op.drop_index(op.f('ix_career_link_source_id'), table_name='career_link')
    op.drop_index(op.f('ix_career_link_role_id'), table_name='career_link')
    op.drop_index(op.f('ix_career_link_kind'), table_name='career_link')
    op.drop_index(op.f('ix_career_link_key'), table_name='career_link')
    op.drop_table('career_link')
    op.drop_index(op.f('ix_source_role_id'), table_name='source')
    op.drop_index(op.f('ix_source_name'), table_name='source')
    op.drop_table('source')
    op.drop_index(op.f('ix_unanswered_asked_at'), table_name='unanswered')
    op.drop_table('unanswered')
    op.drop_index(op.f('ix_role_key'), table_name='role')
    op.drop_table('role')
    op.drop_index(op.f('ix_processed_event_seen_at'), table_name='processed_event')
    op.drop_table('processed_event')
    op.drop_table('meta')
    op.drop_index(op.f('ix_conversation_updated_at'), table_name='conversation')
    op.drop_table('conversation')
