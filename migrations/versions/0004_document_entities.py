"""document_entities (the named entities each document mentions); events.anaphoric

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 04:25:00

Documents stored before this revision have no rows here; clustering then falls back to
event participants alone for them (as before).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'document_entities',
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('entity_id', sa.Integer(), nullable=False),
        sa.Column('mentions', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'],
                                name=op.f('fk_document_entities_document_id_documents'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['entity_id'], ['entities.id'],
                                name=op.f('fk_document_entities_entity_id_entities'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('document_id', 'entity_id', name=op.f('pk_document_entities')),
    )
    with op.batch_alter_table('document_entities', schema=None) as batch_op:
        batch_op.create_index('ix_document_entities_entity', ['entity_id', 'document_id'],
                              unique=False)
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('anaphoric', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('anaphoric')
    with op.batch_alter_table('document_entities', schema=None) as batch_op:
        batch_op.drop_index('ix_document_entities_entity')
    op.drop_table('document_entities')
