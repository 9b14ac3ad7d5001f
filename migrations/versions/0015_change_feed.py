"""change feed: what each committed write changed, for the others sharing the database

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 06:40:00

One new table, nothing else touched: change_feed (seq, at, origin, payload). A shared (team)
database appends one row per committed write — the kinds and ids it changed — so every other
open Sailplan refreshes what changed without a restart (services/core/feed.py). A personal file
never writes it.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create change_feed (see the module docstring)."""
    op.create_table(
        'change_feed',
        sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
                  autoincrement=True, nullable=False),
        sa.Column('at', models.base.UTCDateTime(), nullable=False),
        sa.Column('origin', sa.String(length=36), nullable=False),
        sa.Column('payload', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_feed')),
    )
    with op.batch_alter_table('change_feed', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_feed_at'), ['at'], unique=False)


def downgrade() -> None:
    """Drop change_feed."""
    with op.batch_alter_table('change_feed', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_feed_at'))
    op.drop_table('change_feed')
