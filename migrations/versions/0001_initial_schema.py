"""initial schema: documents, events, entities, aliases, links

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-30 01:49:53.553104

"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=1024), nullable=True),
    sa.Column('title', sa.String(length=1024), nullable=True),
    sa.Column('url', sa.String(length=2048), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('published_from', sa.String(length=16), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('model', sa.String(length=128), nullable=True),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('content_sha256', name=op.f('uq_documents_content_sha256'))
    )
    op.create_table('entities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=512), nullable=False),
    sa.Column('norm_name', sa.String(length=512), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entities')),
    sa.UniqueConstraint('kind', 'norm_name', name='uq_entities_kind_norm_name')
    )
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entities_norm_name'), ['norm_name'], unique=False)

    op.create_table('entity_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=512), nullable=False),
    sa.Column('norm_alias', sa.String(length=512), nullable=False),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], name=op.f('fk_entity_aliases_entity_id_entities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entity_aliases')),
    sa.UniqueConstraint('norm_alias', 'entity_id', name='uq_entity_aliases_norm_alias_entity')
    )
    with op.batch_alter_table('entity_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entity_aliases_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_entity_aliases_norm_alias'), ['norm_alias'], unique=False)

    op.create_table('entity_links',
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['entities.id'], name=op.f('fk_entity_links_source_id_entities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_id'], ['entities.id'], name=op.f('fk_entity_links_target_id_entities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('source_id', 'target_id', 'relation', name=op.f('pk_entity_links'))
    )
    with op.batch_alter_table('entity_links', schema=None) as batch_op:
        batch_op.create_index('ix_entity_links_target', ['target_id', 'relation'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('trigger', sa.String(length=256), nullable=False),
    sa.Column('trigger_start', sa.Integer(), nullable=False),
    sa.Column('trigger_end', sa.Integer(), nullable=False),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('sort_date', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=16), nullable=False),
    sa.Column('precision_rank', sa.Integer(), nullable=False),
    sa.Column('date_basis', sa.String(length=16), nullable=False),
    sa.Column('date_value', sa.String(length=64), nullable=True),
    sa.Column('date_text', sa.String(length=256), nullable=True),
    sa.Column('modality', sa.String(length=16), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('sentence_start', sa.Integer(), nullable=False),
    sa.Column('sentence_end', sa.Integer(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('quantities', sa.String(length=512), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_events_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_document_id'), ['document_id'], unique=False)
        batch_op.create_index('ix_events_sort_date', ['sort_date', 'precision_rank'], unique=False)
        batch_op.create_index('ix_events_type_sort_date', ['type', 'sort_date'], unique=False)

    op.create_table('event_entities',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('text', sa.String(length=512), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], name=op.f('fk_event_entities_entity_id_entities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_entities_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'entity_id', 'role', name=op.f('pk_event_entities'))
    )
    with op.batch_alter_table('event_entities', schema=None) as batch_op:
        batch_op.create_index('ix_event_entities_entity_role', ['entity_id', 'role', 'event_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('event_entities', schema=None) as batch_op:
        batch_op.drop_index('ix_event_entities_entity_role')

    op.drop_table('event_entities')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_type_sort_date')
        batch_op.drop_index('ix_events_sort_date')
        batch_op.drop_index(batch_op.f('ix_events_document_id'))

    op.drop_table('events')
    with op.batch_alter_table('entity_links', schema=None) as batch_op:
        batch_op.drop_index('ix_entity_links_target')

    op.drop_table('entity_links')
    with op.batch_alter_table('entity_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entity_aliases_norm_alias'))
        batch_op.drop_index(batch_op.f('ix_entity_aliases_entity_id'))

    op.drop_table('entity_aliases')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entities_norm_name'))

    op.drop_table('entities')
    op.drop_table('documents')
