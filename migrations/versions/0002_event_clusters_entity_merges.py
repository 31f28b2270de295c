"""event clusters across articles; hand-made entity merges

Events stored before this revision keep cluster_id NULL: queries treat such an event as
a cluster of its own, and `timeline db recluster` groups them when wanted.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 03:02:52.189330

"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('event_clusters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('sort_date', sa.Date(), nullable=True),
    sa.Column('mentions', sa.Integer(), nullable=False),
    sa.Column('sources', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_clusters'))
    )
    with op.batch_alter_table('event_clusters', schema=None) as batch_op:
        batch_op.create_index('ix_event_clusters_type_sort_date', ['type', 'sort_date'], unique=False)

    op.create_table('entity_merges',
    sa.Column('norm_name', sa.String(length=512), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], name=op.f('fk_entity_merges_entity_id_entities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('norm_name', name=op.f('pk_entity_merges'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cluster_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_events_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_events_cluster_id_event_clusters'), 'event_clusters', ['cluster_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_events_cluster_id_event_clusters'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_events_cluster_id'))
        batch_op.drop_column('cluster_id')

    op.drop_table('entity_merges')
    with op.batch_alter_table('event_clusters', schema=None) as batch_op:
        batch_op.drop_index('ix_event_clusters_type_sort_date')

    op.drop_table('event_clusters')
