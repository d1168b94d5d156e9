"""Documents sent in chat: the previews awaiting an admin's "Add to RoleCall",
and the audit log of what admins added, replaced and removed (issue 21).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: Union[str, Sequence[str], None] = "0006"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('document_preview',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('who', sa.String(), nullable=False),
    sa.Column('platform', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('checksum', sa.String(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('state', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), server_default='add', nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_document_preview_created_at'), 'document_preview', ['created_at'], unique=False)
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('who', sa.String(), nullable=False),
    sa.Column('platform', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('checksum', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_audit_entry_at'), 'audit_entry', ['at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_audit_entry_at'), table_name='audit_entry')
    op.drop_table('audit_entry')
    op.drop_index(op.f('ix_document_preview_created_at'), table_name='document_preview')
    op.drop_table('document_preview')
