"""events.cumulative: a later death that adds to a toll told before

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 04:10:00

"A fourth victim died of burns on Thursday, raising the death toll to four" tells of the
deaths of an explosion two days before: a mention that adds to a count told before
belongs to an event that may have begun days before its own date. Rows stored before this
revision are not so marked (as before).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cumulative', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('cumulative')
