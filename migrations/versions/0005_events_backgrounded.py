"""events.backgrounded: a mention told only as the time or setting of another event

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 08:10:00

"bombed Nyala two days after a drone attack on Port Sudan": an anaphor ("the raid") names
the main event told before it rather than such a mention. Rows stored
before this revision count as not backgrounded (as before).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('backgrounded', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('backgrounded')
