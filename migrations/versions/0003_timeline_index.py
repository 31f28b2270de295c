"""event window on event_entities for indexed timeline queries

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 03:25:57.288954

"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('event_entities', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('last_date', sa.Date(), nullable=True))
        batch_op.create_index('ix_event_entities_timeline', ['entity_id', 'role', 'last_date', 'first_date', 'event_id'], unique=False)
    # data step: copy each event's window to its participants
    op.execute(
        "UPDATE event_entities SET "
        "first_date = (SELECT sort_date FROM events WHERE events.id = event_entities.event_id), "
        "last_date = (SELECT COALESCE(date_end, sort_date) FROM events "
        "WHERE events.id = event_entities.event_id)"
    )

def downgrade() -> None:
    with op.batch_alter_table('event_entities', schema=None) as batch_op:
        batch_op.drop_index('ix_event_entities_timeline')
        batch_op.drop_column('last_date')
        batch_op.drop_column('first_date')

