"""events.ordinal: "the first attack", "a second round", "a fresh protest"

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 10:20:00

A mention that places its event in a sequence ("1", "2", "3"... or "2+" for "another",
"new", "fresh") is not the same event as one placed elsewhere in it. Rows stored before
this revision have no ordinal (as before).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ordinal', sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('ordinal')
